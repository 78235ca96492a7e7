import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://cloud.siliconflow.com/account/ak';
const HOST = /api\.siliconflow\.(?:cn|com)/i;

export const siliconflow: ProviderModule = {
  id: 'siliconflow',
  name: 'SiliconFlow',
  rotateUrl: KEYS,
  env: ['SILICONFLOW_API_KEY'],
  rules: [
    keyRule({
      id: 'siliconflow-api-key',
      provider: 'siliconflow',
      description: 'SiliconFlow API key (`sk-` + 48 lowercase letters, with SiliconFlow named beside it)',
      keywords: ['sk-'],
      pattern: /sk-[a-z]{48}/g,
      redactPrefix: 'sk-',
      checks: [
        { kind: 'entropy', min: 3.5 },
        { kind: 'not-patterned' },
        { kind: 'in-file', pattern: HOST, keyword: 'siliconflow', what: "SiliconFlow's API host", optional: true },
      ],
      shape: ['sk-', { charset: 'lower', length: 48 }],
      rotateUrl: KEYS,
      attribution: {
        group: 'sk-48',
        labelWords: ['SiliconFlow'],
        context: [
          { pattern: HOST, keyword: 'siliconflow', what: "SiliconFlow's API host" },
          { pattern: /provider\W{0,4}siliconflow(?![-\w.])/i, keyword: 'siliconflow', what: 'a provider setting' },
        ],
      },
      examples: ['SILICONFLOW_API_KEY={key}', 'OpenAI(api_key="{key}", base_url="https://api.siliconflow.cn/v1")'],
      negatives: ['OTHER_KEY={key}', 'SILICONFLOW_API_KEY={zeros}'],
    }),
  ],
  check: {
    base: 'https://api.siliconflow.com',
    regions: ['https://api.siliconflow.cn'],
    baseFromContext: 0,
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    facts: [{ from: 'body', path: 'data', as: 'models', count: true }],
    answers: [rejects(401)],
  },
};
