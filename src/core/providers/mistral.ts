import { keyRule, labelledBareKey, rejects, throttledLive } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://console.mistral.ai/api-keys';

/** 32 alphanumerics name no provider (any digest has the shape): an api-key label and Mistral named beside it. */
export const mistral: ProviderModule = {
  id: 'mistral',
  name: 'Mistral AI',
  rotateUrl: KEYS,
  env: ['MISTRAL_API_KEY'],
  rules: [
    keyRule({
      id: 'mistral-api-key',
      provider: 'mistral',
      description: 'Mistral AI API key (32 alphanumerics after a key label, with Mistral named beside it)',
      ...labelledBareKey,
      pattern: /[A-Za-z0-9]{32}/g,
      maxLength: 96,
      checks: labelledBareKey.checks(),
      shape: [{ charset: 'alnum', length: 32 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'bare-32',
        labelWords: ['Mistral', 'MistralAI'],
        context: [
          { pattern: /api\.mistral\.ai/i, keyword: 'mistral', what: "Mistral's API host" },
          {
            pattern:
              /\b(?:from|import)\s+mistralai\b|@mistralai\/mistralai|ChatMistralAI|MistralClient|new Mistral\(|Mistral\(api_key/,
            keyword: 'mistral',
            what: 'the Mistral SDK',
          },
        ],
      },
      examples: ['MISTRAL_API_KEY={key}', 'from mistralai import Mistral\nclient = Mistral(api_key="{key}")'],
      negatives: ['OTHER_KEY={key}', 'MISTRAL_API_KEY={zeros}', 'from mistralai import Mistral\ncommit = "{key}"'],
    }),
  ],
  check: {
    base: 'https://api.mistral.ai',
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    statusPage: 'https://status.mistral.ai',
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects(401), throttledLive],
  },
};
