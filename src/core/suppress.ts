import { isFingerprint } from './fingerprint.js';
import type { Finding } from './types.js';

/** One fingerprint listed in `.skguardignore`. */
export interface IgnoreEntry {
  fingerprint: string;
  /** 1-based line in the ignore file. */
  line: number;
}

export interface IgnoreList {
  entries: IgnoreEntry[];
  /** Lines that are neither a fingerprint nor a comment. */
  invalid: { line: number; text: string }[];
}

/**
 * Parses `.skguardignore`: one fingerprint per line; `#` starts a comment (whole line or after the
 * fingerprint); blank lines are fine.
 */
export function parseIgnoreFile(text: string): IgnoreList {
  const entries: IgnoreEntry[] = [];
  const invalid: IgnoreList['invalid'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') return;
    if (isFingerprint(content)) entries.push({ fingerprint: content, line: i + 1 });
    else invalid.push({ line: i + 1, text: content.slice(0, 80) });
  });
  return { entries, invalid };
}

/** What suppression removed, so reports can say it. */
export interface SuppressionStats {
  /** Findings on a line marked `skguard:allow`. */
  inline: number;
  /** Findings whose fingerprint is in the ignore file. */
  ignored: number;
  /** Findings already in the baseline report. */
  baseline: number;
  /** Ignore-file entries that matched nothing in this scan. */
  unusedIgnores: IgnoreEntry[];
}

export interface Suppressions {
  ignore?: IgnoreList;
  /** Fingerprints of documented fakes (custom rules' own examples): suppressed, never "unused". */
  fakes?: ReadonlySet<string>;
  /** Findings of an earlier report: one that has the same fingerprint and file is not new. */
  baseline?: Pick<Finding, 'fingerprint' | 'file'>[];
}

const baselineKey = (f: Pick<Finding, 'fingerprint' | 'file'>) => `${f.fingerprint}\0${f.file}`;

/**
 * Applies the ignore file and the baseline to findings that survived the inline marker.
 * A baseline matches on fingerprint and file, not line: editing lines above a known key does not
 * make it new, but the same key pasted into another file is.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppressions,
  inline: number,
): { findings: Finding[]; stats: SuppressionStats } {
  const ignore = new Map<string, IgnoreEntry>();
  for (const e of suppressions.ignore?.entries ?? []) ignore.set(e.fingerprint, e);
  const used = new Set<string>();
  const known = new Set((suppressions.baseline ?? []).map(baselineKey));
  const kept: Finding[] = [];
  const stats: SuppressionStats = { inline, ignored: 0, baseline: 0, unusedIgnores: [] };
  for (const f of findings) {
    if (ignore.has(f.fingerprint)) {
      used.add(f.fingerprint);
      stats.ignored++;
    } else if (suppressions.fakes?.has(f.fingerprint)) {
      stats.ignored++;
    } else if (known.has(baselineKey(f))) {
      stats.baseline++;
    } else {
      kept.push(f);
    }
  }
  stats.unusedIgnores = [...ignore.values()].filter((e) => !used.has(e.fingerprint));
  return { findings: kept, stats };
}
