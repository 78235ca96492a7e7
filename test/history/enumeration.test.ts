import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobReader, type BlobRef } from '../../src/sources/history/blob-reader.js';
import { requestBlobs } from '../../src/sources/history/enumeration.js';
import { runCli } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { gitEnv, TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
function newRepo(options?: ConstructorParameters<typeof TestRepo>[0]): TestRepo {
  const repo = new TestRepo(options);
  repos.push(repo);
  return repo;
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...gitEnv }, encoding: 'utf8' });

interface Report {
  findings: { file: string; commit?: string }[];
  stats: { blobs?: number };
  notes: { code: string; message: string }[];
}
async function history(dir: string, ...args: string[]) {
  const r = await runCli(['history', '--format', 'json', ...args], { cwd: dir });
  return { code: r.code, stderr: r.stderr, report: JSON.parse(r.stdout || '{"findings":[],"notes":[]}') as Report };
}

/** Reads every blob `requestBlobs` asks for, in the order it asks. */
async function readAll(dir: string, isDefault: boolean) {
  const read: BlobRef[] = [];
  const reader = new BlobReader(
    dir,
    { whole: (b) => read.push(b), start: (b) => read.push(b), chunk: () => {}, end: () => {}, skip: () => {} },
    1 << 20,
  );
  const enumeration = await requestBlobs(dir, { args: ['--all'], isDefault }, reader, () => {}, true);
  return { read, enumeration };
}

describe('pack-order enumeration (every ref)', () => {
  it('reads every stored blob once, in the order the packs and loose objects list them', async () => {
    const repo = newRepo();
    for (let i = 0; i < 5; i++) {
      repo.write('a.txt', `version ${i}\n`).write(`f${i}.txt`, `file ${i}\n`);
      repo.commit(`c${i}`);
    }
    repo.git('repack', '-adq');
    repo.write('loose.txt', 'not packed\n');
    repo.commit('loose');

    const { read, enumeration } = await readAll(repo.dir, true);
    const listing = git(
      repo.dir,
      'cat-file',
      '--batch-all-objects',
      '--unordered',
      '--batch-check=%(objecttype) %(objectname)',
    )
      .split('\n')
      .filter((l) => l.startsWith('blob '))
      .map((l) => l.slice(5));
    expect(enumeration).toMatchObject({ source: 'object-store', listed: listing.length, missing: 0 });
    expect(read.map((b) => b.id)).toEqual(listing);
    expect(new Set(listing).size).toBe(listing.length);
    expect(read.every((b) => b.name === '')).toBe(true);
  });

  it('lists blobs from the revisions, with their paths, when a range or revision is given', async () => {
    const repo = newRepo();
    repo.write('dir/a.txt', 'a\n');
    repo.commit();
    const { read, enumeration } = await readAll(repo.dir, false);
    expect(enumeration.source).toBe('revisions');
    expect(read.map((b) => b.name)).toEqual(['dir/a.txt']);
  });

  it('does not report a key left only in an unreachable blob (a commit reset away), though it reads it', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('a.txt', 'a\n');
    repo.commit('start');
    repo.write('k.env', `KEY=${key}\n`);
    repo.commit('oops');
    repo.git('reset', '-q', '--hard', 'HEAD~1');

    const r = await history(repo.dir);
    expect(r.code).toBe(0);
    expect(r.report.findings).toEqual([]);
    expect(r.report.notes.map((n) => n.code)).not.toContain('unattributed-key');
  });

  it('reports a key in a blob a tag names inside a tree, with its path and no commit', async () => {
    const repo = newRepo();
    const key = makeKey('anthropic-api-key');
    repo.write('a.txt', 'a\n');
    repo.commit();
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: `K=${key}\n` })
      .toString()
      .trim();
    const tree = execFileSync('git', ['mktree'], { cwd: repo.dir, input: `100644 blob ${blob}\tkeys.env\n` })
      .toString()
      .trim();
    repo.git('tag', 'a-tree', tree);

    const r = await history(repo.dir);
    expect(r.code).toBe(1);
    expect(r.report.findings).toMatchObject([{ file: 'keys.env' }]);
    expect(r.report.findings[0]?.commit).toBeUndefined();
  });

  it('gives the submodule note for a .gitmodules file at any depth, and not for a look-alike under another name', async () => {
    const declaration = '[submodule "lib"]\n\tpath = lib\n\turl = https://example.test/lib.git\n';
    const nested = newRepo();
    nested.write('vendor/tool/.gitmodules', declaration);
    nested.commit();
    expect((await history(nested.dir)).report.notes.map((n) => n.code)).toContain('submodules');

    const lookalike = newRepo();
    lookalike.write('docs/gitmodules-example.txt', declaration);
    lookalike.commit();
    expect((await history(lookalike.dir)).report.notes.map((n) => n.code)).not.toContain('submodules');
  });
});

describe('repositories whose object store is not their own', () => {
  it('counts the objects a partial clone lacks, never fetches them, and reads what it has', async () => {
    const origin = newRepo();
    const key = makeKey('openai-project-key');
    origin.write('a.txt', 'a\n').write('k.env', `KEY=${key}\n`);
    origin.commit();
    origin.write('b.txt', 'b\n');
    origin.commit();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    const dir = tempDir();
    const clone = newRepo({ init: false, dir });
    git(tmpdir(), 'clone', '-q', '--no-checkout', '--filter=blob:none', `file://${origin.dir}`, dir);
    // With the promisor remote gone, any lazy fetch would fail the run.
    rmSync(origin.dir, { recursive: true, force: true });

    const r = await history(clone.dir);
    expect(r.code).toBe(0);
    expect(r.report.notes.find((n) => n.code === 'missing-objects')?.message).toMatch(
      /^3 objects are not in this clone/,
    );
    expect(git(clone.dir, 'rev-list', '--objects', '--all', '--missing=print').match(/^\?/gm)).toHaveLength(3);
  });

  it('reads only the blobs its revisions reach in a clone that borrows another store (--shared)', async () => {
    const origin = newRepo();
    origin.write('a.txt', 'a\n');
    origin.commit();
    origin.git('checkout', '-q', '-b', 'other');
    origin.write('other.txt', 'only on another branch\n');
    origin.commit();
    origin.git('checkout', '-q', 'main');
    const dir = tempDir();
    const clone = newRepo({ init: false, dir });
    git(tmpdir(), 'clone', '-q', '--shared', '--single-branch', '-b', 'main', origin.dir, dir);

    const r = await history(clone.dir);
    expect(r.report.stats.blobs).toBe(1);
  });
});

describe("how git's output is received", () => {
  it('reads the same blobs through a pipe when no output socket can be made (TMPDIR unusable)', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n').write('b.txt', 'b\n');
    repo.commit();
    const viaSocket = await readAll(repo.dir, false);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = repo.path('no/such/dir');
    try {
      const viaPipe = await readAll(repo.dir, false);
      expect(viaPipe.read).toEqual(viaSocket.read);
      expect(viaPipe.read).toHaveLength(2);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('leaves no socket behind in the temporary directory', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'a\n');
    repo.commit();
    const scratch = repo.path('tmp');
    mkdirSync(scratch);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
    try {
      expect((await readAll(repo.dir, true)).read).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(readdirSync(scratch)).toEqual([]);
  });
});
