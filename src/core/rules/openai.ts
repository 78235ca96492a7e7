import type { Check, Rule } from '../types.js';

/** Base64 of "OpenAI": every OpenAI key family carries it, which makes it the ideal prefilter. */
const SIGNATURE = 'T3BlbkFJ';
const ROTATE = 'https://platform.openai.com/api-keys';

/** Bodies are random: a placeholder (`xxxx…`, `abcabc…`, `0123…`) fails one of these. */
const randomBody: Check[] = [{ kind: 'entropy', min: 3.5 }, { kind: 'not-patterned' }];

/** `abcd…`: a typed run, not a random body. */
const ascending = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');

const shortForm = (prefix: string) => [
  prefix,
  { charset: 'alnum', length: 20 } as const,
  SIGNATURE,
  { charset: 'alnum', length: 20 } as const,
];
const longForm = (prefix: string, half: number) => [
  prefix,
  { charset: 'alnum_dash', length: half } as const,
  SIGNATURE,
  { charset: 'alnum_dash', length: half } as const,
];

/** Contexts every OpenAI rule must survive: delimiters after the key, escapes, URLs, CRLF. */
const contexts = [
  'OPENAI_API_KEY={key}',
  'const client = new OpenAI({ apiKey: "{key}" });',
  "openai.api_key = '{key}'",
  'f({key}, 1)',
  'https://example.test/?key={key}&x=1',
  '{"key":"{key}"}',
  '"source": ["line one\\n", "k=\\"{key}\\"\\n"]',
  'see {key}.',
  'KEY={key}\r\n',
];

export const openaiRules: Rule[] = [
  {
    id: 'openai-legacy-key',
    provider: 'openai',
    description: 'OpenAI user API key (legacy `sk-` form)',
    keywords: [SIGNATURE],
    pattern: /sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/g,
    maxLength: 51,
    redactPrefix: 'sk-',
    checks: randomBody,
    shape: shortForm('sk-'),
    rotateUrl: ROTATE,
    examples: contexts,
    negatives: [
      'sk-YOUR_KEY',
      'sk-...',
      'Incorrect API key provided: sk-inval***c66a',
      // Key-shaped placeholders, built at run time so that no key-shaped literal is in the source.
      `sk-${'x'.repeat(20)}${SIGNATURE}${'x'.repeat(20)}`,
      `sk-${ascending(20)}${SIGNATURE}${ascending(20)}`,
      'token_{key}',
      'x{key}',
      '{key}Z',
    ],
  },
  {
    id: 'openai-user-key',
    provider: 'openai',
    description: 'OpenAI user API key (`sk-None-` form)',
    keywords: [SIGNATURE],
    pattern: /sk-None-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/g,
    maxLength: 56,
    redactPrefix: 'sk-None-',
    checks: randomBody,
    shape: shortForm('sk-None-'),
    rotateUrl: ROTATE,
    examples: contexts,
    negatives: ['sk-None-YOUR_KEY', 'sk-None-...', 'a{key}', '{key}0'],
  },
  {
    id: 'openai-project-key',
    provider: 'openai',
    description: 'OpenAI project API key (`sk-proj-`)',
    keywords: [SIGNATURE],
    pattern:
      /sk-proj-(?:[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}|[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58})/g,
    maxLength: 164,
    redactPrefix: 'sk-proj-',
    checks: randomBody,
    shape: longForm('sk-proj-', 74),
    rotateUrl: ROTATE,
    examples: [...contexts, 'minified;var a="{key}",b=1;'],
    negatives: ['sk-proj-YOUR_KEY_HERE', 'sk-proj-...', 'sk-proj-abc***xyz', 'my-{key}', '{key}-extra', '{key}_'],
  },
  {
    id: 'openai-service-account-key',
    provider: 'openai',
    description: 'OpenAI service account key (`sk-svcacct-`)',
    keywords: [SIGNATURE],
    pattern: /sk-svcacct-(?:[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58})/g,
    maxLength: 167,
    redactPrefix: 'sk-svcacct-',
    checks: randomBody,
    shape: longForm('sk-svcacct-', 74),
    rotateUrl: ROTATE,
    examples: contexts,
    negatives: ['sk-svcacct-...', 'sk-svcacct-REPLACE_ME', 'A{key}'],
  },
  {
    id: 'openai-service-key-legacy',
    provider: 'openai',
    description: 'OpenAI service account key (old `sk-service-<name>-` form)',
    keywords: [SIGNATURE],
    pattern: /sk-service-[A-Za-z0-9_-]{21,180}T3BlbkFJ[A-Za-z0-9_-]{20,100}/g,
    maxLength: 300,
    redactPrefix: 'sk-service-',
    checks: randomBody,
    shape: ['sk-service-build-bot-', { charset: 'alnum', length: 20 }, SIGNATURE, { charset: 'alnum', length: 20 }],
    rotateUrl: ROTATE,
    examples: contexts,
    negatives: ['sk-service-account', 'sk-service-...', 'z{key}'],
  },
  {
    id: 'openai-admin-key',
    provider: 'openai',
    description: 'OpenAI admin API key (`sk-admin-`): manages the whole organization',
    keywords: [SIGNATURE],
    pattern: /sk-admin-(?:[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}|[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74})/g,
    maxLength: 165,
    redactPrefix: 'sk-admin-',
    checks: randomBody,
    shape: longForm('sk-admin-', 58),
    rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    examples: contexts,
    negatives: ['sk-admin-1234abcd', '"redacted_value": "sk-admin...def"', 'sk-admin-{key}'],
  },
];
