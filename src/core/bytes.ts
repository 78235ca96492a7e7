/** Byte classes for the scanner and the decoders: a table that says, for each byte, whether it is in the class. */

export function byteClass(chars: string): Uint8Array {
  const table = new Uint8Array(256);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

export const ALNUM_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Bytes a key is made of, and that continue a token: a key next to one is part of a longer string. */
export const TOKEN_BYTES = byteClass(`${ALNUM_CHARS}_-`);
export const HEX_BYTES = byteClass('0123456789abcdefABCDEF');
