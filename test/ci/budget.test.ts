import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutToBytes, fitSections } from '../../src/ci/budget.js';
import type { Section } from '../../src/report/markdown.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('fitSections', () => {
  const rows = (n: number, width = 50) => Array.from({ length: n }, (_, i) => `| row ${i} | ${'é'.repeat(width)} |`);

  it('keeps everything when it fits', () => {
    const text = fitSections([{ lines: ['# head'] }, { lines: rows(3), more: (n) => `…and ${n} more` }], 10_000);
    expect(text).toBe(`# head\n${rows(3).join('\n')}\n`);
  });

  it('cuts a list to fit, says how many it left out, and never exceeds the limit', () => {
    const list = rows(3000);
    const text = fitSections(
      [{ lines: ['# 3,000 keys found', ''] }, { lines: list, more: (n) => `\n…and ${n} more in the SARIF file.` }],
      65_536,
    );
    expect(bytes(text)).toBeLessThanOrEqual(65_536);
    const shown = text.split('\n').filter((l) => l.startsWith('| row ')).length;
    expect(shown).toBeGreaterThan(500);
    expect(text).toContain(`…and ${3000 - shown} more in the SARIF file.`);
  });

  it("honours a list's max, and counts lines it stands for but did not render (total)", () => {
    const text = fitSections([{ lines: rows(40), total: 3000, max: 40, more: (n) => `…and ${n} more` }], 1_000_000);
    expect(text.split('\n').filter((l) => l.startsWith('| row '))).toHaveLength(40);
    expect(text).toContain('…and 2960 more');
  });

  it('gives the room to lists by priority: notes before table rows', () => {
    const text = fitSections(
      [
        { lines: rows(5000), priority: 1, more: (n) => `…and ${n} more rows` },
        {
          lines: ['- warning: could not read a.txt', '- warning: could not read b.txt'],
          priority: 2,
          more: (n) => `…${n}`,
        },
      ],
      20_000,
    );
    expect(text).toContain('could not read b.txt');
    expect(text).toMatch(/…and \d+ more rows/);
  });

  it('fits any sections into any limit (property)', () => {
    const section: fc.Arbitrary<Section> = fc.record(
      {
        lines: fc.array(fc.string({ maxLength: 200, unit: 'binary' }), { maxLength: 60 }),
        more: fc.constant((n: number) => `…and ${n} more`),
        max: fc.integer({ min: 0, max: 80 }),
        priority: fc.integer({ min: 0, max: 3 }),
      },
      { requiredKeys: ['lines'] },
    );
    fc.assert(
      fc.property(fc.array(section, { maxLength: 6 }), fc.integer({ min: 200, max: 20_000 }), (sections, limit) => {
        expect(bytes(fitSections(sections, limit))).toBeLessThanOrEqual(limit);
      }),
    );
  });
});

describe('cutToBytes', () => {
  it('cuts at a line end, within the limit, and says so; text within the limit is unchanged', () => {
    const text = `${'line ü\n'.repeat(10_000)}`;
    const cut = cutToBytes(text, 1000);
    expect(bytes(cut)).toBeLessThanOrEqual(1000);
    expect(cut).toMatch(/line ü\n\n\(cut here: /);
    expect(cutToBytes('short\n', 1000)).toBe('short\n');
  });
});
