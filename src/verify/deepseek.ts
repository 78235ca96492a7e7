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
import type { ProbeAnswer, ProviderCheck, Verdict } from './types.js';
import { untrusted } from './untrusted.js';

const NAME = 'DeepSeek';
const URLS = {
  keys: 'https://platform.deepseek.com/api_keys',
  topUp: 'https://platform.deepseek.com/top_up',
  status: 'https://status.deepseek.com',
};

/** DeepSeek per KEYS.md: `GET /user/balance` 200 live (`is_available`), 401 invalid. */
export function classifyDeepseek(answer: ProbeAnswer): Verdict {
  const f = commonFacts(answer, 'x-request-id');
  const { status } = answer;
  const { message } = errorOf(answer);
  if (status >= 200 && status < 300) {
    if (!isJsonObject(answer)) return unrecognised(NAME, answer, f);
    const body = answer.json as { is_available?: unknown; balance_infos?: unknown };
    if (typeof body.is_available === 'boolean') f.isAvailable = body.is_available;
    const first = Array.isArray(body.balance_infos) ? (body.balance_infos[0] as Record<string, unknown>) : undefined;
    if (first && typeof first.total_balance === 'string')
      f.balance = untrusted(`${first.total_balance} ${String(first.currency ?? '')}`.trim());
    if (body.is_available === false) {
      return verdict(
        'live',
        'insufficient_quota',
        `${NAME} accepted the key but its balance cannot pay for calls (is_available false): top up at ${URLS.topUp}`,
        f,
      );
    }
    return verdict('live', 'ok', `${NAME} accepted the key: it works; if it leaked, delete it at ${URLS.keys}`, f);
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
      `${NAME} knows the key but the balance is used up (402): top up at ${URLS.topUp}`,
      f,
    );
  }
  if (status === 429) return rateLimited(NAME, f);
  if (status >= 500) return serverTrouble(NAME, answer, URLS.status, f);
  return unrecognised(NAME, answer, f);
}

export const deepseekCheck: ProviderCheck = {
  provider: 'deepseek',
  name: NAME,
  request(key, _context, base) {
    if (!base) throw new Error('DeepSeek has a default base URL');
    return { url: under(base, '/user/balance'), headers: { authorization: `Bearer ${key}` } };
  },
  classify: classifyDeepseek,
};
