import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server that plays the providers' key-checking endpoints exactly as KEYS.md describes
 * them: paths, auth headers, status codes, JSON bodies and headers. Each provider lives under its
 * own prefix (`/openai`, `/anthropic`, …), so one server serves a whole run; `env()` points
 * skguard's `SKGUARD_*_BASE_URL` at it. Answers are scripted per key; an unknown key gets the
 * provider's own "invalid key" answer. `test/verify/fake-sdk.test.ts` checks this fake against the
 * official SDKs so it cannot drift from what real clients expect.
 */

import { baseUrlVariable, isCheckable, providers } from '../../src/core/index.js';

/** The fake's prefixes: `azure` plays Azure OpenAI; every other provider is under its own id. */
export type FakeProvider = 'openai' | 'anthropic' | 'openrouter' | 'deepseek' | 'azure' | (string & {});

/** One scripted answer. `delayMs` holds it back (timeouts); `drop` destroys the socket instead. */
export interface Scripted {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
  drop?: boolean;
}

export interface RecordedRequest {
  provider: FakeProvider;
  method: string;
  /** Path below the provider prefix, with the query. */
  path: string;
  /** The credential as received (Bearer token, x-api-key or api-key). */
  key: string | undefined;
  headers: IncomingMessage['headers'];
  /** `performance.now()` when the request arrived. */
  at: number;
}

type Answer = Scripted | ((request: RecordedRequest) => Scripted);

/** The fake's prefix for a provider id. */
export const prefixOf = (id: string): string => (id === 'azure-openai' ? 'azure' : id);

/** OpenAI's way of echoing a key in an error: a few characters each side of stars. */
function openaiMask(key: string): string {
  return `${key.slice(0, 8)}${'*'.repeat(Math.max(4, key.length - 12))}${key.slice(-4)}`;
}

const openaiError = (message: string, type: string | null, code: string | null) => ({
  error: { message, type, param: null, code },
});
const anthropicError = (type: string, message: string) => ({
  type: 'error',
  error: { type, message },
  request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy',
});
const openaiHeaders = (extra: Record<string, string> = {}) => ({
  'x-request-id': 'req_9f2c1a7b3e5d4c6a8b0e1f2a3b4c5d6e',
  'openai-processing-ms': '42',
  ...extra,
});

/** Answers per provider, one per row of the KEYS.md tables (and a few more). */
export const answers = {
  openai: {
    models: (
      ids = ['gpt-4o-mini', 'gpt-4o', 'o3-mini', 'text-embedding-3-small'],
      organization = 'org-fakeorg1234567890abcdEF',
    ): Scripted => ({
      status: 200,
      headers: openaiHeaders({
        'openai-organization': organization,
        'openai-project': 'proj_fakeproject1234567890',
        'x-ratelimit-limit-requests': '5000',
        'x-ratelimit-limit-tokens': '800000',
      }),
      body: {
        object: 'list',
        data: ids.map((id) => ({ id, object: 'model', created: 1_715_367_049, owned_by: 'system' })),
      },
    }),
    adminKeys: (): Scripted => ({
      status: 200,
      headers: openaiHeaders({ 'openai-organization': 'org-fakeorg1234567890abcdEF' }),
      body: {
        object: 'list',
        data: [
          {
            object: 'organization.admin_api_key',
            id: 'key_abc',
            name: 'Main Admin Key',
            redacted_value: 'sk-admin...def',
            created_at: 1_711_471_533,
            owner: { type: 'user', object: 'organization.user', id: 'user_123', name: 'John Doe' },
          },
        ],
        first_id: 'key_abc',
        last_id: 'key_abc',
        has_more: false,
      },
    }),
    invalidKey: (key: string): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError(
        `Incorrect API key provided: ${openaiMask(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        'invalid_request_error',
        'invalid_api_key',
      ),
    }),
    missingScopes401: (): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError(
        "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
        'invalid_request_error',
        null,
      ),
    }),
    missingScopes403: (): Scripted => ({
      status: 403,
      headers: openaiHeaders(),
      body: openaiError('Missing scopes: api.model.read', 'invalid_request_error', null),
    }),
    ipNotAuthorized: (): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError('IP not authorized', 'invalid_request_error', null),
    }),
    deactivated: (): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError(
        'The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.',
        'invalid_request_error',
        'account_deactivated',
      ),
    }),
    missingApiKey: (): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError(
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        'invalid_request_error',
        'missing_api_key',
      ),
    }),
    regionBlocked: (): Scripted => ({
      status: 403,
      headers: openaiHeaders(),
      body: openaiError(
        'Country, region, or territory not supported',
        'request_forbidden',
        'unsupported_country_region_territory',
      ),
    }),
    insufficientQuota: (): Scripted => ({
      status: 429,
      headers: openaiHeaders(),
      body: openaiError(
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        'insufficient_quota',
        'insufficient_quota',
      ),
    }),
    rateLimited: (retryAfterSeconds?: number): Scripted => ({
      status: 429,
      headers: openaiHeaders({
        ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
        'x-ratelimit-limit-requests': '3',
        'x-ratelimit-remaining-requests': '0',
      }),
      body: openaiError(
        'Rate limit reached for gpt-4o in organization org-fakeorg1234567890abcdEF on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.',
        'requests',
        'rate_limit_exceeded',
      ),
    }),
    serverError: (status = 500): Scripted => ({
      status,
      headers: openaiHeaders(),
      body: openaiError(
        'The server had an error while processing your request. Sorry about that!',
        'server_error',
        null,
      ),
    }),
    mismatchedOrganization: (): Scripted => ({
      status: 401,
      headers: openaiHeaders(),
      body: openaiError(
        'OpenAI-Organization header should match organization for API key',
        'invalid_request_error',
        'mismatched_organization',
      ),
    }),
  },
  anthropic: {
    models: (): Scripted => ({
      status: 200,
      headers: {
        'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy',
        'anthropic-organization-id': 'a1b2c3d4-0000-4000-8000-000000000000',
      },
      body: {
        data: [
          {
            type: 'model',
            id: 'claude-sonnet-4-20250514',
            display_name: 'Claude Sonnet 4',
            created_at: '2025-05-22T00:00:00Z',
          },
        ],
        has_more: false,
        first_id: 'claude-sonnet-4-20250514',
        last_id: 'claude-sonnet-4-20250514',
      },
    }),
    adminKeys: (): Scripted => ({
      status: 200,
      headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy' },
      body: {
        data: [
          {
            id: 'apikey_01Rj2N8SVvo6BePZj99NhmiT',
            type: 'api_key',
            name: 'Developer Key',
            status: 'active',
            partial_key_hint: 'sk-ant-api03-R2D...igAA',
            created_at: '2024-10-30T23:58:27.427722Z',
            workspace_id: null,
            created_by: { id: 'user_01WCz1FkmYMm4gnmykNKUu3Q', type: 'user' },
          },
        ],
        has_more: false,
        first_id: 'apikey_01Rj2N8SVvo6BePZj99NhmiT',
        last_id: 'apikey_01Rj2N8SVvo6BePZj99NhmiT',
      },
    }),
    error: (status: number, type: string, message: string, headers: Record<string, string> = {}): Scripted => ({
      status,
      headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy', ...headers },
      body: anthropicError(type, message),
    }),
    invalid: () => answers.anthropic.error(401, 'authentication_error', 'invalid x-api-key'),
    disabled: () => answers.anthropic.error(404, 'not_found_error', 'Not found'),
    badRequest: () => answers.anthropic.error(400, 'invalid_request_error', 'anthropic-version: invalid version'),
    forbidden: () =>
      answers.anthropic.error(
        403,
        'permission_error',
        'Your API key does not have permission to use the specified resource.',
      ),
    rateLimited: (retryAfterSeconds?: number) =>
      answers.anthropic.error(
        429,
        'rate_limit_error',
        'Number of request tokens has exceeded your per-minute rate limit',
        retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
      ),
    serverError: () => answers.anthropic.error(500, 'api_error', 'Internal server error'),
    overloaded: () => answers.anthropic.error(529, 'overloaded_error', 'Overloaded'),
  },
  openrouter: {
    key: (label = 'sk-or-v1-0e6...1c3'): Scripted => ({
      status: 200,
      body: {
        data: {
          label,
          limit: 10,
          usage: 0.25,
          is_free_tier: false,
          limit_remaining: 9.75,
          rate_limit: { requests: 10, interval: '10s' },
        },
      },
    }),
    invalid: (): Scripted => ({ status: 401, body: { error: { message: 'User not found.', code: 401 } } }),
  },
  deepseek: {
    balance: (available = true): Scripted => ({
      status: 200,
      body: {
        is_available: available,
        balance_infos: [
          {
            currency: 'CNY',
            total_balance: available ? '110.00' : '0.00',
            granted_balance: available ? '10.00' : '0.00',
            topped_up_balance: available ? '100.00' : '0.00',
          },
        ],
      },
    }),
    invalid: (key = ''): Scripted => ({
      status: 401,
      body: {
        error: {
          message: `Authentication Fails, Your api key: ****${key.slice(-4)} is invalid`,
          type: 'authentication_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    }),
  },
  azure: {
    models: (): Scripted => ({
      status: 200,
      headers: { 'apim-request-id': 'b7c0e5f2-0000-4000-8000-000000000000' },
      body: {
        data: [{ id: 'gpt-4o', object: 'model', created_at: 1_715_558_400, status: 'succeeded' }],
        object: 'list',
      },
    }),
    invalid: (): Scripted => ({
      status: 401,
      headers: { 'apim-request-id': 'b7c0e5f2-0000-4000-8000-000000000000' },
      body: {
        error: {
          code: '401',
          message:
            'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        },
      },
    }),
  },
};

/** The paths each provider's checks may use; anything else is the provider's 404. */
const ROUTES: Record<string, RegExp> = {
  openai: /^\/v1\/(?:models|organization\/admin_api_keys\?limit=\d+)$/,
  anthropic: /^\/v1\/(?:models|organizations\/api_keys(?:\?limit=\d+)?)$/,
  openrouter: /^\/api\/v1\/key$/,
  deepseek: /^\/user\/balance$/,
  azure: /^\/openai\/models\?api-version=\d{4}-\d{2}-\d{2}(?:-preview)?$/,
};

function credential(provider: FakeProvider, req: IncomingMessage, body: string): string | undefined {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
  const more = MORE[provider];
  if (more) {
    if (more.auth === 'bearer') return bearer;
    if (more.auth === 'form') return new URLSearchParams(body).get('credentials') ?? undefined;
    if (more.auth === 'basic') {
      const basic = auth?.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString() : undefined;
      return basic?.slice(basic.indexOf(':') + 1);
    }
    return req.headers[more.auth] as string | undefined;
  }
  // Anthropic documents x-api-key; its own SDK (1.x) sends the key as a Bearer token: both are accepted.
  if (provider === 'anthropic') return (req.headers['x-api-key'] as string | undefined) ?? bearer;
  if (provider === 'azure') return req.headers['api-key'] as string | undefined;
  return bearer;
}

/** What a provider answers a key it does not know, or a request without one. */
function defaultAnswer(provider: FakeProvider, key: string | undefined): Scripted {
  const more = MORE[provider];
  if (more) return more.invalid(key ?? '');
  switch (provider) {
    case 'openai':
      return key ? answers.openai.invalidKey(key) : answers.openai.missingApiKey();
    case 'anthropic':
      return answers.anthropic.invalid();
    case 'openrouter':
      return answers.openrouter.invalid();
    case 'deepseek':
      return answers.deepseek.invalid(key);
    default:
      return answers.azure.invalid();
  }
}

export class FakeProviders {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, Answer[]>();
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<FakeProviders> {
    let fake: FakeProviders | undefined;
    const server = createServer((req, res) => {
      fake?.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeProviders(server, `http://127.0.0.1:${port}`);
    return fake;
  }

  /** The base URL of one provider (what `SKGUARD_<PROVIDER>_BASE_URL` or an SDK's baseURL gets). */
  base(provider: FakeProvider): string {
    return `${this.url}/${provider}`;
  }

  /** `SKGUARD_<ID>_BASE_URL` for every checkable provider of the registry. */
  env(): Record<string, string> {
    return Object.fromEntries(
      providers.filter((p) => isCheckable(p.check)).map((p) => [baseUrlVariable(p.id), this.base(prefixOf(p.id))]),
    );
  }

  /** Scripts the answers to a key, in order; the last one repeats. */
  on(key: string, ...script: Answer[]): this {
    this.scripts.set(key, script);
    return this;
  }

  /** Requests that carried this key. */
  requestsFor(key: string): RecordedRequest[] {
    return this.requests.filter((r) => r.key === key);
  }

  reset(): void {
    this.requests.length = 0;
    this.scripts.clear();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString()));
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: string) {
    const [, prefix = '', ...rest] = (req.url ?? '/').split('/');
    const provider: FakeProvider | undefined = ROUTES[prefix] ? prefix : undefined;
    const path = `/${rest.join('/')}`;
    if (!provider) return send(res, { status: 404, body: { error: 'no such provider' } });
    const key = credential(provider, req, body);
    const recorded: RecordedRequest = {
      provider,
      method: req.method ?? '',
      path,
      key,
      headers: req.headers,
      at: performance.now(),
    };
    this.requests.push(recorded);
    const method = MORE[provider]?.method ?? 'GET';
    if (req.method !== method || !(ROUTES[provider] as RegExp).test(path)) {
      return send(res, {
        status: 404,
        body: {
          error: {
            message: `Unknown request URL: ${req.method} ${path}`,
            type: 'invalid_request_error',
            param: null,
            code: 'unknown_url',
          },
        },
      });
    }
    if (provider === 'anthropic' && req.headers['anthropic-version'] === undefined) {
      return send(res, answers.anthropic.error(400, 'invalid_request_error', 'anthropic-version: header is required'));
    }
    const script = key === undefined ? undefined : this.scripts.get(key);
    let answer: Answer | undefined;
    if (script && script.length > 0) answer = script.length > 1 ? script.shift() : script[0];
    const scripted = typeof answer === 'function' ? answer(recorded) : (answer ?? defaultAnswer(provider, key));
    if (scripted.drop) {
      req.socket.destroy();
      return;
    }
    if (scripted.delayMs) {
      const timer = setTimeout(() => send(res, scripted), scripted.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    send(res, scripted);
  }
}

function send(res: ServerResponse, answer: Scripted): void {
  if (res.destroyed) return;
  const text =
    typeof answer.body === 'string' ? answer.body : answer.body === undefined ? '' : JSON.stringify(answer.body);
  const json = typeof answer.body !== 'string' && answer.body !== undefined;
  res.writeHead(answer.status, {
    ...(json ? { 'content-type': 'application/json' } : {}),
    'content-length': Buffer.byteLength(text),
    ...answer.headers,
  });
  res.end(text);
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Scripted => ({
  status,
  body,
  headers,
});
const list = (ids: string[]) => ({
  object: 'list',
  data: ids.map((id) => ({ id, object: 'model', created: 1_715_367_049 })),
});
const oaiError = (message: string, code: string | null, type = 'invalid_request_error') => ({
  error: { message, type, param: null, code },
});

/**
 * The other providers, one row each: route, method, where the key goes, and their answers as
 * KEYS-PROVIDERS.md and the providers' docs show them. `live` and `invalid` for every one; the other
 * rows of each provider's table under their own names.
 */
export interface FakeRow {
  route: RegExp;
  method?: 'GET' | 'POST';
  auth: 'bearer' | 'form' | 'basic' | 'x-api-key' | 'x-goog-api-key' | 'api-key' | 'xi-api-key';
  live: () => Scripted;
  invalid: (key: string) => Scripted;
  others?: Record<string, () => Scripted>;
}

export const MORE: Record<string, FakeRow> = {
  'google-gemini': {
    route: /^\/v1beta\/models$/,
    auth: 'x-goog-api-key',
    live: () => json(200, { models: [{ name: 'models/gemini-2.5-flash', displayName: 'Gemini 2.5 Flash' }] }),
    invalid: () =>
      json(400, {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'API_KEY_INVALID',
              domain: 'googleapis.com',
              metadata: { service: 'generativelanguage.googleapis.com' },
            },
          ],
        },
      }),
    others: {
      serviceBlocked: () =>
        json(403, {
          error: {
            code: 403,
            message: 'Requests to this API generativelanguage.googleapis.com method are blocked.',
            status: 'PERMISSION_DENIED',
            details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_SERVICE_BLOCKED' }],
          },
        }),
      exhausted: () =>
        json(429, {
          error: {
            code: 429,
            message: 'Resource has been exhausted (e.g. check quota).',
            status: 'RESOURCE_EXHAUSTED',
          },
        }),
    },
  },
  xai: {
    route: /^\/v1\/api-key$/,
    auth: 'bearer',
    live: () =>
      json(200, {
        redacted_api_key: 'xai-…abcd',
        name: 'ci key',
        acls: ['api-key:model:*', 'api-key:endpoint:*'],
        api_key_blocked: false,
        api_key_disabled: false,
        team_blocked: false,
      }),
    invalid: () =>
      json(400, {
        code: 'Client specified an invalid argument',
        error: 'Incorrect API key provided: xa***cd. You can obtain an API key from https://console.x.ai.',
      }),
    others: {
      blocked: () =>
        json(200, { name: 'old', acls: [], api_key_blocked: true, api_key_disabled: false, team_blocked: false }),
    },
  },
  groq: {
    route: /^\/openai\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, list(['llama-3.3-70b-versatile', 'openai/gpt-oss-120b']), { 'x-request-id': 'req_01groq' }),
    invalid: () => json(401, oaiError('Invalid API Key', 'invalid_api_key')),
    others: {
      throttled: () =>
        json(429, oaiError('Rate limit reached for model llama-3.3-70b-versatile', 'rate_limit_exceeded', 'requests'), {
          'retry-after': '0',
        }),
    },
  },
  huggingface: {
    route: /^\/api\/whoami-v2$/,
    auth: 'bearer',
    live: () =>
      json(200, {
        type: 'user',
        name: 'octocat',
        orgs: [],
        auth: { type: 'access_token', accessToken: { displayName: 'ci', role: 'read' } },
      }),
    invalid: () => json(401, { error: 'Invalid credentials in Authorization header' }),
    others: { expired: () => json(401, { error: 'Your token is expired' }) },
  },
  replicate: {
    route: /^\/v1\/account$/,
    auth: 'bearer',
    live: () => json(200, { type: 'user', username: 'octocat', name: 'Octo Cat' }),
    invalid: () =>
      json(401, { title: 'Unauthenticated', detail: 'You did not pass a valid authentication token', status: 401 }),
  },
  together: {
    route: /^\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, [{ id: 'meta-llama/Llama-3.3-70B-Instruct-Turbo', object: 'model', type: 'chat' }]),
    invalid: () => json(401, oaiError('Invalid API key provided.', 'invalid_api_key')),
  },
  fireworks: {
    route: /^\/inference\/v1\/models$/,
    auth: 'bearer',
    live: () =>
      json(200, {
        object: 'list',
        data: [{ id: 'accounts/fireworks/models/llama-v3p1-8b-instruct', object: 'model', owned_by: 'fireworks' }],
      }),
    invalid: () =>
      json(401, {
        error: { object: 'error', type: 'invalid_request_error', message: 'The API key you provided is invalid.' },
      }),
  },
  cerebras: {
    route: /^\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, list(['llama3.1-8b'])),
    invalid: () =>
      json(401, { message: 'Wrong API Key', type: 'invalid_request_error', param: 'api_key', code: 'wrong_api_key' }),
  },
  nvidia: {
    route: /^\/v3\/keys\/get-caller-info$/,
    method: 'POST',
    auth: 'form',
    live: () => json(200, { requestStatus: { statusCode: 'SUCCESS' }, user: { name: 'octo' } }),
    invalid: () =>
      json(401, { requestStatus: { statusCode: 'UNAUTHORIZED', statusDescription: 'Invalid credentials' } }),
  },
  pinecone: {
    route: /^\/indexes$/,
    auth: 'api-key',
    live: () => json(200, { indexes: [] }),
    invalid: () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Invalid API Key' }, status: 401 }),
    others: { restricted: () => json(403, { error: { code: 'FORBIDDEN', message: 'Forbidden' }, status: 403 }) },
  },
  voyage: {
    route: /^\/v1\/files$/,
    auth: 'bearer',
    live: () => json(200, { object: 'list', data: [] }),
    invalid: () => json(401, { detail: 'Provided API key is invalid.' }),
  },
  langsmith: {
    route: /^\/api\/v1\/(?:api-key\/current|orgs\/current)$/,
    auth: 'x-api-key',
    live: () => json(200, { id: 'a1b2c3d4-0000-4000-8000-000000000000', display_name: 'Personal' }),
    invalid: () => json(401, { detail: 'Invalid token' }),
  },
  elevenlabs: {
    route: /^\/v1\/user$/,
    auth: 'xi-api-key',
    live: () => json(200, { subscription: { tier: 'creator', character_count: 1200, character_limit: 100000 } }),
    invalid: () => json(401, { detail: { status: 'invalid_api_key', message: 'Invalid API key' } }),
    others: {
      scoped: () =>
        json(401, {
          detail: {
            status: 'missing_permissions',
            message: 'The API key you used is missing the permission user_read to execute this operation.',
          },
        }),
    },
  },
  minimax: {
    route: /^\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, { ...list(['MiniMax-M2']), base_resp: { status_code: 0, status_msg: 'success' } }),
    invalid: () =>
      json(401, { base_resp: { status_code: 1004, status_msg: 'login fail: Please carry the API secret key' } }),
  },
  zhipu: {
    route: /^\/api\/paas\/v4\/files$/,
    auth: 'bearer',
    live: () => json(200, { object: 'list', data: [] }),
    invalid: () => json(401, { error: { code: '1000', message: '身份验证失败。' } }),
    others: { noBalance: () => json(429, { error: { code: '1113', message: '余额不足或无可用资源包,请充值。' } }) },
  },
  'azure-ai-services': {
    route: /^\/openai\/models\?api-version=\d{4}-\d{2}-\d{2}$/,
    auth: 'api-key',
    live: () => answers.azure.models(),
    invalid: () => answers.azure.invalid(),
  },
  moonshot: {
    route: /^\/v1\/users\/me\/balance$/,
    auth: 'bearer',
    live: () =>
      json(200, {
        code: 0,
        data: { available_balance: 49.58894, voucher_balance: 46.58893, cash_balance: 3.00001 },
        scode: '0x0',
        status: true,
      }),
    invalid: () => json(401, { error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } }),
    others: {
      noCredit: () =>
        json(429, {
          error: {
            message: 'Your account is not active, please check your billing details on our website.',
            type: 'exceeded_current_quota_error',
          },
        }),
      empty: () =>
        json(200, { code: 0, data: { available_balance: 0, voucher_balance: 0, cash_balance: 0 }, status: true }),
    },
  },
  dashscope: {
    route: /^\/compatible-mode\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, list(['qwen-max', 'deepseek-r1'])),
    invalid: () => json(401, oaiError('Incorrect API key provided. ', 'invalid_api_key')),
  },
  siliconflow: {
    route: /^\/v1\/models$/,
    auth: 'bearer',
    live: () => json(200, list(['Qwen/Qwen3-8B'])),
    invalid: () => json(401, { code: 401, message: 'Invalid token', data: null }),
  },
  stability: {
    route: /^\/v1\/user\/account$/,
    auth: 'bearer',
    live: () => json(200, { id: 'user-0000', organizations: [] }),
    invalid: () => json(401, { id: 'e0000', name: 'unauthorized', errors: ['invalid api key'] }),
  },
  mistral: {
    route: /^\/v1\/models$/,
    auth: 'bearer',
    // Each card carries `type` ("base" or "fine-tuned"): the SDK tells the two apart by it.
    live: () =>
      json(200, {
        object: 'list',
        data: [
          {
            id: 'mistral-small-latest',
            object: 'model',
            created: 1_715_367_049,
            owned_by: 'mistralai',
            type: 'base',
            capabilities: { completion_chat: true, function_calling: true, vision: false },
            max_context_length: 32_768,
          },
        ],
      }),
    invalid: () => json(401, { message: 'Unauthorized', request_id: 'req_0mistral' }),
    others: { throttled: () => json(429, { message: 'Requests rate limit exceeded' }, { 'retry-after': '0' }) },
  },
  cohere: {
    route: /^\/v1\/check-api-key$/,
    method: 'POST',
    auth: 'bearer',
    live: () => json(200, { valid: true, organization_id: 'org_0cohere', owner_id: 'user_0cohere' }),
    invalid: () => json(401, { id: '0', message: 'invalid api token' }),
    others: { notValid: () => json(200, { valid: false }) },
  },
  langfuse: {
    route: /^\/api\/public\/projects$/,
    auth: 'basic',
    live: () => json(200, { data: [{ id: 'proj0', name: 'demo', metadata: {} }] }),
    invalid: () => json(401, { message: "Invalid credentials. Confirm that you've configured the correct host." }),
  },
};

for (const [id, row] of Object.entries(MORE)) ROUTES[id] = row.route;

/** A provider's answer to a working key, for any provider id of the registry. */
export function liveAnswer(id: string): Scripted {
  return (
    MORE[id]?.live() ??
    ({
      openai: answers.openai.models(),
      anthropic: answers.anthropic.models(),
      openrouter: answers.openrouter.key(),
      deepseek: answers.deepseek.balance(true),
      'azure-openai': answers.azure.models(),
    }[id] as Scripted)
  );
}
