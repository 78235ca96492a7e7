import type { Finding, IgnoreEntry } from '../core/index.js';
import { type BaseSettings, baselineKey } from './base-settings.js';

/**
 * Which suppressions a change brings itself: honoured (that is how a developer acknowledges a
 * rotated key), but each one is a decision reviewers approve, so the reports list them. Everything
 * else that suppressed a finding was approved before: the base commit holds it.
 *
 * - `.skguardignore`: an entry the base does not hold for that key, or one that suppresses longer
 *   (a later `expires`, or none where the base had one).
 * - `skguard:allow`: a marker on a key the change's commits add (`commits`: those commits; without
 *   them, as in a scan of the work tree, every marker counts).
 * - The baseline: a key and file the base's baseline does not list.
 * - A custom rule's documented example: the rules come from the base's config, so never added.
 *
 * `findings` are suppressed findings, and reported ones a suppression did not hold for (a live key).
 */
export function addedSuppressions(
  findings: readonly Finding[],
  base: Pick<BaseSettings, 'ignore' | 'baseline'>,
  commits: ReadonlySet<string> | undefined,
): Finding[] {
  const atBase = new Map<string, IgnoreEntry>(base.ignore.entries.map((e) => [e.fingerprint, e]));
  return findings.filter((f) => {
    const s = f.suppression;
    switch (s?.kind) {
      case 'ignore': {
        const approved = atBase.get(f.fingerprint);
        if (approved === undefined) return true;
        return approved.expires !== undefined && (s.expires === undefined || s.expires > approved.expires);
      }
      case 'inline':
        return f.commit === undefined || commits === undefined || commits.has(f.commit);
      case 'baseline':
        return base.baseline !== undefined && !base.baseline.has(baselineKey(f));
      default:
        return false;
    }
  });
}
