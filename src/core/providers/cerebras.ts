import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://cloud.cerebras.ai/platform';

export const cerebras: ProviderModule = {
  id: 'cerebras',
  name: 'Cerebras',
  rotateUrl: KEYS,
  env: ['CEREBRAS_API_KEY'],
  rules: [
    keyRule({
      id: 'cerebras-api-key',
      provider: 'cerebras',
      description: 'Cerebras API key (`csk-`)',
      keywords: ['csk-'],
      pattern: /csk-[a-z0-9]{48}/g,
      redactPrefix: 'csk-',
      shape: ['csk-', { charset: 'lower_alnum', length: 48 }],
      rotateUrl: KEYS,
      examples: ['CEREBRAS_API_KEY={key}', 'Cerebras(api_key="{key}")'],
      negatives: ['csk-...', '{zeros}', '{ascending}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.cerebras.ai',
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    statusPage: 'https://status.cerebras.ai',
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects([401, 403])],
  },
};
