// Writes schema/skguard.schema.json from the zod schema the CLI validates with (one source of truth).
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('.bench', { recursive: true });
const out = '.bench/schema-gen.mjs';
await build({
  entryPoints: ['src/config/schema.ts'],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  logLevel: 'warning',
});
const { configJsonSchema } = await import(`../${out}`);
writeFileSync('schema/skguard.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
