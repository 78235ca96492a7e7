import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://replicate.com/account/api-tokens';

export const replicate: ProviderModule = {
  id: 'replicate',
  name: 'Replicate',
  rotateUrl: KEYS,
  env: ['REPLICATE_API_TOKEN'],
  rules: [
    keyRule({
      id: 'replicate-api-token',
      provider: 'replicate',
      description: 'Replicate API token (`r8_`)',
      keywords: ['r8_'],
      pattern: /r8_[A-Za-z0-9]{37}/g,
      redactPrefix: 'r8_',
      shape: ['r8_', { charset: 'alnum', length: 37 }],
      rotateUrl: KEYS,
      examples: ['REPLICATE_API_TOKEN={key}', 'replicate.Client(api_token="{key}")'],
      negatives: ['r8_...', 'r8_YOUR_TOKEN', '{zeros}', 'x{key}', '{key}a'],
    }),
  ],
  check: {
    base: 'https://api.replicate.com',
    request: { method: 'GET', path: '/v1/account', auth: { kind: 'bearer' } },
    statusPage: 'https://www.replicatestatus.com',
    facts: [
      { from: 'body', path: 'username', as: 'username' },
      { from: 'body', path: 'type', as: 'accountType' },
    ],
    answers: [rejects(401)],
  },
};
