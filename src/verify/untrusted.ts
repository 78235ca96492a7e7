/**
 * Provider answers are untrusted text: error messages echo (masked, sometimes whole) keys, labels are
 * whatever the owner typed, and a hostile endpoint may send terminal escapes. Everything the
 * validator passes on from an answer goes through `untrusted()` first.
 */

const MAX_LENGTH = 240;
/** An `sk-`/`rk-`/`pk-` token, masked or not: kept as its family's first two letters and `-…`. */
const PREFIXED_TOKEN = /(?<![A-Za-z0-9_])(sk|rk|pk)-[A-Za-z0-9_\-*.…]+/g;
/** Any long run of key characters (Azure keys have no prefix): 32 or more is never prose. */
const LONG_TOKEN = /[A-Za-z0-9_\-+=]{32,}/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escapes are what is removed
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/**
 * Makes provider text safe to print: no key (the ones given, or anything key-shaped), no control
 * characters, one line, at most 240 characters.
 */
export function untrusted(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[key]');
  out = out
    .replace(ANSI, '')
    .replace(CONTROL, ' ')
    .replace(PREFIXED_TOKEN, (_m, family: string) => `${family}-…`)
    .replace(LONG_TOKEN, '[redacted]')
    .replace(/\s+/g, ' ')
    .trim();
  return out.length > MAX_LENGTH ? `${out.slice(0, MAX_LENGTH - 1)}…` : out;
}
