import { createColors } from 'picocolors';
import type { Finding } from '../core/index.js';
import { formatBytes, formatDuration, plural } from './format.js';
import type { Reporter, ScanReport } from './types.js';

/**
 * `--format text`: for people. Findings grouped by file, each with where it is, what it is, the
 * redacted key and the fingerprint that would suppress it; then what to do; then one closing line.
 */
export const textReporter: Reporter = (report, context) => {
  const c = createColors(context.color);
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, findings] of byFile) {
    out.push(c.bold(c.underline(file)));
    for (const f of findings) {
      const where = c.dim(`${file}:${f.line}:${f.column}`);
      const commit = f.commit ? c.dim(` in ${f.commit.slice(0, 12)}`) : '';
      out.push(`  ${where}${commit}  ${c.red(c.bold(f.provider))} ${f.rule}`);
      out.push(`    key ${c.yellow(f.redacted)}  fingerprint ${c.cyan(f.fingerprint)}`);
    }
    out.push('');
  }
  if (report.findings.length > 0) out.push(...advice(report, c.bold));
  for (const note of report.notes) {
    out.push(`${note.level === 'warning' ? c.yellow('warning') : c.dim('note')}: ${note.message}`);
  }
  out.push(closingLine(report, c));
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
    ...[...rotate].map(([url, provider]) => `       ${provider}: ${url}`),
    '  2. Take the key out of the code: read it from an environment variable or a secret store.',
    '  3. If it was ever pushed, it stays in history and in every clone: rotating is what protects you;',
    '     rewrite history (git filter-repo) only if the repository must not keep it.',
    '  Not a real key? Add `skguard:allow` to its line, or its fingerprint to .skguardignore.',
    '',
  ];
}

function closingLine(report: ScanReport, c: ReturnType<typeof createColors>): string {
  const s = report.stats;
  const what =
    s.source === 'history'
      ? `${plural(s.commits ?? 0, 'commit')}, ${plural(s.blobs ?? s.files, 'blob')}`
      : plural(s.files, 'file');
  const suppressed = s.suppressed.inline + s.suppressed.ignored + s.suppressed.baseline;
  const tail = suppressed > 0 ? `, ${suppressed} suppressed` : '';
  const n = report.findings.length;
  const verdict = n === 0 ? c.green('no keys found') : c.red(c.bold(`${plural(n, 'finding')}`));
  return `${verdict}${tail} · scanned ${what} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)}`;
}
