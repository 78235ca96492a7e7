import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import type { Finding, Note } from '../core/index.js';
import { type IgnoreList, parseIgnoreFile } from '../core/suppress.js';

export const IGNORE_FILE = '.skguardignore';

/** Reads `.skguardignore` at `dir`, if there is one. Lines that are not fingerprints become notes. */
export function loadIgnoreFile(dir: string, notes: Note[]): IgnoreList | undefined {
  const file = path.join(dir, IGNORE_FILE);
  if (!existsSync(file)) return undefined;
  const list = parseIgnoreFile(readFileSync(file, 'utf8'));
  for (const bad of list.invalid) {
    notes.push({
      level: 'warning',
      code: 'invalid-ignore-entry',
      message: `${IGNORE_FILE}:${bad.line}: not a fingerprint, ignored (expected 24 hex characters as printed with each finding)`,
    });
  }
  return list;
}

/** Reads a baseline: an earlier `--format json` report. */
export function loadBaseline(file: string): Pick<Finding, 'fingerprint' | 'file'>[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : 'not valid JSON';
    throw new SkguardError(`--baseline ${file}: ${reason}`, 'usage');
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
