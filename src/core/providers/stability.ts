import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://platform.stability.ai/account/keys';

export const stability: ProviderModule = {
  id: 'stability',
  name: 'Stability AI',
  rotateUrl: KEYS,
  env: ['STABILITY_API_KEY', 'STABILITY_KEY'],
  rules: [
    keyRule({
      id: 'stability-api-key',
      provider: 'stability',
      description: 'Stability AI API key (`sk-` + 48, with Stability named beside it)',
      keywords: ['sk-'],
      pattern: /sk-[A-Za-z0-9]{48}/g,
      redactPrefix: 'sk-',
      shape: ['sk-', { charset: 'alnum', length: 48 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'sk-48',
        labelWords: ['Stability', 'StabilityAI', 'DreamStudio'],
        context: [
          { pattern: /api\.stability\.ai/i, keyword: 'stability', what: "Stability's API host" },
          { pattern: /stability_sdk|stability-sdk|stability_client/i, keyword: 'stability', what: 'the Stability SDK' },
        ],
      },
      examples: [
        'STABILITY_API_KEY={key}',
        'url = "https://api.stability.ai/v2beta/stable-image/generate/core"\nkey = "{key}"',
      ],
      negatives: ['OTHER_KEY={key}', 'STABILITY_API_KEY={zeros}', 'model: stable-diffusion-xl\ntoken: {key}'],
    }),
  ],
  check: {
    base: 'https://api.stability.ai',
    request: { method: 'GET', path: '/v1/user/account', auth: { kind: 'bearer' } },
    answers: [rejects(401)],
  },
};
