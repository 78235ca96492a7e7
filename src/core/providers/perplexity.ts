import { keyRule } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://www.perplexity.ai/account/api/keys';

export const perplexity: ProviderModule = {
  id: 'perplexity',
  name: 'Perplexity',
  rotateUrl: KEYS,
  env: ['PERPLEXITY_API_KEY', 'PPLX_API_KEY'],
  rules: [
    keyRule({
      id: 'perplexity-api-key',
      provider: 'perplexity',
      description: 'Perplexity API key (`pplx-`)',
      keywords: ['pplx-'],
      pattern: /pplx-[A-Za-z0-9]{48}/g,
      redactPrefix: 'pplx-',
      shape: ['pplx-', { charset: 'alnum', length: 48 }],
      rotateUrl: KEYS,
      examples: ['PERPLEXITY_API_KEY={key}', 'OpenAI(api_key="{key}", base_url="https://api.perplexity.ai")'],
      negatives: ['pplx-...', 'pplx-YOUR_KEY', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    notCheckable:
      "Perplexity has no read-only endpoint: the only check known is a chat request, which skguard does not send (it is not a read and may cost money); the key's status is not checkable",
  },
};
