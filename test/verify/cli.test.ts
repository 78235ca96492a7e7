import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/index.js';
import { runCli } from '../support/cli.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';

let fake: FakeProviders;
let repo: TestRepo;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  repo = new TestRepo();
});
afterEach(() => repo.dispose());

const run = (args: string[], stdin?: string, env: Record<string, string> = {}) =>
  runCli(args, { cwd: repo.dir, env: { ...fake.env(), ...env }, ...(stdin === undefined ? {} : { stdin }) });

/** No output may hold a key whole. */
function expectNoKey(result: { stdout: string; stderr: string }, ...keys: string[]) {
  for (const key of keys) {
    expect(result.stdout).not.toContain(key);
    expect(result.stderr).not.toContain(key);
  }
}

describe('scan --verify', () => {
  it('checks each distinct key once and shows LIVE and invalid under the findings', async () => {
    const live = makeKey('openai-project-key');
    const dead = makeKey('anthropic-api-key');
    fake.on(live, answers.openai.models());
    repo.write('a.env', `OPENAI_API_KEY=${live}\n`).write('b.py', `key = "${live}"\nother = "${dead}"\n`);
    const r = await run(['scan', '--verify', '--no-color']);
    expect(r.code).toBe(1);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requestsFor(live)).toHaveLength(1);
    expect(r.stdout.match(/LIVE KEY/g)).toHaveLength(2);
    expect(r.stdout).toContain('invalid key invalid_api_key');
    expect(r.stdout).toMatch(/verified: 1 live, 1 invalid, 0 unknown/);
    expectNoKey(r, live, dead);
  });

  it('adds verification { status, reason, detail } to each finding of the JSON report', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.insufficientQuota());
    repo.write('x.env', `OPENAI_API_KEY=${key}\n`);
    const r = await run(['scan', '--verify', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: { verification: Record<string, unknown> }[] };
    expect(report.findings[0]?.verification).toMatchObject({
      status: 'live',
      reason: 'insufficient_quota',
      detail: expect.stringContaining('billing'),
    });
    expectNoKey(r, key);
  });

  it('does not send anything without --verify', async () => {
    repo.write('x.env', `OPENAI_API_KEY=${makeKey('openai-project-key')}\n`);
    const r = await run(['scan']);
    expect(r.code).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(r.stdout).not.toMatch(/LIVE|verified/);
  });

  it('--fail-on live exits 1 only when a key is live', async () => {
    const dead = makeKey('openai-project-key');
    repo.write('x.env', `OPENAI_API_KEY=${dead}\n`);
    expect((await run(['scan', '--verify', '--fail-on', 'live'])).code).toBe(0);
    const live = makeKey('openrouter-api-key');
    fake.on(live, answers.openrouter.key());
    repo.write('y.env', `OPENROUTER_API_KEY=${live}\n`);
    expect((await run(['scan', '--verify', '--fail-on', 'live'])).code).toBe(1);
  });

  it('--fail-on live keeps unknown keys from failing the run (they are not known to work)', async () => {
    const key = makeKey('anthropic-api-key');
    fake.on(key, answers.anthropic.overloaded());
    repo.write('x.env', `ANTHROPIC_API_KEY=${key}\n`);
    const r = await run(['scan', '--verify', '--fail-on', 'live', '--no-color'], undefined, {
      SKGUARD_VERIFY_TIMEOUT: '2',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('unverified overloaded');
  });

  it('--fail-on live without --verify is a usage error', async () => {
    const r = await run(['scan', '--fail-on', 'live']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fail-on live needs --verify');
  });

  it('refuses a plain-http, non-loopback endpoint override: exit 2, nothing sent', async () => {
    const key = makeKey('openai-project-key');
    repo.write('x.env', `OPENAI_API_KEY=${key}\n`);
    const r = await run(['scan', '--verify'], undefined, { SKGUARD_OPENAI_BASE_URL: 'http://10.11.12.13:8080' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SKGUARD_OPENAI_BASE_URL');
    expect(r.stderr).toContain('loopback');
    expect(r.stdout).toBe('');
    expect(fake.requests).toEqual([]);
    expectNoKey(r, key);
  });

  it('verifies a key suppressed by .skguardignore too: it stays suppressed while its provider refuses it', async () => {
    const key = makeKey('openai-project-key');
    repo.write('x.env', `OPENAI_API_KEY=${key}\n`).write('.skguardignore', `${fingerprint(key)}\n`);
    const r = await run(['scan', '--verify']);
    expect(r.code).toBe(0);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it('verifies an Azure OpenAI key against the endpoint named in the same file', async () => {
    const key = makeKey('azure-openai-key');
    fake.on(key, answers.azure.models());
    repo.write('.env', `AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_API_KEY=${key}\n`);
    const r = await run(['scan', '--verify', '--format', 'json']);
    const report = JSON.parse(r.stdout) as { findings: { verification: { status: string } }[] };
    expect(report.findings[0]?.verification.status).toBe('live');
    expect(fake.requestsFor(key)[0]?.path).toBe('/openai/models?api-version=2024-10-21');
  });
});

describe('staged --verify', () => {
  it('verifies the keys a commit would add and shows LIVE in the hook message', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.models());
    repo.write('config.js', `const k = "${key}";\n`);
    repo.git('add', 'config.js');
    const r = await run(['staged', '--verify', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('LIVE KEY');
    expect(fake.requestsFor(key)).toHaveLength(1);
    expectNoKey(r, key);
  });
});

describe('skguard verify', () => {
  it('gives a redacted verdict per key read from stdin, exit 1 when one is live', async () => {
    const live = makeKey('openai-project-key');
    const dead = makeKey('anthropic-api-key');
    const deepseek = makeKey('deepseek-api-key');
    fake.on(live, answers.openai.models()).on(deepseek, answers.deepseek.balance(true));
    const stdin = `${live}\n\n# a comment\n${dead}\nnot a key at all\n${deepseek}\n${live}\n`;
    const r = await run(['verify', '--format', 'json'], stdin);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      results: {
        line: number;
        provider: string | null;
        redacted: string | null;
        verification: { status: string; reason: string };
      }[];
      summary: Record<string, number>;
    };
    expect(out.results.map((x) => [x.line, x.provider, x.verification.status])).toEqual([
      [1, 'openai', 'live'],
      [4, 'anthropic', 'invalid'],
      [5, null, 'unknown'],
      [6, null, 'unknown'],
      [7, 'openai', 'live'],
    ]);
    // A bare sk- + 32 hex is DeepSeek's or DashScope's: never sent anywhere without --provider.
    expect(out.results[3]?.verification.reason).toBe('ambiguous');
    expect(fake.requestsFor(deepseek)).toHaveLength(0);
    expect(out.results[0]?.redacted).toMatch(/^sk-proj-.{4}….{4}$/);
    // Only lines holding a key count as keys checked.
    expect(out.summary).toEqual({ live: 2, invalid: 1, unknown: 0 });
    expect(fake.requestsFor(live)).toHaveLength(1);
    expectNoKey(r, live, dead, deepseek);
  });

  it('checks a bare shared-shape key with --provider, and says "ambiguous: name the provider" without it', async () => {
    const key = makeKey('deepseek-api-key');
    fake.on(key, answers.deepseek.balance(true));
    const named = await run(['verify', '--provider', 'deepseek', '--no-color'], `${key}\n`);
    expect(named.code).toBe(1);
    expect(named.stdout).toContain('1 key checked: 1 live');
    const bare = await run(['verify', '--no-color'], `${key}\n`);
    expect(bare.stdout).toContain('ambiguous: name the provider');
    expect(bare.stdout).toContain('0 keys checked');
    expect(fake.requestsFor(key)).toHaveLength(1);
    expectNoKey(named, key);
    expectNoKey(bare, key);
  });

  it('exits 0 when no key is live, and prints text verdicts', async () => {
    const dead = makeKey('openai-legacy-key');
    const r = await run(['verify', '--no-color'], `${dead}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/line 1: invalid openai sk-/);
    expect(r.stdout).toContain('invalid_api_key');
    expectNoKey(r, dead);
  });

  it('checks a bare Azure key against --azure-endpoint', async () => {
    const key = makeKey('azure-openai-key');
    fake.on(key, answers.azure.models());
    const r = await run(
      ['verify', '--provider', 'azure-openai', '--azure-endpoint', fake.base('azure'), '--format', 'json'],
      `${key}\n`,
      {
        SKGUARD_AZURE_OPENAI_BASE_URL: '',
      },
    );
    expect(r.code).toBe(1);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it('is a usage error without keys on stdin, or with a bad option', async () => {
    expect((await run(['verify'], '')).code).toBe(2);
    expect((await run(['verify', '--timeout', 'soon'], 'x\n')).code).toBe(2);
    const refused = await run(['verify', '--azure-endpoint', 'http://10.0.0.1'], `${makeKey('azure-openai-key')}\n`);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--azure-endpoint');
    expect(fake.requests).toEqual([]);
  });

  it('refuses a non-loopback http override before any request (exit 2)', async () => {
    const key = makeKey('openai-project-key');
    const r = await run(['verify'], `${key}\n`, { SKGUARD_OPENAI_BASE_URL: 'http://example.com' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SKGUARD_OPENAI_BASE_URL');
    expect(fake.requests).toEqual([]);
    expectNoKey(r, key);
  });
});
