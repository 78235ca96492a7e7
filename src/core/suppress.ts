import { isFingerprint } from './fingerprint.js';
import type { Finding, Suppression } from './types.js';

/**
 * One fingerprint listed in `.skguardignore`, with what `skguard ignore` recorded beside it. A line
 * reads in review as it is:
 *
 *     3f9c0a51d2e8b7c4a6f01e2d  # added=2026-11-29 by=alice@example.com expires=2027-01-31 reason=rotated after #42
 *
 * `reason=` comes last and takes the rest of the line. A plain fingerprint, or one followed by any
 * other comment (the format before `skguard ignore` existed), still works: the comment is its reason.
 */
export interface IgnoreEntry {
  fingerprint: string;
  /** 1-based line in the ignore file. */
  line: number;
  reason?: string;
  /** Who recorded it (git `user.email`). */
  by?: string;
  /** When it was recorded, YYYY-MM-DD. */
  added?: string;
  /** The last day it suppresses, YYYY-MM-DD; from the day after, the key is reported again. */
  expires?: string;
}

export interface IgnoreList {
  entries: IgnoreEntry[];
  /** Lines that are neither an entry nor a comment. */
  invalid: { line: number; text: string; why: string }[];
}

/** The ignore file's name at the repository root. */
export const IGNORE_FILE = '.skguardignore';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `.skguardignore`: one fingerprint per line; `#` starts a comment (whole line or after the
 * fingerprint, where its `key=value` fields are read); blank lines are fine.
 */
export function parseIgnoreFile(text: string): IgnoreList {
  const entries: IgnoreEntry[] = [];
  const invalid: IgnoreList['invalid'] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf('#');
    const content = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (content === '') return;
    const line = i + 1;
    if (!isFingerprint(content)) {
      invalid.push({ line, text: content.slice(0, 80), why: 'not a fingerprint' });
      return;
    }
    const entry: IgnoreEntry = { fingerprint: content, line, ...fieldsOf(hash < 0 ? '' : raw.slice(hash + 1)) };
    for (const field of ['added', 'expires'] as const) {
      const value = entry[field];
      if (value !== undefined && !(DATE.test(value) && validDate(value))) {
        invalid.push({ line, text: content, why: `${field}=${value.slice(0, 20)} is not a date (YYYY-MM-DD)` });
        // An entry whose end cannot be read is not honoured: it might have ended.
        if (field === 'expires') return;
        delete entry[field];
      }
    }
    entries.push(entry);
  });
  return { entries, invalid };
}

/** `added=… by=… expires=… reason=…` from an entry's comment; any other comment is its reason. */
function fieldsOf(comment: string): Partial<IgnoreEntry> {
  const text = comment.trim();
  if (text === '') return {};
  const out: Partial<IgnoreEntry> = {};
  let rest = text;
  for (;;) {
    const m = /^(added|by|expires|reason)=/.exec(rest);
    if (!m) break;
    const key = m[1] as 'added' | 'by' | 'expires' | 'reason';
    if (key === 'reason') {
      out.reason = rest.slice(m[0].length).trim();
      return out;
    }
    const value = /^\S*/.exec(rest.slice(m[0].length))?.[0] ?? '';
    out[key] = value;
    rest = rest.slice(m[0].length + value.length).trimStart();
  }
  if (rest !== '' && out.reason === undefined) out.reason = rest;
  return out;
}

function validDate(text: string): boolean {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** An ignore line as `skguard ignore` writes it. */
export function formatIgnoreEntry(entry: Omit<IgnoreEntry, 'line'>): string {
  const fields = [
    entry.added ? `added=${entry.added}` : '',
    entry.by ? `by=${entry.by.replace(/\s+/g, '')}` : '',
    entry.expires ? `expires=${entry.expires}` : '',
    entry.reason ? `reason=${entry.reason.replace(/[\r\n]+/g, ' ').trim()}` : '',
  ].filter(Boolean);
  return fields.length === 0 ? entry.fingerprint : `${entry.fingerprint}  # ${fields.join(' ')}`;
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
  /** Ignore-file entries past their `expires` day: they suppress nothing any more. */
  expiredIgnores: IgnoreEntry[];
}

export interface Suppressions {
  ignore?: IgnoreList;
  /** Fingerprints of documented fakes (custom rules' own examples): suppressed, never "unused". */
  fakes?: ReadonlySet<string>;
  /** Findings of an earlier report: one that has the same fingerprint and file is not new. */
  baseline?: Pick<Finding, 'fingerprint' | 'file'>[];
  /** Today, YYYY-MM-DD (UTC): entries that expired before it do not suppress. */
  today?: string;
}

const baselineKey = (f: Pick<Finding, 'fingerprint' | 'file'>) => `${f.fingerprint}\0${f.file}`;

/**
 * Applies the ignore file and the baseline to findings. Findings already marked suppressed (an
 * inline `skguard:allow`) stay so. A baseline matches on fingerprint and file, not line: editing lines
 * above a known key does not make it new, but the same key pasted into another file is. Every
 * suppressed finding comes back too, with its `suppression` saying why, so reviewers can see it.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppressions,
): { findings: Finding[]; suppressed: Finding[]; stats: SuppressionStats } {
  const today = suppressions.today ?? new Date().toISOString().slice(0, 10);
  const ignore = new Map<string, IgnoreEntry>();
  const expired: IgnoreEntry[] = [];
  for (const e of suppressions.ignore?.entries ?? []) {
    if (e.expires !== undefined && e.expires < today) expired.push(e);
    else ignore.set(e.fingerprint, e);
  }
  const used = new Set<string>();
  const known = new Set((suppressions.baseline ?? []).map(baselineKey));
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  const stats: SuppressionStats = { inline: 0, ignored: 0, baseline: 0, unusedIgnores: [], expiredIgnores: expired };
  const drop = (f: Finding, why: Suppression) => {
    f.suppression = why;
    suppressed.push(f);
  };
  for (const f of findings) {
    const entry = ignore.get(f.fingerprint);
    if (f.suppression?.kind === 'inline') {
      stats.inline++;
      suppressed.push(f);
    } else if (entry) {
      used.add(f.fingerprint);
      stats.ignored++;
      drop(f, { kind: 'ignore', ...ignoreFields(entry) });
    } else if (suppressions.fakes?.has(f.fingerprint)) {
      stats.ignored++;
      drop(f, { kind: 'example', reason: 'a custom rule documents this key as its example' });
    } else if (known.has(baselineKey(f))) {
      stats.baseline++;
      drop(f, { kind: 'baseline' });
    } else {
      kept.push(f);
    }
  }
  stats.unusedIgnores = [...ignore.values()].filter((e) => !used.has(e.fingerprint));
  return { findings: kept, suppressed, stats };
}

function ignoreFields(entry: IgnoreEntry): Omit<Suppression, 'kind'> {
  const out: Omit<Suppression, 'kind'> = { line: entry.line };
  if (entry.reason) out.reason = entry.reason;
  if (entry.by) out.by = entry.by;
  if (entry.added) out.added = entry.added;
  if (entry.expires) out.expires = entry.expires;
  return out;
}
