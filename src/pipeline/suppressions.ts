import path from 'node:path';
import { BASELINE_LIMIT, IGNORE_LIMIT, jsonProblem, readSettingsFile } from '../config/read.js';
import { SkguardError } from '../core/errors.js';
import type { Finding, Note } from '../core/index.js';
import { type IgnoreList, parseIgnoreFile } from '../core/suppress.js';

export const IGNORE_FILE = '.skguardignore';

/** Reads `.skguardignore` at `dir`, if there is one. Lines that are not fingerprints become notes. */
export function loadIgnoreFile(dir: string, notes: Note[]): IgnoreList | undefined {
  const text = readSettingsFile(path.join(dir, IGNORE_FILE), {
    label: IGNORE_FILE,
    limit: IGNORE_LIMIT,
    followLinks: false,
  });
  if (text === undefined) return undefined;
  const list = parseIgnoreFile(text);
  for (const bad of list.invalid) {
    notes.push({
      level: 'warning',
      code: 'invalid-ignore-entry',
      message:
        bad.why === 'not a fingerprint'
          ? `${IGNORE_FILE}:${bad.line}: not a fingerprint, ignored (expected 24 hex characters as printed with each finding)`
          : `${IGNORE_FILE}:${bad.line}: ${bad.why}: the entry is ignored`,
    });
  }
  return list;
}

/** Reads a baseline: an earlier `--format json` report. */
export function loadBaseline(file: string): Pick<Finding, 'fingerprint' | 'file'>[] {
  const text = readSettingsFile(file, { label: `--baseline ${file}`, limit: BASELINE_LIMIT, followLinks: true });
  if (text === undefined) throw new SkguardError(`--baseline ${file}: file not found`, 'usage');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SkguardError(`--baseline ${file}: ${jsonProblem(text, e as Error)}`, 'usage');
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) {
    throw new SkguardError(
      `--baseline ${file}: expected a skguard JSON report (an object with a "findings" array)`,
      'usage',
    );
  }
  return findings.filter(
    (f): f is Pick<Finding, 'fingerprint' | 'file'> =>
      typeof f === 'object' && f !== null && typeof f.fingerprint === 'string' && typeof f.file === 'string',
  );
}
