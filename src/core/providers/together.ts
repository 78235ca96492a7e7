import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://api.together.ai/settings/api-keys';

export const together: ProviderModule = {
  id: 'together',
  name: 'Together AI',
  rotateUrl: KEYS,
  env: ['TOGETHER_API_KEY'],
  rules: [
    keyRule({
      id: 'together-api-key',
      provider: 'together',
      description: 'Together AI API key (`tgp_v1_`)',
      keywords: ['tgp_'],
      pattern: /tgp_v1_[A-Za-z0-9_-]{43}/g,
      redactPrefix: 'tgp_v1_',
      shape: ['tgp_v1_', { charset: 'alnum_dash', length: 43 }],
      rotateUrl: KEYS,
      examples: ['TOGETHER_API_KEY={key}', 'Together(api_key="{key}")'],
      negatives: ['tgp_v1_...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.together.xyz',
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    // Together's model list is a bare JSON array.
    facts: [{ from: 'body', path: '', as: 'models', count: true }],
    answers: [rejects(401)],
  },
};
