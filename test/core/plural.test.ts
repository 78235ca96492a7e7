import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grouped, plural } from '../../src/core/plural.js';

describe('counts in messages', () => {
  it('groups whole numbers by thousands exactly as en-US does (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e6, max: 1e6 })), (n) => {
        expect(grouped(n)).toBe(n.toLocaleString('en-US'));
      }),
    );
    for (const n of [0, -0, 999, 1000, 1e21, 1.5, Number.NaN]) expect(grouped(n)).toBe(n.toLocaleString('en-US'));
  });

  it('puts the noun in the plural except for one', () => {
    expect([plural(1, 'file'), plural(0, 'file'), plural(12_345, 'key')]).toEqual(['1 file', '0 files', '12,345 keys']);
  });
});
