import { expect } from 'vitest';
import type { DoctorReport, KeyDiagnosis } from '../../src/verify/doctor/index.js';
import { runCli } from './cli.js';
import { expectNoKeyIn } from './leak.js';

/** `skguard doctor --format json`'s output. */
export type DoctorJson = DoctorReport & { version: number };

/**
 * Runs `skguard doctor` twice, as text and as JSON, with only the given variables: both must agree
 * on the exit code, and neither may hold any of `keys` whole. Returns the text, the parsed report
 * (when doctor got as far as one) and shortcuts to one key's checks.
 */
export async function runDoctorCli(cwd: string, env: Record<string, string>, args: string[] = [], keys: string[] = []) {
  const text = await runCli(['doctor', ...args], { cwd, env });
  const json = await runCli(['doctor', '--format', 'json', ...args], { cwd, env });
  // Every key-like variable's value, as it would be once cleaned of quotes, `Bearer ` and spaces.
  const values = Object.entries(env)
    .filter(([name]) => /KEY|TOKEN/i.test(name) && !name.startsWith('SKGUARD_'))
    .map(([, value]) => value.replace(/^\W*(?:Bearer\s+)?|\W*$/g, '').replace(/[\s\u200b]+/g, ''))
    .filter((value) => value.length >= 30);
  expectNoKeyIn([text.stdout, text.stderr, json.stdout, json.stderr], [...keys, ...values]);
  expect(json.code).toBe(text.code);
  const report = json.stdout.trim() === '' ? undefined : (JSON.parse(json.stdout) as DoctorJson);
  /** The diagnosis of a provider's variable (its first diagnosed one by default). */
  const key = (provider = 'openai', variable?: string): KeyDiagnosis | undefined =>
    report?.providers.find((p) => p.provider === provider)?.keys.find((k) => !variable || k.variable === variable);
  const check = (id: string, provider = 'openai') => key(provider)?.checks.filter((c) => c.id === id) ?? [];
  return { code: text.code, text: text.stdout, stderr: text.stderr, report, key, check };
}
