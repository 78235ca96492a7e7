import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://www.minimax.io/platform/user-center/basic-information/interface-key';

export const minimax: ProviderModule = {
  id: 'minimax',
  name: 'MiniMax',
  rotateUrl: KEYS,
  env: ['MINIMAX_API_KEY'],
  rules: [
    keyRule({
      id: 'minimax-api-key',
      provider: 'minimax',
      description: 'MiniMax API key (`sk-api-`)',
      keywords: ['k-api-'],
      pattern: /sk-api-[A-Za-z0-9_-]{119}/g,
      redactPrefix: 'sk-api-',
      shape: ['sk-api-', { charset: 'alnum_dash', length: 119 }],
      rotateUrl: KEYS,
      examples: ['MINIMAX_API_KEY={key}', 'Authorization: Bearer {key}'],
      negatives: ['sk-api-...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.minimax.io',
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    facts: [
      { from: 'body', path: 'data', as: 'models', count: true },
      { from: 'body', path: 'base_resp.status_code', as: 'baseStatus', status: 'any' },
    ],
    // MiniMax also reports errors inside a 200, in `base_resp` (1004: authentication failed, 2049: invalid key).
    answers: [
      { ...rejects(200), body: [{ path: 'base_resp.status_code', equals: 1004 }] },
      { ...rejects(200), body: [{ path: 'base_resp.status_code', equals: 2049 }] },
      rejects([401, 403]),
    ],
  },
};
