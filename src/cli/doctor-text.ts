import { createColors } from 'picocolors';
import { printable } from '../core/egress.js';
import { plural } from '../core/plural.js';
import type { CheckStatus, DoctorReport, DoctorVerdict, KeyDiagnosis } from '../verify/doctor/index.js';

type Colors = ReturnType<typeof createColors>;

/**
 * `skguard doctor` for people: one block per key, grouped by provider, each check on a line with its
 * fix under it, then the verdict; a closing line counts them. Everything printed from the
 * developer's variables or a provider's answer is made printable (a `.env` can be anyone's).
 */
export function renderDoctor(report: DoctorReport, color: boolean): string {
  const c = createColors(color);
  const out: string[] = [];
  if (report.providers.length === 0) {
    out.push(c.red(c.bold('No provider key is set: nothing to diagnose.')));
    out.push(`skguard doctor looked in ${(report.lookedIn ?? ['the environment']).join(' and ')} for:`);
    out.push(...wrap(report.lookedFor ?? [], 96).map((line) => `  ${line}`));
    out.push('Set one (or load your .env), or name a provider with --provider ID to see what it needs.');
    return `${out.join('\n')}\n`;
  }
  const keys = report.providers.flatMap((p) => p.keys.map((k) => ({ provider: p.name, key: k })));
  for (const { provider, key } of keys) {
    out.push(...block(provider, key, c), '');
  }
  const count = (v: DoctorVerdict) => keys.filter((k) => k.key.verdict === v).length;
  const parts = [
    count('works') ? c.green(`${count('works')} work${count('works') === 1 ? 's' : ''}`) : '',
    count('does-not-work')
      ? c.red(c.bold(`${count('does-not-work')} do${count('does-not-work') === 1 ? 'es' : ''} not work`))
      : '',
    count('could-not-tell') ? c.yellow(`could not tell for ${count('could-not-tell')}`) : '',
  ].filter(Boolean);
  out.push(`${plural(keys.length, 'key')} of ${plural(report.providers.length, 'provider')}: ${parts.join(', ')}.`);
  return `${out.join('\n')}\n`;
}

const LABELS: Record<CheckStatus, (c: Colors) => string> = {
  pass: (c) => c.green('PASS   '),
  warn: (c) => c.yellow('WARN   '),
  fail: (c) => c.red(c.bold('FAIL   ')),
  unknown: (c) => c.yellow('UNKNOWN'),
  skip: (c) => c.dim('SKIP   '),
};

function block(provider: string, key: KeyDiagnosis, c: Colors): string[] {
  const out: string[] = [];
  const from = key.source ? ` (from ${key.source === 'environment' ? 'the environment' : printable(key.source)})` : '';
  const redacted = key.key ? ` ${c.yellow(key.key.redacted)}` : '';
  out.push(c.bold(`${provider} · ${key.variable}${from}${redacted}`));
  const width = Math.max(...key.checks.map((ch) => ch.id.length));
  for (const check of key.checks) {
    out.push(`  ${LABELS[check.status](c)}  ${check.id.padEnd(width)}  ${printable(check.message)}`);
    if (check.fix && check.status !== 'pass') {
      out.push(`  ${' '.repeat(7)}  ${' '.repeat(width)}  ${c.cyan('fix:')} ${printable(check.fix)}`);
    }
  }
  out.push(`  ${conclusion(key, c)}`);
  return out;
}

/** The verdict in words: what was shown, and for "could not tell", what stood in the way. */
function conclusion(key: KeyDiagnosis, c: Colors): string {
  const failed = key.checks.filter((ch) => ch.status === 'fail').length;
  const warned = key.checks.filter((ch) => ch.status === 'warn').length;
  switch (key.verdict) {
    case 'works':
      return c.green(`The key works${warned ? ` (${plural(warned, 'warning')} above)` : ''}.`);
    case 'does-not-work':
      return c.red(c.bold(`The key does not work: ${plural(failed, 'check')} failed; apply the fixes above.`));
    default: {
      const why = key.checks.find((ch) => ch.status === 'unknown') ?? key.checks.find((ch) => ch.id === 'live');
      return c.yellow(
        c.bold(
          `Could not tell whether the key works${why ? ` (see ${why.id} above)` : ''}; nothing here says it does not.`,
        ),
      );
    }
  }
}

/** Names joined by commas, in lines of at most `width` characters. */
function wrap(names: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const next = line ? `${line}, ${name}` : name;
    if (next.length > width && line) {
      lines.push(`${line},`);
      line = name;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
