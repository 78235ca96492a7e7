import { fingerprint } from './fingerprint.js';
import { redact } from './redact.js';
import type { Finding, Match } from './types.js';

/** Where a content came from, as findings report it. */
export interface Origin {
  /** Relative, `/`-separated path (or `-` for stdin). */
  file: string;
  commit?: string;
  author?: string;
  date?: string;
  /** The key stands in the path itself. */
  inPath?: boolean;
  /** The key is in a member of this archive (`file` is then `ARCHIVE!MEMBER`). */
  archive?: string;
}

/** Turns a match into a finding: from here on the key exists only as its redacted form and fingerprint. */
export function toFinding(match: Match, origin: Origin): Finding {
  const { rule } = match;
  const finding: Finding = {
    provider: rule.provider,
    rule: rule.id,
    description: rule.description,
    file: origin.file,
    line: match.line,
    column: match.column,
    endColumn: match.endColumn,
    ...(match.encoding ? { encoding: match.encoding } : {}),
    redacted: redact(match.secret, rule.redactPrefix),
    fingerprint: fingerprint(match.secret),
  };
  if (rule.rotateUrl) finding.rotateUrl = rule.rotateUrl;
  if (origin.inPath) finding.inPath = true;
  if (origin.archive) finding.archive = origin.archive;
  if (origin.commit) finding.commit = origin.commit;
  if (origin.author) finding.author = origin.author;
  if (origin.date) finding.date = origin.date;
  return finding;
}

/** Content order within a file, files in path order: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column;
}
