// `npm run docs`: rewrites README.md's rule table from the provider registry (src/core/providers).
// test/docs.test.ts fails when the committed table is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('.bench', { recursive: true });
const out = '.bench/rule-table.mjs';
await build({
  entryPoints: ['scripts/rule-table.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
  define: { __SKGUARD_VERSION__: '"docs"' },
});
const { withTable } = await import(`../${out}`);
writeFileSync('README.md', withTable(readFileSync('README.md', 'utf8')));
