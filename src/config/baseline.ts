import { SkguardError } from '../core/errors.js';
import type { Finding } from '../core/index.js';
import { jsonProblem } from './read.js';

/** What a baseline keeps of each finding: a finding with the same fingerprint and file is not new. */
export type BaselineEntry = Pick<Finding, 'fingerprint' | 'file'>;

/**
 * Reads the text of a baseline: an earlier `--format json` report (from disk, or from a commit: a
 * pull request's base). An error names `label` and what was expected.
 */
export function parseBaseline(text: string, label: string): BaselineEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SkguardError(`${label}: ${jsonProblem(text, e as Error)}`, 'usage');
  }
  const findings = (parsed as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) {
    throw new SkguardError(`${label}: expected a skguard JSON report (an object with a "findings" array)`, 'usage');
  }
  return findings.filter(
    (f): f is BaselineEntry =>
      typeof f === 'object' && f !== null && typeof f.fingerprint === 'string' && typeof f.file === 'string',
  );
}
