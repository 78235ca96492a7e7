import { noCredit, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://openrouter.ai/settings/keys';

export const openrouter: ProviderModule = {
  id: 'openrouter',
  name: 'OpenRouter',
  rotateUrl: KEYS,
  env: ['OPENROUTER_API_KEY'],
  rules: [
    {
      id: 'openrouter-api-key',
      provider: 'openrouter',
      description: 'OpenRouter API key (`sk-or-v1-`)',
      keywords: ['sk-or-v1-'],
      pattern: /sk-or-v1-[0-9a-f]{64}/g,
      maxLength: 73,
      redactPrefix: 'sk-or-v1-',
      checks: [{ kind: 'entropy', min: 3.2 }, { kind: 'not-patterned' }],
      shape: ['sk-or-v1-', { charset: 'hex', length: 64 }],
      rotateUrl: KEYS,
      examples: ['OPENROUTER_API_KEY={key}', 'Authorization: Bearer {key}', '["{key}"]'],
      // Placeholders are built by the rules test from the shape ({zeros}, {ascending}): no literal here.
      negatives: ['sk-or-v1-...', '{zeros}', '{ascending}', '{key}0'],
    },
  ],
  check: {
    base: 'https://openrouter.ai',
    request: { method: 'GET', path: '/api/v1/key', auth: { kind: 'bearer' } },
    statusPage: 'https://status.openrouter.ai',
    facts: [
      { from: 'body', path: 'data.label', as: 'label' },
      { from: 'body', path: 'data.limit', as: 'limit' },
      { from: 'body', path: 'data.usage', as: 'usage' },
      { from: 'body', path: 'data.limit_remaining', as: 'limitRemaining' },
      { from: 'body', path: 'data.is_free_tier', as: 'isFreeTier' },
    ],
    answers: [
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail: '{name} accepted the key (label "{fact:label}"): it works; if it leaked, delete it at {rotate}',
      },
      rejects(401),
      noCredit(402, 'https://openrouter.ai/settings/credits'),
    ],
  },
};
