import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DoctorReport, runDoctor } from '../../src/verify/doctor/index.js';
import { doctorFixtures, runDoctorCli } from '../support/doctor.js';
import { answers } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * `skguard doctor` on the broken OpenAI set-ups people ask about, each against the fake OpenAI: the
 * exit code says whether the key works (0), does not (1) or could not be told (2), the failing check
 * names the problem and the fix, and the key is never printed whole.
 */
const fx = doctorFixtures();

/** Runs `skguard doctor` (text and JSON) with only the given variables, OpenAI's checks sent to the fx.fake. */
const doctor = (env: Record<string, string>, args: string[] = []) =>
  runDoctorCli(fx.dir, { SKGUARD_OPENAI_BASE_URL: fx.fake.base('openai'), ...env }, args);

/** The checks of the one key a direct `runDoctor` call diagnosed. */
const checksOf = (report: DoctorReport) => report.providers[0]?.keys[0]?.checks ?? [];

const liveKey = () => {
  const key = makeKey('openai-project-key');
  fx.fake.on(key, answers.openai.models(['gpt-4o-mini', 'gpt-4o']));
  return key;
};

describe('skguard doctor: the variable', () => {
  it('nothing set at all: exit 1, and it says which variables it looked for, and where', async () => {
    const r = await doctor({});
    expect(r.code).toBe(1);
    expect(r.report).toMatchObject({ ok: false, verdict: 'does-not-work', providers: [] });
    expect(r.report?.lookedFor).toEqual(
      expect.arrayContaining(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'GROQ_API_KEY']),
    );
    expect(r.report?.lookedIn).toEqual(['the environment', './.env']);
    expect(r.text).toContain('No provider key is set');
    expect(r.text).toContain('GEMINI_API_KEY, GOOGLE_API_KEY');
    expect(fx.fake.requests).toEqual([]);
  });

  it('--provider openai with OPENAI_API_KEY missing: fail, exit 1, says how to set it', async () => {
    const r = await doctor({}, ['--provider', 'openai']);
    expect(r.code).toBe(1);
    expect(r.check('variable')[0]).toMatchObject({ status: 'fail', message: 'OPENAI_API_KEY is not set' });
    expect(r.check('variable')[0]?.fix).toContain('export OPENAI_API_KEY=sk-…');
    expect(r.text).toContain('FAIL');
    expect(r.text).toContain('The key does not work');
    expect(fx.fake.requests).toEqual([]);
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
    writeFileSync(path.join(fx.dir, '.env'), `# settings\nOPENAI_API_KEY=${liveKey()}\n`);
    const r = await doctor({});
    expect(r.code).toBe(1);
    expect(r.check('variable')[0]?.message).toContain('./.env sets it (line 2): nothing loaded the file');
    expect(r.check('variable')[0]?.fix).toMatch(/load_dotenv|--dotenv/);
    expect(r.check('live')[0]?.status).toBe('pass');
  });

  it('--dotenv FILE reads the key from the file; the key works: exit 0', async () => {
    writeFileSync(path.join(fx.dir, 'prod.env'), `export OPENAI_API_KEY="${liveKey()}"\n`);
    const r = await doctor({}, ['--dotenv', 'prod.env']);
    expect(r.code).toBe(0);
    expect(r.check('variable')[0]?.message).toContain('prod.env');
    expect(r.report).toMatchObject({ ok: true, verdict: 'works' });
    expect(r.key()?.source).toBe('prod.env');
  });

  it('a hostile --dotenv file cannot put terminal escapes on the screen', async () => {
    const hostile = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J';
    writeFileSync(path.join(fx.dir, 'repo.env'), `OPENAI_API_KEY=${liveKey()}\nOPENAI_ORG_ID="${hostile}"\n`);
    const r = await doctor({}, ['--dotenv', 'repo.env']);
    expect(r.check('organization')[0]?.status).toBe('warn');
    expect(r.text).not.toContain('\u001b');
    expect(r.text).not.toContain('\u0007');
    expect(r.text).toContain('\\x1b]8;;https://evil.example');
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
    expect(fx.fake.requests).toEqual([]);
  });
});

describe('skguard doctor: which key it is', () => {
  it('an Anthropic key in the OpenAI variable: fail, points at ANTHROPIC_API_KEY, nothing sent', async () => {
    const r = await doctor({ OPENAI_API_KEY: makeKey('anthropic-api-key') });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]).toMatchObject({ status: 'fail', fix: expect.stringContaining('ANTHROPIC_API_KEY') });
    expect(fx.fake.requests).toEqual([]);
  });

  it('an Azure OpenAI key in the OpenAI variable: fail, points at AzureOpenAI', async () => {
    const r = await doctor({ OPENAI_API_KEY: makeKey('azure-openai-key') });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]?.fix).toContain('AZURE_OPENAI_ENDPOINT');
    expect(fx.fake.requests).toEqual([]);
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
    fx.fake.on(key, answers.openai.adminKeys());
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('family')[0]?.message).toContain('admin key');
    expect(fx.fake.requestsFor(key)[0]?.path).toBe('/v1/organization/admin_api_keys?limit=1');
  });
});

describe('skguard doctor: the live check and what it means', () => {
  it('a working key: every check passes, exit 0', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey() });
    expect(r.code).toBe(0);
    expect(r.key()?.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(r.check('live')[0]?.status).toBe('pass');
    expect(r.text).toContain('The key works');
    expect(r.key()).toMatchObject({ verdict: 'works', key: { rule: 'openai-project-key' } });
    expect(r.key()?.key?.redacted).toMatch(/^sk-proj-.{4}….{4}$/);
    // The JSON shape the README documents.
    expect(Object.keys(r.report ?? {})).toEqual(['version', 'ok', 'verdict', 'providers']);
    expect(Object.keys(r.report?.providers[0] ?? {})).toEqual(['provider', 'name', 'verdict', 'ok', 'keys']);
    expect(Object.keys(r.key() ?? {})).toEqual([
      'variable',
      'verdict',
      'source',
      'key',
      'target',
      'verification',
      'checks',
    ]);
    expect(Object.keys(r.key()?.key ?? {})).toEqual(['redacted', 'fingerprint', 'length', 'rule']);
  });

  it.each([
    ['invalid', (k: string) => answers.openai.invalidKey(k), 'https://platform.openai.com/api-keys'],
    ['out of quota', () => answers.openai.insufficientQuota(), 'billing'],
    ['deactivated', () => answers.openai.deactivated(), 'deactivated'],
    ['region-blocked', () => answers.openai.regionBlocked(), 'supported-countries'],
    ['IP not allowed', () => answers.openai.ipNotAuthorized(), 'allow-list'],
  ])('%s: fail with the fix, the key does not work, exit 1', async (_what, answer, fix) => {
    const key = makeKey('openai-project-key');
    fx.fake.on(key, answer(key));
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('live')[0]?.status).toBe('fail');
    expect(r.check('live')[0]?.fix).toContain(fix);
    expect(r.key()?.verdict).toBe('does-not-work');
  });

  it.each([
    ['a 500', () => answers.openai.serverError(500), 'https://status.openai.com'],
    ['a 503', () => answers.openai.serverError(503), 'https://status.openai.com'],
    ['a redirect', () => ({ status: 302, headers: { location: 'https://elsewhere.example/' } }), 'OPENAI_BASE_URL'],
    ["a proxy's HTML page", () => ({ status: 502, body: '<html>Bad gateway</html>' }), undefined],
  ])(
    '%s tells nothing about the key: unknown, "could not tell", exit 2, never "does not work"',
    async (_what, answer, fix) => {
      const key = makeKey('openai-project-key');
      fx.fake.on(key, answer());
      const r = await doctor({ OPENAI_API_KEY: key });
      expect(r.code).toBe(2);
      expect(r.check('live')[0]?.status).toBe('unknown');
      if (fix) expect(r.check('live')[0]?.fix).toContain(fix);
      expect(r.report).toMatchObject({ ok: false, verdict: 'could-not-tell' });
      expect(r.text).toContain('Could not tell whether the key works');
      expect(r.text).not.toMatch(/The key (works|does not work)/);
    },
  );

  it('a restricted key missing scopes works for what it may do: warn, exit 0', async () => {
    const key = makeKey('openai-project-key');
    fx.fake.on(key, answers.openai.missingScopes403());
    const r = await doctor({ OPENAI_API_KEY: key });
    expect(r.code).toBe(0);
    expect(r.check('live')[0]).toMatchObject({ status: 'warn', fix: expect.stringContaining('permissions') });
  });

  it('a slow answer: timeout, could not tell, exit 2', async () => {
    const key = makeKey('openai-project-key');
    fx.fake.on(key, { ...answers.openai.models(), delayMs: 2_000 });
    const r = await doctor({ OPENAI_API_KEY: key }, ['--timeout', '0.2']);
    expect(r.code).toBe(2);
    expect(r.key()?.verification?.reason).toBe('timeout');
    expect(r.key()?.verdict).toBe('could-not-tell');
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
    fx.fake.on(key, (req) =>
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
    expect(fx.fake.requests).toEqual([]);
  });

  it('a proxy variable is named without its password, and where requests go is said', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), HTTPS_PROXY: 'http://me:s3cretpass@proxy.corp:3128' });
    // The check goes to a plain-http loopback fake, which only HTTP_PROXY would carry: it goes direct.
    expect(r.code).toBe(0);
    expect(r.check('proxy')[0]).toMatchObject({ status: 'pass', message: expect.stringContaining('go direct') });
    expect(r.check('proxy')[0]?.message).toContain('http://proxy.corp:3128');
    expect(r.text).not.toContain('s3cretpass');
  });

  it('a refused connection is named (TCP, ECONNREFUSED): could not tell, exit 2', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const r = await doctor({ OPENAI_API_KEY: liveKey(), SKGUARD_OPENAI_BASE_URL: `http://127.0.0.1:${port}` });
    expect(r.code).toBe(2);
    expect(r.check('tcp')[0]).toMatchObject({ status: 'unknown', message: expect.stringContaining('ECONNREFUSED') });
    expect(r.check('live')[0]?.status).toBe('skip');
    expect(r.key()?.verdict).toBe('could-not-tell');
  });

  it('a TLS failure is named: https to a server that does not speak TLS; could not tell, exit 2', async () => {
    const r = await doctor({
      OPENAI_API_KEY: liveKey(),
      SKGUARD_OPENAI_BASE_URL: fx.fake.url.replace('http:', 'https:'),
    });
    expect(r.code).toBe(2);
    expect(r.check('tls')[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringMatching(/TLS with 127\.0\.0\.1 failed: \S*(SSL|TLS|EPROTO|ECONNRESET)/),
    });
    expect(fx.fake.requests).toEqual([]);
  });

  it('a DNS failure is named (ENOTFOUND) with the fix: could not tell', async () => {
    const report = await runDoctor(
      {
        env: { OPENAI_API_KEY: makeKey('openai-project-key'), OPENAI_BASE_URL: 'https://api.openia.com/v1' },
        cwd: fx.dir,
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
    // A name that does not resolve says nothing of the key: could not tell, never "does not work".
    expect(report).toMatchObject({ ok: false, verdict: 'could-not-tell' });
    expect(checksOf(report).find((c) => c.id === 'dns')).toMatchObject({
      status: 'unknown',
      message: 'api.openia.com does not resolve: ENOTFOUND (host not found)',
    });
    expect(checksOf(report).find((c) => c.id === 'endpoint')?.status).toBe('warn');
  });

  it('a refused SKGUARD_OPENAI_BASE_URL is a usage error (exit 2), nothing sent', async () => {
    const r = await doctor({ OPENAI_API_KEY: liveKey(), SKGUARD_OPENAI_BASE_URL: 'http://10.0.0.1' });
    expect(r.code).toBe(2);
    expect(r.report).toBeUndefined();
    expect(r.stderr).toContain('SKGUARD_OPENAI_BASE_URL');
    expect(fx.fake.requests).toEqual([]);
  });

  it('a 200 through another service (OPENAI_BASE_URL) only warns: it may not have checked the key', async () => {
    const okNet = { lookup: async () => ['192.0.2.1'], tcp: async () => {}, tls: async () => {} };
    const seen: string[] = [];
    const report = await runDoctor(
      {
        env: { OPENAI_API_KEY: makeKey('openai-project-key'), OPENAI_BASE_URL: 'https://gateway.example/v1' },
        cwd: fx.dir,
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
    expect(checksOf(report).find((c) => c.id === 'live')).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('gateway.example'),
    });
    expect(report).toMatchObject({ ok: true, verdict: 'works' });
  });

  it('an OpenRouter key with OPENAI_BASE_URL at OpenRouter is fine, and is checked at OpenRouter', async () => {
    const key = makeKey('openrouter-api-key');
    fx.fake.on(key, answers.openrouter.key());
    const r = await doctor({
      OPENAI_API_KEY: key,
      OPENAI_BASE_URL: 'https://openrouter.ai/api/v1',
      SKGUARD_OPENAI_BASE_URL: '',
      SKGUARD_OPENROUTER_BASE_URL: fx.fake.base('openrouter'),
    });
    expect(r.code).toBe(0);
    expect(r.check('family')[0]?.status).toBe('pass');
    expect(fx.fake.requestsFor(key).map((q) => q.path)).toEqual(['/api/v1/key', '/api/v1/key']);
  });
});
