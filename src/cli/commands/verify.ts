import { createColors } from 'picocolors';
import type { Verification } from '../../core/index.js';
import { providerOf, providers } from '../../core/index.js';
import { SkguardError } from '../../errors.js';
import { plural } from '../../report/format.js';
import { keyUrl } from '../../verify/endpoints.js';
import { Verifier, type VerifyOptions, verifyHits } from '../../verify/index.js';
import { keysFromLines, type LineResult } from '../../verify/infer.js';
import { type CliIo, useColor } from '../io.js';
import type { CommandResult } from '../main.js';

/**
 * Everything `--verify`, `skguard verify` and `skguard doctor` need. The CLI imports this module
 * only when one of them is used, so that `skguard staged` in a pre-commit hook never loads it.
 */

/** `--timeout` / `SKGUARD_VERIFY_TIMEOUT`, in seconds, as milliseconds. */
export function timeoutMs(value: string | undefined, io: CliIo, option = '--timeout'): number {
  const raw = value ?? io.env.SKGUARD_VERIFY_TIMEOUT;
  const shown = value === undefined ? 'SKGUARD_VERIFY_TIMEOUT' : option;
  if (raw === undefined || raw.trim() === '') return 10_000;
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > 300) {
    throw new SkguardError(`${shown}: "${raw}" is not a number of seconds between 0 and 300`, 'usage');
  }
  return Math.round(s * 1000);
}

function options(io: CliIo, timeout: number, extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return { env: io.env, timeoutMs: timeout, ...extra };
}

/**
 * `--verify` on a scan. Called before the scan, so that a refused `SKGUARD_*_BASE_URL` ends the run
 * at once; returns what checks each distinct key among the reported findings (never a suppressed
 * one) and sets `verification` on every finding that holds it. Any source's `CommandResult` works.
 */
export async function prepareVerify(io: CliIo): Promise<(result: CommandResult) => Promise<void>> {
  const verifier = new Verifier(options(io, timeoutMs(undefined, io)));
  return async (result) => {
    const reported = new Set(result.report.findings.map((f) => f.fingerprint));
    const hits = (result.hits ?? []).filter((h) => reported.has(h.finding.fingerprint));
    const verdicts = await verifyHits(hits, verifier);
    for (const f of result.report.findings) {
      const v = verdicts.get(f.fingerprint);
      if (v) f.verification = v;
    }
    // What the caps left unchecked is said, never passed over as clean.
    for (const u of verifier.unchecked()) {
      result.report.notes.push({
        level: 'warning',
        code: 'verify-unchecked',
        message:
          u.why === 'max-keys'
            ? `${plural(u.keys, 'key')} not checked: --verify checks at most ${u.limit} distinct keys per run (their status is unknown)`
            : `${plural(u.keys, 'key')} not checked: the run's verification time (${Math.round(u.limit / 1000)} s) ran out (their status is unknown)`,
      });
    }
  };
}

export interface VerifyCommandOptions {
  format?: string;
  /** The provider of keys whose shape several providers share (a bare `sk-` + 32 hex). */
  provider?: string;
  timeout?: string;
  azureEndpoint?: string;
  color?: boolean;
}

/** One verdict of `skguard verify`, as its JSON output lists them. */
export interface KeyVerdict {
  line: number;
  provider: string | null;
  rule: string | null;
  redacted: string | null;
  fingerprint: string | null;
  verification: Verification;
}

/** `skguard verify`: keys on stdin, one per line; a verdict each; exit 1 if any is live. */
export async function verifyCommand(opts: VerifyCommandOptions, io: CliIo): Promise<number> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new SkguardError(`--format: unknown format "${format}"; expected text or json`, 'usage');
  }
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw new SkguardError('skguard verify reads keys from standard input, one per line: pipe them in', 'usage');
  }
  const timeout = timeoutMs(opts.timeout, io);
  const azureEndpoint =
    opts.azureEndpoint === undefined ? undefined : keyUrl(opts.azureEndpoint, '--azure-endpoint').href;
  const verifier = new Verifier(options(io, timeout, azureEndpoint ? { azureEndpoint } : {}));
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  if (opts.provider !== undefined && !providerOf(opts.provider)) {
    throw new SkguardError(
      `--provider: unknown provider "${opts.provider}"; expected one of ${providers.map((p) => p.id).join(', ')}`,
      'usage',
    );
  }
  const lines: LineResult[] = keysFromLines(text, opts.provider);
  if (lines.length === 0) throw new SkguardError('no keys on standard input (expected one key per line)', 'usage');
  const results: KeyVerdict[] = await Promise.all(
    lines.flatMap((l) =>
      l.keys.length === 0
        ? [
            Promise.resolve<KeyVerdict>({
              line: l.line,
              provider: null,
              rule: null,
              redacted: null,
              fingerprint: null,
              verification: l.ambiguous
                ? {
                    status: 'unknown',
                    reason: 'ambiguous',
                    detail: `ambiguous: name the provider (--provider ${l.ambiguous.join(' or ')}); this shape is several providers' keys`,
                  }
                : {
                    status: 'unknown',
                    reason: 'unsupported_key',
                    detail: 'no key of a supported provider on this line',
                  },
            }),
          ]
        : l.keys.map(async (k) => ({
            line: k.line,
            provider: k.provider,
            rule: k.rule,
            redacted: k.redacted,
            fingerprint: k.fingerprint,
            verification: await verifier.verify(k),
          })),
    ),
  );
  const counts = { live: 0, invalid: 0, unknown: 0 };
  // Only lines that hold a key are keys checked; the others are listed, not counted.
  const keys = results.filter((r) => r.fingerprint !== null);
  for (const r of keys) counts[r.verification.status]++;
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ version: 1, results, summary: counts }, null, 2)}\n`);
  } else {
    const c = createColors(useColor(io.stdout, io.env, opts.color !== false));
    const out: string[] = [];
    for (const r of results) {
      const who = r.redacted ? `${r.provider} ${c.yellow(r.redacted)}` : c.dim('(no key recognised)');
      out.push(`line ${r.line}: ${statusLabel(r.verification, c)} ${who}`);
      out.push(`  ${c.dim(r.verification.reason)}: ${r.verification.detail}`);
    }
    out.push(
      `${plural(keys.length, 'key')} checked: ${counts.live > 0 ? c.red(c.bold(`${counts.live} live`)) : '0 live'}, ${counts.invalid} invalid, ${counts.unknown} unknown`,
    );
    io.stdout.write(`${out.join('\n')}\n`);
  }
  return counts.live > 0 ? 1 : 0;
}

/** The verdict as a word: `LIVE` stands out, on purpose. */
export function statusLabel(v: Verification, c: ReturnType<typeof createColors>): string {
  if (v.status === 'live') return c.bgRed(c.white(c.bold('LIVE')));
  return v.status === 'invalid' ? c.green('invalid') : c.yellow('unknown');
}
