import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../src/verify/doctor/index.js';
import { runCli } from '../support/cli.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';
import { tempDir } from '../support/repo.js';

/**
 * `skguard doctor` on the broken set-ups people ask about, each against the fake OpenAI: the exit
 * code says whether the key works, the failing check names the problem and the fix, and the key is
 * never printed whole.
 */
let fake: FakeProviders;
let dir: string;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  dir = tempDir('skguard-doctor-');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface DoctorJson {
  ok: boolean;
  key?: { redacted: string; family?: string };
  checks: { id: string; status: string; message: string; fix?: string }[];
  verdict?: { status: string; reason: string };
}

/** Runs `skguard doctor --format json` with only the given variables (plus the fake's). */
async function doctor(env: Record<string, string>, args: string[] = []) {
  const text = await runCli(['doctor', ...args], {
    cwd: dir,
    env: { SKGUARD_OPENAI_BASE_URL: fake.base('openai'), ...env },
  });
  const json = await runCli(['doctor', '--format', 'json', ...args], {
    cwd: dir,
    env: { SKGUARD_OPENAI_BASE_URL: fake.base('openai'), ...env },
  });
  for (const [name, value] of Object.entries(env)) {
    if (/KEY/i.test(name) && value.length > 30) {
      const bare = value.replace(/^\W*(?:Bearer\s+)?|\W*$/g, '').replace(/\s+/g, '');
      for (const out of [text.stdout, text.stderr, json.stdout, json.stderr])
        expect(out).not.toContain(bare.slice(0, 40));
    }
  }
  expect(json.code).toBe(text.code);
  const report = json.code === 2 ? undefined : (JSON.parse(json.stdout) as DoctorJson);
  const check = (id: string) => report?.checks.filter((c) => c.id === id) ?? [];
  return { code: text.code, text: text.stdout, stderr: text.stderr, report, check };
}

const liveKey = () => {
  const key = makeKey('openai-project-key');
  fake.on(key, answers.openai.models(['gpt-4o-mini', 'gpt-4o']));
  return key;
};

describe('skguard doctor: the variable', () => {
  it('OPENAI_API_KEY missing: fail, exit 1, says how to set it', async () => {
    const r = await doctor({});
    expect(r.code).toBe(1);
    expect(r.check('variable')[0]).toMatchObject({ status: 'fail', message: 'OPENAI_API_KEY is not set' });
    expect(r.text).toContain('FAIL');
    expect(r.text).toContain('The key does not work');
    expect(fake.requests).toEqual([]);
  });

  it.each(['OPENAI_KEY', 'OPENAI_APIKEY', 'OPEN_AI_API_KEY', 'openai_api_key'])(
    'a near-miss name (%s) is named, with the rename as the fix',
    async (name) => {
      const r = await doctor({ [name]: liveKey() });
      expect(r.code).toBe(1);
      expect(r.check('variable')[0]?.message).toContain(`found ${name} instead`);
      expect(r.check('variable')[0]?.fix).toContain(`rename ${name} to OPENAI_API_KEY`);
    },
  );

  it('present in ./.env but not loaded: fail with how to load it, and the file value is still diagnosed', async () => {
    writeFileSync(path.join(dir, '.env'), `# settings\nOPENAI_API_KEY=${liveKey()}\n`);
    const r = await doctor({});
    expect(r.code).toBe(1);
    expect(r.check('variable')[0]?.message).toContain('./.env sets it (line 2): nothing loaded the file');
    expect(r.check('variable')[0]?.fix).toMatch(/load_dotenv|--dotenv/);
    expect(r.check('live')[0]?.status).toBe('pass');
  });

  it('--dotenv FILE reads the key from the file; the key works: exit 0', async () => {
    writeFileSync(path.join(dir, 'prod.env'), `export OPENAI_API_KEY="${liveKey()}"\n`);
    const r = await doctor({}, ['--dotenv', 'prod.env']);
    expect(r.code).toBe(0);
    expect(r.check('variable')[0]?.message).toContain('prod.env');
    expect(r.report?.ok).toBe(true);
  });

  it('--dotenv that does not exist is a usage error (exit 2)', async () => {
    const r = await doctor({}, ['--dotenv', 'nope.env']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--dotenv nope.env: file not found');
  });
});

describe('skguard doctor: the value', () => {
  it.each([
    ['double quotes', (k: string) => `"${k}"`, /quotes/],
    ['single quotes', (k: string) => `'${k}'`, /quotes/],
    ['a trailing newline', (k: string) => `${k}\n`, /line break at its end/],
    ['leading spaces', (k: string) => `  ${k}`, /leading whitespace/],
    ['a Bearer prefix', (k: string) => `Bearer ${k}`, /Bearer/],
    ['a line break inside', (k: string) => `${k.slice(0, 60)}\n${k.slice(60)}`, /line break inside/],
    ['a zero-width space', (k: string) => `${k.slice(0, 20)}\u200b${k.slice(20)}`, /zero-width space at character 21/],
  ])('%s: fail with the fix, exit 1, and the cleaned key is checked', async (_what, mangle, problem) => {
    const key = liveKey();
    const r = await doctor({ OPENAI_API_KEY: mangle(key) });
    expect(r.code).toBe(1);
    const value = r.check('value')[0];
    expect(value?.status).toBe('fail');
    expect(value?.message).toMatch(problem);
    expect(value?.fix).toBeTruthy();
    // Once fixed, the key itself works: doctor says so.
    expect(r.check('live')[0]?.status).toBe('pass');
    expect(r.text).not.toContain(key);
  });

  it('an empty value or a placeholder: fail, nothing sent', async () => {
    expect((await doctor({ OPENAI_API_KEY: '' })).check('value')[0]?.message).toContain('empty');
    const r = await doctor({ OPENAI_API_KEY: 'sk-your-api-key-here' });
    expect(r.code).toBe(1);
    expect(r.check('value')[0]?.message).toContain('placeholder');
    expect(fake.requests).toEqual([]);
  });
});

describe('skguard doctor: which key it is', () => {
  it('an Anthropic key in the OpenAI variable: fail, points at ANTHROPIC_API_KEY, nothing sent', async () => {
    const r = await doctor({ OPENAI_API_KEY: makeKey('anthropic-api-key') });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]).toMatchObject({ status: 'fail', fix: expect.stringContaining('ANTHROPIC_API_KEY') });
    expect(fake.requests).toEqual([]);
  });

  it('an Azure OpenAI key in the OpenAI variable: fail, points at AzureOpenAI', async () => {
    const r = await doctor({ OPENAI_API_KEY: makeKey('azure-openai-key') });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]?.fix).toContain('AZURE_OPENAI_ENDPOINT');
    expect(fake.requests).toEqual([]);
  });

  it('a truncated OpenAI key: warns about its length, and the live check says invalid', async () => {
    const key = makeKey('openai-project-key').slice(0, 150);
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]).toMatchObject({ status: 'warn', message: expect.stringContaining('150 characters') });
    expect(r.check('live')[0]?.status).toBe('fail');
  });

  it('an admin key: fail, it cannot call the model APIs', async () => {
    const key = makeKey('openai-admin-key');
    fake.on(key, answers.openai.adminKeys());
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]?.message).toContain('admin key');
    expect(fake.requestsFor(key)[0]?.path).toBe('/v1/organization/admin_api_keys?limit=1');
  });
});

describe('skguard doctor: the live check and what it means', () => {
  it('a working key: every check passes, exit 0', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey() });
    expect(r.code).toBe(0);
    expect(r.report?.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.check('live')[0]?.status).toBe('pass');
    expect(r.text).toContain('The key works');
    expect(r.report?.key?.redacted).toMatch(/^sk-proj-.{4}….{4}$/);
  });

  it.each([
    ['invalid', (k: string) => answers.openai.invalidKey(k), 'https://platform.openai.com/api-keys'],
    ['out of quota', () => answers.openai.insufficientQuota(), 'billing'],
    ['deactivated', () => answers.openai.deactivated(), 'deactivated'],
    ['region-blocked', () => answers.openai.regionBlocked(), 'supported-countries'],
    ['IP not allowed', () => answers.openai.ipNotAuthorized(), 'allow-list'],
    ['server trouble', () => answers.openai.serverError(503), 'https://status.openai.com'],
  ])('%s: fail with the fix, exit 1', async (_what, answer, fix) => {
    const key = makeKey('openai-project-key');
    fake.on(key, answer(key));
    const r = await doctor({ OPENAI_API_KEY: key, SKGUARD_VERIFY_TIMEOUT: '2' });
    expect(r.code).toBe(1);
    expect(r.check('live')[0]?.status).toBe('fail');
    expect(r.check('live')[0]?.fix).toContain(fix);
  });

  it('a restricted key missing scopes works for what it may do: warn, exit 0', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.missingScopes403());
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(0);
    expect(r.check('live')[0]).toMatchObject({ status: 'warn', fix: expect.stringContaining('permissions') });
  });

  it('a slow answer: timeout, exit 1', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, { ...answers.openai.models(), delayMs: 2_000 });
    const r = await doctor({ OPENAI_API_KEY: key }, ['--timeout', '0.2']);
    expect(r.code).toBe(1);
    expect(r.report?.verdict?.reason).toBe('timeout');
  });

  it('--model: in the list passes; not in the list fails with similar names', async () => {
    const key = liveKey();
    expect((await doctor({ OPENAI_API_KEY: key }, ['--model', 'gpt-4o'])).check('model')[0]?.status).toBe('pass');
    const r = await doctor({ OPENAI_API_KEY: key }, ['--model', 'gpt-5-turbo']);
    expect(r.code).toBe(1);
    expect(r.check('model')[0]?.message).toContain('similar: gpt-4o-mini, gpt-4o');
  });

  it('OPENAI_ORG_ID naming another organization: fail, exit 1', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, (req) =>
      req.headers['openai-organization'] === 'org-wrongwrongwrongwrong'
        ? answers.openai.mismatchedOrganization()
        : answers.openai.models(['gpt-4o'], 'org-rightrightrightright'),
    );
    const r = await doctor({ OPENAI_API_KEY: key, OPENAI_ORG_ID: 'org-wrongwrongwrongwrong' });
    expect(r.code).toBe(1);
    expect(r.check('organization')[0]).toMatchObject({ status: 'fail', fix: expect.stringContaining('OPENAI_ORG_ID') });
  });

  it('OPENAI_ORG_ID differing from the openai-organization header: fail even if the server does not object', async () => {
    const key = liveKey();
    const r = await doctor({ OPENAI_API_KEY: key, OPENAI_ORG_ID: 'org-otherotherotherother' });
    expect(r.code).toBe(1);
    expect(r.check('organization')[0]?.message).toContain('org-fakeorg1234567890abcdEF');
  });
});

describe('skguard doctor: project', () => {
  it('OPENAI_PROJECT_ID naming another project than the one OpenAI reports: fail, exit 1', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), OPENAI_PROJECT_ID: 'proj_someotherproject000' });
    expect(r.code).toBe(1);
    expect(r.check('project')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('proj_fakeproject1234567890'),
      fix: expect.stringContaining('OPENAI_PROJECT_ID'),
    });
  });

  it('OPENAI_PROJECT_ID matching the key: pass, exit 0', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), OPENAI_PROJECT_ID: 'proj_fakeproject1234567890' });
    expect(r.code).toBe(0);
    expect(r.check('project')[0]?.status).toBe('pass');
  });
});

describe('skguard doctor: where requests go', () => {
  it('OPENAI_BASE_URL over plain http to another machine: fail, the key is not sent', async () => {
    const key = liveKey();
    const r = await doctor({ OPENAI_API_KEY: key, OPENAI_BASE_URL: 'http://10.1.2.3/v1', SKGUARD_OPENAI_BASE_URL: '' });
    expect(r.code).toBe(1);
    expect(r.check('endpoint')[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('clear text') });
    expect(fake.requests).toEqual([]);
  });

  it('a proxy variable: warns where requests go, without the proxy password', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), HTTPS_PROXY: 'http://me:s3cretpass@proxy.corp:3128' });
    expect(r.code).toBe(0);
    expect(r.check('proxy')[0]?.message).toContain('http://proxy.corp:3128');
    expect(r.text).not.toContain('s3cretpass');
  });

  it('a refused connection is named (TCP, ECONNREFUSED): exit 1', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const r = await doctor({ OPENAI_API_KEY: liveKey(), SKGUARD_OPENAI_BASE_URL: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(1);
    expect(r.check('tcp')[0]).toMatchObject({ status: 'fail', message: expect.stringContaining('ECONNREFUSED') });
    expect(r.check('live')[0]?.status).toBe('skip');
  });

  it('a TLS failure is named: https to a server that does not speak TLS', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), SKGUARD_OPENAI_BASE_URL: fake.url.replace('http:', 'https:') });
    expect(r.code).toBe(1);
    expect(r.check('tls')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(/TLS with 127\.0\.0\.1 failed: \S*(SSL|TLS|EPROTO|ECONNRESET)/),
    });
    expect(fake.requests).toEqual([]);
  });

  it('a DNS failure is named (ENOTFOUND) with the fix', async () => {
    const report = await runDoctor(
      {
        env: { OPENAI_API_KEY: makeKey('openai-project-key'), OPENAI_BASE_URL: 'https://api.openia.com/v1' },
        cwd: dir,
      },
      {
        net: {
          lookup: () => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })),
          tcp: () => Promise.reject(new Error('not reached')),
          tls: () => Promise.reject(new Error('not reached')),
        },
        fetch: () => Promise.reject(new Error('no request may be made')),
      },
    );
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.id === 'dns')).toMatchObject({
      status: 'fail',
      message: 'api.openia.com does not resolve: ENOTFOUND (host not found)',
    });
    expect(report.checks.find((c) => c.id === 'endpoint')?.status).toBe('warn');
  });

  it('a refused SKGUARD_OPENAI_BASE_URL is a usage error (exit 2), nothing sent', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), SKGUARD_OPENAI_BASE_URL: 'http://10.0.0.1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SKGUARD_OPENAI_BASE_URL');
    expect(fake.requests).toEqual([]);
  });

  it('a 200 through another service (OPENAI_BASE_URL) only warns: it may not have checked the key', async () => {
    const okNet = { lookup: async () => ['192.0.2.1'], tcp: async () => {}, tls: async () => {} };
    const seen: string[] = [];
    const report = await runDoctor(
      {
        env: { OPENAI_API_KEY: makeKey('openai-project-key'), OPENAI_BASE_URL: 'https://gateway.example/v1' },
        cwd: dir,
      },
      {
        net: okNet,
        fetch: async (url) => {
          seen.push(String(url));
          return new Response(JSON.stringify({ object: 'list', data: [] }), { status: 200 });
        },
      },
    );
    expect(seen).toEqual(['https://gateway.example/v1/models']);
    expect(report.checks.find((c) => c.id === 'live')).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('gateway.example'),
    });
    expect(report.ok).toBe(true);
  });

  it('an OpenRouter key with OPENAI_BASE_URL at OpenRouter is fine, and is checked at OpenRouter', async () => {
    const key = makeKey('openrouter-api-key');
    fake.on(key, answers.openrouter.key());
    const r = await doctor({
      OPENAI_API_KEY: key,
      OPENAI_BASE_URL: 'https://openrouter.ai/api/v1',
      SKGUARD_OPENAI_BASE_URL: '',
      SKGUARD_OPENROUTER_BASE_URL: fake.base('openrouter'),
    });
    expect(r.code).toBe(0);
    expect(r.check('family')[0]?.status).toBe('pass');
    expect(fake.requestsFor(key).map((q) => q.path)).toEqual(['/api/v1/key', '/api/v1/key']);
  });
});
