/**
 * Encodings and split forms of a key, built at test time: the repository holds neither a key nor an
 * encoded key, only the code that makes them.
 */

export const base64 = (text: string) => Buffer.from(text).toString('base64');
export const base64url = (text: string) => Buffer.from(text).toString('base64url');
export const hex = (text: string) => Buffer.from(text).toString('hex');
/** Every character escaped as `%XX` (a "fully" URL-encoded key). */
export const percentAll = (text: string) =>
  [...text].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
/** What URL encoders that escape `-` write. */
export const percentDash = (text: string) => text.replaceAll('-', '%2D');
export const unicodeDash = (text: string) => text.replaceAll('-', '\\u002d');
export const hexEscapeDash = (text: string) => text.replaceAll('-', '\\x2d');
export const entityDash = (text: string) => text.replaceAll('-', '&#45;');
export const hexEntityDash = (text: string) => text.replaceAll('-', '&#x2D;');
/** Base64 wrapped at 64 columns, as PEM blocks and `base64 -w 64` write it. */
export const wrapped = (b64: string, width = 64) => b64.replace(new RegExp(`.{${width}}`, 'g'), '$&\n').trimEnd();
/** A JWT whose claims hold `claims` (header and signature are not checked by anything here). */
export const jwt = (claims: object) =>
  `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.c2lnbmF0dXJl`;

/** A key cut into pieces at the given offsets. */
export function pieces(key: string, cuts: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const cut of [...cuts, key.length]) {
    out.push(key.slice(at, cut));
    at = cut;
  }
  return out;
}
