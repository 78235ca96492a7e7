/**
 * Reading provider answers: pure helpers shared by the answer tables (interpreted in `src/verify`)
 * and the few providers whose answers need code (OpenAI's body). Nothing here does I/O.
 */
import type { Facts, ProbeAnswer, Reason, Verdict, VerifyStatus } from './types.js';
import { untrusted } from './untrusted.js';

/** `retry-after-ms`, or `retry-after` in seconds or as an HTTP date, in milliseconds. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const s = Number(value.trim());
  if (Number.isFinite(s)) return s >= 0 ? s * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The `error` of an answer, whichever provider's shape it has; every field untrusted and redacted. */
export interface ProviderError {
  message: string;
  type: string;
  code: string;
}

/**
 * Reads `{"error":{"message","type","code"}}` (OpenAI, DeepSeek, OpenRouter, Azure, Groq),
 * `{"type":"error","error":{"type","message"}}` (Anthropic), `{"error":"…"}` (Hugging Face),
 * `{"detail":"…"}` or `{"detail":{"status","message"}}` (Replicate, Voyage, ElevenLabs) and
 * `{"message":"…"}`.
 */
export function errorOf(answer: ProbeAnswer): ProviderError {
  const json = answer.json as { error?: unknown; message?: unknown; detail?: unknown } | undefined;
  const raw = json && typeof json === 'object' ? (json.error ?? json.detail) : undefined;
  const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const message =
    typeof e.message === 'string'
      ? e.message
      : typeof raw === 'string'
        ? raw
        : typeof json?.message === 'string'
          ? json.message
          : '';
  const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
  return { message: untrusted(message), type: untrusted(str(e.type)), code: untrusted(str(e.code)) };
}

/** True when the answer's body is a JSON object (a captive portal or a proxy's HTML page is not). */
export function isJsonObject(answer: ProbeAnswer): boolean {
  return typeof answer.json === 'object' && answer.json !== null;
}

/** Facts every answer carries: status, request id, retry-after, and the provider's error code. */
export function commonFacts(answer: ProbeAnswer, requestIdHeader: string): Facts {
  const facts: Facts = { httpStatus: answer.status };
  const bodyRequestId = (answer.json as { request_id?: unknown } | undefined)?.request_id;
  const requestId = answer.headers.get(requestIdHeader) ?? (typeof bodyRequestId === 'string' ? bodyRequestId : null);
  if (requestId) facts.requestId = untrusted(requestId);
  const retry = retryAfterMs(answer.headers);
  if (retry !== undefined) facts.retryAfterSeconds = Math.round(retry / 100) / 10;
  if (answer.status >= 300) {
    const error = errorOf(answer);
    if (error.code) facts.errorCode = error.code;
    if (error.type) facts.errorType = error.type;
    if (error.message) facts.message = error.message;
  }
  return facts;
}

/** Copies the named headers into facts (redacted), under the given names. */
export function headerFacts(answer: ProbeAnswer, names: Record<string, string>, facts: Facts): Facts {
  for (const [header, fact] of Object.entries(names)) {
    const value = answer.headers.get(header);
    if (value !== null && value !== '') facts[fact] = untrusted(value);
  }
  return facts;
}

export function verdict(status: VerifyStatus, reason: Reason, detail: string, facts?: Facts): Verdict {
  return facts && Object.keys(facts).length > 0 ? { status, reason, detail, facts } : { status, reason, detail };
}

/** ` ("provider message")` when there is one. */
export function quoted(message: string): string {
  return message ? ` ("${message.length > 120 ? `${message.slice(0, 119)}…` : message}")` : '';
}

/** The verdict for answers a provider's table does not cover: never invalid. */
export function unrecognised(name: string, answer: ProbeAnswer, facts: Facts): Verdict {
  const message = errorOf(answer).message || (isJsonObject(answer) ? '' : untrusted(answer.text).slice(0, 80));
  return verdict(
    'unknown',
    'unrecognised',
    `${name} answered ${answer.status}${quoted(message)}, an answer skguard does not know: the key's status is unknown`,
    facts,
  );
}

/** 5xx: the provider is in trouble; say so and where to look. */
export function serverTrouble(name: string, answer: ProbeAnswer, statusPage: string, facts: Facts): Verdict {
  return verdict(
    'unknown',
    'server_error',
    `${name} answered ${answer.status} (server trouble): the key's status is unknown; try again later, see ${statusPage}`,
    facts,
  );
}

/** A 429 that is not about quota: the provider is throttling, so the key's status is unknown. */
export function rateLimited(who: string, facts: Facts, tail = ''): Verdict {
  return verdict(
    'unknown',
    'rate_limited',
    `${who} is rate-limiting requests (429): the key's status is unknown${tail}`,
    facts,
  );
}

/** A 3xx: not followed, since the key would go along. */
export function redirected(name: string, answer: ProbeAnswer, f: Facts): Verdict {
  const location = answer.headers.get('location');
  return verdict(
    'unknown',
    'redirected',
    `${name} answered ${answer.status} (a redirect${location ? ' elsewhere' : ''}): not followed, so that the key goes nowhere else; the key's status is unknown`,
    f,
  );
}
