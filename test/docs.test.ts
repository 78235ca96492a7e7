import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTable } from '../scripts/rule-table.js';
import { providers } from '../src/core/index.js';

const README = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe("README's rule table", () => {
  it('is what `npm run docs` generates from the registry (run it after changing a provider)', () => {
    expect(README).toBe(withTable(README));
  });

  it('lists every provider and rule of the registry', () => {
    for (const p of providers) for (const r of p.rules) expect(README).toContain(`\`${r.id}\``);
  });
});
