import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';

/** `skguard hook run [FILE...]`, the pre-commit framework's entry, in-process. */
const repos: TestRepo[] = [];
function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

const hookRun = async (cwd: string, ...args: string[]) => {
  const res = await runCli(['hook', 'run', '--format', 'json', ...args], { cwd });
  const parsed = res.stdout ? JSON.parse(res.stdout) : { findings: [], stats: {} };
  return {
    ...res,
    source: parsed.stats?.source as string,
    found: (parsed.findings as { file: string; line: number }[]).map((f) => `${f.file}:${f.line}`),
  };
};

describe('skguard hook run', () => {
  it('given only staged files, checks them as the commit records them: index, added lines only', async () => {
    const r = repo();
    const old = makeKey('openai-legacy-key');
    r.write('a.env', `A=${old}\n`).write('b.txt', 'b\n').commit();
    const added = makeKey('anthropic-api-key');
    r.write('a.env', `A=${old}\nB=${added}\n`).write('b.txt', 'b\nc\n');
    r.git('add', '-A');
    // A key only in the work tree, as when the framework has not set unstaged changes aside.
    r.write('b.txt', `b\nc\n${makeKey('openrouter-api-key')}\n`);
    const res = await hookRun(r.dir, 'a.env', 'b.txt');
    expect(res.code).toBe(1);
    expect(res.source).toBe('staged');
    expect(res.found).toEqual(['a.env:2']);
  });

  it('limits the commit check to the files it is given (the framework applies files/exclude)', async () => {
    const r = repo();
    r.write('a.txt', `${makeKey('openai-project-key')}\n`).write('b.txt', 'fine\n');
    r.git('add', '-A');
    expect((await hookRun(r.dir, 'b.txt')).code).toBe(0);
    expect((await hookRun(r.dir)).found).toEqual(['a.txt:1']); // no names: all of the commit
  });

  it('given a file that is not staged (--all-files, --files), checks it whole as it is in the work tree', async () => {
    const r = repo();
    const committed = makeKey('openai-admin-key');
    r.write('deploy/prod.env', `KEY=${committed}\n`).write('x.txt', 'x\n').commit();
    const res = await hookRun(r.dir, 'deploy/prod.env', 'x.txt');
    expect(res.code).toBe(1);
    expect(res.source).toBe('files');
    expect(res.found).toEqual(['deploy/prod.env:1']);

    // One unstaged name is enough: every file is then read from the work tree, whole.
    r.write('x.txt', 'x\ny\n');
    r.git('add', 'x.txt');
    const unstaged = makeKey('anthropic-api-key');
    r.write('x.txt', `x\ny\n${unstaged}\n`);
    const mixed = await hookRun(r.dir, 'deploy/prod.env', 'x.txt');
    expect(mixed.found).toEqual(['deploy/prod.env:1', 'x.txt:3']);
    expectNoKeyIn([mixed.stdout, mixed.stderr], [committed, unstaged]);
  });

  it('reads names relative to the current folder, passes over links, folders and vanished files', async () => {
    const r = repo();
    r.write('src/app/key.txt', `${makeKey('openrouter-api-key')}\n`)
      .write('src/app/ok.txt', 'ok\n')
      .commit();
    symlinkSync('key.txt', r.path('src/app/link.txt'));
    mkdirSync(r.path('src/app/dir'));
    const res = await hookRun(r.path('src'), 'app/key.txt', 'app/ok.txt', 'app/link.txt', 'app/dir', 'app/gone.txt');
    expect(res.found).toEqual(['src/app/key.txt:1']);
  });

  it('refuses a name outside the repository', async () => {
    const r = repo();
    r.write('a.txt', 'a\n').commit();
    const outside = tempDir();
    const res = await runCli(['hook', 'run', `${outside}/x.txt`], { cwd: r.dir });
    rmSync(outside, { recursive: true, force: true });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('not a file in the repository');
  });

  it('honours the config exclude and says nothing of .skguardignore entries for other files', async () => {
    const r = repo();
    r.write('.skguard.json', JSON.stringify({ exclude: ['fixtures/**'] }))
      .write('.skguardignore', '0123456789abcdef01234567\n')
      .write('fixtures/sample.txt', `${makeKey('openai-project-key')}\n`)
      .write('b.txt', 'b\n')
      .commit();
    const text = await runCli(['hook', 'run', 'fixtures/sample.txt', 'b.txt'], { cwd: r.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('.skguardignore');
    expect(text.stdout).toContain('no keys found');
  });

  it('blocks with the commit message in text, and stays silent on a clean commit', async () => {
    const r = repo();
    r.write('k.txt', `${makeKey('openai-project-key')}\n`);
    r.git('add', '-A');
    const blocked = await runCli(['hook', 'run', 'k.txt'], { cwd: r.dir });
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('skguard: commit blocked');
    r.git('rm', '-q', '--cached', 'k.txt');
    r.write('c.txt', 'clean\n');
    r.git('add', 'c.txt');
    expect(await runCli(['hook', 'run', 'c.txt'], { cwd: r.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
