import { createColors } from 'picocolors';
import { SkguardError } from '../../core/errors.js';
import type { Verification } from '../../core/index.js';
import { plural } from '../../report/format.js';
import type { LineResult } from '../../verify/infer.js';
import { defineCommand } from '../command.js';
import { type SafeIo, useColor } from '../io.js';
import { NO_COLOR, TEXT_OR_JSON, TIMEOUT } from '../options.js';
import { newVerifier } from '../verifier.js';

/** `skguard verify`'s settings. */
export interface VerifySettings {
  format: 'text' | 'json';
  /** The provider of keys whose shape several providers share (a bare `sk-` + 32 hex). */
  provider: string | undefined;
  timeout: string | undefined;
  azureEndpoint: string | undefined;
  color: boolean;
}

/** `skguard verify`: keys on stdin, one per line; a verdict each; exit 1 if any is live. */
export const verifyCommand = defineCommand<VerifySettings>({
  spec: {
    words: ['verify'],
    description: 'check keys read from standard input, one per line: live, invalid or unknown (exit 1 if any is live)',
    options: [
      TEXT_OR_JSON,
      TIMEOUT,
      {
        name: 'azure-endpoint',
        value: '<url>',
        description: 'endpoint of the Azure OpenAI resource, for Azure keys given alone',
      },
      {
        name: 'provider',
        value: '<id>',
        description: 'the provider of keys whose shape several share (sk- + 32 hex: deepseek or dashscope…)',
      },
      NO_COLOR,
    ],
  },
  settings: ({ options }) => ({
    format: options.format === 'json' ? 'json' : 'text',
    provider: typeof options.provider === 'string' ? options.provider : undefined,
    timeout: typeof options.timeout === 'string' ? options.timeout : undefined,
    azureEndpoint: typeof options.azureEndpoint === 'string' ? options.azureEndpoint : undefined,
    color: options.color !== false,
  }),
  run: runVerify,
});

/** One verdict of `skguard verify`, as its JSON output lists them. */
export interface KeyVerdict {
  line: number;
  provider: string | null;
  rule: string | null;
  redacted: string | null;
  fingerprint: string | null;
  verification: Verification;
}

async function runVerify(opts: VerifySettings, io: SafeIo): Promise<number> {
  if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw new SkguardError('skguard verify reads keys from standard input, one per line: pipe them in', 'usage');
  }
  // The validator loads on demand: no other command pays for it.
  const { keyUrl } = await import('../../verify/endpoints.js');
  const { keysFromLines } = await import('../../verify/infer.js');
  const azureEndpoint =
    opts.azureEndpoint === undefined ? undefined : keyUrl(opts.azureEndpoint, '--azure-endpoint').href;
  const verifier = await newVerifier(io, opts.timeout, azureEndpoint ? { azureEndpoint } : {});
  const format = opts.format;
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
  const { providerOf, providers } = await import('../../core/index.js');
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
function statusLabel(v: Verification, c: ReturnType<typeof createColors>): string {
  if (v.status === 'live') return c.bgRed(c.white(c.bold('LIVE')));
  return v.status === 'invalid' ? c.green('invalid') : c.yellow('unknown');
}
