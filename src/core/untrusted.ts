/**
 * Provider answers are untrusted text: error messages echo (masked, sometimes whole) keys, labels are
 * whatever the owner typed, and a hostile endpoint may send terminal escapes. Everything the
 * validator passes on from an answer goes through `untrusted()` first.
 */

const MAX_LENGTH = 240;
/** An `sk-`/`rk-`/`pk-` token, masked or not: kept as its family's first two letters and `-…`. */
const PREFIXED_TOKEN = /(?<![A-Za-z0-9])(sk|rk|pk)-[A-Za-z0-9_\-*.…]+/g;
/** Any long run of key characters (Azure keys have no prefix): 32 or more is never prose. */
const LONG_TOKEN = /[A-Za-z0-9_\-+=]{32,}/g;
/** Ids providers put in answers (request, organisation, project): long, but not secrets. */
const ID_PREFIX = /^(?:req|org|proj|user|key|apikey|file|msg|chatcmpl|run|asst|thread|batch)[_-]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * Makes provider text safe to print: no key (the ones given, or anything key-shaped), no control
 * characters, one line, at most 240 characters.
 */
export function untrusted(text: string, secrets: readonly string[] = [], maxLength = MAX_LENGTH): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[key]');
  out = out
    .replace(ANSI, '')
    .replace(CONTROL, ' ')
    .replace(PREFIXED_TOKEN, (_m, family: string) => `${family}-…`)
    .replace(LONG_TOKEN, (m) => (m.length <= 48 && ID_PREFIX.test(m) ? m : '[redacted]'))
    .replace(/\s+/g, ' ')
    .trim();
  return out.length > maxLength ? `${out.slice(0, maxLength - 1)}…` : out;
}

/** A verdict with every string scrubbed of `secret` (defence in depth: answers are untrusted). */
export function scrubbed<T extends { detail: string; facts?: Record<string, string | number | boolean | null> }>(
  verdict: T,
  secret: string,
): T {
  const facts = verdict.facts
    ? Object.fromEntries(
        Object.entries(verdict.facts).map(([k, v]) => [
          k,
          typeof v === 'string' ? untrusted(v, [secret], Infinity) : v,
        ]),
      )
    : undefined;
  return { ...verdict, detail: untrusted(verdict.detail, [secret], Infinity), ...(facts ? { facts } : {}) };
}
