import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://console.x.ai';

export const xai: ProviderModule = {
  id: 'xai',
  name: 'xAI',
  rotateUrl: KEYS,
  env: ['XAI_API_KEY'],
  rules: [
    keyRule({
      id: 'xai-api-key',
      provider: 'xai',
      description: 'xAI (Grok) API key (`xai-`)',
      keywords: ['xai-'],
      pattern: /xai-[A-Za-z0-9]{80}/g,
      redactPrefix: 'xai-',
      shape: ['xai-', { charset: 'alnum', length: 80 }],
      rotateUrl: KEYS,
      examples: ['XAI_API_KEY={key}', 'client = Client(api_key="{key}")', 'Authorization: Bearer {key}'],
      negatives: ['xai-...', 'xai-YOUR_KEY', '{zeros}', 'x{key}', '{key}0'],
    }),
  ],
  check: {
    base: 'https://api.x.ai',
    // Describes the key itself: its ACLs, and whether it or its team is blocked.
    request: { method: 'GET', path: '/v1/api-key', auth: { kind: 'bearer' } },
    statusPage: 'https://status.x.ai',
    facts: [
      { from: 'body', path: 'name', as: 'name' },
      { from: 'body', path: 'redacted_api_key', as: 'redactedKey' },
      { from: 'body', path: 'acls', as: 'acls' },
      { from: 'body', path: 'api_key_blocked', as: 'apiKeyBlocked' },
      { from: 'body', path: 'api_key_disabled', as: 'apiKeyDisabled' },
      { from: 'body', path: 'team_blocked', as: 'teamBlocked' },
    ],
    answers: [
      {
        status: 200,
        body: [{ path: 'api_key_disabled', equals: true }],
        verdict: 'invalid',
        reason: 'key_disabled',
        detail: '{name} says the key is disabled: it cannot be used; create a new one at {rotate}',
      },
      {
        status: 200,
        body: [{ path: 'api_key_blocked', equals: true }],
        verdict: 'invalid',
        reason: 'key_blocked',
        detail: '{name} says the key is blocked: it cannot be used; create a new one at {rotate}',
      },
      {
        status: 200,
        body: [{ path: 'team_blocked', equals: true }],
        verdict: 'invalid',
        reason: 'key_blocked',
        detail: "{name} says the key's team is blocked: the key cannot be used",
      },
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail: '{name} accepted the key (ACLs: {fact:acls}): it works; if it leaked, delete it at {rotate}',
      },
      { ...rejects(400), body: [{ path: 'error', matches: /incorrect api key|invalid api key/i }] },
      rejects(401),
    ],
  },
};
