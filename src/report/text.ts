import { createColors } from 'picocolors';
import { printable as p } from '../core/egress.js';
import type { Finding, Verification } from '../core/index.js';
import { encodingLabel, formatBytes, formatDuration, plural } from './format.js';
import type { Reporter, ScanReport } from './types.js';

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
    }
    out.push('');
  }
  if (report.findings.length > 0) out.push(...advice(report, c.bold));
  for (const note of report.notes) {
    out.push(`${note.level === 'warning' ? c.yellow('warning') : c.dim('note')}: ${p(note.message)}`);
  }
  if (!context.quiet) out.push(closingLine(report, c));
  return `${out.join('\n')}\n`;
};

function advice(report: ScanReport, bold: (s: string) => string): string[] {
  const count = new Set(report.findings.map((f) => f.fingerprint)).size;
  const rotate = new Map<string, string>();
  for (const f of report.findings) if (f.rotateUrl) rotate.set(f.rotateUrl, f.provider);
  const them = count === 1 ? 'it' : 'them';
  return [
    bold(count === 1 ? 'What to do about this key:' : `What to do about these ${count} keys:`),
    `  1. Rotate ${them} now: anyone who saw the code can use ${them}. Revoke and create a new key at:`,
    ...[...rotate].map(([url, provider]) => `       ${p(provider)}: ${p(url)}`),
    '  2. Take the key out of the code: read it from an environment variable or a secret store.',
    '  3. If it was ever pushed, it stays in history and in every clone: rotating is what protects you;',
    '     rewrite history (git filter-repo) only if the repository must not keep it.',
    '  Not a real key? Add `skguard:allow` to its line, or its fingerprint to .skguardignore.',
    '',
  ];
}

/**
 * `skguard staged` with findings: the pre-commit hook's message. Short, since it interrupts a
 * commit: what is blocked, where each key is, how to fix it, how to suppress a false positive, and
 * how to bypass the hook deliberately.
 */
function blockedCommit(report: ScanReport, c: ReturnType<typeof createColors>): string {
  const fingerprints = [...new Set(report.findings.map((f) => f.fingerprint))];
  const keys = fingerprints.length === 1 ? 'an API key' : `${fingerprints.length} API keys`;
  const rotate = new Map<string, string>();
  for (const f of report.findings) if (f.rotateUrl) rotate.set(f.provider, f.rotateUrl);
  const out = [c.red(c.bold(`skguard: commit blocked: it adds ${keys}.`)), ''];
  for (const f of report.findings) {
    out.push(
      `  ${c.bold(f.inPath ? `${p(f.file)} (in the path)` : `${p(f.file)}:${f.line}`)}  ${c.red(p(f.provider))}  ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}${f.encoding ? c.dim(` (${encodingLabel(f.encoding)})`) : ''}`,
    );
    if (f.verification) out.push(`    ${verificationLine(f.verification, c)}`);
  }
  out.push(
    '',
    c.bold('Fix:'),
    '  - Remove the key from the file; read it from an environment variable or a secret store instead.',
    `  - If it was ever pushed or shared, rotate it: revoke it and create a new one${rotate.size === 1 ? ` at ${p([...rotate.values()][0] ?? '')}.` : rotate.size > 1 ? ':' : '.'}`,
    ...(rotate.size > 1 ? [...rotate].map(([provider, url]) => `      ${p(provider)}: ${p(url)}`) : []),
    '  - Then `git add` the file again and commit.',
    c.bold('Not a real key?'),
    '  Add `skguard:allow` in a comment on its line, or its fingerprint to .skguardignore:',
    ...fingerprints.map((fp) => `    echo ${fp} >> .skguardignore`),
    c.bold('Commit anyway, deliberately:'),
    '  git commit --no-verify (-n); with the pre-commit framework: SKIP=skguard git commit',
  );
  for (const note of report.notes) {
    out.push(`${note.level === 'warning' ? c.yellow('warning') : c.dim('note')}: ${p(note.message)}`);
  }
  return `${out.join('\n')}\n`;
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
  return `${label} ${c.dim(p(v.reason))}: ${p(v.detail)}`;
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
