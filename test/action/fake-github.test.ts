import { getOctokit } from '@actions/github';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/action/api.js';
import { ACTIONS_BOT, BODY_LIMIT, FakeGitHub } from '../support/fake-github.js';

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

describe('FakeGitHub: identity, reviews, limits', () => {
  const repo = { owner: 'octo', repo: 'widgets' };
  type Client = ReturnType<typeof getOctokit>;

  /**
   * Runs `use` against a fresh fake with @actions/github's Octokit, or with skguard's own client
   * (throttled, logging to `lines`) when `throttled`.
   */
  async function withFake(
    use: (fake: FakeGitHub, octokit: Client, lines: string[]) => Promise<void>,
    options: { user?: { login: string; id: number }; diff?: Record<string, number[]>; throttled?: boolean } = {},
  ): Promise<void> {
    const fake = new FakeGitHub({
      ...repo,
      token: TOKEN,
      pulls: { 1: { head: HEAD, ...(options.diff ? { diff: options.diff } : {}) } },
      ...(options.user ? { user: options.user } : {}),
    });
    const url = await fake.start();
    const lines: string[] = [];
    const octokit = options.throttled
      ? createOctokit(TOKEN, url, { text: (l) => lines.push(l), scrub: (t) => t })
      : getOctokit(TOKEN, { baseUrl: url });
    try {
      await use(fake, octokit, lines);
    } finally {
      await fake.close();
    }
  }

  it('answers GET /user with 403 "Resource not accessible by integration" for the job token, and comments as github-actions[bot]', () =>
    withFake(async (_fake, octokit) => {
      await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({
        status: 403,
        message: expect.stringContaining('Resource not accessible by integration'),
      });
      const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hi' });
      expect(created.data.user).toEqual(ACTIONS_BOT);
      expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    }));

  it("answers GET /user with the account for a user's token, and comments as that account", () =>
    withFake(
      async (_fake, octokit) => {
        const me = await octokit.rest.users.getAuthenticated();
        expect(me.data).toMatchObject({ login: 'ci-bot', id: 77, type: 'User' });
        const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hi' });
        expect(created.data.user).toMatchObject({ login: 'ci-bot', id: 77 });
      },
      { user: { login: 'ci-bot', id: 77 } },
    ));

  it('creates a review with its comments (200), and refuses the whole review for one line off the diff (422)', () =>
    withFake(
      async (fake, octokit) => {
        const review = {
          ...repo,
          pull_number: 1,
          commit_id: HEAD,
          event: 'COMMENT' as const,
          body: 'two keys',
          comments: [
            { path: 'a.ts', line: 1, side: 'RIGHT' as const, body: 'one' },
            { path: 'a.ts', line: 2, side: 'RIGHT' as const, body: 'two' },
          ],
        };
        const ok = await octokit.rest.pulls.createReview(review);
        expect(ok.status).toBe(200);
        expect(ok.data).toMatchObject({ state: 'COMMENTED', body: 'two keys', user: { login: 'github-actions[bot]' } });
        const listed = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...repo, pull_number: 1 });
        expect(listed.map((c) => [c.line, c.pull_request_review_id])).toEqual([
          [1, ok.data.id],
          [2, ok.data.id],
        ]);
        const off = octokit.rest.pulls.createReview({
          ...review,
          comments: [...review.comments, { path: 'a.ts', line: 9, side: 'RIGHT' as const, body: 'off' }],
        });
        await expect(off).rejects.toMatchObject({ status: 422 });
        await expect(off).rejects.toThrow(/must be part of the diff/);
        expect(fake.reviewComments.get(1)).toHaveLength(2);
        await expect(octokit.rest.pulls.createReview({ ...review, body: '' })).rejects.toMatchObject({ status: 422 });
      },
      { diff: { 'a.ts': [1, 2] } },
    ));

  it('refuses a comment body over 65,536 characters with 422', () =>
    withFake(async (_fake, octokit) => {
      await expect(
        octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(BODY_LIMIT + 1) }),
      ).rejects.toThrow(/body is too long \(maximum is 65536 characters\)/);
      const ok = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x'.repeat(BODY_LIMIT) });
      expect(ok.status).toBe(201);
    }));

  it(
    "answers rate limits as GitHub does, and skguard's client waits as told and retries, one request at a time",
    () =>
      withFake(
        async (fake, octokit, lines) => {
          fake.limitNextWrite('secondary', 1);
          fake.limitNextWrite('primary', 1);
          const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'after waiting' });
          expect(created.status).toBe(201);
          const posts = fake.requests.filter((r) => r.method === 'POST');
          expect(posts.map((r) => r.status)).toEqual([403, 403, 201]);
          // Each retry came after the wait GitHub named (retry-after: 1; reset one second ahead).
          expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
          expect(lines.join('\n')).toMatch(/secondary rate limit on POST .*: waiting 1 s/);
          expect(fake.maxInFlight).toBe(1);
        },
        { throttled: true },
      ),
    20_000,
  );

  it(
    'gives up on a rate limit that asks for more than a minute, and says so',
    () =>
      withFake(
        async (fake, octokit, lines) => {
          fake.limitNextWrite('secondary', 3600);
          await expect(
            octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' }),
          ).rejects.toMatchObject({
            status: 403,
          });
          expect(lines.join('\n')).toMatch(/asks to wait 3600 s; giving up/);
        },
        { throttled: true },
      ),
    20_000,
  );
});
