import { keyRule, labelledBareKey, rejects, throttledLive } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://dashboard.cohere.com/api-keys';

/** 40 alphanumerics are also a commit id: a key label and Cohere (or `CO_API_KEY`) named beside it. */
export const cohere: ProviderModule = {
  id: 'cohere',
  name: 'Cohere',
  rotateUrl: KEYS,
  env: ['CO_API_KEY', 'COHERE_API_KEY'],
  rules: [
    keyRule({
      id: 'cohere-api-key',
      provider: 'cohere',
      description: 'Cohere API key (40 alphanumerics after a key label, with Cohere named beside it)',
      ...labelledBareKey,
      pattern: /[A-Za-z0-9]{40}/g,
      maxLength: 104,
      checks: labelledBareKey.checks(),
      shape: [{ charset: 'alnum', length: 40 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'bare-40',
        labelWords: ['Cohere'],
        labels: ['CO_API_KEY'],
        context: [
          { pattern: /api\.cohere\.(?:com|ai)/i, keyword: 'cohere', what: "Cohere's API host" },
          {
            pattern: /\bimport cohere\b|cohere\.Client(?:V2)?\(|CohereClient(?:V2)?\b|cohere-ai|ChatCohere/,
            keyword: 'cohere',
            what: 'the Cohere SDK',
          },
        ],
      },
      examples: ['CO_API_KEY={key}', 'import cohere\nco = cohere.ClientV2(api_key="{key}")'],
      negatives: ['OTHER_KEY={key}', 'COHERE_API_KEY={zeros}', 'import cohere\nsha = "{key}"'],
    }),
  ],
  check: {
    base: 'https://api.cohere.com',
    // Cohere's documented key check: it reads nothing and generates nothing.
    request: { method: 'POST', path: '/v1/check-api-key', auth: { kind: 'bearer' } },
    statusPage: 'https://status.cohere.com',
    facts: [
      { from: 'body', path: 'organization_id', as: 'organization' },
      { from: 'body', path: 'owner_id', as: 'owner' },
    ],
    answers: [
      { ...rejects(200), body: [{ path: 'valid', equals: false }] },
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail:
          '{name} accepted the key (organization {fact:organization}): it works; if it leaked, delete it at {rotate}',
      },
      rejects(401),
      throttledLive,
    ],
  },
};
