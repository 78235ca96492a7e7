import {
  commonFacts,
  errorOf,
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
import { untrusted } from './untrusted.js';

const NAME = 'OpenRouter';
const URLS = {
  keys: 'https://openrouter.ai/settings/keys',
  credits: 'https://openrouter.ai/settings/credits',
  status: 'https://status.openrouter.ai',
};

/** The key's own description from a 200: label (often the masked key itself), limit, usage. */
function keyFacts(answer: ProbeAnswer, f: Facts): Facts {
  const data = (answer.json as { data?: unknown } | undefined)?.data;
  if (!data || typeof data !== 'object') return f;
  const d = data as Record<string, unknown>;
  const copy = {
    label: 'label',
    limit: 'limit',
    usage: 'usage',
    limit_remaining: 'limitRemaining',
    is_free_tier: 'isFreeTier',
  };
  for (const [from, to] of Object.entries(copy)) {
    const v = d[from];
    if (typeof v === 'string') f[to] = untrusted(v);
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) f[to] = v;
  }
  return f;
}

/** OpenRouter per KEYS.md: `GET /api/v1/key` 200 live (with label, limit, usage), 401 invalid. */
export function classifyOpenrouter(answer: ProbeAnswer): Verdict {
  const f = commonFacts(answer, 'x-request-id');
  const { status } = answer;
  const { message } = errorOf(answer);
  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(NAME, answer, f);
    keyFacts(answer, f);
    const label = typeof f.label === 'string' ? ` (label "${f.label}")` : '';
    return verdict(
      'live',
      'ok',
      `${NAME} accepted the key${label}: it works; if it leaked, delete it at ${URLS.keys}`,
      f,
    );
  }
  if (status >= 300 && status < 400) return redirected(NAME, answer, f);
  if (status === 401) {
    return verdict(
      'invalid',
      'invalid_api_key',
      `${NAME} rejected the key${quoted(message)}: create a new one at ${URLS.keys}`,
      f,
    );
  }
  if (status === 402) {
    return verdict(
      'live',
      'insufficient_quota',
      `${NAME} knows the key but its account has no credits left (402): add credits at ${URLS.credits}`,
      f,
    );
  }
  if (status === 429) return rateLimited(NAME, f);
  if (status >= 500) return serverTrouble(NAME, answer, URLS.status, f);
  return unrecognised(NAME, answer, f);
}

export const openrouterCheck: ProviderCheck = {
  provider: 'openrouter',
  name: NAME,
  request(key, _context, base) {
    if (!base) throw new Error('OpenRouter has a default base URL');
    return { url: under(base, '/api/v1/key'), headers: { authorization: `Bearer ${key}` } };
  },
  classify: classifyOpenrouter,
};
