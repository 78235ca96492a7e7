import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTable } from '../scripts/rule-table.js';
import { providers } from '../src/core/index.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe("README's generated tables", () => {
  it('is what `npm run docs` generates from the registry (run it after changing a provider)', () => {
    expect(README).toBe(withTable(README));
  });

  it('lists every provider and rule of the registry', () => {
    for (const p of providers) for (const r of p.rules) expect(README).toContain(`\`${r.id}\``);
  });

  it("lists, in doctor's section, every variable of every provider", () => {
    const section = README.slice(README.indexOf('### Variables doctor reads'));
    for (const p of providers) for (const name of p.env) expect(section).toContain(`\`${name}\``);
  });
});
