import { keyRule, labelledBareKey, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://open.bigmodel.cn/usercenter/apikeys';

/** `32 hex . 16 alnum` names no provider by itself: a Zhipu / Z.ai label or client must name it. */
export const zhipu: ProviderModule = {
  id: 'zhipu',
  name: 'Zhipu AI (Z.ai)',
  rotateUrl: KEYS,
  env: ['ZHIPUAI_API_KEY', 'ZAI_API_KEY'],
  rules: [
    keyRule({
      id: 'zhipu-api-key',
      provider: 'zhipu',
      description: 'Zhipu AI / Z.ai (GLM) API key (`32 hex.16 alnum`, with Zhipu or Z.ai named beside it)',
      ...labelledBareKey,
      pattern: /[0-9a-f]{32}\.[A-Za-z0-9]{16}/g,
      maxLength: 113,
      checks: [
        ...labelledBareKey.checks(3.2),
        { kind: 'in-file', pattern: /open\.bigmodel\.cn/i, keyword: 'bigmodel', what: "Zhipu's host", optional: true },
        { kind: 'in-file', pattern: /api\.z\.ai/i, keyword: 'z.ai', what: "Z.ai's host", optional: true },
      ],
      shape: [{ charset: 'hex', length: 32 }, '.', { charset: 'alnum', length: 16 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'zhipu',
        labelWords: ['Zhipu', 'ZhipuAI', 'BigModel'],
        labels: ['ZAI_API_KEY', 'Z_AI_API_KEY'],
        context: [
          { pattern: /open\.bigmodel\.cn/i, keyword: 'bigmodel', what: "Zhipu's API host" },
          { pattern: /api\.z\.ai/i, keyword: 'api.z.ai', what: "Z.ai's API host" },
          { pattern: /\b(?:from|import)\s+zhipuai\b|ZhipuAI\(|ZhipuAiClient/, keyword: 'zhipu', what: 'the Zhipu SDK' },
        ],
      },
      examples: [
        'ZHIPUAI_API_KEY={key}',
        'client = ZhipuAI(api_key="{key}")',
        'base_url: https://api.z.ai/api/paas/v4\napi_key: {key}',
      ],
      negatives: ['api_key={key}', 'ZHIPUAI_API_KEY={zeros}', 'zhipu\nversion = {key}'],
    }),
  ],
  check: {
    base: 'https://open.bigmodel.cn',
    regions: ['https://api.z.ai'],
    baseFromContext: [0, 1],
    request: { method: 'GET', path: '/api/paas/v4/files', auth: { kind: 'bearer' } },
    answers: [
      {
        status: 429,
        body: [{ path: 'error.message', matches: /insufficient balance|余额不足/i }],
        verdict: 'live',
        reason: 'insufficient_quota',
        detail: '{name} knows the key but its balance is used up{message}: top up at {rotate}',
      },
      rejects([401, 403]),
    ],
  },
};
