import {
  commonFacts,
  errorOf,
  headerFacts,
  isJsonObject,
  quoted,
  redirected,
  serverTrouble,
  unrecognised,
  verdict,
} from '../answer.js';
import type { Facts, ProbeAnswer, Rule, Verdict } from '../types.js';
import { randomBody } from './define.js';
import type { ProviderModule } from './types.js';

/** Base64 of "OpenAI": every OpenAI key family carries it, which makes it the ideal prefilter. */
const SIGNATURE = 'T3BlbkFJ';
const ROTATE = 'https://platform.openai.com/api-keys';

/** Bodies are random: a placeholder (`xxxx…`, `abcabc…`, `0123…`) fails one of these. */
const RANDOM_BODY = randomBody();

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

const rules: Rule[] = [
  {
    id: 'openai-legacy-key',
    provider: 'openai',
    description: 'OpenAI user API key (legacy `sk-` form)',
    keywords: [SIGNATURE],
    pattern: /sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/g,
    maxLength: 51,
    redactPrefix: 'sk-',
    checks: RANDOM_BODY,
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
    checks: RANDOM_BODY,
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
    checks: RANDOM_BODY,
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
    checks: RANDOM_BODY,
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
    checks: RANDOM_BODY,
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
    checks: RANDOM_BODY,
    shape: longForm('sk-admin-', 58),
    rotateUrl: 'https://platform.openai.com/settings/organization/admin-keys',
    examples: contexts,
    negatives: ['sk-admin-1234abcd', '"redacted_value": "sk-admin...def"', 'sk-admin-{key}'],
  },
];

/** Where OpenAI users fix what a verdict says. */
export const OPENAI_URLS = {
  keys: 'https://platform.openai.com/api-keys',
  adminKeys: 'https://platform.openai.com/settings/organization/admin-keys',
  billing: 'https://platform.openai.com/settings/organization/billing/overview',
  limits: 'https://platform.openai.com/settings/organization/limits',
  organization: 'https://platform.openai.com/settings/organization/general',
  projects: 'https://platform.openai.com/settings/organization/projects',
  status: 'https://status.openai.com',
  regions: 'https://platform.openai.com/docs/supported-countries',
} as const;

const NAME = 'OpenAI';

/** Admin keys "cannot be used for non-administration endpoints": they are checked on one that lists admin keys. */
export function isOpenaiAdminKey(key: string, rule?: string): boolean {
  return rule === 'openai-admin-key' || key.startsWith('sk-admin-');
}

/** The model ids of a 200 `/v1/models` answer. */
export function modelIds(answer: ProbeAnswer): string[] {
  const data = (answer.json as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(data)) return [];
  return data.map((m) => (m as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
}

function facts(answer: ProbeAnswer): Facts {
  const out = headerFacts(
    answer,
    {
      'openai-organization': 'organization',
      'openai-project': 'project',
      'x-ratelimit-limit-requests': 'rateLimitRequests',
      'x-ratelimit-limit-tokens': 'rateLimitTokens',
    },
    commonFacts(answer, 'x-request-id'),
  );
  if (answer.status === 200) {
    const data = (answer.json as { data?: unknown } | undefined)?.data;
    if (Array.isArray(data)) out.models = data.length;
  }
  return out;
}

/**
 * What an OpenAI answer means, per the KEYS.md table: the status code alone is not enough, the
 * body's `error.code` and message decide (a 401 or 403 "Missing scopes" is a live restricted key).
 */
export function classifyOpenai(answer: ProbeAnswer, admin = false): Verdict {
  const f = facts(answer);
  const { status } = answer;
  const error = errorOf(answer);
  const { message, code, type } = error;
  const org = typeof f.organization === 'string' ? ` (organization ${f.organization})` : '';
  const has = (re: RegExp) => re.test(message);

  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(NAME, answer, f);
    return verdict(
      'live',
      'ok',
      `${NAME} accepted the ${admin ? 'admin ' : ''}key${org}: it works; if it leaked, revoke it at ${admin ? OPENAI_URLS.adminKeys : OPENAI_URLS.keys}`,
      f,
    );
  }
  if (status >= 300 && status < 400) return redirected(NAME, answer, f);
  if ((status === 401 || status === 403) && has(/missing scopes|insufficient permissions/i)) {
    const scopes = /missing scopes:\s*([a-z0-9_.:, ]+?)(?:\.(?:\s|$)|$)/i.exec(message)?.[1]?.trim();
    if (scopes) f.missingScopes = scopes;
    return verdict(
      'live',
      'missing_scopes',
      `${NAME} knows the key but it is restricted${scopes ? ` (missing scopes: ${scopes})` : ''}: it works for what its permissions allow; change them at ${OPENAI_URLS.keys}`,
      f,
    );
  }
  if (status === 401 || status === 403) {
    if (code === 'unsupported_country_region_territory' || has(/country, region,? or territory|unsupported_country/i)) {
      return verdict(
        'unknown',
        'region_blocked',
        `${NAME} does not serve the country or region this request came from: the key's status is unknown; check from a supported region (${OPENAI_URLS.regions})`,
        f,
      );
    }
    if (code === 'account_deactivated' || has(/deactivated/i)) {
      return verdict(
        'invalid',
        'account_deactivated',
        `the key belongs to a deactivated ${NAME} account: it cannot be used; the account owner must contact OpenAI support, or use a key of an active account`,
        f,
      );
    }
    if (
      /ip/i.test(code) ||
      has(/\bIP\b.{0,40}not (?:authori[sz]ed|allowed)|not (?:authori[sz]ed|allowed).{0,40}\bIP\b|allow-?list/i)
    ) {
      return verdict(
        'unknown',
        'ip_not_allowed',
        `${NAME} refused requests from this IP address (the key's project has an IP allow-list): the key exists, whether it works from an allowed network is unknown`,
        f,
      );
    }
    if (
      code === 'missing_api_key' ||
      has(/didn't provide an API key|did not provide an API key|no API key provided/i)
    ) {
      return verdict(
        'unknown',
        'missing_api_key',
        `${NAME} received no key: something between skguard and ${NAME} (a proxy?) dropped the Authorization header`,
        f,
      );
    }
    if (code === 'mismatched_organization' || has(/OpenAI-Organization header/i)) {
      return verdict(
        'unknown',
        'mismatched_organization',
        `the OpenAI-Organization header (OPENAI_ORG_ID) names an organization this key does not belong to: unset it or set it to the key's organization (${OPENAI_URLS.organization})`,
        f,
      );
    }
    if (code === 'mismatched_project' || has(/OpenAI-Project header/i)) {
      return verdict(
        'unknown',
        'mismatched_project',
        `the OpenAI-Project header (OPENAI_PROJECT_ID) names a project this key does not belong to: unset it or set it to the key's project (${OPENAI_URLS.projects})`,
        f,
      );
    }
    if (has(/revoked/i)) {
      return verdict(
        'invalid',
        'revoked',
        `${NAME} says the key was revoked: create a new one at ${OPENAI_URLS.keys}`,
        f,
      );
    }
    if (code === 'invalid_api_key' || has(/incorrect api key|invalid api key/i)) {
      return verdict(
        'invalid',
        'invalid_api_key',
        `${NAME} rejected the key as invalid: it is wrong, deleted or revoked; create a new one at ${admin ? OPENAI_URLS.adminKeys : OPENAI_URLS.keys}`,
        f,
      );
    }
    return unrecognised(NAME, answer, f);
  }
  if (status === 429) {
    if (code === 'insufficient_quota' || type === 'insufficient_quota' || has(/exceeded your current quota/i)) {
      return verdict(
        'live',
        'insufficient_quota',
        `${NAME} knows the key but its account has no credit left (insufficient_quota): add credit at ${OPENAI_URLS.billing} or raise the usage limit at ${OPENAI_URLS.limits}`,
        f,
      );
    }
    if (code === 'rate_limit_exceeded' || has(/rate limit/i)) {
      return verdict(
        'live',
        'rate_limited',
        `${NAME} knows the key but is rate-limiting it${quoted(message)}: it works; slow down or see the limits at ${OPENAI_URLS.limits}`,
        f,
      );
    }
    return verdict(
      'unknown',
      'rate_limited',
      `${NAME} (or a proxy before it) answered 429 without saying why: the key's status is unknown; try again later`,
      f,
    );
  }
  if (status >= 500) return serverTrouble(NAME, answer, OPENAI_URLS.status, f);
  return unrecognised(NAME, answer, f);
}

export const openai: ProviderModule = {
  id: 'openai',
  name: NAME,
  rotateUrl: OPENAI_URLS.keys,
  env: ['OPENAI_API_KEY'],
  rules,
  check: {
    base: 'https://api.openai.com',
    request: { method: 'GET', path: '/v1/models', auth: { kind: 'bearer' } },
    byRule: { 'openai-admin-key': { path: '/v1/organization/admin_api_keys?limit=1' } },
    statusPage: OPENAI_URLS.status,
    answers: [],
    // The status code alone is not enough at OpenAI: the body's code and message decide.
    classify: (answer, context) => classifyOpenai(answer, context.rule === 'openai-admin-key'),
  },
};
