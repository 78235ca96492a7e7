import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://smith.langchain.com/settings';
const shape = (kind: string) => [
  `lsv2_${kind}_`,
  { charset: 'hex', length: 32 } as const,
  '_',
  { charset: 'hex', length: 10 } as const,
];

/** `lsv2_pt_…` (personal) and `lsv2_sk_…` (service): one shape, two kinds. */
function token(kind: string, id: string, what: string, examples: string[]) {
  return keyRule({
    id: `langsmith-${id}`,
    provider: 'langsmith',
    description: `LangSmith ${what} (\`lsv2_${kind}_\`)`,
    keywords: ['lsv2_'],
    pattern: new RegExp(`lsv2_${kind}_[0-9a-f]{32}_[0-9a-f]{10}`, 'g'),
    redactPrefix: `lsv2_${kind}_`,
    checks: [{ kind: 'entropy', min: 3.0 }, { kind: 'not-patterned' }],
    shape: shape(kind),
    rotateUrl: KEYS,
    examples,
    negatives: [`lsv2_${kind}_...`, '{zeros}', 'x{key}'],
  });
}

export const langsmith: ProviderModule = {
  id: 'langsmith',
  name: 'LangSmith',
  rotateUrl: KEYS,
  env: ['LANGSMITH_API_KEY', 'LANGCHAIN_API_KEY'],
  rules: [
    token('pt', 'personal-token', 'personal access token', ['LANGSMITH_API_KEY={key}', 'LANGCHAIN_API_KEY="{key}"']),
    token('sk', 'service-key', 'service key', ['LANGSMITH_API_KEY={key}', "api_key: '{key}'"]),
  ],
  check: {
    base: 'https://api.smith.langchain.com',
    request: { method: 'GET', path: '/api/v1/api-key/current', auth: { kind: 'header', name: 'x-api-key' } },
    byRule: { 'langsmith-service-key': { path: '/api/v1/orgs/current' } },
    answers: [rejects([401, 403])],
  },
};
