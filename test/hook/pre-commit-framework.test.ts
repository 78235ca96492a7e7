import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';
import {
  mainRepository,
  mirrorRepository,
  noRegistry,
  output,
  preCommitAvailable,
  preCommitConfig,
} from './hook-repos.js';
import { gitIn, head, hookEnv, run } from './support.js';

/**
 * The pre-commit framework (Debian's `pre-commit`) installing skguard for real, with npm unable to
 * fetch anything (an unreachable registry, offline, an empty cache):
 *
 * - the mirror (`scripts/hook-mirror.mjs`, `language: node`): the framework runs `npm install` in
 *   it (nothing to install: no dependencies), `npm pack`, and `npm install -g` of the tarball;
 * - this repository itself (`language: script`): nothing is installed, the committed dist/cli.js
 *   runs with the node on the PATH.
 */
const cleanup: string[] = [];
let env: NodeJS.ProcessEnv;
let project: TestRepo;

const preCommit = (args: string[], extra: Record<string, string> = {}) =>
  run('pre-commit', args, project.dir, { ...env, ...extra });
const commit = (extra: Record<string, string> = {}) =>
  run('git', ['commit', '-q', '-m', 'change'], project.dir, { ...env, ...extra });

const hasPreCommit = preCommitAvailable();

beforeAll(() => {
  if (!hasPreCommit) return;
  const hookRepo = mirrorRepository(cleanup);
  const home = tempDir('skguard-pre-commit-home-');
  const cache = tempDir('skguard-npm-cache-');
  cleanup.push(home, cache);
  env = hookEnv({ PRE_COMMIT_HOME: home, ...noRegistry(cache) });
  project = new TestRepo();
  project.write('.pre-commit-config.yaml', preCommitConfig(hookRepo));
  project.write('README.md', '# project\n');
  project.commit('init');
  const install = preCommit(['install']);
  expect(install.code, output(install)).toBe(0);
  // Builds the node environment once (npm install, npm pack, npm install -g), with no registry.
  const envs = preCommit(['install-hooks']);
  expect(envs.code, output(envs)).toBe(0);
}, 300_000);

afterAll(() => {
  if (!hasPreCommit) return;
  project?.dispose();
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!hasPreCommit)('pre-commit framework: the mirror (language: node), installed with no registry', () => {
  it('installed the package alone: the mirror has no dependencies, and its hook is the bundled CLI', () => {
    const mirror = cleanup.find((d) => existsSync(path.join(d, 'skguard-pre-commit')));
    const manifest = JSON.parse(readFileSync(path.join(mirror ?? '', 'skguard-pre-commit', 'package.json'), 'utf8'));
    expect(manifest.name).toBe('@skguard/cli');
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'scripts'])
      expect(manifest[field], field).toBeUndefined();
  });

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
  it('takes a file named like an option (`--output=.git/hooks/pre-commit`) as a file: the entry ends with `--`', () => {
    const hook = readFileSync(project.path('.git/hooks/pre-commit'), 'utf8');
    const key = makeKey('openai-project-key');
    mkdirSync(project.path('--output=.git/hooks'), { recursive: true });
    writeFileSync(project.path('--output=.git/hooks/pre-commit'), `OPENAI_API_KEY=${key}\n`);
    project.git('add', '-A');
    const res = commit();
    expect(res.code).not.toBe(0);
    expect(output(res)).toContain('--output=.git/hooks/pre-commit:1');
    expectNoKeyIn([res.stdout, res.stderr], [key]);
    // Taken as an option, it would have written the report over the framework's own hook.
    expect(readFileSync(project.path('.git/hooks/pre-commit'), 'utf8')).toBe(hook);
    project.git('rm', '-q', '-r', '--cached', '--', '--output=.git');
    rmSync(project.path('--output=.git'), { recursive: true, force: true });
  });
});

describe.skipIf(!hasPreCommit)('pre-commit framework: this repository (language: script), with no registry', () => {
  it('installs nothing, and blocks a commit that adds a key with the node on the PATH', () => {
    const repo = mainRepository(cleanup);
    const home = tempDir('skguard-pre-commit-home-');
    const cache = tempDir('skguard-npm-cache-');
    cleanup.push(home, cache);
    const own = hookEnv({ PRE_COMMIT_HOME: home, ...noRegistry(cache) });
    const p = new TestRepo();
    try {
      p.write('.pre-commit-config.yaml', preCommitConfig(repo));
      p.commit('init');
      expect(run('pre-commit', ['install'], p.dir, own).code).toBe(0);
      const key = makeKey('anthropic-api-key');
      p.write('settings.py', `ANTHROPIC_API_KEY = "${key}"\n`);
      p.git('add', '-A');
      const before = head(p.dir);
      const res = run('git', ['commit', '-q', '-m', 'key'], p.dir, own);
      expect(res.code).not.toBe(0);
      expect(output(res)).toMatch(/skguard \(AI-provider API keys\)\.+Failed/);
      expect(output(res)).toContain('settings.py:1');
      expectNoKeyIn([res.stdout, res.stderr], [key]);
      expect(head(p.dir)).toBe(before);
      expect(gitIn(p.dir, ['status', '--porcelain'], own).stdout).toContain('settings.py');
    } finally {
      p.dispose();
    }
  });
});
