import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SkguardError } from '../../src/core/errors.js';
import type { Finding } from '../../src/core/index.js';
import { fingerprint, untrusted } from '../../src/core/index.js';
import { type VerifiableHit, Verifier, verifyHits } from '../../src/verify/index.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

function hit(secret: string, rule: string, provider: string, file: string, context?: string[]): VerifiableHit {
  const finding: Finding = {
    provider,
    rule,
    description: rule,
    file,
    line: 1,
    column: 1,
    endColumn: secret.length + 1,
    redacted: 'x…',
    fingerprint: fingerprint(secret),
  };
  return context ? { finding, secret, context } : { finding, secret };
}

describe('one request per distinct key', () => {
  it('checks a key held in three files once, and sets the verdict on every finding', async () => {
    const a = makeKey('openai-project-key');
    const b = makeKey('anthropic-api-key');
    fake.on(a, answers.openai.models()).on(b, answers.anthropic.invalid());
    const hits = [
      hit(a, 'openai-project-key', 'openai', 'one.env'),
      hit(b, 'anthropic-api-key', 'anthropic', 'two.env'),
      hit(a, 'openai-project-key', 'openai', 'three.env'),
      hit(a, 'openai-project-key', 'openai', 'four.env'),
    ];
    const verdicts = await verifyHits(hits, { env: fake.env() });
    expect(fake.requests).toHaveLength(2);
    expect(fake.requestsFor(a)).toHaveLength(1);
    expect(hits.map((h) => h.finding.verification?.status)).toEqual(['live', 'invalid', 'live', 'live']);
    expect(verdicts.size).toBe(2);
  });

  it('caches verdicts for the run: asking again, even concurrently, sends nothing more', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, { ...answers.openai.models(), delayMs: 50 });
    const verifier = new Verifier({ env: fake.env() });
    const request = { secret: key, provider: 'openai', rule: 'openai-project-key' };
    const [first, second] = await Promise.all([verifier.verify(request), verifier.verify(request)]);
    const third = await verifier.verify(request);
    expect(first).toBe(second);
    expect(third).toBe(first);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it("uses the Azure endpoint named beside any of the key's findings", async () => {
    const key = makeKey('azure-openai-key');
    fake.on(key, answers.azure.models());
    const hits = [
      hit(key, 'azure-openai-key', 'azure-openai', 'a.env', ['contoso.openai.azure.com']),
      hit(key, 'azure-openai-key', 'azure-openai', 'b.env'),
    ];
    await verifyHits(hits, { env: fake.env() });
    expect(hits.map((h) => h.finding.verification?.status)).toEqual(['live', 'live']);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });
});

describe('bounded concurrency', () => {
  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const keys = Array.from({ length: 8 }, () => makeKey('openai-project-key'));
    for (const key of keys) {
      fake.on(key, () => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => inFlight--, 60);
        return { ...answers.openai.models(), delayMs: 60 };
      });
    }
    await verifyHits(
      keys.map((k, i) => hit(k, 'openai-project-key', 'openai', `f${i}`)),
      { env: fake.env(), concurrency: 3 },
    );
    expect(fake.requests).toHaveLength(8);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });
});

describe('retries', () => {
  const verifyOne = (key: string, options: ConstructorParameters<typeof Verifier>[0] = {}) =>
    new Verifier({ env: fake.env(), minBackoffMs: 20, maxBackoffMs: 40, ...options }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });

  it('honours retry-after on a 429 before asking again', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.rateLimited(0.3), answers.openai.models());
    const v = await verifyOne(key);
    expect([v.status, v.reason]).toEqual(['live', 'ok']);
    const [first, second] = fake.requestsFor(key);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
  });

  it('honours retry-after on Anthropic 429 and 529 too', async () => {
    const key = makeKey('anthropic-api-key');
    fake.on(key, answers.anthropic.rateLimited(0.2), answers.anthropic.overloaded(), answers.anthropic.models());
    const v = await new Verifier({ env: fake.env(), minBackoffMs: 10, maxBackoffMs: 20 }).verify({
      secret: key,
      provider: 'anthropic',
      rule: 'anthropic-api-key',
    });
    expect([v.status, v.reason]).toEqual(['live', 'ok']);
    const times = fake.requestsFor(key).map((r) => r.at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(190);
  });

  it('backs off exponentially, capped, and gives up after a few attempts with the last answer', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.serverError(503));
    const v = await verifyOne(key, { retries: 3, minBackoffMs: 40, maxBackoffMs: 80 });
    expect([v.status, v.reason]).toEqual(['unknown', 'server_error']);
    const times = fake.requestsFor(key).map((r) => r.at);
    expect(times).toHaveLength(4);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[1]).toBeGreaterThanOrEqual(75);
    expect(gaps[2]).toBeGreaterThanOrEqual(75);
    expect(gaps[2]).toBeLessThan(400);
  });

  it('never retries insufficient_quota', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.insufficientQuota());
    const v = await verifyOne(key);
    expect(v.reason).toBe('insufficient_quota');
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it('does not wait out a retry-after longer than the cap: the throttled verdict stands', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.rateLimited(3600));
    const started = performance.now();
    const v = await verifyOne(key, { maxRetryAfterMs: 1_000 });
    expect([v.status, v.reason, v.facts?.retryAfterSeconds]).toEqual(['live', 'rate_limited', 3600]);
    expect(fake.requestsFor(key)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('does not retry an invalid key', async () => {
    const key = makeKey('openai-project-key');
    const v = await verifyOne(key);
    expect(v.status).toBe('invalid');
    expect(fake.requestsFor(key)).toHaveLength(1);
  });
});

describe('endpoint policy', () => {
  it.each([
    ['SKGUARD_OPENAI_BASE_URL', 'http://10.0.0.5:8080'],
    ['SKGUARD_ANTHROPIC_BASE_URL', 'http://api.anthropic.com'],
    ['SKGUARD_OPENROUTER_BASE_URL', 'http://127.0.0.1.nip.io'],
    ['SKGUARD_DEEPSEEK_BASE_URL', 'ftp://127.0.0.1/'],
    ['SKGUARD_AZURE_OPENAI_BASE_URL', 'http://192.168.1.1'],
    // A name under .localhost is resolved like any other: only loopback written as such is trusted.
    ['SKGUARD_GROQ_BASE_URL', 'http://x.localhost:8080'],
    ['SKGUARD_GOOGLE_GEMINI_BASE_URL', 'http://gemini.internal'],
    ['SKGUARD_AZURE_AI_SERVICES_BASE_URL', 'http://10.1.2.3'],
  ])('refuses %s=%s before any request', (variable, value) => {
    let error: unknown;
    try {
      new Verifier({ env: { [variable]: value } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SkguardError);
    expect((error as SkguardError).message).toContain(variable);
    expect((error as SkguardError).message).toMatch(
      /only ever sent over https, or over plain http to a loopback address/,
    );
  });

  it.each([
    'https://proxy.example',
    'http://127.0.0.1:9',
    'http://127.9.8.7',
    'http://localhost:1234/x',
    'http://[::1]:80',
  ])('accepts %s', (value) => {
    expect(() => new Verifier({ env: { SKGUARD_OPENAI_BASE_URL: value } })).not.toThrow();
  });

  it('does not print the credentials of an override it refuses', () => {
    expect(() => new Verifier({ env: { SKGUARD_OPENAI_BASE_URL: 'http://user:hunter2@10.0.0.5' } })).toThrow(
      /^(?!.*hunter2)/,
    );
  });
});

describe('base URL overrides', () => {
  it('takes an SDK-style value ending in /v1 without asking for /v1/v1/…', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.models());
    const v = await new Verifier({ env: { SKGUARD_OPENAI_BASE_URL: `${fake.base('openai')}/v1` } }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });
    expect(v.status).toBe('live');
    expect(fake.requestsFor(key).map((r) => r.path)).toEqual(['/v1/models']);
  });

  it('has one variable per checkable provider, the id upper-cased with - as _', () => {
    expect(Object.keys(fake.env())).toContain('SKGUARD_GOOGLE_GEMINI_BASE_URL');
    expect(Object.keys(fake.env())).toContain('SKGUARD_AZURE_AI_SERVICES_BASE_URL');
    expect(Object.keys(fake.env())).not.toContain('SKGUARD_PERPLEXITY_BASE_URL');
  });
});

describe('a bounded run', () => {
  it('checks at most maxKeys distinct keys and says how many it left unchecked', async () => {
    const keys = Array.from({ length: 5 }, () => makeKey('openai-project-key'));
    for (const key of keys) fake.on(key, answers.openai.models());
    const verifier = new Verifier({ env: fake.env(), maxKeys: 2, concurrency: 1 });
    const verdicts = await Promise.all(
      keys.map((secret) => verifier.verify({ secret, provider: 'openai', rule: 'openai-project-key' })),
    );
    expect(verdicts.map((v) => v.reason)).toEqual(['ok', 'ok', 'not_checked', 'not_checked', 'not_checked']);
    expect(fake.requests).toHaveLength(2);
    expect(verifier.unchecked()).toEqual([{ keys: 3, why: 'max-keys', limit: 2 }]);
  });

  it('starts no check once the run has used its time', async () => {
    const key = makeKey('openai-project-key');
    const verifier = new Verifier({ env: fake.env(), budgetMs: 0 });
    const v = await verifier.verify({ secret: key, provider: 'openai', rule: 'openai-project-key' });
    expect([v.status, v.reason]).toEqual(['unknown', 'not_checked']);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('context carried from the scanner', () => {
  it('checks a Langfuse secret key with the public key found beside it (HTTP Basic), and says so when there is none', async () => {
    const key = makeKey('langfuse-secret-key');
    const publicKey = `pk-lf-${key.slice('sk-lf-'.length)}`;
    fake.on(key, { status: 200, body: { data: [] } });
    const verifier = new Verifier({ env: fake.env() });
    const v = await verifier.verify({
      secret: key,
      provider: 'langfuse',
      rule: 'langfuse-secret-key',
      context: [publicKey, ''],
    });
    expect(v.status).toBe('live');
    const auth = String(fake.requestsFor(key)[0]?.headers.authorization);
    expect(Buffer.from(auth.replace('Basic ', ''), 'base64').toString()).toBe(`${publicKey}:${key}`);
    const alone = await verifier.verify({
      secret: makeKey('langfuse-secret-key'),
      provider: 'langfuse',
      rule: 'langfuse-secret-key',
    });
    expect([alone.status, alone.reason]).toEqual(['unknown', 'context_missing']);
  });
});

describe('untrusted provider text', () => {
  it('never passes on a key a provider echoes whole, in detail or facts', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, {
      status: 401,
      headers: { 'x-request-id': `req_${key}` },
      body: {
        error: {
          message: `Incorrect API key provided: ${key}. Really: ${key}`,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      },
    });
    const v = await new Verifier({ env: fake.env() }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });
    expect(v.status).toBe('invalid');
    const text = JSON.stringify(v);
    expect(text).not.toContain(key);
    expect(text).not.toContain(key.slice(8, 40));
  });

  it('redacts key-shaped tokens of any provider and strips terminal escapes', () => {
    const azure = makeKey('azure-openai-key');
    const out = untrusted(`bad ${makeKey('anthropic-api-key')} and ${azure} \u001b[31mred\u001b[0m\nnext`);
    expect(out).toBe('bad sk-… and [redacted] red next');
  });

  it('keeps request and organisation ids, which are not secrets', () => {
    expect(untrusted('request req_0123456789abcdef0123456789abcdef in org-abc')).toBe(
      'request req_0123456789abcdef0123456789abcdef in org-abc',
    );
  });
});
