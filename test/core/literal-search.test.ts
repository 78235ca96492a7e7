import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleTeddy } from '../../scripts/wasm.mjs';
import { builtinRules, Scanner } from '../../src/core/index.js';
import { type Literal, LiteralSearch } from '../../src/core/literals/literal-search.js';
import { TEDDY_WASM } from '../../src/core/literals/teddy-wasm.js';

/** Every position where the literal starts, found by comparing at each position. */
function naive(data: Buffer, { text, ignoreCase }: Literal): number[] {
  const hits: number[] = [];
  const want = ignoreCase ? text.toLowerCase() : text;
  for (let i = 0; i + text.length <= data.length; i++) {
    const here = data.toString('latin1', i, i + text.length);
    if ((ignoreCase ? here.toLowerCase() : here) === want) hits.push(i);
  }
  return hits;
}

function found(search: LiteralSearch, data: Buffer): number[][] {
  const hits = search.in(data);
  return search.literals.map((lit) => hits.positions(search.idOf(lit.text, lit.ignoreCase)));
}

/** Literals and content drawn from a few letters (both cases), so that near-misses are common. */
const letters = ['s', 'k', '-', 'K', 'S', 'a', 'A', '_', '3', 'é', 'y', 'Y', 'e'];
const literal = fc.record({
  text: fc.string({ unit: fc.constantFrom(...letters.filter((c) => c !== 'é')), minLength: 1, maxLength: 9 }),
  ignoreCase: fc.boolean(),
});
const content = (literals: Literal[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...letters), fc.constantFrom(...literals.map((l) => l.text)), fc.constant('\n')), {
      maxLength: 400,
    })
    .map((parts) => Buffer.from(parts.join(''), 'latin1'));

describe('LiteralSearch', () => {
  it('finds exactly the occurrences a naive search finds, case-insensitive literals and piece boundaries included', () => {
    fc.assert(
      fc.property(
        fc
          .array(literal, { minLength: 1, maxLength: 12 })
          .chain((literals) => fc.tuple(fc.constant(literals), content(literals), fc.integer({ min: 16, max: 96 }))),
        ([literals, data, piece]) => {
          const search = new LiteralSearch(literals, { piece });
          const expected = search.literals.map((lit) => naive(data, lit));
          expect(found(search, data)).toEqual(expected);
          expect(found(new LiteralSearch(literals, { kernel: false }), data)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds a literal that starts in one piece and ends in the next, at every offset', () => {
    const lit = { text: 'sk-ant-api03-', ignoreCase: false };
    for (let at = 0; at < 40; at++) {
      const data = Buffer.from(`${'x'.repeat(at)}${lit.text}${'y'.repeat(5)}`);
      expect(found(new LiteralSearch([lit], { piece: 16 }), data), `at ${at}`).toEqual([[at]]);
    }
  });

  it('folds ASCII letters only, as the scanner always has: a latin1 capital is not an ASCII letter', () => {
    const search = new LiteralSearch([{ text: 'key', ignoreCase: true }]);
    expect(found(search, Buffer.from('KEY key Key kEy k\u00c9y', 'latin1'))).toEqual([[0, 4, 8, 12]]);
  });

  it('finds the built-in rules’ keywords as a naive search does, in content made of their pieces', () => {
    const literals = new Scanner(builtinRules).keywords.literals;
    const pieces = literals.flatMap((l) => [l.text, l.text.slice(0, -1), l.text.slice(1), l.text.toUpperCase()]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 200 }),
        (parts) => {
          const data = Buffer.from(parts.join(''), 'latin1');
          const search = new LiteralSearch(literals, { piece: 64 });
          expect(found(search, data)).toEqual(search.literals.map((lit) => naive(data, lit)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('runs the kernel assembled from teddy.wat (npm run wasm regenerates it)', async () => {
    expect(Buffer.from(TEDDY_WASM, 'base64').equals(await assembleTeddy())).toBe(true);
  });
});
