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

// Code that only some runs need is a file of its own beside cli.js, required when first used:
// every command starts by compiling the bundle it loads (about 50 ms per MB here), and the
// pre-commit hook pays for that on every commit. Each is self-contained (it imports packages, or
// pure helpers that may be copied), so nothing stateful is bundled twice.
//   undici.js: the proxy agent --verify uses when HTTPS_PROXY is set;
//   regex-safety.js: the analysis of custom rules' patterns (regexpp, scslre, refa: 1.4 MB);
//   config-schema.js: the config's schema (zod), when there is a config file;
//   picomatch.js: the matcher of the config's `exclude` globs;
//   archive-reader.js: zip, gzip and tar members (fflate, node-tar), when a scan meets an archive.
const APART = [
  { entry: 'undici', file: 'undici', filter: /^undici$/ },
  { entry: 'src/config/regex-safety.ts', file: 'regex-safety', filter: /^\.\/regex-safety\.js$/ },
  { entry: 'src/config/schema.ts', file: 'config-schema', filter: /^\.\/schema\.js$/ },
  { entry: 'picomatch', file: 'picomatch', filter: /^picomatch$/ },
  { entry: 'src/pipeline/archive-reader.ts', file: 'archive-reader', filter: /^\.\/archive-reader\.js$/ },
];
const apart = {
  name: 'apart',
  setup(b) {
    for (const { filter, file } of APART) {
      // Only skguard's own imports: a dependency's undici (@actions/http-client's) stays bundled as it was.
      b.onResolve({ filter }, (args) =>
        args.importer.includes(`${path.sep}src${path.sep}`) ? { path: `./${file}.js`, external: true } : undefined,
      );
    }
  },
};

// picocolors guesses at load whether stdout is a terminal, which opens stdout (loading net and tty:
// ~10 ms of every start, and a hook whose commit is clean prints nothing). skguard never uses that
// guess: it always tells createColors whether to colour (cli/io.ts useColor). So the guess is not made.
const picocolorsNoGuess = {
  name: 'picocolors-no-guess',
  setup(b) {
    b.onLoad({ filter: /[\\/]picocolors[\\/]picocolors\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const guess = '(p.stdout || {}).isTTY';
      if (!source.includes(guess)) throw new Error(`picocolors changed: "${guess}" is not in ${args.path}`);
      return { contents: source.replace(guess, 'false'), loader: 'js' };
    });
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

await build({ ...common, entryPoints: Object.fromEntries(APART.map((a) => [a.file, a.entry])) });
await build({
  ...common,
  plugins: [apart, picocolorsNoGuess],
  // probe-worker.js: the file prefilter's worker threads (src/sources/probe-pool.ts), beside the bundles.
  entryPoints: { cli: 'src/cli.ts', action: 'src/action.ts', 'probe-worker': 'src/sources/probe-worker.ts' },
  // The sources use import.meta.url (to find the bundle's own path): give CommonJS the same value.
  define: {
    'import.meta.url': '__skguardFileUrl',
    __SKGUARD_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  banner: { js: 'const __skguardFileUrl = require("node:url").pathToFileURL(__filename).href;' },
});
mkdirSync(outdir, { recursive: true });
writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);
