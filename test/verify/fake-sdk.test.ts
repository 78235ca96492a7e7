import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, FakeProviders, type Scripted } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * The fake providers must answer as the real ones do, or every classification test built on them
 * proves nothing. The official SDKs are the best description of those answers we can run offline:
 * they must parse the fake's model lists and raise, for each scripted error, the class and status
 * (and error code / request id) they raise against the real service.
 */
let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());

const openaiFor = (key: string) => new OpenAI({ apiKey: key, baseURL: `${fake.base('openai')}/v1`, maxRetries: 0 });
const anthropicFor = (key: string) => new Anthropic({ apiKey: key, baseURL: fake.base('anthropic'), maxRetries: 0 });

async function openaiError(answer: Scripted): Promise<InstanceType<typeof OpenAI.APIError>> {
  const key = makeKey('openai-project-key');
  fake.on(key, answer);
  const error = await openaiFor(key)
    .models.list()
    .then(() => undefined)
    .catch((e: unknown) => e);
  if (!(error instanceof OpenAI.APIError)) throw new Error(`expected an APIError, got ${String(error)}`);
  return error;
}

describe('the fake OpenAI, as the openai SDK sees it', () => {
  it('serves a model list the SDK parses, with its request id and organisation headers', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.models(['gpt-4o-mini', 'gpt-4o']));
    const { data, response } = await openaiFor(key).models.list().withResponse();
    expect(data.data.map((m) => m.id)).toEqual(['gpt-4o-mini', 'gpt-4o']);
    expect(response.headers.get('openai-organization')).toMatch(/^org-/);
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(fake.requestsFor(key)[0]?.headers.authorization).toBe(`Bearer ${key}`);
  });

  it.each([
    [
      'invalid key',
      () => answers.openai.invalidKey('sk-proj-abcdefghij'),
      OpenAI.AuthenticationError,
      401,
      'invalid_api_key',
    ],
    ['missing scopes (401)', answers.openai.missingScopes401, OpenAI.AuthenticationError, 401, null],
    ['missing scopes (403)', answers.openai.missingScopes403, OpenAI.PermissionDeniedError, 403, null],
    ['IP not authorized', answers.openai.ipNotAuthorized, OpenAI.AuthenticationError, 401, null],
    ['deactivated account', answers.openai.deactivated, OpenAI.AuthenticationError, 401, 'account_deactivated'],
    ['no key', answers.openai.missingApiKey, OpenAI.AuthenticationError, 401, 'missing_api_key'],
    ['region', answers.openai.regionBlocked, OpenAI.PermissionDeniedError, 403, 'unsupported_country_region_territory'],
    ['quota', answers.openai.insufficientQuota, OpenAI.RateLimitError, 429, 'insufficient_quota'],
    ['rate limit', () => answers.openai.rateLimited(1), OpenAI.RateLimitError, 429, 'rate_limit_exceeded'],
    ['server error', () => answers.openai.serverError(503), OpenAI.InternalServerError, 503, null],
  ] as const)('raises the SDK error for %s', async (_row, answer, errorClass, status, code) => {
    const error = await openaiError(answer());
    expect(error).toBeInstanceOf(errorClass);
    expect(error.status).toBe(status);
    expect(error.code ?? null).toBe(code);
    expect(error.requestID).toMatch(/^req_/);
  });

  it('serves the admin key list on the admin endpoint', async () => {
    const key = makeKey('openai-admin-key');
    fake.on(key, answers.openai.adminKeys());
    const res = await fetch(`${fake.base('openai')}/v1/organization/admin_api_keys?limit=1`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const body = (await res.json()) as { object: string; data: { redacted_value: string }[] };
    expect([res.status, body.object, body.data[0]?.redacted_value]).toEqual([200, 'list', 'sk-admin...def']);
  });
});

describe('the fake Anthropic, as the @anthropic-ai/sdk sees it', () => {
  it('serves a model list the SDK parses, and sees the key and version header the SDK sends', async () => {
    const key = makeKey('anthropic-api-key');
    fake.on(key, answers.anthropic.models());
    const page = await anthropicFor(key).models.list();
    expect(page.data.map((m) => m.id)).toEqual(['claude-sonnet-4-20250514']);
    const request = fake.requestsFor(key)[0];
    expect(request?.key).toBe(key);
    expect(request?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers a request without anthropic-version with a 400, as Anthropic does', async () => {
    const key = makeKey('anthropic-api-key');
    fake.on(key, answers.anthropic.models());
    const res = await fetch(`${fake.base('anthropic')}/v1/models`, { headers: { 'x-api-key': key } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });

  it.each([
    ['invalid key', answers.anthropic.invalid, Anthropic.AuthenticationError, 401, 'authentication_error'],
    ['disabled key', answers.anthropic.disabled, Anthropic.NotFoundError, 404, 'not_found_error'],
    ['bad request', answers.anthropic.badRequest, Anthropic.BadRequestError, 400, 'invalid_request_error'],
    ['forbidden', answers.anthropic.forbidden, Anthropic.PermissionDeniedError, 403, 'permission_error'],
    ['rate limit', () => answers.anthropic.rateLimited(1), Anthropic.RateLimitError, 429, 'rate_limit_error'],
    ['server error', answers.anthropic.serverError, Anthropic.InternalServerError, 500, 'api_error'],
    ['overloaded', answers.anthropic.overloaded, Anthropic.InternalServerError, 529, 'overloaded_error'],
  ] as const)('raises the SDK error for %s', async (_row, answer, errorClass, status, type) => {
    const key = makeKey('anthropic-api-key');
    fake.on(key, answer());
    const error = await anthropicFor(key)
      .models.list()
      .then(() => undefined)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errorClass);
    const apiError = error as InstanceType<typeof Anthropic.APIError>;
    expect(apiError.status).toBe(status);
    expect((apiError.error as { error?: { type?: string } }).error?.type).toBe(type);
    expect(apiError.requestID).toMatch(/^req_/);
  });
});
