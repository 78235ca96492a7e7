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
} from './answer.js';
import { under } from './endpoints.js';
import type { Facts, ProbeAnswer, ProbeRequest, ProviderCheck, Verdict } from './types.js';

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

/** `GET /v1/models` (or, for admin keys, `GET /v1/organization/admin_api_keys?limit=1`) with a Bearer key. */
export function openaiRequest(
  key: string,
  base: URL,
  admin: boolean,
  extra: Record<string, string> = {},
): ProbeRequest {
  return {
    url: under(base, admin ? '/v1/organization/admin_api_keys?limit=1' : '/v1/models'),
    headers: { authorization: `Bearer ${key}`, ...extra },
  };
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

export const openaiCheck: ProviderCheck = {
  provider: 'openai',
  name: NAME,
  request(key, context, base) {
    if (!base) throw new Error('OpenAI has a default base URL');
    return openaiRequest(key, base, isOpenaiAdminKey(key, context.rule));
  },
  classify(answer, context) {
    return classifyOpenai(answer, context.rule === 'openai-admin-key');
  },
};
