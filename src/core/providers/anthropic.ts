import type { Rule } from '../types.js';
import { randomBody } from './define.js';
import type { ProviderModule } from './types.js';

const RANDOM_BODY = randomBody();
const body = (prefix: string, tail = 'AA') => [prefix, { charset: 'alnum_dash', length: 93 } as const, tail];
const KEYS = 'https://console.anthropic.com/settings/keys';
const ADMIN_KEYS = 'https://console.anthropic.com/settings/admin-keys';
const OAUTH = 'https://claude.ai/settings/account';

/** A Claude Code OAuth token (`sk-ant-oat01-` access, `sk-ant-ort01-` refresh): 108 characters like an API key. */
function oauthToken(kind: string, what: string, meaning: string, examples: string[]): Rule {
  const prefix = `sk-ant-${kind}-`;
  return {
    id: `anthropic-oauth-${what}-token`,
    provider: 'anthropic',
    description: `Claude Code OAuth ${what} token (\`${prefix}\`): ${meaning}`,
    keywords: ['ant-o'],
    pattern: new RegExp(`${prefix}[A-Za-z0-9_-]{95}`, 'g'),
    maxLength: 108,
    redactPrefix: prefix,
    checks: RANDOM_BODY,
    shape: [prefix, { charset: 'alnum_dash', length: 95 }],
    rotateUrl: OAUTH,
    examples,
    negatives: [`${prefix}...`, `${prefix}YOUR_TOKEN`, 'x{key}', '{key}x'],
  };
}

const rules: Rule[] = [
  {
    id: 'anthropic-api-key',
    provider: 'anthropic',
    description: 'Anthropic API key (`sk-ant-api03-`)',
    keywords: ['sk-ant-api03-'],
    pattern: /sk-ant-api03-[A-Za-z0-9_-]{93}AA/g,
    maxLength: 108,
    redactPrefix: 'sk-ant-api03-',
    checks: RANDOM_BODY,
    shape: body('sk-ant-api03-'),
    rotateUrl: KEYS,
    examples: [
      'ANTHROPIC_API_KEY={key}',
      'client = anthropic.Anthropic(api_key="{key}")',
      'curl -H "x-api-key: {key}" https://api.anthropic.com/v1/models',
      '{"k":"{key}"}',
      '({key})',
    ],
    negatives: ['sk-ant-api03-...', 'sk-ant-api03-YOUR_KEY', 'sk-ant-api03-abc***xyz', 'x{key}', '{key}x'],
  },
  {
    id: 'anthropic-admin-key',
    provider: 'anthropic',
    description: 'Anthropic Admin API key (`sk-ant-admin01-`): manages the organization',
    keywords: ['sk-ant-admin01-'],
    pattern: /sk-ant-admin01-[A-Za-z0-9_-]{93}AA/g,
    maxLength: 110,
    redactPrefix: 'sk-ant-admin01-',
    checks: RANDOM_BODY,
    shape: body('sk-ant-admin01-'),
    rotateUrl: ADMIN_KEYS,
    examples: ['ANTHROPIC_ADMIN_KEY={key}', "key: '{key}'", '{key},'],
    negatives: ['sk-ant-admin01-...', 'sk-ant-admin01-{key}'],
  },
  oauthToken('oat01', 'access', 'a Claude subscription credential', [
    'CLAUDE_CODE_OAUTH_TOKEN={key}',
    '{"accessToken":"{key}","expiresAt":1767225600000}',
  ]),
  // The refresh token's length is assumed equal to the access token's (gitleaks PR #2178); a
  // shorter one is not reported rather than guessed at.
  oauthToken('ort01', 'refresh', 'renews a Claude subscription session', [
    '{"refreshToken":"{key}"}',
    'refresh_token: {key}',
  ]),
];

const OAUTH_NOT_CHECKED =
  'a Claude Code OAuth token is a Claude subscription credential: skguard does not send it anywhere, so it is not checkable; sign out of Claude Code (claude /logout) or revoke the session in your Claude account to end it';

export const anthropic: ProviderModule = {
  id: 'anthropic',
  name: 'Anthropic',
  rotateUrl: KEYS,
  env: ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN', 'CLAUDE_CODE_OAUTH_TOKEN'],
  rules,
  check: {
    base: 'https://api.anthropic.com',
    request: {
      method: 'GET',
      path: '/v1/models',
      auth: { kind: 'header', name: 'x-api-key' },
      headers: { 'anthropic-version': '2023-06-01' },
    },
    byRule: { 'anthropic-admin-key': { path: '/v1/organizations/api_keys?limit=1' } },
    notCheckableRules: {
      'anthropic-oauth-access-token': OAUTH_NOT_CHECKED,
      'anthropic-oauth-refresh-token': OAUTH_NOT_CHECKED,
    },
    requestIdHeader: 'request-id',
    statusPage: 'https://status.anthropic.com',
    facts: [
      { from: 'header', path: 'anthropic-organization-id', as: 'organization' },
      { from: 'body', path: 'data', as: 'models', count: true },
    ],
    // Per KEYS.md: 401 and 404 (a disabled key) are invalid; 400, 403, 429, 5xx and 529 say nothing about the key.
    answers: [
      {
        status: 401,
        verdict: 'invalid',
        reason: 'invalid_api_key',
        detail: '{name} rejected the key{message}: it is wrong, deleted or revoked; create a new one at {rotate}',
      },
      {
        status: 404,
        verdict: 'invalid',
        reason: 'key_disabled',
        detail: '{name} answered 404 for the key: it is disabled or deleted; create a new one at {rotate}',
      },
      {
        status: 403,
        verdict: 'unknown',
        reason: 'permission_denied',
        detail: "{name} refused the request (403){message}: the key's status is unknown",
      },
      {
        status: 400,
        verdict: 'unknown',
        reason: 'bad_request',
        detail: "{name} answered 400{message}: the key's status is unknown",
      },
      {
        status: 529,
        verdict: 'unknown',
        reason: 'overloaded',
        detail:
          "{name} is overloaded (529): the key's status is unknown; try again later, see https://status.anthropic.com",
      },
    ],
  },
};
