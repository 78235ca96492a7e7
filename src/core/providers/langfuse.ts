import { keyRule, rejects } from './define.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://cloud.langfuse.com';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The secret key `sk-lf-` is reported; the public key `pk-lf-` is not a secret, but the check needs
 * it (HTTP Basic, public:secret), so the rule carries it, and a self-hosted host, to the validator.
 */
export const langfuse: ProviderModule = {
  id: 'langfuse',
  name: 'Langfuse',
  rotateUrl: KEYS,
  env: ['LANGFUSE_SECRET_KEY'],
  rules: [
    keyRule({
      id: 'langfuse-secret-key',
      provider: 'langfuse',
      description: 'Langfuse secret key (`sk-lf-`)',
      keywords: ['k-lf-'],
      pattern: new RegExp(`sk-lf-${UUID}`, 'g'),
      redactPrefix: 'sk-lf-',
      checks: [
        { kind: 'entropy', min: 3.0 },
        { kind: 'not-patterned' },
        {
          kind: 'in-file',
          pattern: new RegExp(`pk-lf-${UUID}`),
          keyword: 'pk-lf-',
          what: 'the public key',
          optional: true,
        },
        {
          kind: 'in-file',
          pattern: /LANGFUSE_(?:BASE_URL|HOST)["']?\s*[:=]\s*["']?(?<value>https?:\/\/[A-Za-z0-9.:[\]-]+)/,
          keyword: 'LANGFUSE_',
          what: 'the Langfuse host',
          optional: true,
        },
      ],
      shape: [
        'sk-lf-',
        { charset: 'hex', length: 8 },
        '-',
        { charset: 'hex', length: 4 },
        '-',
        { charset: 'hex', length: 4 },
        '-',
        { charset: 'hex', length: 4 },
        '-',
        { charset: 'hex', length: 12 },
      ],
      rotateUrl: KEYS,
      examples: ['LANGFUSE_SECRET_KEY={key}', 'Langfuse(public_key="pk-lf-1", secret_key="{key}")'],
      negatives: ['sk-lf-...', '{zeros}', 'x{key}'],
    }),
  ],
  check: {
    base: 'https://cloud.langfuse.com',
    regions: ['https://us.cloud.langfuse.com'],
    baseFromContext: 1,
    contextEnv: [['LANGFUSE_PUBLIC_KEY'], ['LANGFUSE_BASE_URL', 'LANGFUSE_HOST', 'LANGFUSE_BASEURL']],
    request: { method: 'GET', path: '/api/public/projects', auth: { kind: 'basic', userFromContext: 0 } },
    withoutUser:
      "a Langfuse secret key is checked with its public key (pk-lf-…), and none was found beside it: the key's status is unknown",
    facts: [{ from: 'body', path: 'data', as: 'projects', count: true }],
    answers: [rejects(401)],
  },
};
