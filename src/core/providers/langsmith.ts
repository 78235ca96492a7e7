import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://smith.langchain.com/settings';
const shape = (kind: string) => [
  `lsv2_${kind}_`,
  { charset: 'hex', length: 32 } as const,
  '_',
  { charset: 'hex', length: 10 } as const,
];

export const langsmith: ProviderModule = {
  id: 'langsmith',
  name: 'LangSmith',
  rotateUrl: KEYS,
  env: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'],
  rules: [
    keyRule({
      id: 'langsmith-personal-token',
      provider: 'langsmith',
      description: 'LangSmith personal access token (`lsv2_pt_`)',
      keywords: ['lsv2_'],
      pattern: /lsv2_pt_[0-9a-f]{32}_[0-9a-f]{10}/g,
      redactPrefix: 'lsv2_pt_',
      checks: [{ kind: 'entropy', min: 3.0 }, { kind: 'not-patterned' }],
      shape: shape('pt'),
      rotateUrl: KEYS,
      examples: ['LANGSMITH_API_KEY={key}', 'LANGCHAIN_API_KEY="{key}"'],
      negatives: ['lsv2_pt_...', '{zeros}', 'x{key}'],
    }),
    keyRule({
      id: 'langsmith-service-key',
      provider: 'langsmith',
      description: 'LangSmith service key (`lsv2_sk_`)',
      keywords: ['lsv2_'],
      pattern: /lsv2_sk_[0-9a-f]{32}_[0-9a-f]{10}/g,
      redactPrefix: 'lsv2_sk_',
      checks: [{ kind: 'entropy', min: 3.0 }, { kind: 'not-patterned' }],
      shape: shape('sk'),
      rotateUrl: KEYS,
      examples: ['LANGSMITH_API_KEY={key}', "api_key: '{key}'"],
      negatives: ['lsv2_sk_...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://api.smith.langchain.com',
    request: { method: 'GET', path: '/api/v1/api-key/current', auth: { kind: 'header', name: 'x-api-key' } },
    byRule: { 'langsmith-service-key': { path: '/api/v1/orgs/current' } },
    answers: [rejects([401, 403])],
  },
};
