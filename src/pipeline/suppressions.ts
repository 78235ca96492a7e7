import path from 'node:path';
import { type BaselineEntry, parseBaseline } from '../config/baseline.js';
import { BASELINE_LIMIT, IGNORE_LIMIT, readSettingsFile } from '../config/read.js';
import { SkguardError } from '../core/errors.js';
import type { Note } from '../core/index.js';
import { IGNORE_FILE, type IgnoreList, parseIgnoreFile } from '../core/suppress.js';

export { IGNORE_FILE };

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
export function loadBaseline(file: string): BaselineEntry[] {
  const text = readSettingsFile(file, { label: `--baseline ${file}`, limit: BASELINE_LIMIT, followLinks: true });
  if (text === undefined) throw new SkguardError(`--baseline ${file}: file not found`, 'usage');
  return parseBaseline(text, `--baseline ${file}`);
}
