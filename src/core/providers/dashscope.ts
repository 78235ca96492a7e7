import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://bailian.console.alibabacloud.com/?apiKey=1#/api-key';
const HOST = /dashscope(?:-intl)?\.aliyuncs\.com/i;

/**
 * `sk-` + 32 hex is DashScope's and DeepSeek's shape. DashScope serves DeepSeek's models
 * (`deepseek-r1`), so a model name never decides: the key's label or the file's base URL does.
 */
export const dashscope: ProviderModule = {
  id: 'dashscope',
  name: 'Alibaba DashScope (Model Studio)',
  rotateUrl: KEYS,
  env: ['DASHSCOPE_API_KEY'],
  rules: [
    keyRule({
      id: 'dashscope-api-key',
      provider: 'dashscope',
      description: 'Alibaba DashScope / Model Studio (Qwen) API key (`sk-` + 32 hex, with DashScope named beside it)',
      keywords: ['sk-'],
      pattern: /sk-[0-9a-f]{32}/g,
      redactPrefix: 'sk-',
      checks: [
        { kind: 'entropy', min: 3.0 },
        { kind: 'not-patterned' },
        { kind: 'in-file', pattern: HOST, keyword: 'aliyuncs', what: "DashScope's API host", optional: true },
      ],
      shape: ['sk-', { charset: 'hex', length: 32 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'sk-hex32',
        labelWords: ['DashScope', 'Qwen', 'Bailian', 'Aliyun'],
        context: [
          { pattern: HOST, keyword: 'aliyuncs', what: "DashScope's API host" },
          {
            pattern: /\b(?:from|import)\s+dashscope\b|dashscope\.api_key/,
            keyword: 'dashscope',
            what: 'the DashScope SDK',
          },
          {
            pattern: /provider\W{0,4}(?:dashscope|qwen|bailian)(?![-\w.])/i,
            keyword: 'dashscope',
            what: 'a provider setting',
          },
        ],
      },
      examples: [
        'DASHSCOPE_API_KEY={key}',
        'client = OpenAI(api_key="{key}", base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")',
        'base_url = "https://dashscope-intl.aliyuncs.com/compatible-mode/v1"\nmodel = "deepseek-r1"\napi_key = "{key}"',
      ],
      negatives: ['OTHER_KEY={key}', 'DASHSCOPE_API_KEY={zeros}', 'model: qwen-max\napi_key: {key}'],
    }),
  ],
  check: {
    base: 'https://dashscope-intl.aliyuncs.com',
    regions: ['https://dashscope.aliyuncs.com'],
    baseFromContext: 0,
    request: { method: 'GET', path: '/compatible-mode/v1/models', auth: { kind: 'bearer' } },
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects(401)],
  },
};
