import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/verify/index.js';
import { Verifier } from '../../src/verify/index.js';
import { answers, FakeProviders, type Scripted } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * Every row of the KEYS.md tables, played by the fake provider, must come out as the table says:
 * the status code alone is not enough, the body decides; and unknown is never reported as invalid.
 */
let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const verifier = () => new Verifier({ env: fake.env(), minBackoffMs: 5, maxBackoffMs: 10, timeoutMs: 2_000 });

async function classify(
  rule: string,
  provider: string,
  answer: (key: string) => Scripted,
  endpoint?: string,
): Promise<Verdict & { requests: number; key: string }> {
  const key = makeKey(rule);
  fake.on(key, answer(key));
  const v = await verifier().verify({ secret: key, provider, rule, endpoint });
  expect(JSON.stringify(v)).not.toContain(key);
  return { ...v, requests: fake.requestsFor(key).length, key };
}

const html = (status: number): Scripted => ({
  status,
  body: '<html><body>Sign in to the Wi-Fi</body></html>',
  headers: { 'content-type': 'text/html' },
});

describe('OpenAI answers (KEYS.md table)', () => {
  const openai = (answer: (key: string) => Scripted) => classify('openai-project-key', 'openai', answer);
  it.each([
    ['200 model list', 'live', 'ok', () => answers.openai.models()],
    [
      '401 invalid_api_key echoing a masked key',
      'invalid',
      'invalid_api_key',
      (k: string) => answers.openai.invalidKey(k),
    ],
    ['401 "Missing scopes" with code null', 'live', 'missing_scopes', () => answers.openai.missingScopes401()],
    ['403 "Missing scopes: api.model.read"', 'live', 'missing_scopes', () => answers.openai.missingScopes403()],
    ['401 "IP not authorized"', 'unknown', 'ip_not_allowed', () => answers.openai.ipNotAuthorized()],
    ['401 deactivated account', 'invalid', 'account_deactivated', () => answers.openai.deactivated()],
    ['401 missing_api_key', 'unknown', 'missing_api_key', () => answers.openai.missingApiKey()],
    ['403 unsupported_country_region_territory', 'unknown', 'region_blocked', () => answers.openai.regionBlocked()],
    ['429 insufficient_quota', 'live', 'insufficient_quota', () => answers.openai.insufficientQuota()],
    ['429 rate_limit_exceeded', 'live', 'rate_limited', () => answers.openai.rateLimited(0)],
    ['500 server_error', 'unknown', 'server_error', () => answers.openai.serverError(500)],
    ['503 server_error', 'unknown', 'server_error', () => answers.openai.serverError(503)],
    ['a 200 that is not JSON (captive portal)', 'unknown', 'unrecognised', () => html(200)],
    ['a 401 with no body', 'unknown', 'unrecognised', () => ({ status: 401 })],
    ['a 404 HTML page (wrong base URL)', 'unknown', 'unrecognised', () => html(404)],
    ['a 429 from a proxy, without a body', 'unknown', 'rate_limited', () => ({ status: 429 })],
    [
      'a redirect',
      'unknown',
      'redirected',
      () => ({ status: 302, headers: { location: 'https://elsewhere.example/' } }),
    ],
    [
      'a status nobody documents',
      'unknown',
      'unrecognised',
      () => ({ status: 418, body: { error: { message: 'teapot' } } }),
    ],
  ] as const)('%s → %s (%s)', async (_row, status, reason, answer) => {
    const v = await openai(answer);
    expect([v.status, v.reason]).toEqual([status, reason]);
    expect(v.detail.length).toBeGreaterThan(20);
    expect(v.detail).not.toContain('\n');
  });

  it('keeps the organisation, request id and rate-limit tier of a live answer', async () => {
    const v = await openai(() => answers.openai.models(['gpt-4o'], 'org-abcdefghijklmnopqrstuvwx'));
    expect(v.facts).toMatchObject({
      httpStatus: 200,
      organization: 'org-abcdefghijklmnopqrstuvwx',
      requestId: expect.stringMatching(/^req_/),
      rateLimitRequests: '5000',
      models: 1,
    });
    expect(v.detail).toContain('org-abcdefghijklmnopqrstuvwx');
  });

  it('names the missing scopes and points at the key settings', async () => {
    const v = await openai(() => answers.openai.missingScopes403());
    expect(v.facts?.missingScopes).toBe('api.model.read');
    expect(v.detail).toContain('https://platform.openai.com/api-keys');
  });

  it('sends the key as a Bearer token to GET /v1/models', async () => {
    const v = await openai(() => answers.openai.models());
    const [request] = fake.requestsFor(v.key);
    expect([request?.method, request?.path, request?.headers.authorization]).toEqual([
      'GET',
      '/v1/models',
      `Bearer ${v.key}`,
    ]);
  });

  it('checks an admin key on the admin-keys endpoint, not /v1/models', async () => {
    const v = await classify('openai-admin-key', 'openai', () => answers.openai.adminKeys());
    expect([v.status, v.reason]).toEqual(['live', 'ok']);
    expect(fake.requestsFor(v.key).map((r) => r.path)).toEqual(['/v1/organization/admin_api_keys?limit=1']);
  });

  it.each(['openai-legacy-key', 'openai-user-key', 'openai-service-account-key', 'openai-service-key-legacy'])(
    'checks a %s on /v1/models',
    async (rule) => {
      const v = await classify(rule, 'openai', () => answers.openai.models());
      expect(v.status).toBe('live');
      expect(fake.requestsFor(v.key).map((r) => r.path)).toEqual(['/v1/models']);
    },
  );
});

describe('Anthropic answers (KEYS.md)', () => {
  const anthropic = (answer: () => Scripted) => classify('anthropic-api-key', 'anthropic', answer);
  it.each([
    ['200', 'live', 'ok', () => answers.anthropic.models()],
    ['401 authentication_error', 'invalid', 'invalid_api_key', () => answers.anthropic.invalid()],
    ['404 on a disabled key', 'invalid', 'key_disabled', () => answers.anthropic.disabled()],
    ['400', 'unknown', 'bad_request', () => answers.anthropic.badRequest()],
    ['403', 'unknown', 'permission_denied', () => answers.anthropic.forbidden()],
    ['429', 'unknown', 'rate_limited', () => answers.anthropic.rateLimited(0)],
    ['500', 'unknown', 'server_error', () => answers.anthropic.serverError()],
    ['529 overloaded_error', 'unknown', 'overloaded', () => answers.anthropic.overloaded()],
    ['a 404 HTML page (a proxy, not Anthropic)', 'unknown', 'unrecognised', () => html(404)],
  ] as const)('%s → %s (%s)', async (_row, status, reason, answer) => {
    const v = await anthropic(answer);
    expect([v.status, v.reason]).toEqual([status, reason]);
  });

  it('sends x-api-key and anthropic-version 2023-06-01, and keeps the request id', async () => {
    const v = await anthropic(() => answers.anthropic.invalid());
    const [request] = fake.requestsFor(v.key);
    expect(request?.headers['x-api-key']).toBe(v.key);
    expect(request?.headers['anthropic-version']).toBe('2023-06-01');
    expect(request?.headers.authorization).toBeUndefined();
    expect(v.facts?.requestId).toMatch(/^req_/);
  });

  it('checks an admin key on /v1/organizations/api_keys', async () => {
    const v = await classify('anthropic-admin-key', 'anthropic', () => answers.anthropic.adminKeys());
    expect([v.status, v.reason]).toEqual(['live', 'ok']);
    expect(fake.requestsFor(v.key)[0]?.path).toMatch(/^\/v1\/organizations\/api_keys/);
  });
});

describe('OpenRouter, DeepSeek and Azure OpenAI answers (KEYS.md)', () => {
  it('OpenRouter 200 is live and keeps label, limit and usage (the label redacted)', async () => {
    const v = await classify('openrouter-api-key', 'openrouter', () => answers.openrouter.key());
    expect([v.status, v.reason]).toEqual(['live', 'ok']);
    expect(v.facts).toMatchObject({ label: 'sk-…', limit: 10, usage: 0.25, limitRemaining: 9.75, isFreeTier: false });
    expect(fake.requestsFor(v.key)[0]?.path).toBe('/api/v1/key');
  });

  it('OpenRouter 401 is invalid', async () => {
    const v = await classify('openrouter-api-key', 'openrouter', () => answers.openrouter.invalid());
    expect([v.status, v.reason]).toEqual(['invalid', 'invalid_api_key']);
  });

  it('DeepSeek 200 is live and keeps is_available; is_available false is live without balance', async () => {
    const ok = await classify('deepseek-api-key', 'deepseek', () => answers.deepseek.balance(true));
    expect([ok.status, ok.reason, ok.facts?.isAvailable]).toEqual(['live', 'ok', true]);
    expect(fake.requestsFor(ok.key)[0]?.path).toBe('/user/balance');
    const empty = await classify('deepseek-api-key', 'deepseek', () => answers.deepseek.balance(false));
    expect([empty.status, empty.reason, empty.facts?.isAvailable]).toEqual(['live', 'insufficient_quota', false]);
  });

  it('DeepSeek 401 is invalid', async () => {
    const v = await classify('deepseek-api-key', 'deepseek', (k) => answers.deepseek.invalid(k));
    expect([v.status, v.reason]).toEqual(['invalid', 'invalid_api_key']);
  });

  it('Azure OpenAI with its endpoint: GET /openai/models with api-key; 200 live, 401 invalid', async () => {
    const live = await classify(
      'azure-openai-key',
      'azure-openai',
      () => answers.azure.models(),
      'contoso.openai.azure.com',
    );
    expect([live.status, live.reason]).toEqual(['live', 'ok']);
    const [request] = fake.requestsFor(live.key);
    expect(request?.path).toBe('/openai/models?api-version=2024-10-21');
    expect(request?.headers['api-key']).toBe(live.key);
    const invalid = await classify(
      'azure-openai-key',
      'azure-openai',
      () => answers.azure.invalid(),
      'contoso.openai.azure.com',
    );
    expect([invalid.status, invalid.reason]).toEqual(['invalid', 'invalid_api_key']);
  });

  it('Azure OpenAI without a known endpoint is unknown, and nothing is sent', async () => {
    const v = await classify('azure-openai-identifiable-key', 'azure-openai', () => answers.azure.models());
    expect([v.status, v.reason, v.requests]).toEqual(['unknown', 'endpoint_unknown', 0]);
    expect(fake.requests).toEqual([]);
  });

  it('a provider without a check is unknown, and nothing is sent', async () => {
    const v = await verifier().verify({ secret: 'acme_0123456789abcdef', provider: 'acme', rule: 'acme-key' });
    expect([v.status, v.reason]).toEqual(['unknown', 'unsupported_key']);
    expect(fake.requests).toEqual([]);
  });
});

describe('no answer', () => {
  it('a slow answer is a timeout: unknown, not invalid', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, { ...answers.openai.invalidKey(key), delayMs: 1_000 });
    const v = await new Verifier({ env: fake.env(), timeoutMs: 150 }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });
    expect([v.status, v.reason]).toEqual(['unknown', 'timeout']);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it('a dropped connection is a network error: unknown, retried', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, { status: 0, drop: true });
    const v = await verifier().verify({ secret: key, provider: 'openai', rule: 'openai-project-key' });
    expect([v.status, v.reason]).toEqual(['unknown', 'network_error']);
    expect(v.detail).toMatch(/UND_ERR_SOCKET|ECONNRESET|closed/);
    expect(fake.requestsFor(key)).toHaveLength(3);
  });

  it('a refused connection is a network error naming ECONNREFUSED', async () => {
    const closed = await FakeProviders.start();
    const env = closed.env();
    await closed.close();
    const v = await new Verifier({ env, minBackoffMs: 1, retries: 0 }).verify({
      secret: makeKey('anthropic-api-key'),
      provider: 'anthropic',
      rule: 'anthropic-api-key',
    });
    expect([v.status, v.reason]).toEqual(['unknown', 'network_error']);
    expect(v.detail).toContain('ECONNREFUSED');
  });
});
