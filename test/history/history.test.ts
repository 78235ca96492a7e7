import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/index.js';
import type { Finding } from '../../src/core/types.js';
import { FORMATS } from '../../src/report/index.js';
import { runCli, runDist } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { gitEnv, TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
function newRepo(): TestRepo {
  const repo = new TestRepo();
  repos.push(repo);
  return repo;
}

interface Report {
  findings: Finding[];
  stats: {
    commits?: number;
    blobs?: number;
    files: number;
    skipped: Record<string, number>;
    suppressed: Record<string, number>;
  };
  notes: { level: string; code: string; message: string }[];
}

async function history(repo: TestRepo, ...args: string[]) {
  const r = await runCli(['history', '--format', 'json', ...args], { cwd: repo.dir });
  const report = (r.stdout ? JSON.parse(r.stdout) : { findings: [], notes: [] }) as Report;
  return { ...r, report, findings: report.findings };
}

/** The findings as (key, path, commit, line) — comparable regardless of order. */
function where(findings: Finding[], keys: Record<string, string>) {
  const byFingerprint = new Map(Object.entries(keys).map(([name, key]) => [fingerprint(key), name]));
  return findings
    .map((f) => ({ key: byFingerprint.get(f.fingerprint) ?? '?', file: f.file, commit: f.commit, line: f.line }))
    .sort((a, b) => `${a.key}${a.file}`.localeCompare(`${b.key}${b.file}`));
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('skguard history', () => {
  it('reports a key added then removed, with the commit that added it, its path, line, author and date', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('app/settings.py', lines('DEBUG = True', 'NAME = "demo"'));
    repo.commit('start');
    repo.write('app/settings.py', lines('DEBUG = True', 'NAME = "demo"', `OPENAI_API_KEY = "${key}"`));
    const added = repo.commit('add key');
    repo.write(
      'app/settings.py',
      lines('DEBUG = True', 'NAME = "demo"', 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]'),
    );
    repo.commit('remove key');

    const r = await history(repo);
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      file: 'app/settings.py',
      line: 3,
      column: 19,
      commit: added,
      author: gitEnv.GIT_AUTHOR_NAME,
      date: '2024-01-01T00:00:00+00:00',
      provider: 'openai',
    });
    expect(r.report.stats).toMatchObject({ commits: 3, blobs: 3 });
    expect(JSON.stringify(r.report)).not.toContain('author@example.test');
  });

  it('reports one finding per (key, path): a key kept through later commits once, a copy at a new path once more', async () => {
    const repo = newRepo();
    const key = makeKey('anthropic-api-key');
    repo.write('config.env', lines('A=1', `ANTHROPIC_API_KEY=${key}`));
    const first = repo.commit('add');
    repo.write('config.env', lines('A=2', `ANTHROPIC_API_KEY=${key}`, 'B=3'));
    repo.commit('edit another line');
    repo.write('config.env', lines('A=2', 'B=3', `ANTHROPIC_API_KEY=${key}`));
    repo.commit('move the key down in the same file');
    repo.write('deploy/prod.env', lines('# prod', 'X=1', 'Y=2', 'Z=3', `ANTHROPIC_API_KEY=${key}`));
    const copied = repo.commit('copy');

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([
      { key: 'key', file: 'config.env', commit: first, line: 2 },
      { key: 'key', file: 'deploy/prod.env', commit: copied, line: 5 },
    ]);
  });

  it('finds keys on side branches, merged and unmerged; a merged key is attributed to its branch commit, once', async () => {
    const repo = newRepo();
    const merged = makeKey('openai-project-key');
    const unmerged = makeKey('openrouter-api-key');
    repo.write('README.md', 'hello\n');
    repo.commit('start');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write(
      'src/client.ts',
      lines('import OpenAI from "openai";', `const client = new OpenAI({ apiKey: "${merged}" });`),
    );
    const onFeature = repo.commit('feature: client');
    repo.git('checkout', '-q', 'main');
    repo.write('README.md', 'hello again\n');
    repo.commit('main moves on');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    repo.git('checkout', '-q', '-b', 'experiment', 'HEAD~1');
    repo.write('scratch.js', lines('// try', `fetch(url, { headers: { Authorization: "Bearer ${unmerged}" } })`));
    const onExperiment = repo.commit('experiment');
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-D', 'feature');

    const r = await history(repo);
    expect(where(r.findings, { merged, unmerged })).toEqual([
      { key: 'merged', file: 'src/client.ts', commit: onFeature, line: 2 },
      { key: 'unmerged', file: 'scratch.js', commit: onExperiment, line: 2 },
    ]);
  });

  it('attributes a key that a merge itself adds (in neither parent) to the merge commit', async () => {
    const repo = newRepo();
    const key = makeKey('openai-admin-key');
    repo.write('a.txt', 'a\n');
    repo.commit('start');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('b.txt', 'b\n');
    repo.commit('side');
    repo.git('checkout', '-q', 'main');
    repo.write('c.txt', 'c\n');
    repo.commit('main');
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'side');
    repo.write('a.txt', lines('a', `admin=${key}`));
    repo.git('add', 'a.txt');
    repo.git('commit', '-q', '-m', 'merge with an extra change');
    const merge = repo.git('rev-parse', 'HEAD').trim();

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'a.txt', commit: merge, line: 2 }]);
  });

  it('does not report a renamed file again at its new path', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('old/.env', lines(`OPENAI_API_KEY=${key}`));
    const added = repo.commit('add');
    repo.git('mv', 'old/.env', 'new.env');
    repo.commit('rename');
    repo.write('new.env', lines('# moved', `OPENAI_API_KEY=${key}`));
    repo.commit('edit after the rename');

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'old/.env', commit: added, line: 1 }]);
    const renameOnly = await history(repo, `${added}..HEAD`);
    expect(renameOnly.code).toBe(0);
    expect(renameOnly.findings).toEqual([]);
  });

  it('reports a key renamed on a side branch and then merged once, at the path and commit that added it', async () => {
    const repo = newRepo();
    const key = makeKey('anthropic-api-key');
    repo.write('a.txt', 'a\n');
    repo.commit('start');
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('draft.env', `KEY=${key}\n`);
    const added = repo.commit('side adds a key');
    repo.git('mv', 'draft.env', 'final.env');
    repo.commit('side renames it');
    repo.git('checkout', '-q', 'main');
    repo.write('b.txt', 'b\n');
    repo.commit('main moves on');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'draft.env', commit: added, line: 1 }]);
  });

  it('finds a key inside a notebook (.ipynb JSON, escaped string) at its JSON line', async () => {
    const repo = newRepo();
    const key = makeKey('openai-service-account-key');
    const notebook = JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', source: ['# Analysis\n'] },
          { cell_type: 'code', source: ['import openai\n', `client = openai.OpenAI(api_key="${key}")\n`] },
        ],
        nbformat: 4,
      },
      null,
      1,
    );
    repo.write('notebooks/analysis.ipynb', notebook);
    const added = repo.commit('notebook');
    repo.write('notebooks/analysis.ipynb', notebook.replace(key, 'os.environ[\\"OPENAI_API_KEY\\"]'));
    repo.commit('clean notebook');

    const r = await history(repo);
    const line = notebook.split('\n').findIndex((l) => l.includes(key)) + 1;
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'notebooks/analysis.ipynb', commit: added, line }]);
  });

  it('reports, for a range, only the keys its commits add', async () => {
    const repo = newRepo();
    const before = makeKey('openai-project-key');
    const inRange = makeKey('anthropic-api-key');
    const inRangeToo = makeKey('openrouter-api-key');
    repo.write('config.py', lines('X = 1', `OLD_KEY = "${before}"`));
    repo.commit('before the range');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('config.py', lines('X = 2', `OLD_KEY = "${before}"`, `NEW_KEY = "${inRange}"`));
    const adds = repo.commit('adds a key next to an old one');
    repo.write('config.py', lines('X = 2', `NEW_KEY = "${inRange}"`));
    repo.commit('removes the old key');
    repo.git('checkout', '-q', '-b', 'side', 'main');
    repo.write('side.txt', `token ${inRangeToo}\n`);
    const onSide = repo.commit('side');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-ff', '-m', 'merge side', 'side');

    const r = await history(repo, 'main..feature');
    expect(r.code).toBe(1);
    expect(where(r.findings, { before, inRange, inRangeToo })).toEqual([
      { key: 'inRange', file: 'config.py', commit: adds, line: 3 },
      { key: 'inRangeToo', file: 'side.txt', commit: onSide, line: 1 },
    ]);

    const removal = await history(repo, 'feature~2..feature~1');
    expect(removal.code).toBe(0);
    expect(removal.findings).toEqual([]);
    const mergeOnly = await history(repo, 'feature^1..feature');
    expect(where(mergeOnly.findings, { inRangeToo })).toEqual([
      { key: 'inRangeToo', file: 'side.txt', commit: onSide, line: 1 },
    ]);
  });

  it('reports nothing for a range whose merge brings in a key the base already had (a branch updated from main)', async () => {
    const repo = newRepo();
    const onMain = makeKey('openai-project-key');
    repo.write('a.txt', 'a\n');
    repo.commit('start');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('feature.txt', 'f\n');
    repo.commit('feature work');
    repo.git('checkout', '-q', 'main');
    repo.write('main.env', `KEY=${onMain}\n`);
    repo.commit('main adds a key');
    repo.git('checkout', '-q', 'feature');
    repo.git('merge', '-q', '--no-ff', '-m', 'update from main', 'main');

    const r = await history(repo, 'main..feature');
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
    expect(r.report.stats.commits).toBe(2);
  });

  it('reports nothing for a range that moves an existing key to another file', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('config/dev.env', lines('A=1', `OPENAI_API_KEY=${key}`));
    repo.commit('before the range');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('mv', 'config/dev.env', 'settings.env');
    repo.write('settings.env', lines('# renamed and edited', 'A=2', `OPENAI_API_KEY=${key}`));
    repo.commit('rename and edit');
    repo.write('settings.env', lines('A=2'));
    repo.write('secrets/keys.env', lines(`OPENAI_API_KEY=${key}`));
    repo.commit('move the key to another file');

    const r = await history(repo, 'main..feature');
    expect(r.findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('reports a key a range re-adds after an earlier commit removed it', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('k.env', `KEY=${key}\n`);
    repo.commit('add');
    repo.write('k.env', 'KEY=\n');
    const removed = repo.commit('remove');
    repo.write('k.env', `KEY=${key}\n`);
    const readded = repo.commit('re-add');

    expect(where((await history(repo, `${removed}..HEAD`)).findings, { key })).toEqual([
      { key: 'key', file: 'k.env', commit: readded, line: 1 },
    ]);
    // Over the whole history the first commit that added it wins.
    expect((await history(repo)).findings.map((f) => f.commit)).not.toContain(readded);
  });

  it('reads a single revision as its ancestry', async () => {
    const repo = newRepo();
    const early = makeKey('openai-project-key');
    const late = makeKey('anthropic-api-key');
    repo.write('a.env', `A=${early}\n`);
    const first = repo.commit('early');
    repo.write('b.env', `B=${late}\n`);
    repo.commit('late');

    const r = await history(repo, first);
    expect(where(r.findings, { early, late })).toEqual([{ key: 'early', file: 'a.env', commit: first, line: 1 }]);
  });

  it('scans a shallow clone, warns that history is truncated and how to deepen it, and never says plainly clean', async () => {
    const origin = newRepo();
    const key = makeKey('openai-project-key');
    origin.write('old.env', `KEY=${key}\n`);
    origin.commit('old key');
    origin.write('old.env', 'KEY=\n');
    origin.commit('removed');
    origin.write('readme.md', 'hi\n');
    origin.commit('more');
    const dir = tempDir();
    const clone = new TestRepo({ init: false, dir });
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir], {
      env: { ...process.env, ...gitEnv },
    });

    const r = await history(clone);
    expect(r.code).toBe(0);
    const note = r.report.notes.find((n) => n.code === 'shallow-history');
    expect(note?.level).toBe('warning');
    expect(note?.message).toContain('git fetch --unshallow');
    expect(note?.message).toContain('fetch-depth: 0');
    expect(r.report.stats.commits).toBe(1);

    const text = await runCli(['history', '--no-color'], { cwd: clone.dir });
    expect(text.stdout).toContain('history truncated');
    expect(text.stdout).not.toMatch(/^no keys found ·/m);
  });

  it('attributes keys present at a shallow boundary to the boundary commit', async () => {
    const origin = newRepo();
    const key = makeKey('openai-project-key');
    origin.write('k.env', `KEY=${key}\n`);
    origin.commit('add');
    origin.write('other.txt', 'x\n');
    origin.commit('more');
    const dir = tempDir();
    const clone = new TestRepo({ init: false, dir });
    repos.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin.dir}`, dir], {
      env: { ...process.env, ...gitEnv },
    });

    const r = await history(clone);
    expect(where(r.findings, { key })).toEqual([
      { key: 'key', file: 'k.env', commit: clone.git('rev-parse', 'HEAD').trim(), line: 1 },
    ]);
  });

  it('fails with exit 2 naming a range endpoint that does not exist', async () => {
    const repo = newRepo();
    repo.write('a', 'a\n');
    repo.commit();
    const r = await runCli(['history', 'no-such-branch..main'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"no-such-branch"');
    expect(r.stderr).not.toContain('"main"');
    const both = await runCli(['history', 'nope1...nope2'], { cwd: repo.dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/"nope1".*"nope2"/);
  });

  it('says an empty repository has no history, and exits 0', async () => {
    const repo = newRepo();
    const r = await history(repo);
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
    expect(r.report.notes.map((n) => n.code)).toContain('empty-repository');
  });

  it('fails with exit 2 outside a git repository', async () => {
    const dir = tempDir();
    const r = await runCli(['history'], { cwd: dir });
    repos.push(new TestRepo({ init: false, dir }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a git repository');
  });

  it('finds a key in a commit only a detached HEAD points at', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('a.txt', 'a\n');
    repo.commit();
    repo.git('checkout', '-q', '--detach');
    repo.write('detached.env', `KEY=${key}\n`);
    const detached = repo.commit('on a detached HEAD');

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'detached.env', commit: detached, line: 1 }]);
  });

  it('scans a bare repository (a CI mirror)', async () => {
    const origin = newRepo();
    const key = makeKey('openai-project-key');
    origin.write('k.env', `KEY=${key}\n`);
    const added = origin.commit();
    const dir = tempDir();
    repos.push(new TestRepo({ init: false, dir }));
    execFileSync('git', ['clone', '-q', '--bare', origin.dir, dir], { env: { ...process.env, ...gitEnv } });

    const r = await runCli(['history', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(where(JSON.parse(r.stdout).findings, { key })).toEqual([
      { key: 'key', file: 'k.env', commit: added, line: 1 },
    ]);
  });

  it('reports a key in a blob only a tag points at, without a commit, and says so', async () => {
    const repo = newRepo();
    const key = makeKey('anthropic-api-key');
    repo.write('a.txt', 'a\n');
    repo.commit();
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.dir, input: `KEY=${key}\n` })
      .toString()
      .trim();
    repo.git('tag', 'loose-blob', blob);

    const r = await history(repo);
    expect(r.code).toBe(1);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.commit).toBeUndefined();
    expect(r.findings[0]?.file).toBe(`(blob ${blob.slice(0, 12)})`);
    expect(r.report.notes.map((n) => n.code)).toContain('unattributed-key');
  });

  it('finds keys in every stash entry, not only the latest', async () => {
    const repo = newRepo();
    const older = makeKey('openai-project-key');
    const newer = makeKey('anthropic-api-key');
    repo.write('a.env', 'A=\n');
    repo.commit();
    repo.write('a.env', `A=${older}\n`);
    repo.git('stash', '-q');
    repo.write('a.env', `A=${newer}\n`);
    repo.git('stash', '-q');

    const r = await history(repo);
    expect(where(r.findings, { older, newer }).map((f) => [f.key, f.file])).toEqual([
      ['newer', 'a.env'],
      ['older', 'a.env'],
    ]);
  });

  it('skips binary blobs and counts them', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('image.bin', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(` ${key} `)]));
    repo.write('text.txt', 'nothing here\n');
    repo.commit();

    const r = await history(repo);
    expect(r.code).toBe(0);
    expect(r.report.stats.skipped.binary).toBe(1);
    expect(r.report.stats.blobs).toBe(2);
  });

  it('counts an LFS pointer whose object this clone lacks as not read (see test/hostile/lfs.test.ts)', async () => {
    const repo = newRepo();
    repo.write(
      'model.bin',
      lines('version https://git-lfs.github.com/spec/v1', `oid sha256:${'ab'.repeat(32)}`, 'size 1234'),
    );
    repo.commit();
    const r = await history(repo);
    expect(r.report.stats).toMatchObject({ files: 0, blobs: 1, skipped: { binary: 0, unreadable: 1 } });
  });

  it('streams a blob larger than 32 MB and still reports the key at its line', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    const filler = `${'x'.repeat(99)}\n`.repeat(340_000); // 34 MB, 340,000 lines
    repo.write('big.log', `${filler}KEY=${key}\n`);
    const added = repo.commit('big');

    const r = await history(repo);
    expect(where(r.findings, { key })).toEqual([{ key: 'key', file: 'big.log', commit: added, line: 340_001 }]);
  });

  it('says submodules are not entered', async () => {
    const sub = newRepo();
    sub.write('s.txt', 's\n');
    sub.commit();
    const repo = newRepo();
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', `file://${sub.dir}`, 'vendor/sub');
    repo.commit('add a submodule');

    const r = await history(repo);
    expect(r.code).toBe(0);
    expect(r.report.notes.map((n) => n.code)).toContain('submodules');
  });

  it('honours config exclusions, .skguardignore and skguard:allow', async () => {
    const repo = newRepo();
    const excluded = makeKey('openai-project-key');
    const ignored = makeKey('anthropic-api-key');
    const allowed = makeKey('openrouter-api-key');
    repo.write('.skguard.json', JSON.stringify({ exclude: ['fixtures/**'] }));
    repo.write('fixtures/sample.env', `KEY=${excluded}\n`);
    repo.write('ignored.env', `KEY=${ignored}\n`);
    repo.write('allowed.env', `KEY=${allowed} # skguard:allow\n`);
    repo.write('.skguardignore', `${fingerprint(ignored)}\n`);
    repo.commit();

    const r = await history(repo);
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
    expect(r.report.stats.suppressed).toMatchObject({ inline: 1, ignored: 1 });
    expect(r.report.stats.skipped.excluded).toBe(1);
  });

  it('prints no key whole in any format, on stdout or stderr', async () => {
    const repo = newRepo();
    const keys = [makeKey('openai-project-key'), makeKey('anthropic-api-key'), makeKey('openrouter-api-key')];
    repo.write('a.env', keys.map((k, i) => `K${i}=${k}`).join('\n'));
    repo.commit();
    repo.write('a.env', '');
    repo.commit('remove');

    for (const format of FORMATS) {
      const r = await runCli(['history', '--format', format], { cwd: repo.dir });
      expect(r.code, format).toBe(1);
      for (const key of keys) {
        expect(r.stdout, format).not.toContain(key);
        expect(r.stderr, format).not.toContain(key);
        expect(r.stdout, format).not.toContain(key.slice(-20));
      }
    }
  });

  it('exits 1 with findings, 0 when clean and 2 for a missing range end, as the bundled CLI', () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('a.env', `K=${key}\n`);
    repo.commit();
    repo.write('a.env', 'K=\n');
    repo.commit();
    const all = runDist(['history'], { cwd: repo.dir });
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('1 finding · scanned 2 commits');
    expect(all.stdout + all.stderr).not.toContain(key);
    expect(runDist(['history', 'HEAD~1..HEAD'], { cwd: repo.dir }).code).toBe(0);
    const missing = runDist(['history', 'HEAD~5..HEAD'], { cwd: repo.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"HEAD~5"');
  });

  it('shows the commit, author and day of each finding in the text report', async () => {
    const repo = newRepo();
    const key = makeKey('openai-project-key');
    repo.write('a.env', `K=${key}\n`);
    const added = repo.commit();
    const r = await runCli(['history', '--no-color'], { cwd: repo.dir });
    expect(r.stdout).toContain(`a.env:1:3 in ${added.slice(0, 12)} by ${gitEnv.GIT_AUTHOR_NAME}, 2024-01-01`);
    expect(r.stdout).toMatch(/1 finding · scanned 1 commit, 1 blob/);
  });
});
