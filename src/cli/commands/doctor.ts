import { createColors } from 'picocolors';
import { SkguardError } from '../../errors.js';
import { type CheckStatus, type DoctorReport, KEY_VARIABLE, runDoctor } from '../../verify/doctor/index.js';
import { type CliIo, useColor } from '../io.js';
import { timeoutMs } from './verify.js';

export interface DoctorOptions {
  format?: string;
  envFile?: string;
  model?: string;
  timeout?: string;
  color?: boolean;
}

/** `skguard doctor`: exit 0 when the key works, 1 when it does not (2, usage errors, is thrown). */
export async function doctorCommand(options: DoctorOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    throw new SkguardError(`--format: unknown format "${format}"; expected text or json`, 'usage');
  }
  if (options.model !== undefined && options.model.trim() === '') {
    throw new SkguardError('--model: expected a model name such as gpt-4o-mini', 'usage');
  }
  const report = await runDoctor({
    env: io.env,
    cwd: io.cwd,
    envFile: options.envFile,
    model: options.model?.trim(),
    timeoutMs: timeoutMs(options.timeout, io),
  });
  if (format === 'json') io.stdout.write(`${JSON.stringify({ version: 1, ...report }, null, 2)}\n`);
  else io.stdout.write(renderDoctor(report, useColor(io.stdout, io.env, options.color !== false)));
  return report.ok ? 0 : 1;
}

/** The diagnosis for people: one line per check, its fix under it, and the conclusion. */
export function renderDoctor(report: DoctorReport, color: boolean): string {
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
  out.push(c.bold(`skguard doctor: ${KEY_VARIABLE}${from}${key}`));
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
