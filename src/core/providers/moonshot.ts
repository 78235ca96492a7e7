import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://platform.moonshot.ai/console/api-keys';
const HOST = /api\.moonshot\.(?:cn|ai)/i;

/** `sk-` + 48 is Moonshot's, Stability's and SiliconFlow's shape: Moonshot or Kimi must be named beside it. */
export const moonshot: ProviderModule = {
  id: 'moonshot',
  name: 'Moonshot AI (Kimi)',
  rotateUrl: KEYS,
  env: ['MOONSHOT_API_KEY', 'KIMI_API_KEY'],
  rules: [
    keyRule({
      id: 'moonshot-api-key',
      provider: 'moonshot',
      description: 'Moonshot AI / Kimi API key (`sk-` + 48, with Moonshot or Kimi named beside it)',
      keywords: ['sk-'],
      pattern: /sk-[A-Za-z0-9]{48}/g,
      redactPrefix: 'sk-',
      checks: [
        { kind: 'entropy', min: 3.5 },
        { kind: 'not-patterned' },
        { kind: 'in-file', pattern: HOST, keyword: 'moonshot', what: "Moonshot's API host", optional: true },
      ],
      shape: ['sk-', { charset: 'alnum', length: 48 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'sk-48',
        labelWords: ['Moonshot', 'Kimi'],
        context: [
          { pattern: HOST, keyword: 'moonshot', what: "Moonshot's API host" },
          { pattern: /provider\W{0,4}(?:moonshot|kimi)(?![-\w.])/i, keyword: 'moonshot', what: 'a provider setting' },
        ],
      },
      examples: [
        'MOONSHOT_API_KEY={key}',
        'client = OpenAI(api_key="{key}", base_url="https://api.moonshot.cn/v1")',
        'KIMI_API_KEY="{key}"',
      ],
      negatives: ['OTHER_KEY={key}', 'MOONSHOT_API_KEY={zeros}', 'model: kimi-k2\napi_key: {key}'],
    }),
  ],
  check: {
    base: 'https://api.moonshot.ai',
    regions: ['https://api.moonshot.cn'],
    baseFromContext: 0,
    request: { method: 'GET', path: '/v1/users/me/balance', auth: { kind: 'bearer' } },
    facts: [
      { from: 'body', path: 'data.available_balance', as: 'availableBalance' },
      { from: 'body', path: 'data.voucher_balance', as: 'voucherBalance' },
      { from: 'body', path: 'data.cash_balance', as: 'cashBalance' },
    ],
    answers: [
      {
        status: 200,
        body: [{ path: 'data.available_balance', le: 0 }],
        verdict: 'live',
        reason: 'insufficient_quota',
        detail: '{name} accepted the key but its balance is {fact:availableBalance}: top up to use it',
      },
      {
        status: 200,
        verdict: 'live',
        reason: 'ok',
        detail:
          '{name} accepted the key (balance {fact:availableBalance}): it works; if it leaked, delete it at {rotate}',
      },
      {
        status: 429,
        body: [{ path: 'error.type', equals: 'exceeded_current_quota_error' }],
        verdict: 'live',
        reason: 'insufficient_quota',
        detail: '{name} knows the key but its quota is used up{message}: top up to use it',
      },
      {
        status: 429,
        body: [{ path: 'error.type', equals: 'rate_limit_reached_error' }],
        verdict: 'live',
        reason: 'rate_limited',
        detail: '{name} knows the key but is rate-limiting it: it works',
      },
      rejects(401),
    ],
  },
};
