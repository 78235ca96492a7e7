import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { DoctorReport, KeyDiagnosis } from '../../src/verify/doctor/index.js';
import { runCli } from './cli.js';
import { FakeProviders } from './fake-providers.js';
import { expectNoKeyIn } from './leak.js';
import { LoopbackProxy } from './loopback-proxy.js';
import { tempDir } from './repo.js';

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

/**
 * The fixtures of a doctor test file, set up by vitest hooks: the providers' fakes (reset before
 * each test), a fresh working folder per test, and with `proxy` a loopback proxy (forwarding again
 * before each test). Read them through the returned object, inside tests.
 */
export function doctorFixtures(options: { proxy?: boolean } = {}): {
  readonly fake: FakeProviders;
  readonly proxy: LoopbackProxy;
  readonly dir: string;
} {
  let fake: FakeProviders | undefined;
  let proxy: LoopbackProxy | undefined;
  let dir = '';
  beforeAll(async () => {
    fake = await FakeProviders.start();
    if (options.proxy) proxy = await LoopbackProxy.start();
  });
  afterAll(async () => {
    await fake?.close();
    await proxy?.close();
  });
  beforeEach(() => {
    fake?.reset();
    if (proxy) {
      proxy.seen.length = 0;
      proxy.mode = 'forward';
    }
    dir = tempDir('skguard-doctor-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get fake() {
      return fake as FakeProviders;
    },
    get proxy() {
      if (!proxy) throw new Error('doctorFixtures({ proxy: true }) starts the proxy');
      return proxy;
    },
    get dir() {
      return dir;
    },
  };
}
