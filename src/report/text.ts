import { createColors } from 'picocolors';
import { printable as p } from '../core/egress.js';
import type { Finding, Verification } from '../core/index.js';
import { encodingLabel, formatBytes, formatDuration, plural } from './format.js';
import type { Reporter, ScanReport } from './types.js';
import { COMMAND_FILES, fingerprintsOf, rotateLinks, stepsFor, type WayOut, waysOut } from './way-out.js';

/**
 * `--format text`: for people. Findings grouped by file, each with where it is, what it is, the
 * redacted key and the fingerprint that would suppress it; then what to do; then one closing line.
 */
export const textReporter: Reporter = (full, context) => {
  const c = createColors(context.color);
  const clean = full.findings.length === 0;
  // A clean commit says nothing (the hook runs on every commit), unless asked; --quiet: findings only.
  if (clean && (context.quiet || (full.stats.source === 'staged' && !context.verbose))) return '';
  const report = context.quiet ? { ...full, notes: [] } : full;
  if (report.stats.source === 'staged' && !clean) return blockedCommit(report, c);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(c.bold(c.underline(p(file))));
    for (const f of findings) {
      const where = c.dim(f.inPath ? `${p(file)} (the key is in the path)` : `${p(file)}:${f.line}:${f.column}`);
      const commit = f.commit ? c.dim(` in ${f.commit.slice(0, 12)}${introduced(f)}`) : '';
      const encoded = f.encoding ? c.dim(` (${encodingLabel(f.encoding)})`) : '';
      out.push(`  ${where}${commit}  ${c.red(c.bold(p(f.provider)))} ${p(f.rule)}${encoded}`);
      out.push(`    key ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}`);
      if (f.verification) out.push(`    ${verificationLine(f.verification, c)}`);
      if (f.suppression) out.push(`    ${c.red('reported although suppressed')} (${suppressedBy(f)}): the key is live`);
    }
    out.push('');
  }
  if (report.findings.length > 0 && !context.quiet) out.push(...advice(report, c));
  for (const note of report.notes) {
    out.push(`${note.level === 'warning' ? c.yellow('warning') : c.dim('note')}: ${p(note.message)}`);
  }
  if (!context.quiet) out.push(closingLine(report, c));
  return `${out.join('\n')}\n`;
};

/** What to do, by case: rotate first, then the way out that fits where each key stands. */
function advice(report: ScanReport, c: ReturnType<typeof createColors>): string[] {
  const count = fingerprintsOf(report.findings).length;
  const them = count === 1 ? 'it' : 'them';
  const live = report.findings.filter((f) => f.verification?.status === 'live');
  return [
    c.bold(count === 1 ? 'What to do about this key:' : `What to do about these ${count} keys:`),
    ...(live.length > 0
      ? [`  ${c.red(c.bold('Live now'))}: ${[...new Set(live.map((f) => f.redacted))].join(', ')}: rotate first.`]
      : []),
    `  1. Rotate ${them}: anyone who saw the code can use ${them}. Revoke and create a new key at:`,
    ...rotateLinks(report.findings).map(({ label, url }) => `       ${p(label)}: ${p(url)}`),
    '  2. Then, by case:',
    ...waysOut(report.findings).flatMap((w) => wayOutLines(w).map((l) => `     ${l}`)),
    `  Not a real key? ${ignoreLine(fingerprintsOf(report.findings), 'not a key: <why>')}, or skguard:allow on its line.`,
    '',
  ];
}

/** The steps for one case, with the exact commands (the words are way-out.ts's, shared with the pull-request comment). */
function wayOutLines(way: WayOut): string[] {
  // The steps for the paths as printed: a command never holds a control character.
  const steps = stepsFor({ ...way, findings: way.findings.map((f) => ({ ...f, file: p(f.file) })) });
  const more = steps.files.length - COMMAND_FILES;
  const list = steps.files.slice(0, COMMAND_FILES).join(', ') + (more > 0 ? `, … (${more} more)` : '');
  return [`- ${list}: ${steps.advice}`, ...steps.commands.map((c) => `    ${c}`)];
}

function ignoreLine(fingerprints: readonly string[], reason: string): string {
  const shown = fingerprints.slice(0, 3).join(' ') + (fingerprints.length > 3 ? ' …' : '');
  return `skguard ignore ${shown} --reason "${reason}"`;
}

/**
 * `skguard staged` with findings: the pre-commit hook's message. Short, since it interrupts a
 * commit: what is blocked, where each key is, how to fix it, how to suppress a false positive, and
 * how to bypass the hook deliberately.
 */
function blockedCommit(report: ScanReport, c: ReturnType<typeof createColors>): string {
  const fingerprints = [...new Set(report.findings.map((f) => f.fingerprint))];
  const keys = fingerprints.length === 1 ? 'an API key' : `${fingerprints.length} API keys`;
  const out = [c.red(c.bold(`skguard: commit blocked: it adds ${keys}.`)), ''];
  for (const f of report.findings) {
    out.push(
      `  ${c.bold(f.inPath ? `${p(f.file)} (in the path)` : `${p(f.file)}:${f.line}`)}  ${c.red(p(f.provider))}  ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}${f.encoding ? c.dim(` (${encodingLabel(f.encoding)})`) : ''}`,
    );
    if (f.verification) out.push(`    ${verificationLine(f.verification, c)}`);
  }
  const links = rotateLinks(report.findings);
  out.push(
    '',
    c.bold('Fix:'),
    ...waysOut(report.findings).flatMap((w) => wayOutLines(w).map((l) => `  ${l}`)),
    `  - If it was ever pushed or shared, rotate it: revoke it and create a new one${links.length === 1 ? ` at ${p(links[0]?.url ?? '')}.` : links.length > 1 ? ':' : '.'}`,
    ...(links.length > 1 ? links.map(({ label, url }) => `      ${p(label)}: ${p(url)}`) : []),
    '  - Then `git add` the file again and commit.',
    c.bold('Not a real key?'),
    `  ${ignoreLine(fingerprints, 'not a key: <why>')}  (or skguard:allow in a comment on its line)`,
    c.bold('Commit anyway, deliberately:'),
    '  git commit --no-verify (-n); with the pre-commit framework: SKIP=skguard git commit',
  );
  for (const note of report.notes) {
    out.push(`${note.level === 'warning' ? c.yellow('warning') : c.dim('note')}: ${p(note.message)}`);
  }
  return `${out.join('\n')}\n`;
}

/** What suppressed a finding, in a few words: `.skguardignore:3, rotated on 2026-11-29`. */
function suppressedBy(f: Finding): string {
  const s = f.suppression;
  if (!s) return '';
  const where =
    s.kind === 'inline' ? 'skguard:allow on its line' : s.kind === 'ignore' ? `.skguardignore:${s.line}` : s.kind;
  return `${where}${s.reason ? `, ${p(s.reason)}` : ''}`;
}

/** ` by <author>, <day>` after a history finding's commit (the author's name only: never an e-mail). */
function introduced(f: Finding): string {
  const by = f.author ? ` by ${p(f.author)}` : '';
  const day = f.date ? `${by ? ',' : ''} ${f.date.slice(0, 10)}` : '';
  return `${by}${day}`;
}

/** The closing line of a report (also the one-line summary on stderr when the report goes elsewhere). */
export function closingLine(report: ScanReport, c: ReturnType<typeof createColors> = createColors(false)): string {
  const s = report.stats;
  const what =
    s.source === 'history'
      ? `${plural(s.commits ?? 0, 'commit')}, ${plural(s.blobs ?? s.files, 'blob')}`
      : plural(s.files, 'file');
  const suppressed = s.suppressed.inline + s.suppressed.ignored + s.suppressed.baseline;
  const tail = suppressed > 0 ? `, ${suppressed} suppressed` : '';
  const n = report.findings.length;
  // A shallow clone's missing commits were not read: never a plain "no keys found" for them.
  // What was not read is said in the verdict itself: never a plain "no keys found" for it.
  const unread = s.skipped.unreadable;
  const clean = s.truncated
    ? 'no keys found in the commits present (history truncated)'
    : unread > 0
      ? `no keys found in what could be read (${unread.toLocaleString('en-US')} not read: see the warnings)`
      : 'no keys found';
  const missed = n > 0 && unread > 0 ? `, ${unread.toLocaleString('en-US')} not read` : '';
  const verdict =
    n === 0 ? (unread > 0 || s.truncated ? c.yellow(clean) : c.green(clean)) : c.red(c.bold(`${plural(n, 'finding')}`));
  return `${verdict}${tail}${missed}${verifiedTally(report, c)} · scanned ${what} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)}`;
}

/** `--verify`'s answer under a finding: a live key stands out, in words and in colour. */
function verificationLine(v: Verification, c: ReturnType<typeof createColors>): string {
  const label =
    v.status === 'live'
      ? c.bgRed(c.white(c.bold('LIVE KEY')))
      : v.status === 'invalid'
        ? c.green('invalid key')
        : c.yellow('unverified');
  const told = factsLine(v);
  return `${label} ${c.dim(p(v.reason))}: ${p(v.detail)}${told ? c.dim(` [${p(told)}]`) : ''}`;
}

/** Facts every answer carries (status, request id…) are for machines; the rest is what the key can do and cost. */
const PLUMBING = new Set([
  'httpStatus',
  'requestId',
  'retryAfterSeconds',
  'errorCode',
  'errorType',
  'message',
  'errorReason',
  'baseStatus',
]);

/** `limit 10, usage 0.25, role read`: what the provider told about the key, as the JSON report's `facts` hold it. */
function factsLine(v: Verification): string {
  return Object.entries(v.facts ?? {})
    .filter(([k, value]) => !PLUMBING.has(k) && value !== null && value !== '')
    .map(([k, value]) => `${k} ${String(value)}`)
    .join(', ');
}

/** `, verified: 1 live, 2 invalid, 0 unknown` (distinct keys), when `--verify` ran. */
function verifiedTally(report: ScanReport, c: ReturnType<typeof createColors>): string {
  const byKey = new Map<string, Verification>();
  for (const f of report.findings) if (f.verification) byKey.set(f.fingerprint, f.verification);
  if (byKey.size === 0) return '';
  const count = (status: Verification['status']) => [...byKey.values()].filter((v) => v.status === status).length;
  const live = count('live');
  return `, verified: ${live > 0 ? c.red(c.bold(`${live} live`)) : '0 live'}, ${count('invalid')} invalid, ${count('unknown')} unknown`;
}
