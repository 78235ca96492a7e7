// Bundles the CLI into one self-contained file, dist/cli.js, and the GitHub Action into
// dist/action.js (action.yml's runs.main): both run with no node_modules. Heavy parts (zod for config
// files, SARIF) sit behind dynamic imports: esbuild keeps them in the same file but evaluates them only
// when first used, so the pre-commit hook starts fast.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
  // CommonJS dependencies call require() for Node built-ins; give the ES module one.
  banner: {
    js: "import { createRequire as __skguardRequire } from 'node:module'; const require = __skguardRequire(import.meta.url);",
  },
});
