import type { Rule } from '../types.js';

export const openrouterRules: Rule[] = [
  {
    id: 'openrouter-api-key',
    provider: 'openrouter',
    description: 'OpenRouter API key (`sk-or-v1-`)',
    keywords: ['sk-or-v1-'],
    pattern: /sk-or-v1-[0-9a-f]{64}/g,
    maxLength: 73,
    redactPrefix: 'sk-or-v1-',
    checks: [{ kind: 'entropy', min: 3.2 }, { kind: 'not-patterned' }],
    shape: ['sk-or-v1-', { charset: 'hex', length: 64 }],
    rotateUrl: 'https://openrouter.ai/settings/keys',
    examples: ['OPENROUTER_API_KEY={key}', 'Authorization: Bearer {key}', '["{key}"]'],
    negatives: [
      'sk-or-v1-...',
      'sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000',
      'sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      '{key}0',
    ],
  },
];
