import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://app.pinecone.io';

export const pinecone: ProviderModule = {
  id: 'pinecone',
  name: 'Pinecone',
  rotateUrl: KEYS,
  env: ['PINECONE_API_KEY'],
  rules: [
    keyRule({
      id: 'pinecone-api-key',
      provider: 'pinecone',
      description: 'Pinecone API key (`pcsk_`)',
      keywords: ['pcsk_'],
      pattern: /pcsk_[A-Za-z0-9]{5,6}_[A-Za-z0-9]{63}/g,
      maxLength: 75,
      redactPrefix: 'pcsk_',
      shape: ['pcsk_', { charset: 'alnum', length: 6 }, '_', { charset: 'alnum', length: 63 }],
      rotateUrl: KEYS,
      examples: ['PINECONE_API_KEY={key}', 'Pinecone(api_key="{key}")'],
      negatives: ['pcsk_...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.pinecone.io',
    request: {
      method: 'GET',
      path: '/indexes',
      auth: { kind: 'header', name: 'Api-Key' },
      headers: { 'x-pinecone-api-version': '2025-10' },
    },
    statusPage: 'https://status.pinecone.io',
    facts: [{ from: 'body', path: 'indexes', as: 'indexes', count: true }],
    answers: [
      {
        status: 403,
        verdict: 'live',
        reason: 'permission_denied',
        detail:
          '{name} knows the key but its role may not list indexes (403): it works for what its role allows; review it at {rotate}',
      },
      rejects(401),
    ],
  },
};
