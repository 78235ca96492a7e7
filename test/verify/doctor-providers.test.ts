import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCheckable, keyFromShape, type ProviderModule, providers, type Rule } from '../../src/core/index.js';
import { doctorFixtures, runDoctorCli } from '../support/doctor.js';
import { answers, liveAnswer, prefixOf } from '../support/fake-providers.js';
import { makeKey, placeholderKey, uuid } from '../support/keys.js';

/**
 * `skguard doctor` for every provider of the registry, against the loopback fakes of their real
 * answers: a live key works (exit 0), an invalid one does not (exit 1, with where to make a new one),
 * a provider with no read-only check cannot be told (exit 2, nothing sent); and the generic checks
 * (near-miss names, another provider's key, a mangled or truncated value, placeholders) for
 * providers other than OpenAI. No key is ever printed whole.
 */
const fx = doctorFixtures();

const doctor = (env: Record<string, string>, args: string[] = [], keys: string[] = []) =>
  runDoctorCli(fx.dir, { ...fx.fake.env(), ...env }, args, keys);

/** What a provider's check needs besides the key, as its SDKs read it from the environment. */
const CONTEXT: Record<string, () => Record<string, string>> = {
  'azure-openai': () => ({ AZURE_OPENAI_ENDPOINT: 'https://contoso.openai.azure.com' }),
  'azure-ai-services': () => ({ AZURE_AI_SERVICES_ENDPOINT: 'https://contoso.cognitiveservices.azure.com' }),
  langfuse: () => ({ LANGFUSE_PUBLIC_KEY: `pk-lf-${uuid()}` }),
};

/** A key of a provider's first rule whose keys are sent, and the variables that set it up. */
function setUp(module: ProviderModule): { key: string; rule: Rule; env: Record<string, string> } {
  const check = module.check;
  const rule = module.rules.find((r) => !isCheckable(check) || !check.notCheckableRules?.[r.id]) as Rule;
  const key = keyFromShape(rule.shape ?? []);
  return { key, rule, env: { [module.env[0] as string]: key, ...CONTEXT[module.id]?.() } };
}

const checkable = providers.filter((p) => isCheckable(p.check));
const notCheckable = providers.filter((p) => !isCheckable(p.check));

describe('every provider: its live check, with the fix', () => {
  it.each(checkable.map((p) => [p.id, p] as const))('%s: a live key works (exit 0)', async (id, module) => {
    const { key, env } = setUp(module);
    fx.fake.on(key, liveAnswer(id));
    const r = await doctor(env, [], [key]);
    expect(r.code, r.text).toBe(0);
    expect(r.report?.providers.map((p) => p.provider)).toEqual([id]);
    expect(r.key(id)).toMatchObject({ variable: module.env[0], verdict: 'works', verification: { status: 'live' } });
    expect(r.check('family', id)[0]?.status).toBe('pass');
    expect(r.check('live', id)[0]?.status).toMatch(/pass|warn/);
    expect(r.text).toContain(`${module.name} · ${module.env[0]} (from the environment)`);
    expect(r.text).toContain('The key works');
    // The key went to its own provider's fake, and nowhere else.
    expect(fx.fake.requestsFor(key).map((q) => q.provider)).toEqual([prefixOf(id), prefixOf(id)]);
  });

  it.each(checkable.map((p) => [p.id, p] as const))(
    '%s: an invalid key does not work (exit 1), with where to make a new one',
    async (id, module) => {
      const { key, env } = setUp(module);
      const r = await doctor(env, [], [key]);
      expect(r.code, r.text).toBe(1);
      expect(r.key(id)).toMatchObject({ verdict: 'does-not-work', verification: { status: 'invalid' } });
      expect(r.check('live', id)[0]).toMatchObject({ status: 'fail', fix: expect.stringContaining(module.rotateUrl) });
      expect(r.check('live', id)[0]?.fix).toContain(module.env[0]);
      expect(r.text).toContain('The key does not work');
    },
  );

  it.each(notCheckable.map((p) => [p.id, p] as const))(
    '%s has no read-only check: the key is never sent, and doctor could not tell (exit 2)',
    async (id, module) => {
      const { key, env } = setUp(module);
      const r = await doctor(env, [], [key]);
      expect(r.code).toBe(2);
      expect(r.key(id)?.verdict).toBe('could-not-tell');
      expect(r.check('live', id)[0]).toMatchObject({
        status: 'skip',
        message: expect.stringMatching(/not checkable|never sen|no read-only/i),
      });
      expect(fx.fake.requests).toEqual([]);
    },
  );

  it('Claude Code OAuth tokens are never sent: could not tell', async () => {
    const key = makeKey('anthropic-oauth-access-token');
    const r = await doctor({ CLAUDE_CODE_OAUTH_TOKEN: key });
    expect(r.code).toBe(2);
    expect(r.key('anthropic', 'CLAUDE_CODE_OAUTH_TOKEN')?.verification?.reason).toBe('not_checkable');
    expect(fx.fake.requests).toEqual([]);
  });

  it('every provider set at once: one group each in registry order, exit 0 when all work, no key printed', async () => {
    const env: Record<string, string> = {};
    const keys: string[] = [];
    for (const module of checkable) {
      const set = setUp(module);
      fx.fake.on(set.key, liveAnswer(module.id));
      Object.assign(env, set.env);
      keys.push(set.key);
    }
    const r = await doctor(env, [], keys);
    expect(r.code, r.text).toBe(0);
    expect(r.report).toMatchObject({ version: 2, ok: true, verdict: 'works' });
    expect(r.report?.providers.map((p) => p.provider)).toEqual(checkable.map((p) => p.id));
    const headers = r.text.split('\n').filter((line) => line.includes(' · '));
    expect(headers.map((h) => h.split(' · ')[0])).toEqual(checkable.map((p) => p.name));
    expect(r.text).toContain(`${checkable.length} keys of ${checkable.length} providers: ${checkable.length} work.`);
  });

  it('one key that does not work outweighs the rest (exit 1); one that cannot be told, the working ones (exit 2)', async () => {
    const groq = makeKey('groq-api-key');
    const xai = makeKey('xai-api-key');
    const anthropic = makeKey('anthropic-api-key');
    fx.fake.on(groq, liveAnswer('groq'));
    fx.fake.on(anthropic, answers.anthropic.serverError());
    const both = await doctor({ GROQ_API_KEY: groq, XAI_API_KEY: xai });
    expect(both.code).toBe(1);
    expect(both.report?.providers.map((p) => [p.provider, p.verdict])).toEqual([
      ['xai', 'does-not-work'],
      ['groq', 'works'],
    ]);
    const unsure = await doctor({ GROQ_API_KEY: groq, ANTHROPIC_API_KEY: anthropic });
    expect(unsure.code).toBe(2);
    expect(unsure.report?.verdict).toBe('could-not-tell');
    expect(unsure.text).toContain('2 keys of 2 providers: 1 works, could not tell for 1.');
  });

  it('two variables of one provider set: each is diagnosed, under the one provider', async () => {
    const gemini = makeKey('google-api-key');
    fx.fake.on(gemini, liveAnswer('google-gemini'));
    const r = await doctor({ GEMINI_API_KEY: gemini, GOOGLE_API_KEY: makeKey('google-api-key') });
    expect(r.code).toBe(1);
    expect(r.report?.providers).toHaveLength(1);
    expect(r.report?.providers[0]?.keys.map((k) => [k.variable, k.verdict])).toEqual([
      ['GEMINI_API_KEY', 'works'],
      ['GOOGLE_API_KEY', 'does-not-work'],
    ]);
  });
});

describe('the context a check needs, from the variables the SDKs read', () => {
  it('an Azure key without AZURE_OPENAI_ENDPOINT: nothing sent, could not tell, and the fix names the variable', async () => {
    const key = makeKey('azure-openai-identifiable-key');
    const r = await doctor({ AZURE_OPENAI_API_KEY: key });
    expect(r.code).toBe(2);
    expect(r.check('live', 'azure-openai')[0]).toMatchObject({
      status: 'unknown',
      fix: expect.stringContaining('AZURE_OPENAI_ENDPOINT'),
    });
    expect(fx.fake.requests).toEqual([]);
  });

  it('an Azure endpoint over plain http to another machine: fail, nothing sent', async () => {
    const key = makeKey('azure-openai-identifiable-key');
    const r = await doctor({ AZURE_OPENAI_API_KEY: key, AZURE_OPENAI_ENDPOINT: 'http://10.0.0.7' });
    expect(r.code).toBe(1);
    expect(r.check('endpoint', 'azure-openai')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('AZURE_OPENAI_ENDPOINT'),
    });
    expect(fx.fake.requests).toEqual([]);
  });

  it("an unloaded ./.env cannot send the environment's key elsewhere: its endpoint is not taken", async () => {
    // A cloned repository's .env names a host (here the loopback fake, to see whether it is reached).
    const key = makeKey('azure-openai-identifiable-key');
    fx.fake.on(key, liveAnswer('azure-openai'));
    writeFileSync(
      path.join(fx.dir, '.env'),
      `AZURE_OPENAI_ENDPOINT=${fx.fake.base('azure')}\nLANGFUSE_BASE_URL=${fx.fake.base('langfuse')}\n`,
    );
    const r = await runDoctorCli(fx.dir, { AZURE_OPENAI_API_KEY: key });
    expect(r.code).toBe(2);
    expect(r.check('live', 'azure-openai')[0]?.fix).toContain('AZURE_OPENAI_ENDPOINT');
    expect(fx.fake.requests).toEqual([]);
    // The file's own key, diagnosed from the file, goes with the file's endpoint.
    writeFileSync(
      path.join(fx.dir, '.env'),
      `AZURE_OPENAI_ENDPOINT=${fx.fake.base('azure')}\nAZURE_OPENAI_API_KEY=${key}\n`,
    );
    const own = await runDoctorCli(fx.dir, {});
    expect(own.check('endpoint', 'azure-openai')[0]?.status).toBe('pass');
    expect(fx.fake.requestsFor(key).length).toBeGreaterThan(0);
  });

  it('a Langfuse secret key without LANGFUSE_PUBLIC_KEY: could not tell, with the fix; with it, checked', async () => {
    const key = makeKey('langfuse-secret-key');
    fx.fake.on(key, liveAnswer('langfuse'));
    const without = await doctor({ LANGFUSE_SECRET_KEY: key });
    expect(without.code).toBe(2);
    expect(without.check('live', 'langfuse')[0]?.fix).toContain('LANGFUSE_PUBLIC_KEY');
    expect(fx.fake.requests).toEqual([]);
    const public_ = `pk-lf-${uuid()}`;
    writeFileSync(path.join(fx.dir, 'app.env'), `LANGFUSE_SECRET_KEY=${key}\nLANGFUSE_PUBLIC_KEY=${public_}\n`);
    const withIt = await doctor({}, ['--dotenv', 'app.env']);
    expect(withIt.code).toBe(0);
    expect(withIt.check('context', 'langfuse')[0]?.message).toContain('LANGFUSE_PUBLIC_KEY');
    expect(fx.fake.requestsFor(key)[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${public_}:${key}`).toString('base64')}`,
    );
  });
});

describe('the generic checks, for every provider', () => {
  it('--provider names one provider: diagnosed even when unset, with how to set it', async () => {
    const r = await doctor({ OPENAI_API_KEY: makeKey('openai-project-key') }, ['--provider', 'groq']);
    expect(r.code).toBe(1);
    expect(r.report?.providers.map((p) => p.provider)).toEqual(['groq']);
    expect(r.check('variable', 'groq')[0]).toMatchObject({ status: 'fail', message: 'GROQ_API_KEY is not set' });
    expect(r.check('variable', 'groq')[0]?.fix).toContain('https://console.groq.com/keys');
    expect(r.check('variable', 'groq')[0]?.fix).toContain('GROQ_API_KEY=gsk_…');
    expect(fx.fake.requests).toEqual([]);
  });

  it('--provider that does not exist, or --model for another provider: usage errors (exit 2)', async () => {
    const typo = await doctor({}, ['--provider', 'qroq']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("unknown provider 'qroq': did you mean 'groq'?");
    const model = await doctor({}, ['--provider', 'groq', '--model', 'llama-3.3-70b']);
    expect(model.code).toBe(2);
    expect(model.stderr).toContain('--model checks the OpenAI key');
  });

  it.each([
    ['GEMINI_KEY', 'google-gemini', 'google-api-key', 'GEMINI_API_KEY'],
    ['groq_api_key', 'groq', 'groq-api-key', 'GROQ_API_KEY'],
    ['CLAUDE_API_KEY', 'anthropic', 'anthropic-api-key', 'ANTHROPIC_API_KEY'],
    ['HUGGINGFACE_API_KEY', 'huggingface', 'huggingface-token', 'HF_TOKEN'],
  ])(
    'a near-miss name (%s) holding its key is diagnosed, with the rename as the fix',
    async (name, id, rule, variable) => {
      const r = await doctor({ [name]: makeKey(rule) });
      expect(r.code).toBe(1);
      expect(r.report?.providers.map((p) => p.provider)).toEqual([id]);
      expect(r.check('variable', id)[0]?.message).toContain(`found ${name} instead`);
      expect(r.check('variable', id)[0]?.fix).toContain(`rename ${name} to ${variable}`);
    },
  );

  it('names that only look like a provider are left alone: another service, or not that key', async () => {
    const r = await doctor({ GOOGLE_MAPS_API_KEY: makeKey('google-api-key'), GROQ_TOKEN: 'not-a-groq-key' });
    expect(r.code).toBe(1);
    expect(r.report?.providers).toEqual([]);
  });

  it("another provider's key in a variable: fail, where it belongs, and it is not sent anywhere", async () => {
    const key = makeKey('anthropic-api-key');
    const r = await doctor({ GROQ_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('family', 'groq')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('an Anthropic key (sk-ant-api03-…) in GROQ_API_KEY'),
      fix: expect.stringContaining('ANTHROPIC_API_KEY'),
    });
    expect(r.check('live', 'groq')[0]?.status).toBe('skip');
    expect(fx.fake.requests).toEqual([]);
  });

  it("a shape several providers share, in the wrong one's variable: says whose it may be; nothing sent", async () => {
    const r = await doctor({ GROQ_API_KEY: makeKey('deepseek-api-key') });
    expect(r.code).toBe(1);
    expect(r.check('family', 'groq')[0]?.message).toMatch(/a key shaped like DeepSeek or Alibaba DashScope.*'s/);
    expect(fx.fake.requests).toEqual([]);
  });

  it("a shared shape in its own provider's variable is that provider's: checked there only", async () => {
    const key = makeKey('dashscope-api-key');
    fx.fake.on(key, liveAnswer('dashscope'));
    const r = await doctor({ DASHSCOPE_API_KEY: key });
    expect(r.code).toBe(0);
    expect(r.key('dashscope')?.key?.rule).toBe('dashscope-api-key');
    expect(fx.fake.requests.map((q) => q.provider)).toEqual(['dashscope', 'dashscope']);
  });

  it('quotes around a Groq key: fail with the fix, and the cleaned key is checked (and works)', async () => {
    const key = makeKey('groq-api-key');
    fx.fake.on(key, liveAnswer('groq'));
    const r = await doctor({ GROQ_API_KEY: `"${key}"` });
    expect(r.code).toBe(1);
    expect(r.check('value', 'groq')[0]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('Groq receives a different string than the key'),
    });
    expect(r.check('live', 'groq')[0]?.status).toBe('pass');
  });

  it('a truncated xAI key: a warning about its length, then xAI says invalid', async () => {
    const key = makeKey('xai-api-key').slice(0, 60);
    const r = await doctor({ XAI_API_KEY: key });
    expect(r.code).toBe(1);
    expect(r.check('family', 'xai')[0]).toMatchObject({
      status: 'warn',
      message: expect.stringContaining('it has 60 characters where one has 84'),
    });
    expect(r.check('live', 'xai')[0]?.status).toBe('fail');
  });

  it('a placeholder, key-shaped or not: fail, nothing sent', async () => {
    const shaped = placeholderKey(makeRule('groq-api-key').shape ?? [], 'zeros');
    for (const value of ['your-gemini-key-here', '<GEMINI_API_KEY>', 'AIza...']) {
      const r = await doctor({ GEMINI_API_KEY: value });
      expect(r.check('value', 'google-gemini')[0]?.message, value).toContain('placeholder');
    }
    const r = await doctor({ GROQ_API_KEY: shaped });
    expect(r.code).toBe(1);
    expect(r.check('family', 'groq')[0]?.message).toContain('key-shaped placeholder (gsk_AAAA…AAAA)');
    expect(fx.fake.requests).toEqual([]);
  });
});

function makeRule(id: string): Rule {
  return providers.flatMap((p) => p.rules).find((r) => r.id === id) as Rule;
}
