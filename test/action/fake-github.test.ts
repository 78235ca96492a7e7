import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../support/fake-github.js';

/**
 * The fake GitHub server checked against the real client: @actions/github's Octokit, unmodified
 * (REST methods, paginate, RequestError), pointed at it with `baseUrl`.
 */

const TOKEN = 'ghs_test_token';
const HEAD = 'f'.repeat(40);

describe('FakeGitHub answers as GitHub does, as seen by @actions/github Octokit', () => {
  let fake: FakeGitHub;
  let octokit: ReturnType<typeof getOctokit>;
  const repo = { owner: 'octo', repo: 'widgets' };

  beforeAll(async () => {
    fake = new FakeGitHub({
      ...repo,
      token: TOKEN,
      pulls: { 1: { head: HEAD, diff: { 'src/a.ts': [1, 2, 3] } }, 2: { head: HEAD } },
    });
    octokit = getOctokit(TOKEN, { baseUrl: await fake.start() });
    fake.seedIssueComments(
      1,
      Array.from({ length: 250 }, (_, i) => `comment ${i}`),
    );
  });

  afterAll(() => fake.close());

  it('paginates issue comments through Link headers, 100 per page', async () => {
    const before = fake.requests.length;
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 1, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(all[249]?.body).toBe('comment 249');
    expect(fake.requests.length - before).toBe(3);
  });

  it('defaults to 30 per page, as GitHub does', async () => {
    const r = await octokit.rest.issues.listComments({ ...repo, issue_number: 1 });
    expect(r.data).toHaveLength(30);
    expect(r.headers.link).toMatch(/rel="next"/);
    expect(r.headers.link).toMatch(/page=9>; rel="last"/);
  });

  it('creates and edits an issue comment (201, then 200 with the new body)', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: 'hello' });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe('github-actions[bot]');
    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: 'edited' });
    expect(updated.status).toBe(200);
    expect(updated.data.body).toBe('edited');
  });

  it('creates a review comment on a diff line and refuses one off the diff with 422 Validation Failed', async () => {
    const ok = await octokit.rest.pulls.createReviewComment({
      ...repo,
      pull_number: 1,
      commit_id: HEAD,
      path: 'src/a.ts',
      line: 2,
      side: 'RIGHT',
      body: 'here',
    });
    expect(ok.status).toBe(201);
    expect(ok.data).toMatchObject({ path: 'src/a.ts', line: 2, side: 'RIGHT', commit_id: HEAD });
    const off = octokit.rest.pulls.createReviewComment({
      ...repo,
      pull_number: 1,
      commit_id: HEAD,
      path: 'src/a.ts',
      line: 40,
      side: 'RIGHT',
      body: 'there',
    });
    await expect(off).rejects.toMatchObject({ status: 422, name: 'HttpError' });
    await expect(off).rejects.toThrow(/Validation Failed/);
    const listed = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: 1 });
    expect(listed.map((c) => c.line)).toEqual([2]);
  });

  it('answers 403 "Resource not accessible by integration" to every write with a read-only token', async () => {
    fake.readOnly = true;
    try {
      await expect(octokit.rest.issues.createComment({ ...repo, issue_number: 2, body: 'x' })).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
      // Reading still works, as with GitHub's read-only tokens.
      const r = await octokit.rest.issues.listComments({ ...repo, issue_number: 2 });
      expect(r.status).toBe(200);
    } finally {
      fake.readOnly = false;
    }
  });

  it('answers 401 without the token and 404 for a pull request that does not exist', async () => {
    const stranger = getOctokit('wrong', { baseUrl: fake.url });
    await expect(stranger.rest.issues.listComments({ ...repo, issue_number: 1 })).rejects.toMatchObject({
      status: 401,
    });
    await expect(octokit.rest.issues.listComments({ ...repo, issue_number: 99 })).rejects.toMatchObject({
      status: 404,
    });
  });
});
