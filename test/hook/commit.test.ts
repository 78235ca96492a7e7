import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIST_CLI } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';
import { gitIn, head, hookEnv, type Run, run, skguardIn } from './support.js';

/**
 * End to end through real `git commit`: the hook `skguard hook install` writes into .git/hooks
 * (installed by the bundled CLI, as a user runs it), then commits that must pass silently or be
 * blocked with the message.
 */
const repos: TestRepo[] = [];
const dirs: string[] = [];
function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  const res = skguardIn(r.dir, ['hook', 'install']);
  expect(res.code, res.stderr).toBe(0);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const commit = (cwd: string, ...args: string[]) => gitIn(cwd, ['commit', '-q', '-m', 'change', ...args]);

function expectBlocked(res: Run, keys: string[], where: string[]): void {
  expect(res.code).not.toBe(0);
  const out = res.stdout + res.stderr;
  expect(out).toContain('skguard: commit blocked');
  for (const w of where) expect(out).toContain(w);
  expectNoKeyIn([res.stdout, res.stderr], keys);
}

function expectSilentPass(res: Run): void {
  expect(res).toEqual({ code: 0, stdout: '', stderr: '' });
}

describe('plain git hook: blocked and clean commits', () => {
  it('blocks a commit that adds a key, naming file:line, provider, redacted key, fix, suppression and bypass', async () => {
    const r = repo();
    r.write('README.md', '# app\n').commit('init');
    const before = head(r.dir);
    const key = makeKey('openai-project-key');
    r.write('src/config.ts', `export const config = {\n  apiKey: "${key}",\n};\n`);
    r.git('add', '-A');
    const res = commit(r.dir);
    expectBlocked(
      res,
      [key],
      ['src/config.ts:2', 'openai', 'sk-proj-', 'fingerprint', 'environment variable', 'rotate'],
    );
    const out = res.stdout + res.stderr;
    expect(out).toContain('skguard:allow');
    expect(out).toMatch(/skguard ignore [0-9a-f]{24} --reason "not a key: <why>"/);
    expect(out).toContain('git commit --no-verify');
    expect(out).toContain('SKIP=skguard');
    expect(head(r.dir)).toBe(before);
  });

  it('passes a clean commit in silence, even with .skguardignore entries for keys elsewhere', async () => {
    const r = repo();
    r.write('.skguardignore', '# a test fixture elsewhere\n0123456789abcdef01234567\n').commit('init');
    r.write('src/app.ts', 'const key = process.env.OPENAI_API_KEY;\n');
    r.git('add', '-A');
    expectSilentPass(commit(r.dir));
  });

  it('passes what --verbose asks for through `hook install -- ARGS` into the hook', async () => {
    const r = repo();
    expect(skguardIn(r.dir, ['hook', 'install', '--', '--verbose']).code).toBe(0);
    r.write('a.txt', 'a\n');
    r.git('add', '-A');
    const res = commit(r.dir);
    expect(res.code).toBe(0);
    expect(res.stdout + res.stderr).toContain('no keys found');
  });

  it('judges a partially staged file by the index: a key only in the work tree passes, a staged one blocks', async () => {
    const r = repo();
    r.write('app.py', 'print(1)\n').commit('init');
    const key = makeKey('anthropic-api-key');
    r.write('app.py', 'print(1)\nprint(2)\n');
    r.git('add', 'app.py');
    r.write('app.py', `print(1)\nprint(2)\nKEY = "${key}"\n`);
    expectSilentPass(commit(r.dir));

    r.git('add', 'app.py');
    r.write('app.py', 'print(1)\nprint(2)\n');
    expectBlocked(commit(r.dir), [key], ['app.py:3', 'anthropic']);
  });

  it('checks what `git commit -a` records, though nothing was staged by hand', async () => {
    const r = repo();
    r.write('settings.env', 'DEBUG=1\n').commit('init');
    const key = makeKey('openrouter-api-key');
    r.write('settings.env', `DEBUG=1\nOPENROUTER_API_KEY=${key}\n`);
    expectBlocked(commit(r.dir, '-a'), [key], ['settings.env:2', 'openrouter']);
    expect(gitIn(r.dir, ['diff', '--cached', '--quiet']).code).toBe(0); // the temporary index was dropped
  });

  it('checks `git commit --amend`: a key added while amending blocks, a message-only amend passes', async () => {
    const r = repo();
    r.write('a.txt', 'a\n').commit('init');
    expectSilentPass(gitIn(r.dir, ['commit', '-q', '--amend', '-m', 'reworded']));
    const key = makeKey('openai-legacy-key');
    r.write('a.txt', `a\n${key}\n`);
    r.git('add', '-A');
    expectBlocked(gitIn(r.dir, ['commit', '-q', '--amend', '--no-edit']), [key], ['a.txt:2']);
  });

  it('checks a merge commit concluded after a conflict: a key in the resolution blocks', async () => {
    const r = repo();
    r.write('conf.txt', 'base\n').commit('init');
    r.git('checkout', '-q', '-b', 'feature');
    r.write('conf.txt', 'feature\n').commit('feature');
    r.git('checkout', '-q', 'main');
    r.write('conf.txt', 'main\n').commit('main');
    expect(gitIn(r.dir, ['merge', '-q', 'feature']).code).not.toBe(0); // conflict
    const key = makeKey('openai-service-account-key');
    r.write('conf.txt', `main\nfeature\nKEY=${key}\n`);
    r.git('add', 'conf.txt');
    expectBlocked(gitIn(r.dir, ['commit', '-q', '--no-edit']), [key], ['conf.txt:3']);

    r.write('conf.txt', 'main\nfeature\n');
    r.git('add', 'conf.txt');
    expectSilentPass(gitIn(r.dir, ['commit', '-q', '--no-edit']));
    expect(r.git('rev-list', '--parents', '-n', '1', 'HEAD').trim().split(' ')).toHaveLength(3);
  });

  it('checks a commit made in a linked worktree', async () => {
    const r = repo();
    r.write('a.txt', 'a\n').commit('init');
    const wtParent = tempDir();
    dirs.push(wtParent);
    const wt = path.join(wtParent, 'wt');
    r.git('worktree', 'add', '-q', '-b', 'side', wt);
    const key = makeKey('anthropic-admin-key');
    writeFileSync(path.join(wt, 'b.txt'), `${key}\n`);
    gitIn(wt, ['add', '-A']);
    expectBlocked(commit(wt), [key], ['b.txt:1', 'anthropic']);
    writeFileSync(path.join(wt, 'b.txt'), 'fine\n');
    gitIn(wt, ['add', '-A']);
    expectSilentPass(commit(wt));
  });

  it('names files with spaces and non-ASCII characters as they are', async () => {
    const r = repo();
    const key = makeKey('openai-admin-key');
    r.write('docs/my notes/clé ünïcødé.md', `token: ${key}\n`);
    r.git('add', '-A');
    expectBlocked(commit(r.dir), [key], ['docs/my notes/clé ünïcødé.md:1']);
  });
});

describe('plain git hook: finding skguard', () => {
  /** A copy of the built package that can be deleted, as when a project drops its dependency. */
  function copyPackage(at?: string): string {
    const dir = at ?? tempDir();
    if (at === undefined) dirs.push(dir);
    mkdirSync(dir, { recursive: true });
    cpSync(path.dirname(DIST_CLI), path.join(dir, 'dist'), { recursive: true });
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: '@skguard/cli', bin: { skguard: 'dist/cli.js' } }),
    );
    return path.join(dir, 'dist', 'cli.js');
  }

  it('works where skguard is not on the PATH: the hook runs the CLI that installed it', async () => {
    const r = new TestRepo();
    repos.push(r);
    const cli = copyPackage();
    expect(run(process.execPath, [cli, 'hook', 'install'], r.dir).code).toBe(0);
    expect(readFileSync(r.path('.git/hooks/pre-commit'), 'utf8')).toContain(`cli='${cli}'`);
    const key = makeKey('openai-project-key');
    r.write('k.txt', `${key}\n`);
    r.git('add', '-A');
    // Only git's own folder on the PATH: no skguard, no npx.
    const env = hookEnv({ PATH: path.dirname(run('sh', ['-c', 'command -v git'], r.dir).stdout.trim()) });
    expectBlocked(gitIn(r.dir, ['commit', '-q', '-m', 'x'], env), [key], ['k.txt:1']);
  });

  it('falls back to skguard on the PATH when that CLI is gone, and lets the commit through with a one-line fix when there is none', async () => {
    const r = new TestRepo();
    repos.push(r);
    const cli = copyPackage();
    expect(run(process.execPath, [cli, 'hook', 'install'], r.dir).code).toBe(0);
    rmSync(path.dirname(path.dirname(cli)), { recursive: true, force: true });
    const key = makeKey('openai-project-key');
    r.write('k.txt', `${key}\n`);
    r.git('add', '-A');

    const bin = tempDir();
    dirs.push(bin);
    symlinkSync(DIST_CLI, path.join(bin, 'skguard'));
    const withBin = hookEnv({ PATH: `${bin}:${process.env.PATH}` });
    expectBlocked(gitIn(r.dir, ['commit', '-q', '-m', 'x'], withBin), [key], ['k.txt:1']);

    // skguard gone altogether: the hook fails open, saying so in one line with the fix. Blocking
    // every commit over a removed tool would leave only --no-verify, which skips every other hook too.
    const gone = hookEnv({ PATH: path.dirname(run('sh', ['-c', 'command -v git'], r.dir).stdout.trim()) });
    const res = gitIn(r.dir, ['commit', '-q', '-m', 'unchecked'], gone);
    expect(res.code, res.stderr).toBe(0);
    expect(r.git('log', '-1', '--format=%s').trim()).toBe('unchecked');
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('skguard: this commit was NOT checked for API keys');
    expect(res.stderr).toContain(`${cli} is gone`);
    expect(res.stderr).toContain('Fix: npm install --global @skguard/cli && skguard hook install');
    expect(res.stderr).toContain('rm ".git/hooks/pre-commit"');
    expectNoKeyIn([res.stdout, res.stderr], [key]);
  });

  it.each([
    ['pnpm dlx', '.cache/pnpm/dlx/5f2a/node_modules/@skguard/cli', "pnpm dlx's cache"],
    ['yarn dlx or bunx', 'tmp/xfs-8c1e/dlx-4242/node_modules/@skguard/cli', 'the temporary folder'],
  ])('refuses to record a skguard that %s runs from a cache or the temporary folder', async (_runner, where, said) => {
    const r = new TestRepo();
    repos.push(r);
    const base = tempDir();
    dirs.push(base);
    const cli = copyPackage(path.join(base, where));
    const res = run(process.execPath, [cli, 'hook', 'install'], r.dir, hookEnv({ TMPDIR: path.join(base, 'tmp') }));
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(`skguard is running from ${said}`);
    expect(res.stderr).toContain('npm install --save-dev @skguard/cli');
    expect(existsSync(r.path('.git/hooks/pre-commit'))).toBe(false);
  });

  it('runs a hook it replaced with --force first: its failure blocks, its success lets skguard decide', async () => {
    const r = new TestRepo();
    repos.push(r);
    const theirs = r.path('.git/hooks/pre-commit');
    mkdirSync(path.dirname(theirs), { recursive: true });
    writeFileSync(theirs, '#!/bin/sh\necho "their check ran" >&2\n[ ! -f block-me ]\n');
    chmodSync(theirs, 0o755);
    expect(skguardIn(r.dir, ['hook', 'install', '--force']).code).toBe(0);

    r.write('block-me', 'x\n');
    r.git('add', '-A');
    const blocked = commit(r.dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stderr).toContain('their check ran');
    expect(blocked.stderr).not.toContain('skguard');

    r.git('rm', '-q', '--cached', 'block-me');
    rmSync(r.path('block-me'));
    const key = makeKey('openai-legacy-key');
    r.write('k.txt', `${key}\n`);
    r.git('add', '-A');
    const res = commit(r.dir);
    expect(res.stderr).toContain('their check ran');
    expectBlocked(res, [key], ['k.txt:1']);

    expect(skguardIn(r.dir, ['hook', 'uninstall']).code).toBe(0);
    const after = commit(r.dir);
    expect(after.code).toBe(0); // their hook alone again: it knows nothing of keys
    expect(after.stderr).toBe('their check ran\n');
  });
});
