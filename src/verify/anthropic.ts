import {
  commonFacts,
  errorOf,
  headerFacts,
  isJsonObject,
  quoted,
  rateLimited,
  redirected,
  serverTrouble,
  unrecognised,
  verdict,
} from './answer.js';
import { under } from './endpoints.js';
import type { Facts, ProbeAnswer, ProviderCheck, Verdict } from './types.js';

const NAME = 'Anthropic';
const URLS = {
  keys: 'https://console.anthropic.com/settings/keys',
  adminKeys: 'https://console.anthropic.com/settings/admin-keys',
  status: 'https://status.anthropic.com',
};

function facts(answer: ProbeAnswer): Facts {
  const f = headerFacts(answer, { 'anthropic-organization-id': 'organization' }, commonFacts(answer, 'request-id'));
  const data = (answer.json as { data?: unknown } | undefined)?.data;
  if (answer.status === 200 && Array.isArray(data)) f.models = data.length;
  return f;
}

/**
 * Anthropic per KEYS.md: 200 live; 401 (`authentication_error`) and 404 (a disabled key) invalid;
 * 400, 403, 429, 5xx and 529 (`overloaded_error`) say nothing about the key: unknown.
 */
export function classifyAnthropic(answer: ProbeAnswer, admin = false): Verdict {
  const f = facts(answer);
  const { status } = answer;
  const { message } = errorOf(answer);
  const keysUrl = admin ? URLS.adminKeys : URLS.keys;
  // A proxy's HTML error page is not Anthropic's answer about the key.
  const fromAnthropic = isJsonObject(answer) || answer.text.trim() === '';
  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(NAME, answer, f);
    return verdict(
      'live',
      'ok',
      `${NAME} accepted the ${admin ? 'admin ' : ''}key: it works; if it leaked, revoke it at ${keysUrl}`,
      f,
    );
  }
  if (status >= 300 && status < 400) return redirected(NAME, answer, f);
  if (status === 401 && fromAnthropic) {
    return verdict(
      'invalid',
      'invalid_api_key',
      `${NAME} rejected the key${quoted(message)}: it is wrong, deleted or revoked; create a new one at ${keysUrl}`,
      f,
    );
  }
  if (status === 404 && fromAnthropic) {
    return verdict(
      'invalid',
      'key_disabled',
      `${NAME} answered 404 for the key: it is disabled or deleted; create a new one at ${keysUrl}`,
      f,
    );
  }
  if (status === 403) {
    return verdict(
      'unknown',
      'permission_denied',
      `${NAME} refused the request (403)${quoted(message)}: the key's status is unknown`,
      f,
    );
  }
  if (status === 400) {
    return verdict('unknown', 'bad_request', `${NAME} answered 400${quoted(message)}: the key's status is unknown`, f);
  }
  if (status === 429) return rateLimited(NAME, f, '; try again later');
  if (status === 529) {
    return verdict(
      'unknown',
      'overloaded',
      `${NAME} is overloaded (529): the key's status is unknown; try again later, see ${URLS.status}`,
      f,
    );
  }
  if (status >= 500) return serverTrouble(NAME, answer, URLS.status, f);
  return unrecognised(NAME, answer, f);
}

export const anthropicCheck: ProviderCheck = {
  provider: 'anthropic',
  name: NAME,
  request(key, context, base) {
    if (!base) throw new Error('Anthropic has a default base URL');
    const admin = context.rule === 'anthropic-admin-key' || key.startsWith('sk-ant-admin');
    return {
      url: under(base, admin ? '/v1/organizations/api_keys?limit=1' : '/v1/models'),
      headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01' },
    };
  },
  classify(answer, context) {
    return classifyAnthropic(answer, context.rule === 'anthropic-admin-key');
  },
};
