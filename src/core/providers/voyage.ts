import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://dashboard.voyageai.com/organization/api-keys';

export const voyage: ProviderModule = {
  id: 'voyage',
  name: 'Voyage AI',
  rotateUrl: KEYS,
  env: ['VOYAGE_API_KEY'],
  rules: [
    keyRule({
      id: 'voyage-api-key',
      provider: 'voyage',
      // `pa-` is a short prefix: kebab-case words after it are not keys, so a digit is required and the
      // entropy floor is high.
      description: 'Voyage AI API key (`pa-`)',
      keywords: ['pa-'],
      pattern: /pa-(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{43}/g,
      redactPrefix: 'pa-',
      checks: [{ kind: 'entropy', min: 4.0 }, { kind: 'not-patterned' }],
      shape: [
        'pa-',
        { charset: 'alnum_dash', length: 40 },
        { charset: 'digit', length: 1 },
        { charset: 'alnum', length: 2 },
      ],
      rotateUrl: KEYS,
      examples: ['VOYAGE_API_KEY={key}', 'voyageai.Client(api_key="{key}")'],
      negatives: ['pa-...', 'data-pa-settings-panel-header-toggle-button-x', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.voyageai.com',
    request: { method: 'GET', path: '/v1/files', auth: { kind: 'bearer' } },
    answers: [rejects([401, 403])],
  },
};
