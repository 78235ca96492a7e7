// `npm run bench [name...]`: builds dist/cli.js, then bundles and runs each bench/*.bench.ts
// (or only the named ones: `npm run bench -- scan history`). Each bench module's default export is
// `async (ctx) => void` and prints its own results; timings are only ever compared as ratios
// against a reference measured in the same run.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const workDir = path.join(root, '.bench');
const outDir = path.join(workDir, 'bundles');
mkdirSync(outDir, { recursive: true });
execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });

const wanted = process.argv.slice(2);
const benches = readdirSync(path.join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark matches ${wanted.join(', ')}`);
  process.exit(2);
}
const ctx = { root, workDir, distCli: path.join(root, 'dist', 'cli.js') };
for (const name of benches) {
  const outfile = path.join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [path.join(root, 'bench', `${name}.bench.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n=== bench: ${name}`);
  const mod = await import(pathToFileURL(outfile).href);
  await mod.default(ctx);
}
