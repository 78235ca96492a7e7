import { expect } from 'vitest';
import { base64, base64url, hex, percentAll, percentDash, unicodeDash } from './encode.js';

/** What printing a key in any of its encodings would show: each of these prints the key. */
function encodedForms(key: string): string[] {
  const b64 = base64(key).replace(/=+$/, '');
  // The middle of the key's base64 as it stands inside a longer encoded text (any alignment).
  const inside = [1, 2].map((n) => base64(`${'\0'.repeat(n)}${key}`).slice(4, -4));
  return [
    b64,
    base64url(key),
    ...inside,
    hex(key),
    hex(key).toUpperCase(),
    percentAll(key),
    percentDash(key),
    unicodeDash(key),
  ];
}

/** Asserts that no output holds any of the keys whole (nor its body without the prefix), nor an encoded key. */
export function expectNoKeyIn(outputs: string[], keys: string[]): void {
  for (const out of outputs) {
    for (const key of keys) {
      expect(out.includes(key), 'a full key was printed').toBe(false);
      expect(out.includes(key.slice(12, -6)), 'most of a key body was printed').toBe(false);
      for (const form of encodedForms(key)) {
        expect(out.includes(form), 'an encoded key was printed').toBe(false);
        expect(out.includes(form.slice(8, -8)), 'most of an encoded key was printed').toBe(false);
      }
    }
  }
}
