import { createColors } from 'picocolors';
import { SkguardError } from '../../core/errors.js';
import type { CheckStatus, DoctorReport } from '../../verify/doctor/index.js';
import { defineCommand } from '../command.js';
import { useColor } from '../io.js';
import { NO_COLOR, TEXT_OR_JSON, TIMEOUT } from '../options.js';
import { timeoutMs } from '../verifier.js';

/** `skguard doctor`'s settings. */
export interface DoctorSettings {
  format: 'text' | 'json';
  envFile: string | undefined;
  model: string | undefined;
  timeout: string | undefined;
  color: boolean;
}

/** `skguard doctor`: exit 0 when the key works, 1 when it does not (2, usage errors, is thrown). */
export const doctorCommand = defineCommand<DoctorSettings>({
  spec: {
    words: ['doctor'],
    description:
      'diagnose the OpenAI key in OPENAI_API_KEY: is it set, clean, reachable, accepted (exit 1 if it does not work)',
    options: [
      TEXT_OR_JSON,
      // Not `--env-file`: Node 20 takes that option anywhere on the command line, even after the script.
      { name: 'dotenv', value: '<file>', description: 'read OPENAI_API_KEY (and OPENAI_*) from this .env file' },
      { name: 'model', value: '<name>', description: 'also check that the key may use this model' },
      TIMEOUT,
      NO_COLOR,
    ],
  },
  settings: ({ options }) => {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const model = str(options.model);
    if (model !== undefined && model.trim() === '') {
      throw new SkguardError('--model: expected a model name such as gpt-4o-mini', 'usage');
    }
    return {
      format: options.format === 'json' ? 'json' : 'text',
      envFile: str(options.dotenv),
      model: model?.trim(),
      timeout: str(options.timeout),
      color: options.color !== false,
    };
  },
  async run(s, io) {
    // The validator loads on demand: no other command pays for it.
    const { KEY_VARIABLE, runDoctor } = await import('../../verify/doctor/index.js');
    const report = await runDoctor({
      env: io.env,
      cwd: io.cwd,
      envFile: s.envFile,
      model: s.model,
      timeoutMs: timeoutMs(s.timeout, io),
    });
    if (s.format === 'json') io.stdout.write(`${JSON.stringify({ version: 1, ...report }, null, 2)}\n`);
    else io.stdout.write(renderDoctor(report, KEY_VARIABLE, useColor(io.stdout, io.env, s.color)));
    return report.ok ? 0 : 1;
  },
});

/** The diagnosis for people: one line per check, its fix under it, and the conclusion. */
function renderDoctor(report: DoctorReport, variable: string, color: boolean): string {
  const c = createColors(color);
  const label: Record<CheckStatus, string> = {
    pass: c.green('PASS'),
    warn: c.yellow('WARN'),
    fail: c.red(c.bold('FAIL')),
    skip: c.dim('SKIP'),
  };
  const out: string[] = [];
  const key = report.key ? ` ${c.yellow(report.key.redacted)}` : '';
  const from = report.source ? ` (from ${report.source})` : '';
  out.push(c.bold(`skguard doctor: ${variable}${from}${key}`));
  const width = Math.max(...report.checks.map((ch) => ch.id.length));
  for (const check of report.checks) {
    out.push(`  ${label[check.status]}  ${check.id.padEnd(width)}  ${check.message}`);
    if (check.fix && check.status !== 'pass') out.push(`        ${' '.repeat(width)}  ${c.cyan('fix:')} ${check.fix}`);
  }
  const failed = report.checks.filter((ch) => ch.status === 'fail').length;
  const warned = report.checks.filter((ch) => ch.status === 'warn').length;
  out.push('');
  out.push(
    report.ok
      ? c.green(`The key works${warned ? ` (${warned} warning${warned === 1 ? '' : 's'} above)` : ''}.`)
      : c.red(
          c.bold(`The key does not work: ${failed} check${failed === 1 ? '' : 's'} failed; apply the fixes above.`),
        ),
  );
  return `${out.join('\n')}\n`;
}
