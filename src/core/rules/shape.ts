import { checksumFor } from '../checksum.js';
import type { Charset, ShapePart } from '../types.js';

const ALPHABETS: Record<Charset, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  alnum_dash: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  hex: '0123456789abcdef',
  upper_hex: '0123456789ABCDEF',
  'A-L': 'ABCDEFGHIJKL',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  lower_alnum: 'abcdefghijklmnopqrstuvwxyz0123456789',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  digit: '0123456789',
};

/** The characters a charset stands for. */
export function alphabetOf(charset: Charset): string {
  return ALPHABETS[charset];
}

/**
 * Builds a key of the given shape from a source of random numbers in [0, 1). Used by tests and the
 * benchmark to make fixtures at run time: the repository never holds a literal key. A checksum part
 * is computed over what precedes it, so generated keys pass their rule's checksum check.
 */
export function keyFromShape(shape: readonly ShapePart[], random: () => number = Math.random): string {
  let out = '';
  for (const part of shape) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    if ('checksum' in part) {
      out += checksumFor(part.checksum, out);
      continue;
    }
    const alphabet = ALPHABETS[part.charset];
    for (let i = 0; i < part.length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  }
  return out;
}

/** The length of the key a shape describes (what a rule's `maxLength` must cover). */
export function shapeLength(shape: readonly ShapePart[]): number {
  return shape.reduce(
    (n, part) => n + (typeof part === 'string' ? part.length : 'checksum' in part ? 4 : part.length),
    0,
  );
}
