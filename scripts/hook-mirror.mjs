// Writes the pre-commit mirror: a hook repository that holds only what the hook runs, generated
// from this repository's committed dist/ (as pre-commit/mirrors-prettier is generated from npm).
//
//   node scripts/hook-mirror.mjs OUT_DIR
//
// Why a mirror: the pre-commit framework installs a `language: node` hook by running
// `npm install --include=dev` in its clone of the hook repository, then `npm pack` and
// `npm install -g` of the tarball. In this repository that is the whole dev toolchain (about 550
// packages) fetched to run one bundled file. The mirror's package.json has no dependencies of any
// kind, so the framework installs it with nothing from the registry; where the machine has no
// Node, the framework brings one through nodeenv (`language: node`), which the main repository's
// `language: script` hook cannot do. OUT_DIR may be a checkout of the mirror repository: every
// file in it but .git is replaced. RELEASING.md says how the mirror is published and tagged.
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = process.argv[2];
if (!out || process.argv.length > 3) {
  process.stderr.write('usage: node scripts/hook-mirror.mjs OUT_DIR\n');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const cli = path.join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('dist/cli.js is missing: run npm run build first\n');
  process.exit(2);
}

mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) {
  if (entry !== '.git') rmSync(path.join(out, entry), { recursive: true, force: true });
}

// The published manifest less everything that is only for developing skguard.
const manifest = {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  license: pkg.license,
  bin: pkg.bin,
  engines: pkg.engines,
  files: ['dist'],
  repository: pkg.repository,
};
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
mkdirSync(path.join(out, 'dist'));
// Everything the CLI may load (cli.js requires its parts beside it when first needed), not the Action.
for (const file of readdirSync(path.join(root, 'dist')).filter((f) => f !== 'action.js')) {
  cpSync(path.join(root, 'dist', file), path.join(out, 'dist', file));
}
chmodSync(path.join(out, 'dist', 'cli.js'), 0o755);
cpSync(path.join(root, 'LICENSE'), path.join(out, 'LICENSE'));
const fill = (text) => text.replaceAll('{{version}}', pkg.version).replaceAll('{{name}}', pkg.name);
for (const file of ['.pre-commit-hooks.yaml', 'README.md']) {
  writeFileSync(path.join(out, file), fill(readFileSync(path.join(root, 'hook-mirror', file), 'utf8')));
}
process.stdout.write(`wrote the pre-commit mirror of ${pkg.name} ${pkg.version} to ${out}\n`);
