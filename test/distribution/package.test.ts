import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_NAME } from '../../src/core/version.js';
import { noRegistry, ROOT } from '../hook/hook-repos.js';
import { gitIn, head, hookEnv, run } from '../hook/support.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';

/**
 * The npm package as users get it: `npm pack` of this checkout (with the freshly built dist/),
 * installed into a fresh project by npm with no registry to fetch from (an unreachable address,
 * offline, an empty cache): it must need nothing but itself.
 */
const cleanup: string[] = [];
let tarball: string;
let packed: { name: string; files: { path: string }[] };
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  const out = tempDir('skguard-pack-');
  const cache = tempDir('skguard-npm-cache-');
  cleanup.push(out, cache);
  env = hookEnv(noRegistry(cache));
  const pack = run('npm', ['pack', '--json', '--pack-destination', out], ROOT, env);
  expect(pack.code, pack.stderr).toBe(0);
  [packed] = JSON.parse(pack.stdout);
  tarball = path.join(out, (packed as unknown as { filename: string }).filename);
}, 60_000);

afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

/** A new Node project in a git repository, with the packed skguard installed as a dev dependency. */
function freshProject(): TestRepo {
  const p = new TestRepo();
  cleanup.push(p.dir);
  writeFileSync(p.path('package.json'), `${JSON.stringify({ name: 'app', private: true }, null, 2)}\n`);
  writeFileSync(p.path('.gitignore'), 'node_modules/\n');
  const install = run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', tarball], p.dir, env);
  expect(install.code, install.stdout + install.stderr).toBe(0);
  return p;
}

describe('the npm package', () => {
  it(`is ${PACKAGE_NAME}: the bundled CLI and Action, LICENSE, CHANGELOG, the schema; no sources, tests or dependencies`, () => {
    expect(packed.name).toBe(PACKAGE_NAME);
    const files = packed.files.map((f) => f.path);
    for (const file of ['dist/cli.js', 'dist/action.js', 'LICENSE', 'CHANGELOG.md', 'README.md', 'action.yml'])
      expect(files, file).toContain(file);
    expect(files).toContain('schema/skguard.schema.json');
    expect(files.filter((f) => /^(src|test|bench|scripts|hook-mirror)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies'])
      expect(manifest[field], field).toBeUndefined();
    expect(manifest.bin).toEqual({ skguard: 'dist/cli.js' });
    expect(manifest.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it('installs into a fresh project with no registry access and finds a planted key', () => {
    const p = freshProject();
    expect(existsSync(p.path(`node_modules/${PACKAGE_NAME}/dist/cli.js`))).toBe(true);
    const key = makeKey('anthropic-api-key');
    p.write('config/settings.js', `module.exports = { anthropicKey: '${key}' };\n`);
    const res = run(p.path('node_modules/.bin/skguard'), ['scan', '.'], p.dir, env);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toContain('config/settings.js:1');
    expect(res.stdout).toContain('anthropic');
    expectNoKeyIn([res.stdout, res.stderr], [key]);
  });

  it("refuses `npx` from npm's cache for a plain git hook, which would stop working when the cache is cleaned", () => {
    const p = new TestRepo();
    cleanup.push(p.dir);
    const res = run('npm', ['exec', '--yes', `--package=${tarball}`, '--', 'skguard', 'hook', 'install'], p.dir, env);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain("skguard is running from npx's cache");
    expect(res.stderr).toContain(`npm install --save-dev ${PACKAGE_NAME}`);
    expect(res.stderr).toContain(`npm install --global ${PACKAGE_NAME}`);
    expect(existsSync(p.path('.git/hooks/pre-commit'))).toBe(false);
  });

  it('a hook installed from the dependency blocks keys, and lets commits through with the fix once skguard is removed', () => {
    const p = freshProject();
    p.write('README.md', '# app\n').commit('init');
    const installed = run(p.path('node_modules/.bin/skguard'), ['hook', 'install'], p.dir, env);
    expect(installed.code, installed.stderr).toBe(0);
    const script = readFileSync(p.path('.git/hooks/pre-commit'), 'utf8');
    expect(script).toContain(`/node_modules/${PACKAGE_NAME}/dist/cli.js'`);

    const key = makeKey('openai-project-key');
    p.write('app.js', `const key = '${key}';\n`);
    p.git('add', 'app.js');
    // Only git's own folder on the PATH, as in a GUI client: the hook finds the recorded CLI.
    const gitOnly = hookEnv({ PATH: path.dirname(run('sh', ['-c', 'command -v git'], p.dir).stdout.trim()) });
    const before = head(p.dir);
    const blocked = gitIn(p.dir, ['commit', '-q', '-m', 'key'], gitOnly);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('app.js:1');
    expect(head(p.dir)).toBe(before);

    rmSync(p.path('node_modules'), { recursive: true, force: true });
    p.write('app.js', 'const key = process.env.OPENAI_API_KEY;\n');
    p.git('add', 'app.js');
    const open = gitIn(p.dir, ['commit', '-q', '-m', 'after removing skguard'], gitOnly);
    expect(open.code, open.stderr).toBe(0);
    expect(open.stderr).toMatch(/^skguard: this commit was NOT checked for API keys: .* is gone/);
    expect(open.stderr).toContain(`Fix: npm install --global ${PACKAGE_NAME} && skguard hook install`);
  });
});
