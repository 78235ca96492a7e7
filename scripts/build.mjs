// Bundles the CLI into one self-contained file, dist/cli.js, and the GitHub Action into
// dist/action.js (action.yml's runs.main): both run with no node_modules.
//
// The bundles are CommonJS (dist/package.json says so) although the sources are ES modules: in an
// ES module bundle every `import … from 'node:tls'` is hoisted and loaded at start-up, even for code
// reached only through a dynamic import; in CommonJS, esbuild puts those `require`s inside the lazily
// initialised module, so the pre-commit hook never pays for TLS, DNS, crypto or the validator.
//
// `node scripts/build.mjs [OUTDIR]` writes elsewhere than dist/: the release check builds into a
// temporary folder and compares, leaving the work tree as it is.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const outdir = process.argv[2] ?? 'dist';

// undici (the proxy agent used by --verify when HTTPS_PROXY is set) is its own file, dist/undici.js,
// required only when a proxied request is made: inside cli.js it would be parsed on every start,
// and the pre-commit hook's start-up is what every commit pays for.
const undiciApart = {
  name: 'undici-apart',
  setup(b) {
    // Only skguard's own import: a dependency's undici (@actions/http-client's) stays bundled as it was.
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes(`${path.sep}src${path.sep}`) ? { path: './undici.js', external: true } : undefined,
    );
  },
};

const common = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
  // The bundle names each module by the path it was imported through (`// node_modules/zod/…`):
  // resolving links would name a node_modules that is a link (a shared install) by its target and
  // give other bytes for the same code. npm's flat node_modules holds no links: no other effect.
  preserveSymlinks: true,
};

await build({ ...common, entryPoints: { undici: 'undici' } });
await build({
  ...common,
  plugins: [undiciApart],
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts' },
  // The sources use import.meta.url (to find the bundle's own path): give CommonJS the same value.
  define: {
    'import.meta.url': '__skguardFileUrl',
    __SKGUARD_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  banner: { js: 'const __skguardFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
