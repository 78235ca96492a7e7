import type { Finding } from '../core/index.js';
import { plural, providerName } from './format.js';
import { fileUri } from './sarif.js';
import type { Note, ScanReport } from './types.js';

/**
 * What GitHub shows of a scan: `::error` annotations, the job summary, the pull-request summary
 * comment and review comments. Pure: the action (`src/action/`) does the I/O. Like every reporter,
 * only redacted keys and fingerprints go in; author names and e-mail addresses never do.
 */

/** Hidden marker that finds the summary comment again on the next run. */
export const SUMMARY_MARKER = '<!-- skguard:summary -->';
const INLINE_MARKER_PREFIX = '<!-- skguard:inline ';

/** Where a finding's key stands in the revision the run is about (the pull request's head, the pushed commit, the work tree). */
export type HeadPlace =
  /** The key is in this file at head, here. */
  | { state: 'present'; line: number; column: number; endColumn: number }
  /** The file is there at head, the key no longer is (it stays in history). */
  | { state: 'removed' }
  /** The file itself is gone at head. */
  | { state: 'deleted' };

export interface PlacedFinding {
  finding: Finding;
  head: HeadPlace;
}

/** What the renderers need to know about the run besides the findings. */
export interface GithubView {
  /** `https://github.com`, for links. */
  serverUrl: string;
  /** `owner/repo`; without it, no links. */
  repository: string | undefined;
  /** The commit whose files count as "now" (links to lines at head); undefined for the work tree. */
  head: string | undefined;
  /** What was scanned: `pull request #7: 1a2b..3c4d`. */
  scope: string;
  /** Whether keys were verified (otherwise the verification column says "not checked"). */
  verified: boolean;
  runUrl?: string | undefined;
}

/** One `::error` annotation, as `core.error(message, properties)` takes it. */
export interface Annotation {
  title: string;
  message: string;
  file: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** How much was read, in the words the log, the summary and the comment use. */
export function scannedLine(report: ScanReport): string {
  const s = report.stats;
  const bytes = `${s.bytes.toLocaleString('en-US')} bytes`;
  if (s.source === 'history') {
    return `${plural(s.commits ?? 0, 'commit')}, ${plural(s.blobs ?? 0, 'blob')}, ${bytes} scanned`;
  }
  return `${plural(s.files, 'file')}, ${bytes} scanned`;
}

/**
 * One annotation per finding whose file exists at head: at the key's line when it is still there,
 * on the file when it was removed since (it is still in history). Findings in files deleted since
 * appear in the summary only: an annotation cannot point at a file that is not there.
 */
export function annotations(placed: readonly PlacedFinding[]): Annotation[] {
  const out: Annotation[] = [];
  for (const { finding: f, head } of placed) {
    if (head.state === 'deleted') continue;
    const title = `${providerName(f.provider)} key: ${f.rule}`;
    const parts = [`${plain(f.description)}: ${f.redacted} (fingerprint ${f.fingerprint}).`];
    if (f.commit) parts.push(`Introduced in commit ${f.commit.slice(0, 12)} at line ${f.line}.`);
    if (head.state === 'removed') parts.push('No longer in this file, but still in git history.');
    const v = f.verification;
    if (v) parts.push(`Verification: ${v.status} (${v.reason}).`);
    parts.push(
      `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ''}: deleting the line does not take it out of history.`,
    );
    const annotation: Annotation = { title, message: parts.join(' '), file: f.file };
    if (head.state === 'present') {
      annotation.startLine = head.line;
      annotation.endLine = head.line;
      annotation.startColumn = head.column;
      annotation.endColumn = head.endColumn;
    }
    out.push(annotation);
  }
  return out;
}

/** Most rows in the job summary's table (GitHub caps a summary at 1 MiB). */
const SUMMARY_ROWS = 500;
/** Most rows in the pull-request comment (a comment holds at most 65,536 characters). */
const COMMENT_ROWS = 40;

/** The job summary: what was scanned, a table of findings, what to do, notes and problems. */
export function jobSummary(
  report: ScanReport,
  placed: readonly PlacedFinding[],
  view: GithubView,
  problems: readonly string[] = [],
): string {
  const out: string[] = [];
  const n = report.findings.length;
  out.push(n === 0 ? '## skguard: no keys found' : `## skguard: ${headline(report)}`, '');
  out.push(`Scope: ${md(view.scope)} · ${scannedLine(report)}.`, '');
  if (n > 0) {
    out.push(...table(placed, view, SUMMARY_ROWS), '');
    out.push(...remediation(report.findings));
  }
  const notes = report.notes.map(noteLine);
  if (notes.length > 0) out.push('### Notes', '', ...notes, '');
  for (const problem of problems) out.push('> [!WARNING]', `> ${md(problem)}`, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** The pull-request summary comment, found again by its marker and edited on each run. */
export function summaryComment(report: ScanReport, placed: readonly PlacedFinding[], view: GithubView): string {
  const out = [SUMMARY_MARKER, `### skguard: ${headline(report)}`, ''];
  const inHistoryOnly = placed.filter((p) => p.head.state !== 'present').length;
  out.push(
    `skguard found AI-provider API keys in this pull request's commits (${md(view.scope)}; ${scannedLine(report)}).` +
      (inHistoryOnly > 0
        ? ` ${inHistoryOnly === 1 ? 'One of them is' : `${inHistoryOnly} of them are`} no longer in the code but still in the commits: a pushed key stays usable until it is rotated.`
        : ''),
    '',
    ...table(placed, view, COMMENT_ROWS),
    '',
    ...remediation(report.findings),
    footer(view),
  );
  return `${out.join('\n').trimEnd()}\n`;
}

/** The summary comment once the keys are gone (removed from the commits, or suppressed). */
export function resolvedComment(report: ScanReport, view: GithubView): string {
  return [
    SUMMARY_MARKER,
    '### skguard: no keys found any more',
    '',
    `The keys reported here earlier are no longer in this pull request's commits (${md(view.scope)}; ${scannedLine(report)}): they were removed from its history or suppressed.`,
    'A key that was ever pushed stays usable until it is revoked: if one was real, make sure it was rotated.',
    '',
    footer(view),
  ].join('\n');
}

/** The marker of a review comment: one per key and file, so that re-runs do not repeat it. */
export function inlineMarker(f: Finding): string {
  return `${INLINE_MARKER_PREFIX}${f.fingerprint} ${encodeURIComponent(f.file)} -->`;
}

export function isSummaryComment(body: string | undefined | null): boolean {
  return typeof body === 'string' && body.includes(SUMMARY_MARKER);
}

/** The review comment on the line where a key stands at head. */
export function inlineComment(f: Finding): string {
  const provider = providerName(f.provider);
  const lines = [
    inlineMarker(f),
    `**skguard: ${md(provider)} key on this line** (${code(f.rule)}): ${code(f.redacted)}, fingerprint ${code(f.fingerprint)}.`,
    '',
    `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ''}, then read it from a secret (an environment variable) instead: removing it in a later commit does not take it out of the pull request's history.`,
  ];
  const v = f.verification;
  if (v) lines.push('', `Verification: ${verificationCell(f, true)}.`);
  return lines.join('\n');
}

function headline(report: ScanReport): string {
  const n = report.findings.length;
  const keys = new Set(report.findings.map((f) => f.fingerprint)).size;
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  const distinct = keys === n ? '' : ` (${plural(keys, 'distinct key')})`;
  return `${plural(n, 'key')} found${distinct}${live > 0 ? `, ${live} live` : ''}`;
}

function table(placed: readonly PlacedFinding[], view: GithubView, limit: number): string[] {
  const rows = [
    '| File | Line | Commit | Provider | Key | Verification | Fingerprint | Now |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const p of placed.slice(0, limit)) {
    const f = p.finding;
    rows.push(
      `| ${code(f.file)} | ${lineCell(p, view)} | ${commitCell(f, view)} | ${md(providerName(f.provider))} · ${code(f.rule)} | ${code(f.redacted)} | ${verificationCell(f, view.verified)} | ${code(f.fingerprint)} | ${nowCell(p)} |`,
    );
  }
  if (placed.length > limit)
    rows.push('', `…and ${placed.length - limit} more: see the job summary or the SARIF report.`);
  return rows;
}

function lineCell(p: PlacedFinding, view: GithubView): string {
  const f = p.finding;
  if (p.head.state === 'present') {
    const at = view.head ? blobUrl(view, view.head, f.file, p.head.line) : undefined;
    return at ? `[${p.head.line}](${at})` : String(p.head.line);
  }
  const at = f.commit ? blobUrl(view, f.commit, f.file, f.line) : undefined;
  return at ? `[${f.line}](${at})` : String(f.line);
}

function commitCell(f: Finding, view: GithubView): string {
  if (!f.commit) return '—';
  const label = code(f.commit.slice(0, 12));
  return view.repository ? `[${label}](${view.serverUrl}/${view.repository}/commit/${f.commit})` : label;
}

function nowCell(p: PlacedFinding): string {
  switch (p.head.state) {
    case 'present':
      return 'in the code';
    case 'removed':
      return 'removed, still in history';
    case 'deleted':
      return 'file deleted, still in history';
  }
}

function verificationCell(f: Finding, verified: boolean): string {
  const v = f.verification;
  if (!v) return verified ? 'unknown' : 'not checked';
  const reason = code(v.reason);
  if (v.status === 'live') return `**LIVE** (${reason})`;
  return `${v.status} (${reason})`;
}

function remediation(findings: readonly Finding[]): string[] {
  const rotate = new Map<string, string>();
  for (const f of findings) if (f.rotateUrl) rotate.set(f.rotateUrl, providerName(f.provider));
  const where = [...rotate].map(([url, name]) => `[${md(name)}](${url})`).join(', ');
  return [
    '#### What to do',
    '',
    `1. **Rotate each key now**: revoke it and create a new one${where ? ` (${where})` : ''}. Rotating is what protects you: a key that was pushed is readable in the history, in forks and in clones, even after a later commit deletes it.`,
    '2. **Take it out of the code**: read it from an environment variable filled from a secret store (GitHub Actions secrets, a vault).',
    '3. If the repository must not keep it, rewrite the history (`git filter-repo`) after rotating.',
    '4. Not a real key (a test fixture, an example)? Add `skguard:allow` in a comment on its line, or its fingerprint to `.skguardignore`.',
    '',
  ];
}

function footer(view: GithubView): string {
  const at = view.head ? ` for commit ${code(view.head.slice(0, 12))}` : '';
  const run = view.runUrl ? ` · [workflow run](${view.runUrl})` : '';
  return `<sub>Updated by skguard${at}${run}. This comment is edited in place on each run.</sub>`;
}

function noteLine(note: Note): string {
  return `- ${note.level === 'warning' ? '**warning**' : 'note'}: ${md(note.message)}`;
}

function blobUrl(view: GithubView, rev: string, file: string, line: number): string | undefined {
  return view.repository ? `${view.serverUrl}/${view.repository}/blob/${rev}/${fileUri(file)}#L${line}` : undefined;
}

/** Text with no markdown in it: backticks of rule descriptions dropped. */
function plain(text: string): string {
  return text.replace(/`/g, '');
}

/**
 * Untrusted text (paths, notes, descriptions from a config) made inert in markdown: every character
 * markdown, HTML or a table could act on becomes a numeric entity, and so do `@` (no mentions) and
 * `:` (no autolinks). Newlines become spaces.
 */
export function md(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[&<>"'|`*_[\]()#!~\\@:$]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Untrusted text shown as code, inert in a table cell. */
function code(text: string): string {
  return `<code>${md(text)}</code>`;
}
