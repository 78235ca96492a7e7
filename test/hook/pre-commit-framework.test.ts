import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_CLI } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';
import { gitIn, head, hookEnv, type Run, run } from './support.js';

/**
 * The pre-commit framework (Debian's `pre-commit`) using this repository as a hook repository,
 * through its `.pre-commit-hooks.yaml`, with `language: node` installed for real: the framework
 * runs `npm install` in the hook repository, `npm pack`, and `npm install -g` of the tarball in an
 * environment of its own. npm is told to prefer its cache (it reaches the registry only for what
 * the cache lacks). The hook repository is a clone of this one at HEAD with the freshly built
 * dist/ and the working copy's `.pre-commit-hooks.yaml` and `package.json` committed on top.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanup: string[] = [];
let hookRepo: string;
let env: NodeJS.ProcessEnv;
let project: TestRepo;

function hookRepository(): string {
  const dir = path.join(tempDir('skguard-hookrepo-'), 'skguard');
  cleanup.push(path.dirname(dir));
  const clone = run('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, dir], ROOT);
  expect(clone.code, clone.stderr).toBe(0);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  cpSync(path.dirname(DIST_CLI), path.join(dir, 'dist'), { recursive: true });
  // The working copy's manifest too: a `prepare` (or `prepack`) script breaks the framework's
  // install, because npm prints the script's banner into the `npm pack` output the framework reads
  // as the tarball's name (pre-commit/pre-commit#3259, #3460). This test is what guards that.
  for (const file of ['.pre-commit-hooks.yaml', 'package.json']) cpSync(path.join(ROOT, file), path.join(dir, file));
  for (const args of [
    ['add', '-A'],
    ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'test build'],
  ]) {
    const r = gitIn(dir, args);
    expect(r.code, r.stderr).toBe(0);
  }
  return dir;
}

const preCommit = (args: string[], extra: Record<string, string> = {}) =>
  run('pre-commit', args, project.dir, { ...env, ...extra });
const commit = (extra: Record<string, string> = {}) =>
  run('git', ['commit', '-q', '-m', 'change'], project.dir, { ...env, ...extra });
const output = (r: Run) => r.stdout + r.stderr;

/**
 * The framework is a Python tool (Debian package `pre-commit`), which `.ci/run` installs. On a
 * developer's machine without it these tests are skipped, saying why; in CI they must run.
 */
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
if (!hasPreCommit) {
  if (process.env.CI)
    throw new Error('CI must run the pre-commit framework tests: install the Debian package pre-commit');
  console.warn('SKIPPED pre-commit framework tests: `pre-commit` is not installed (apt-get install pre-commit)');
}

beforeAll(() => {
  if (!hasPreCommit) return;
  hookRepo = hookRepository();
  const home = tempDir('skguard-pre-commit-home-');
  cleanup.push(home);
  env = hookEnv({
    PRE_COMMIT_HOME: home,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  project = new TestRepo();
  project.write(
    '.pre-commit-config.yaml',
    `repos:\n  - repo: ${hookRepo}\n    rev: ${head(hookRepo)}\n    hooks:\n      - id: skguard\n`,
  );
  project.write('README.md', '# project\n');
  project.commit('init');
  const install = preCommit(['install']);
  expect(install.code, output(install)).toBe(0);
  // Builds the node environment once (npm install, npm pack, npm install -g): the slow part.
  const envs = preCommit(['install-hooks']);
  expect(envs.code, output(envs)).toBe(0);
}, 300_000);

afterAll(() => {
  if (!hasPreCommit) return;
  project?.dispose();
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!hasPreCommit)('pre-commit framework, .pre-commit-hooks.yaml with language: node', () => {
  it("blocks `git commit` when the commit adds a key, with skguard's message and no key in the output", () => {
    const key = makeKey('openai-project-key');
    project.write('app/settings.py', `OPENAI_API_KEY = "${key}"\n`);
    project.git('add', '-A');
    const before = head(project.dir);
    const res = commit();
    expect(res.code).not.toBe(0);
    expect(output(res)).toMatch(/skguard \(AI-provider API keys\)\.+Failed/);
    expect(output(res)).toContain('skguard: commit blocked');
    expect(output(res)).toContain('app/settings.py:1');
    expect(output(res)).toContain('SKIP=skguard');
    expectNoKeyIn([res.stdout, res.stderr], [key]);
    expect(head(project.dir)).toBe(before);

    // The deliberate bypass the message names.
    const skipped = commit({ SKIP: 'skguard' });
    expect(skipped.code).toBe(0);
    expect(output(skipped)).toMatch(/skguard \(AI-provider API keys\)\.+Skipped/);
  });

  it('judges a commit by the lines it adds: a key already committed in an edited file does not block it', () => {
    const key = makeKey('anthropic-api-key');
    project.write('legacy.cfg', `key = ${key}\n`);
    project.git('add', '-A');
    expect(run('git', ['commit', '-q', '--no-verify', '-m', 'old key'], project.dir, env).code).toBe(0);
    project.write('legacy.cfg', `key = ${key}\ntimeout = 30\n`);
    project.git('add', '-A');
    const res = commit();
    expect(res.code, output(res)).toBe(0);
    expect(output(res)).toMatch(/skguard \(AI-provider API keys\)\.+Passed/);
  });

  it('is not vacuous under `pre-commit run --all-files` or `--files`: committed files are scanned whole', () => {
    const key = makeKey('openrouter-api-key');
    project.write('deploy/prod.env', `OPENROUTER_API_KEY=${key}\n`);
    project.git('add', '-A');
    expect(run('git', ['commit', '-q', '--no-verify', '-m', 'bypassed'], project.dir, env).code).toBe(0);
    expect(gitIn(project.dir, ['diff', '--cached', '--quiet'], env).code).toBe(0); // nothing staged

    const all = preCommit(['run', '--all-files']);
    expect(all.code).not.toBe(0);
    expect(output(all)).toContain('deploy/prod.env:1');
    expect(output(all)).not.toContain('commit blocked'); // not a commit: the scan report, not the hook message
    expectNoKeyIn([all.stdout, all.stderr], [key]);

    const one = preCommit(['run', '--files', 'deploy/prod.env']);
    expect(one.code).not.toBe(0);
    expect(output(one)).toContain('deploy/prod.env:1');

    const other = preCommit(['run', '--files', 'README.md']);
    expect(other.code, output(other)).toBe(0);
  });

  it('a committed file named like an option never becomes one: no hook overwritten, no provider contacted', async () => {
    const { FakeProviders } = await import('../support/fake-providers.js');
    const providers = await FakeProviders.start();
    try {
      const key = makeKey('openai-project-key');
      const hook = path.join(project.dir, '.git/hooks/pre-commit');
      const before = readFileSync(hook, 'utf8');
      // The framework appends staged names to its entry: these two would be `--output FILE` and `--verify`.
      project.write('--output=.git/hooks/pre-commit', `OPENAI_API_KEY=${key}\n`);
      project.write('--verify', `OPENAI_API_KEY=${key}\n`);
      project.git('add', '-A');
      const res = commit(providers.env());
      expect(res.code).not.toBe(0);
      expect(readFileSync(hook, 'utf8')).toBe(before);
      expect(providers.requests).toEqual([]);
      expectNoKeyIn([res.stdout, res.stderr], [key]);
      project.git('reset', '-q', '--', '--output=.git', '--verify');
      rmSync(path.join(project.dir, '--output=.git'), { recursive: true });
      rmSync(path.join(project.dir, '--verify'));
    } finally {
      await providers.close();
    }
  });

  it('passes a clean commit', () => {
    project.write('app/main.py', 'import os\nkey = os.environ["OPENAI_API_KEY"]\n');
    project.git('add', '-A');
    const res = commit();
    expect(res.code, output(res)).toBe(0);
    expect(output(res)).toMatch(/skguard \(AI-provider API keys\)\.+Passed/);
    expect(readFileSync(path.join(project.dir, 'app/main.py'), 'utf8')).toContain('os.environ');
  });
});
