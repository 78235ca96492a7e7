import { createHash } from 'node:crypto';
import { printable } from '../core/egress.js';
import type { Finding } from '../core/index.js';
import { plural, providerName } from './format.js';
import { clip, code, prose, type Section } from './markdown.js';
import { fileUri } from './sarif.js';
import type { Note, ScanReport } from './types.js';

/**
 * What GitHub shows of a scan: annotations, the job summary, the pull-request summary comment, and
 * the review with its comments. Pure: the Action (`src/action/`) does the I/O and fits the sections
 * into GitHub's sizes (`src/ci/budget.ts`). Like every reporter, only redacted keys and fingerprints
 * go in; author names and e-mail addresses never do. Every string the input chose (paths, notes,
 * provider names and descriptions from a config, a provider's reason) is redacted with the view's
 * `scrub`, made printable and bounded before it is escaped for markdown (`markdown.ts`).
 */

/** Hidden marker that finds the summary comment again on the next run (among skguard's own comments only). */
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

/** A finding whose key stands in its file at head: where a review comment can go. */
export interface PresentFinding extends PlacedFinding {
  head: Extract<HeadPlace, { state: 'present' }>;
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
  /** The pull request the run is about: its `#number` in the scope is skguard's own words, shown as a reference. */
  pullRequest?: number | undefined;
  /** Whether keys were verified (otherwise the verification column says "not checked"). */
  verified: boolean;
  runUrl?: string | undefined;
  /** Where every finding is listed when a summary cannot show them all (`the SARIF file skguard.sarif`). */
  fullList?: string | undefined;
  /** Redacts the keys in a string from the input (the Action's Redactor). */
  scrub: (text: string) => string;
}

/** One annotation, as `core.error(message, properties)` takes it. */
export interface Annotation {
  title: string;
  message: string;
  file: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** One review comment: where it goes, its body, and the marker that finds it again. */
export interface InlineNote {
  path: string;
  line: number;
  marker: string;
  body: string;
}

// Bounds of each piece of input text, in characters: a table row stays readable and a comment holds many.
const PATH_CHARS = 200;
const NAME_CHARS = 80;
const REASON_CHARS = 120;
const NOTE_CHARS = 1000;
const SCOPE_CHARS = 300;
const DESCRIPTION_CHARS = 300;

/** Most table rows in the job summary and the comment (the byte budget may allow fewer). */
const SUMMARY_ROWS = 1000;
const COMMENT_ROWS = 40;
/** Most notes listed in the job summary (the rest are counted). */
const SUMMARY_NOTES = 100;

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
 * appear in the summary only: an annotation cannot point at a file that is not there. Plain text
 * (the Action makes it inert for the runner).
 */
export function annotations(placed: readonly PlacedFinding[], view: GithubView, max = Infinity): Annotation[] {
  const out: Annotation[] = [];
  for (const { finding: f, head } of placed) {
    if (out.length >= max) break;
    if (head.state === 'deleted') continue;
    const title = `${text(view, providerName(f.provider), NAME_CHARS)} key: ${f.rule}`;
    const parts = [
      `${text(view, f.description.replace(/`/g, ''), DESCRIPTION_CHARS)}: ${f.redacted} (fingerprint ${f.fingerprint}).`,
    ];
    if (f.commit) parts.push(`Introduced in commit ${f.commit.slice(0, 12)} at line ${f.line}.`);
    if (head.state === 'removed') parts.push('No longer in this file, but still in git history.');
    const v = f.verification;
    if (v) parts.push(`Verification: ${v.status} (${text(view, v.reason, REASON_CHARS)}).`);
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

/** The job summary: what was scanned, a table of findings, what to do, notes and problems. */
export function jobSummary(
  report: ScanReport,
  placed: readonly PlacedFinding[],
  view: GithubView,
  problems: readonly string[] = [],
): Section[] {
  const n = report.findings.length;
  const out: Section[] = [
    {
      lines: [
        n === 0 ? '## skguard: no keys found' : `## skguard: ${headline(report)}`,
        '',
        `Scope: ${scope(view)} · ${scannedLine(report)}.`,
        '',
      ],
    },
  ];
  if (n > 0) {
    out.push(...table(placed, view, SUMMARY_ROWS, (left) => `${left.toLocaleString('en-US')} more ${elsewhere(view)}`));
    out.push({ lines: ['', ...remediation(report.findings)] });
  }
  if (report.notes.length > 0) {
    out.push({ lines: ['### Notes', ''] });
    out.push({
      lines: report.notes.map((note) => noteLine(note, view)),
      max: SUMMARY_NOTES,
      priority: 2,
      more: (left) => `- …and ${plural(left, 'more note')}`,
    });
    out.push({ lines: [''] });
  }
  if (problems.length > 0) {
    out.push({
      lines: problems.map((p) => `> [!WARNING]\n> ${prose(text(view, p, NOTE_CHARS))}\n`),
      priority: 2,
      more: (left) => `> [!WARNING]\n> …and ${plural(left, 'more problem')} (see the log)`,
    });
  }
  return out;
}

/** The pull-request summary comment, found again by its marker and edited on each run. */
export function summaryComment(report: ScanReport, placed: readonly PlacedFinding[], view: GithubView): Section[] {
  const inHistoryOnly = placed.filter((p) => p.head.state !== 'present').length;
  return [
    {
      lines: [
        SUMMARY_MARKER,
        `### skguard: ${headline(report)}`,
        '',
        `skguard found AI-provider API keys in this pull request's commits (${scope(view)}; ${scannedLine(report)}).` +
          (inHistoryOnly > 0
            ? ` ${inHistoryOnly === 1 ? 'One of them is' : `${inHistoryOnly.toLocaleString('en-US')} of them are`} no longer in the code but still in the commits: a pushed key stays usable until it is rotated.`
            : ''),
        '',
      ],
    },
    ...table(placed, view, COMMENT_ROWS, (left) => `${left.toLocaleString('en-US')} more in the job summary`),
    { lines: ['', ...remediation(report.findings), footer(view)] },
  ];
}

/** The summary comment once the keys are gone (removed from the commits, or suppressed). */
export function resolvedComment(report: ScanReport, view: GithubView): string {
  return [
    SUMMARY_MARKER,
    '### skguard: no keys found any more',
    '',
    `The keys reported here earlier are no longer in this pull request's commits (${scope(view)}; ${scannedLine(report)}): they were removed from its history or suppressed.`,
    'A key that was ever pushed stays usable until it is revoked: if one was real, make sure it was rotated.',
    '',
    footer(view),
  ].join('\n');
}

/**
 * The marker of a review comment: one per key and file, so that re-runs do not repeat it. The file
 * is hashed: the marker stays short, and holds nothing of a path that could hold a key.
 */
export function inlineMarker(f: Finding): string {
  const file = createHash('sha256').update(f.file).digest('hex').slice(0, 16);
  return `${INLINE_MARKER_PREFIX}${f.fingerprint} ${file} -->`;
}

/** The review-comment markers in a comment's body. */
export function markersIn(body: string | undefined | null): string[] {
  return typeof body === 'string' ? (body.match(/<!-- skguard:inline [0-9a-f]+ [0-9a-f]+ -->/g) ?? []) : [];
}

export function isSummaryComment(body: string | undefined | null): boolean {
  return typeof body === 'string' && body.includes(SUMMARY_MARKER);
}

/** A review comment on the line where a key stands at head. */
export function inlineNote(p: PresentFinding, view: GithubView): InlineNote {
  const f = p.finding;
  const marker = inlineMarker(f);
  const lines = [
    marker,
    `**skguard: ${prose(text(view, providerName(f.provider), NAME_CHARS))} key on this line** (${code(f.rule)}): ${code(f.redacted)}, fingerprint ${code(f.fingerprint)}.`,
    '',
    `Rotate it${f.rotateUrl ? ` at ${f.rotateUrl}` : ''}, then read it from a secret (an environment variable) instead: removing it in a later commit does not take it out of the pull request's history.`,
  ];
  if (f.verification) lines.push('', `Verification: ${verificationCell(f, true, view, false)}.`);
  return { path: f.file, line: p.head.line, marker, body: lines.join('\n') };
}

/** The body of the review that carries the review comments: how many, and where the rest are. */
export function reviewBody(posted: number, total: number): string {
  const lines = [
    `**skguard**: ${plural(posted, 'key')} on lines of this diff, marked below. Rotate each one: a pushed key stays usable until it is revoked.`,
  ];
  if (total > posted) {
    lines.push(
      '',
      `${(total - posted).toLocaleString('en-US')} more in the code are not marked here (a review stays readable with a few comments): they are in the job summary.`,
    );
  }
  return lines.join('\n');
}

function headline(report: ScanReport): string {
  const n = report.findings.length;
  const keys = new Set(report.findings.map((f) => f.fingerprint)).size;
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  const distinct = keys === n ? '' : ` (${plural(keys, 'distinct key')})`;
  return `${plural(n, 'key')} found${distinct}${live > 0 ? `, ${live.toLocaleString('en-US')} live` : ''}`;
}

function table(
  placed: readonly PlacedFinding[],
  view: GithubView,
  max: number,
  rest: (left: number) => string,
): Section[] {
  // Only the rows that could be shown are rendered; the section counts the rest.
  const rows = placed.slice(0, max).map((p) => {
    const f = p.finding;
    const provider = prose(text(view, providerName(f.provider), NAME_CHARS), true);
    return `| ${code(text(view, f.file, PATH_CHARS), true)} | ${lineCell(p, view)} | ${commitCell(f, view)} | ${provider} · ${code(f.rule, true)} | ${code(text(view, f.redacted, NAME_CHARS), true)} | ${verificationCell(f, view.verified, view, true)} | ${code(f.fingerprint, true)} | ${nowCell(p)} |`;
  });
  return [
    {
      lines: [
        '| File | Line | Commit | Provider | Key | Verification | Fingerprint | Now |',
        '|---|---|---|---|---|---|---|---|',
      ],
    },
    { lines: rows, total: placed.length, priority: 1, more: (left) => `\n…and ${rest(left)}.` },
  ];
}

/** Where the findings a summary cannot list are. */
function elsewhere(view: GithubView): string {
  return view.fullList
    ? `not listed here: every finding is in ${prose(view.fullList)}`
    : 'not listed here: run skguard on a clone to list them all';
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
  const label = code(f.commit.slice(0, 12), true);
  const base = repositoryUrl(view);
  return base ? `[${label}](${base}/commit/${f.commit})` : label;
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

function verificationCell(f: Finding, verified: boolean, view: GithubView, inTable: boolean): string {
  const v = f.verification;
  if (!v) return verified ? 'unknown' : 'not checked';
  const reason = code(text(view, v.reason, REASON_CHARS), inTable);
  if (v.status === 'live') return `**LIVE** (${reason})`;
  return `${v.status} (${reason})`;
}

function remediation(findings: readonly Finding[]): string[] {
  const rotate = new Map<string, string>();
  for (const f of findings) if (f.rotateUrl) rotate.set(f.rotateUrl, providerName(f.provider));
  const where = [...rotate].map(([url, name]) => `[${name.replace(/[^\w .-]/g, '')}](${url})`).join(', ');
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

function noteLine(note: Note, view: GithubView): string {
  return `- ${note.level === 'warning' ? '**warning**' : 'note'}: ${prose(text(view, note.message, NOTE_CHARS))}`;
}

/**
 * The scope in markdown. It is skguard's sentence, but can name a branch the input chose: all of it
 * is escaped as prose, except the pull request's own `#number`, which is skguard's and links to it.
 */
function scope(view: GithubView): string {
  const own = view.pullRequest === undefined ? undefined : `pull request #${view.pullRequest}`;
  const words = text(view, view.scope, SCOPE_CHARS);
  return own && words.startsWith(own) ? `${own}${prose(words.slice(own.length))}` : prose(words);
}

/** Text from the input, ready to escape: keys redacted, control characters shown, length bounded. */
function text(view: GithubView, value: string, max: number): string {
  return clip(printable(view.scrub(value)), max);
}

function repositoryUrl(view: GithubView): string | undefined {
  return view.repository ? `${view.serverUrl}/${view.repository.split('/').map(urlPart).join('/')}` : undefined;
}

/**
 * A link to a line, for paths short enough to link (a longer one is shown clipped, without a link).
 * The path is percent-encoded, parentheses and the other characters markdown could read included.
 */
function blobUrl(view: GithubView, rev: string, file: string, line: number): string | undefined {
  const base = repositoryUrl(view);
  if (!base || file.length > PATH_CHARS || view.scrub(file) !== file) return undefined;
  return `${base}/blob/${rev}/${fileUri(file).replace(/[()!*'~]/g, percent)}#L${line}`;
}

function urlPart(part: string): string {
  return encodeURIComponent(part).replace(/[()!*'~]/g, percent);
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
