import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

const staged = async (r: TestRepo) => {
  const res = await runCli(['staged', '--format', 'json'], { cwd: r.dir });
  return { ...res, findings: JSON.parse(res.stdout).findings as { file: string; line: number; rule: string }[] };
};

describe('skguard staged', () => {
  it('reads the index, not the work tree: a partially staged file is judged by what is staged', async () => {
    const r = repo();
    r.write('app.py', 'print(1)\n').commit();
    const stagedKey = makeKey('openai-project-key');
    const unstagedKey = makeKey('anthropic-api-key');
    r.write('app.py', `print(1)\nKEY = "${stagedKey}"\n`);
    r.git('add', 'app.py');
    r.write('app.py', `print(1)\nKEY = "${stagedKey}"\nOTHER = "${unstagedKey}"\n`);
    const res = await staged(r);
    expect(res.code).toBe(1);
    expect(res.findings.map((f) => [f.file, f.line, f.rule])).toEqual([['app.py', 2, 'openai-project-key']]);

    // The key only in the work tree does not block.
    const clean = repo();
    clean.write('app.py', 'print(1)\n').commit();
    clean.write('app.py', `print(1)\nOTHER = "${unstagedKey}"\n`);
    expect((await staged(clean)).code).toBe(0);
  });

  it('reports only keys on the lines the commit adds', async () => {
    const r = repo();
    const old = makeKey('openai-legacy-key');
    r.write('config.env', `A=${old}\n`).commit();
    const added = makeKey('openai-legacy-key');
    r.write('config.env', `A=${old}\nB=${added}\n`);
    r.git('add', '-A');
    const res = await staged(r);
    expect(res.findings.map((f) => f.line)).toEqual([2]);
  });

  it('reports every line in a repository with no commit yet', async () => {
    const r = repo();
    r.write('first.txt', `x\n${makeKey('openrouter-api-key')}\n`);
    r.git('add', '-A');
    expect((await staged(r)).findings).toMatchObject([{ file: 'first.txt', line: 2 }]);
  });

  it('a rename adds no line, a deletion adds nothing, a modified line does', async () => {
    const r = repo();
    const key = makeKey('openai-legacy-key');
    r.write('old/name.txt', `line\n${key}\n`)
      .write('gone.txt', `${makeKey('openai-legacy-key')}\n`)
      .commit();
    r.git('mv', 'old/name.txt', 'new name.txt');
    r.git('rm', '-q', 'gone.txt');
    expect((await staged(r)).code).toBe(0);
    r.write('new name.txt', `line changed\n${key}\n`);
    r.git('add', '-A');
    expect((await staged(r)).code).toBe(0); // the key's line itself is unchanged
    r.write('new name.txt', `line changed\n${key} # moved\n`);
    r.git('add', '-A');
    expect((await staged(r)).findings).toMatchObject([{ file: 'new name.txt', line: 2 }]);
  });

  it('handles file names with spaces, unicode and newlines', async () => {
    const r = repo();
    r.write('base.txt', 'x\n').commit();
    for (const name of ['a b.txt', 'ünï.txt', 'new\nline.txt', '"quoted".txt'])
      r.write(name, `${makeKey('openai-legacy-key')}\n`);
    r.git('add', '-A');
    expect((await staged(r)).findings.map((f) => f.file).sort()).toEqual(
      ['"quoted".txt', 'a b.txt', 'new\nline.txt', 'ünï.txt'].sort(),
    );
  });

  it('skips binary files and symbolic links, honours .skguard.json excludes and inline allow', async () => {
    const r = repo();
    r.write('base.txt', 'x\n').commit();
    r.write('bin.dat', Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(makeKey('openai-legacy-key'))]));
    r.write('.skguard.json', JSON.stringify({ exclude: ['fixtures/**'] }));
    r.write('fixtures/k.txt', makeKey('openai-legacy-key'));
    r.write('ok.txt', `${makeKey('openai-legacy-key')} # skguard:allow documented test key\n`);
    r.git('add', '-A');
    const res = await staged(r);
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).stats).toMatchObject({
      skipped: expect.objectContaining({ binary: 1, excluded: 1 }),
      suppressed: { inline: 1 },
    });
  });

  it('prints nothing when the commit is clean, and a closing line with --verbose', async () => {
    const r = repo();
    r.write('a.txt', 'hello\n');
    r.git('add', '-A');
    expect(await runCli(['staged'], { cwd: r.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await runCli(['staged', '--verbose'], { cwd: r.dir })).stdout).toMatch(/no keys found/);
  });

  it('never changes the index or the work tree', async () => {
    const r = repo();
    r.write('a.txt', 'x\n').commit();
    const key = makeKey('openai-legacy-key');
    r.write('a.txt', `x\n${key}\n`);
    r.git('add', 'a.txt');
    r.write('a.txt', 'x\nwork tree only\n');
    const index = () =>
      createHash('sha256')
        .update(readFileSync(r.path('.git/index')))
        .digest('hex');
    const before = [index(), r.git('status', '--porcelain=v2'), readFileSync(r.path('a.txt'), 'utf8')];
    const res = await runCli(['staged'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect([index(), r.git('status', '--porcelain=v2'), readFileSync(r.path('a.txt'), 'utf8')]).toEqual(before);
    expectNoKeyIn([res.stdout, res.stderr], [key]);
  });

  it('is an error (exit 2) outside a git repository', async () => {
    const res = await runCli(['staged'], { cwd: tempDir() });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^skguard: error: not a git repository/);
  });
});
