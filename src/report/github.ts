import { createHash } from 'node:crypto';
import { printable } from '../core/egress.js';
import type { Finding } from '../core/index.js';
import { plural, providerName } from './format.js';
import { clip, code, codeBlock, prose, type Section } from './markdown.js';
import { fileUri } from './sarif.js';
import type { Note, ScanReport } from './types.js';
import { COMMAND_FILES, rotateLinks, stepsFor, waysOut } from './way-out.js';

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
  /** A pull request (or merge group) judged by its base's settings: what its reviewers must see. */
  review?: ReviewView | undefined;
}

/**
 * What reviewers of a change must see besides its keys: a change does not judge itself. Its own
 * config takes effect once merged, and every suppression it brings is listed.
 */
export interface ReviewView {
  /** The commit whose settings judged the run. */
  base: string;
  /** The config file the change adds or changes (in effect only once merged), if it does. */
  config?: { label: string; change: 'changed' | 'added' } | undefined;
  /** Suppressions the change adds (honoured unless the key is live), with where the key stands at head. */
  added: PlacedFinding[];
  /** Suppressed findings whose suppression the base already holds. */
  approved: number;
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
/** Most commands shown for one case (each `skguard ignore` names up to 8 fingerprints). */
const COMMANDS = 5;
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
    if (f.suppression) parts.push('Suppressed, but live: a working key cannot be acknowledged away.');
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
        n === 0 ? `## skguard: no keys found${toReview(view)}` : `## skguard: ${headline(report, view)}`,
        '',
        `Scope: ${scope(view)} · ${scannedLine(report)}.`,
        '',
      ],
    },
    ...settingsChange(view),
    ...liveDespiteSuppression(report, view),
  ];
  if (n > 0) {
    out.push(...table(placed, view, SUMMARY_ROWS, (left) => `${left.toLocaleString('en-US')} more ${elsewhere(view)}`));
    out.push({ lines: ['', ...remediation(report.findings, view)] });
  }
  out.push(
    ...addedSuppressions(view, SUMMARY_ROWS, (left) => `${left.toLocaleString('en-US')} more ${elsewhere(view)}`),
  );
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

/**
 * Whether a pull request's summary comment has something to say: keys, or what reviewers must see
 * (suppressions it adds, a change to the settings) even when no key is reported.
 */
export function hasReviewNews(report: ScanReport, view: GithubView): boolean {
  return report.findings.length > 0 || (view.review?.added.length ?? 0) > 0 || view.review?.config !== undefined;
}

/** The pull-request summary comment, found again by its marker and edited on each run. */
export function summaryComment(report: ScanReport, placed: readonly PlacedFinding[], view: GithubView): Section[] {
  const n = report.findings.length;
  const inHistoryOnly = placed.filter((p) => p.head.state !== 'present').length;
  const intro =
    n === 0
      ? `skguard reports no key in this pull request's commits (${scope(view)}; ${scannedLine(report)}).`
      : `skguard found AI-provider API keys in this pull request's commits (${scope(view)}; ${scannedLine(report)}).` +
        (inHistoryOnly > 0
          ? ` ${inHistoryOnly === 1 ? 'One of them is' : `${inHistoryOnly.toLocaleString('en-US')} of them are`} no longer in the code but still in the commits: a pushed key stays usable until it is rotated.`
          : '');
  return [
    {
      lines: [
        SUMMARY_MARKER,
        `### skguard: ${n === 0 ? `no keys found${toReview(view)}` : headline(report, view)}`,
        '',
        intro,
        '',
      ],
    },
    ...settingsChange(view),
    ...liveDespiteSuppression(report, view),
    ...(n > 0
      ? [
          ...table(placed, view, COMMENT_ROWS, (left) => `${left.toLocaleString('en-US')} more in the job summary`),
          { lines: ['', ...remediation(report.findings, view)] },
        ]
      : []),
    ...addedSuppressions(view, COMMENT_ROWS, (left) => `${left.toLocaleString('en-US')} more in the job summary`),
    { lines: [footer(view)] },
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

function headline(report: ScanReport, view: GithubView): string {
  const n = report.findings.length;
  const keys = new Set(report.findings.map((f) => f.fingerprint)).size;
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  const distinct = keys === n ? '' : ` (${plural(keys, 'distinct key')})`;
  return `${plural(n, 'key')} found${distinct}${live > 0 ? `, ${live.toLocaleString('en-US')} live` : ''}${toReview(view)}`;
}

/** `, 2 suppressions to review` when the change adds suppressions. */
function toReview(view: GithubView): string {
  const added = view.review?.added.length ?? 0;
  return added > 0 ? `, ${plural(added, 'suppression')} to review` : '';
}

function table(
  placed: readonly PlacedFinding[],
  view: GithubView,
  max: number,
  rest: (left: number) => string,
): Section[] {
  // Only the rows that could be shown are rendered; the section counts the rest. The verification
  // column is there only when keys were verified: otherwise it would say "not checked" on every row.
  const rows = placed.slice(0, max).map((p) => {
    const f = p.finding;
    const provider = prose(text(view, providerName(f.provider), NAME_CHARS), true);
    const verification = view.verified ? ` ${verificationCell(f, true, view, true)} |` : '';
    return `| ${code(text(view, f.file, PATH_CHARS), true)} | ${lineCell(p, view)} | ${commitCell(f, view)} | ${provider} · ${code(f.rule, true)} | ${code(text(view, f.redacted, NAME_CHARS), true)} |${verification} ${code(f.fingerprint, true)} | ${nowCell(p)} |`;
  });
  return [
    {
      lines: [
        `| File | Line | Commit | Provider | Key |${view.verified ? ' Verification |' : ''} Fingerprint | Now |`,
        `|---|---|---|---|---|${view.verified ? '---|' : ''}---|---|`,
      ],
    },
    { lines: rows, total: placed.length, priority: 1, more: (left) => `\n…and ${rest(left)}.` },
  ];
}

/** The callout when the change adds or edits the config: it was judged by its base's settings. */
function settingsChange(view: GithubView): Section[] {
  const config = view.review?.config;
  if (!view.review || !config) return [];
  const file = code(text(view, config.label, PATH_CHARS));
  const base = code(view.review.base.slice(0, 12));
  const subject = view.pullRequest !== undefined ? 'This pull request' : 'This change';
  const used =
    config.change === 'added'
      ? `its base commit ${base} has none, so skguard used the defaults`
      : `skguard used the version in its base commit ${base}`;
  return [
    {
      lines: [
        '> [!IMPORTANT]',
        `> ${subject} ${config.change === 'added' ? 'adds' : 'changes'} ${file}. A change does not judge itself: ${used}. The change takes effect once merged.`,
        '',
      ],
    },
  ];
}

/** The callout for keys that were suppressed but whose provider accepted them: reported anyway. */
function liveDespiteSuppression(report: ScanReport, view: GithubView): Section[] {
  const live = report.findings.filter((f) => f.suppression && f.verification?.status === 'live');
  if (live.length === 0) return [];
  const keys = live
    .slice(0, COMMENT_ROWS)
    .map((f) => `${code(text(view, f.redacted, NAME_CHARS))} (${suppressedBy(f, view)})`)
    .join(', ');
  const more = live.length > COMMENT_ROWS ? `, and ${(live.length - COMMENT_ROWS).toLocaleString('en-US')} more` : '';
  const one = live.length === 1;
  return [
    {
      lines: [
        '> [!CAUTION]',
        `> **${plural(live.length, 'suppressed key')} ${one ? 'is' : 'are'} live**: ${one ? 'its' : 'their'} provider accepted ${one ? 'it' : 'them'}, so the suppression does not hold and the check fails: a working key cannot be acknowledged away. Rotate ${one ? 'it' : 'them'}, then the suppression holds: ${keys}${more}.`,
        '',
      ],
    },
  ];
}

/** The suppressions the change adds, listed for its reviewers: the key, where, how, why, who and until when. */
function addedSuppressions(view: GithubView, max: number, rest: (left: number) => string): Section[] {
  const review = view.review;
  if (!review || review.added.length === 0) return [];
  const subject = view.pullRequest !== undefined ? 'this pull request' : 'this change';
  const approved =
    review.approved > 0
      ? ` (${plural(review.approved, 'more finding')} ${review.approved === 1 ? 'is' : 'are'} suppressed by what the base commit already holds.)`
      : '';
  const rows = review.added.slice(0, max).map((p) => {
    const f = p.finding;
    const s = f.suppression;
    const reason = s?.reason ? prose(text(view, s.reason, REASON_CHARS), true) : '—';
    const by = s?.by ? code(text(view, s.by, NAME_CHARS), true) : '—';
    const until = s?.expires ? code(text(view, s.expires, NAME_CHARS), true) : '—';
    const verification = view.verified ? ` ${verificationCell(f, true, view, true)} |` : '';
    return `| ${code(text(view, f.file, PATH_CHARS), true)} | ${lineCell(p, view)} | ${code(text(view, f.redacted, NAME_CHARS), true)} | ${suppressedBy(f, view)} | ${reason} | ${by} | ${until} |${verification} ${code(f.fingerprint, true)} | ${nowCell(p)} |`;
  });
  return [
    {
      lines: [
        `#### Suppressions ${subject} adds`,
        '',
        `Honoured, and listed so that reviewers see each one they approve: a suppression is for a key that was rotated, or is not a key.${view.verified ? ' A key its provider says is live is reported whatever suppresses it.' : ''}${approved}`,
        '',
        `| File | Line | Key | Suppressed by | Reason | By | Until |${view.verified ? ' Verification |' : ''} Fingerprint | Now |`,
        `|---|---|---|---|---|---|---|${view.verified ? '---|' : ''}---|---|`,
      ],
    },
    { lines: rows, total: review.added.length, priority: 1, more: (left) => `\n…and ${rest(left)}.` },
    { lines: [''] },
  ];
}

/** What suppressed a finding, as a table cell: `.skguardignore` line (linked at head), `skguard:allow`, the baseline. */
function suppressedBy(f: Finding, view: GithubView): string {
  const s = f.suppression;
  switch (s?.kind) {
    case 'ignore': {
      const label = code(`.skguardignore:${s.line ?? 0}`, true);
      const at = view.head && s.line ? blobUrl(view, view.head, '.skguardignore', s.line) : undefined;
      return at ? `[${label}](${at})` : label;
    }
    case 'inline':
      return `${code('skguard:allow', true)} on its line`;
    case 'baseline':
      return 'the baseline';
    case 'example':
      return "a custom rule's example";
    default:
      return '—';
  }
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

/**
 * What to do, in the words the CLI uses (`way-out.ts`): rotate (one link per provider and key
 * type), then the way out that fits where each key stands, with the exact commands.
 */
function remediation(findings: readonly Finding[], view: GithubView): string[] {
  const links = rotateLinks(findings).map(({ label, url }) => `[${prose(text(view, label, NAME_CHARS))}](${url})`);
  const live = [...new Set(findings.filter((f) => f.verification?.status === 'live').map((f) => f.redacted))];
  const byCase = waysOut(findings).flatMap((way) => {
    // The steps for the paths as shown (redacted, printable, bounded): a command never holds more.
    const shown = way.findings.map((f) => ({ ...f, file: text(view, f.file, PATH_CHARS) }));
    const steps = stepsFor({ ...way, findings: shown });
    const files = steps.files.slice(0, COMMAND_FILES).map((f) => code(f));
    const more = steps.files.length - COMMAND_FILES;
    const list = files.join(', ') + (more > 0 ? ` and ${more.toLocaleString('en-US')} more` : '');
    const lines = [`   - ${list}: ${steps.advice}`];
    const commands = steps.commands.slice(0, COMMANDS);
    if (steps.commands.length > COMMANDS) {
      commands.push(
        `# … ${plural(steps.commands.length - COMMANDS, 'more command')}: every fingerprint is in the table`,
      );
    }
    if (commands.length > 0) lines.push(...codeBlock(commands, '     ', 'sh'));
    if (way.case === 'history-only') {
      lines.push(
        '     Commit `.skguardignore` with it: skguard lists each suppression a pull request adds for its reviewers.',
      );
    }
    return lines;
  });
  return [
    '#### What to do',
    '',
    `1. **Rotate each key now**: revoke it and create a new one${links.length > 0 ? ` (${links.join(' · ')})` : ''}. Rotating is what protects you: a key that was pushed is readable in the history, in forks and in clones, even after a later commit deletes it.`,
    ...(live.length > 0
      ? [
          `   **Live now**: ${live.map((r) => code(text(view, r, NAME_CHARS))).join(', ')}: rotate ${live.length === 1 ? 'it' : 'these'} first.`,
        ]
      : []),
    '2. **Then, by where each key stands:**',
    ...byCase,
    '3. **Not a real key** (a test fixture, an example)? Add `skguard:allow` in a comment on its line, or acknowledge it by the fingerprint in the table: `skguard ignore FINGERPRINT --reason "not a key: WHY"`.',
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
