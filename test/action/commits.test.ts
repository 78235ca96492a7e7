import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareHistory } from '../../src/ci/commits.js';
import { createCiGit } from '../../src/ci/git.js';
import type { ScanPlan } from '../../src/ci/plan.js';
import { gitEnv, TestRepo } from '../support/repo.js';
import { bareOrigin, checkout } from './harness.js';

/** Appends `n` commits to `branch` (each changing one file) in one `git fast-import`: fast, however long. */
function grow(repo: TestRepo, branch: string, n: number, tag: string): string {
  const from = repo.git('rev-parse', branch).trim();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const content = `${tag} ${i}\n`;
    const message = `${tag} ${i}`;
    lines.push(
      `commit refs/heads/${branch}`,
      'committer Test Author <author@example.test> 1704067200 +0000',
      `data ${Buffer.byteLength(message)}`,
      message,
      ...(i === 0 ? [`from ${from}`] : []),
      `M 644 inline ${tag}.txt`,
      `data ${Buffer.byteLength(content)}`,
      content,
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo.dir,
    input: `${lines.join('\n')}\n`,
    env: { ...process.env, ...gitEnv },
  });
  return repo.git('rev-parse', branch).trim();
}

const rangeOf = (repo: TestRepo, revs: string[]) =>
  repo
    .git('rev-list', ...revs, '--')
    .split('\n')
    .filter(Boolean)
    .sort();
const noLog = () => {};
const gitFor = (ws: TestRepo, repository?: string) =>
  createCiGit(ws.dir, { header: undefined, serverUrl: 'http://127.0.0.1:9', repository });

describe('prepareHistory in a depth-1 checkout (actions/checkout default)', () => {
  let upstream: TestRepo;
  let origin: string;
  let base: string;
  let head: string;
  let branchPoint: string;
  const workspaces: TestRepo[] = [];
  const fresh = (sha: string, depth = 1) => {
    const ws = checkout(origin, sha, 'refs/remotes/pull/1/merge', depth);
    workspaces.push(ws);
    return ws;
  };

  beforeAll(() => {
    // main: 120 commits; feature branches off and adds 3; main then moves on by 90 more.
    upstream = new TestRepo();
    upstream.write('README.md', 'x\n').commit('root');
    branchPoint = grow(upstream, 'main', 120, 'main-early');
    upstream.git('branch', 'feature');
    head = grow(upstream, 'feature', 3, 'feature');
    base = grow(upstream, 'main', 90, 'main-late');
    origin = bareOrigin(upstream);
  });

  afterAll(() => {
    for (const ws of [upstream, ...workspaces]) ws.dispose();
  });

  it('pull request: fetches base and head, deepens until the range is exact, and lists only its 3 commits', async () => {
    const ws = fresh(head);
    const lines: string[] = [];
    const plan: ScanPlan = { kind: 'range', base, head, why: 'pull request #1' };
    const prepared = await prepareHistory(plan, gitFor(ws), (l) => lines.push(l));
    expect(prepared.revs).toEqual([`${base}..${head}`]);
    expect(rangeOf(ws, prepared.revs)).toEqual(rangeOf(upstream, [`${base}..${head}`]));
    expect(rangeOf(ws, prepared.revs)).toHaveLength(3);
    expect(lines.some((l) => /fetching \d+ more commits/.test(l))).toBe(true);
    // The three-dot diff of the pull request works: the merge base is there.
    expect(ws.git('merge-base', base, head).trim()).toBe(branchPoint);
  });

  it('new branch: the commits not on the default branch, fetching the default branch', async () => {
    const ws = fresh(head);
    const plan: ScanPlan = { kind: 'branch', head, defaultBranch: 'main', why: 'push creating refs/heads/feature' };
    const prepared = await prepareHistory(plan, gitFor(ws), noLog);
    expect(prepared.base).toBe(base);
    expect(rangeOf(ws, prepared.revs)).toEqual(rangeOf(upstream, [head, `^${base}`]));
  });

  it('force-push whose old tip is gone: falls back to the commits not on the default branch, with a note', async () => {
    const ws = fresh(head);
    const gone = 'c'.repeat(40);
    const plan: ScanPlan = {
      kind: 'range',
      base: gone,
      head,
      why: 'push to refs/heads/feature',
      fallbackBranch: 'main',
    };
    const prepared = await prepareHistory(plan, gitFor(ws), noLog);
    expect(rangeOf(ws, prepared.revs)).toHaveLength(3);
    expect(prepared.notes.map((n) => n.code)).toEqual(['before-unavailable']);
  });

  it('force-push onto an unrelated tip: before..after is what the push brought', async () => {
    const ws = fresh(head);
    const plan: ScanPlan = { kind: 'range', base, head, why: 'push', fallbackBranch: 'main' };
    const prepared = await prepareHistory(plan, gitFor(ws), noLog);
    expect(rangeOf(ws, prepared.revs)).toEqual(rangeOf(upstream, [`${base}..${head}`]));
  });

  it('before equal to after: that one commit, with its parent fetched so its diff is exact', async () => {
    const ws = fresh(head);
    const prepared = await prepareHistory({ kind: 'commit', head, why: 'push' }, gitFor(ws), noLog);
    expect(rangeOf(ws, prepared.revs)).toEqual([head]);
    const shallow = await gitFor(ws).shallowCommits();
    expect(shallow.has(head)).toBe(false);
  });

  it('whole history: unshallows (every branch and tag)', async () => {
    const ws = fresh(head);
    expect(await gitFor(ws).isShallow()).toBe(true);
    const prepared = await prepareHistory({ kind: 'all', why: 'schedule' }, gitFor(ws), noLog);
    expect(prepared).toMatchObject({ revs: [], whole: true });
    expect(await gitFor(ws).isShallow()).toBe(false);
    expect(rangeOf(ws, ['--all'])).toEqual(rangeOf(upstream, ['--all']));
  });

  it('a full clone needs no fetch at all', async () => {
    const ws = fresh(head, 0);
    const lines: string[] = [];
    await prepareHistory({ kind: 'range', base, head, why: 'pr' }, gitFor(ws), (l) => lines.push(l));
    expect(lines).toEqual([]);
  });

  it('cannot fetch: fails loudly, naming the commits and fetch-depth: 0, instead of scanning a truncated range', async () => {
    const ws = fresh(base);
    ws.git('remote', 'remove', 'origin');
    const plan: ScanPlan = { kind: 'range', base, head, why: 'pull request #1' };
    await expect(prepareHistory(plan, gitFor(ws, 'octo/widgets'), noLog)).rejects.toThrow(
      new RegExp(
        `pull request #1: commit ${head.slice(0, 12)} is not in the checkout and could not be fetched .*Set \`fetch-depth: 0\``,
      ),
    );
  });

  it('cannot deepen: fails loudly rather than scanning the shallow part only', async () => {
    const ws = fresh(head);
    // Both ends present, but the remote is unreachable for the deepening fetch.
    ws.git('fetch', '-q', '--depth=1', 'origin', base);
    ws.git('remote', 'remove', 'origin');
    const plan: ScanPlan = { kind: 'range', base, head, why: 'pull request #1' };
    await expect(prepareHistory(plan, gitFor(ws, 'octo/widgets'), noLog)).rejects.toThrow(
      /the checkout is shallow .* could not be fetched .*fetch-depth: 0/,
    );
  });
});
