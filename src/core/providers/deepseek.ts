import { noCredit, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://platform.deepseek.com/api_keys';
const TOP_UP = 'https://platform.deepseek.com/top_up';

/**
 * DeepSeek keys are `sk-` + 32 lowercase hex: alone that shape is ambiguous (it is also DashScope's,
 * and a hex digest with a prefix), so a key is reported only with DeepSeek named beside it.
 */
export const deepseek: ProviderModule = {
  id: 'deepseek',
  name: 'DeepSeek',
  rotateUrl: KEYS,
  env: ['DEEPSEEK_API_KEY'],
  rules: [
    {
      id: 'deepseek-api-key',
      provider: 'deepseek',
      description: 'DeepSeek API key (`sk-` + 32 hex, with DeepSeek named beside it)',
      keywords: ['sk-'],
      pattern: /sk-[0-9a-f]{32}/g,
      maxLength: 35,
      redactPrefix: 'sk-',
      checks: [{ kind: 'entropy', min: 3.0 }, { kind: 'not-patterned' }],
      shape: ['sk-', { charset: 'hex', length: 32 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'sk-hex32',
        labelWords: ['DeepSeek'],
        context: [
          { pattern: /api\.deepseek\.com/i, keyword: 'deepseek', what: "DeepSeek's API host" },
          { pattern: /provider\W{0,4}deepseek(?![-\w.])/i, keyword: 'deepseek', what: 'a provider setting' },
        ],
      },
      examples: [
        'DEEPSEEK_API_KEY={key}',
        'client = OpenAI(api_key="{key}", base_url="https://api.deepseek.com")',
        'provider: deepseek\nmodel: deepseek-chat\napi_key: {key}\n',
      ],
      negatives: [
        'OTHER_KEY={key}',
        'DEEPSEEK_API_KEY={zeros}',
        'DEEPSEEK_API_KEY={ascending}',
        'deepseek: x{key}',
        // A model name is not a provider: DashScope serves deepseek-r1.
        'model = "deepseek-r1"\napi_key = "{key}"',
      ],
    },
  ],
  check: {
    base: 'https://api.deepseek.com',
    request: { method: 'GET', path: '/user/balance', auth: { kind: 'bearer' } },
    statusPage: 'https://status.deepseek.com',
    facts: [
      { from: 'body', path: 'is_available', as: 'isAvailable' },
      { from: 'body', path: 'balance_infos.0.total_balance', as: 'balance' },
      { from: 'body', path: 'balance_infos.0.currency', as: 'currency' },
    ],
    answers: [
      {
        status: 200,
        body: [{ path: 'is_available', equals: false }],
        verdict: 'live',
        reason: 'insufficient_quota',
        detail: `{name} accepted the key but its balance cannot pay for calls (is_available false): top up at ${TOP_UP}`,
      },
      rejects(401),
      noCredit(402, TOP_UP),
    ],
  },
};
