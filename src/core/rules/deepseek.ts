import type { Rule } from '../types.js';

/**
 * DeepSeek keys are `sk-` + 32 lowercase hex: alone that shape is ambiguous (it is also a hex
 * digest with a prefix), so a key is reported only with `deepseek` written near it.
 */
export const deepseekRules: Rule[] = [
  {
    id: 'deepseek-api-key',
    provider: 'deepseek',
    description: 'DeepSeek API key (`sk-` + 32 hex, next to a mention of DeepSeek)',
    keywords: ['sk-'],
    pattern: /sk-[0-9a-f]{32}/g,
    maxLength: 35,
    redactPrefix: 'sk-',
    checks: [
      { kind: 'entropy', min: 3.0 },
      { kind: 'not-patterned' },
      { kind: 'near', pattern: /deepseek/i, keyword: 'deepseek', within: 1024, what: 'a mention of DeepSeek' },
    ],
    shape: ['sk-', { charset: 'hex', length: 32 }],
    rotateUrl: 'https://platform.deepseek.com/api_keys',
    examples: [
      'DEEPSEEK_API_KEY={key}',
      'client = OpenAI(api_key="{key}", base_url="https://api.deepseek.com")',
      'provider: deepseek\nmodel: deepseek-chat\napi_key: {key}\n',
    ],
    negatives: [
      'OTHER_KEY={key}',
      'DEEPSEEK_API_KEY=sk-00000000000000000000000000000000',
      'DEEPSEEK_API_KEY=sk-abcdefabcdefabcdefabcdefabcdefab',
      'deepseek: x{key}',
    ],
  },
];
