import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for the GitHub REST routes the action uses, answering as GitHub does: the same
 * JSON shapes, status codes and messages, `Link` pagination (`per_page` default 30, at most 100),
 * 401 without the token, 403 "Resource not accessible by integration" for a read-only token and for
 * `GET /user` with an installation token (the job's), 422 "Validation Failed" for a review comment
 * on a line off the diff and for a body over 65,536 characters, 422 "Unprocessable Entity" for a
 * review whose comments GitHub cannot place (all or nothing), 403/429 with `retry-after` or
 * `x-ratelimit-reset` for rate limits when asked to, 404 for anything else. Authors are full user
 * objects as the REST API returns them. `test/action/fake-github.test.ts` checks it against
 * @actions/github's Octokit, unmodified.
 *
 * Routes:
 *   GET    /user
 *   GET    /repos/{owner}/{repo}/issues/{number}/comments
 *   POST   /repos/{owner}/{repo}/issues/{number}/comments
 *   PATCH  /repos/{owner}/{repo}/issues/comments/{id}
 *   GET    /repos/{owner}/{repo}/pulls/{number}/comments
 *   POST   /repos/{owner}/{repo}/pulls/{number}/comments
 *   POST   /repos/{owner}/{repo}/pulls/{number}/reviews
 */

export interface FakePull {
  /** The head commit: review comments must name it. */
  head: string;
  /** Lines of the diff (head side) per file; a review comment elsewhere gets 422. Default: every line. */
  diff?: Record<string, number[]>;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** The token requests must carry (`authorization: token …` or `Bearer …`). */
  token: string;
  pulls?: Record<number, FakePull>;
  /** A read-only token: every write answers 403, as for a pull request from a fork. */
  readOnly?: boolean;
  /**
   * A user's token (a PAT): `GET /user` answers this account and comments are written as it.
   * Without it the token is the job's installation token: `GET /user` answers 403 and comments are
   * written as github-actions[bot].
   */
  user?: { login: string; id: number };
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface ReviewComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  pull_request_url: string;
  pull_request_review_id: number;
  diff_hunk: string;
  path: string;
  commit_id: string;
  original_commit_id: string;
  body: string;
  line: number;
  original_line: number;
  side: 'RIGHT' | 'LEFT';
  start_line: null;
  original_start_line: null;
  start_side: null;
  subject_type: 'line';
  user: GitHubUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

/** An account as the REST API shows it in `user` fields (the "simple user"). */
export interface GitHubUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  type: 'User' | 'Bot' | 'Organization';
  site_admin: boolean;
}

/** The account a login and id stand for, with every field GitHub sends. */
export function account(login: string, id: number, type: GitHubUser['type'] = 'User'): GitHubUser {
  const path = type === 'Bot' ? `${encodeURIComponent(login)}` : login;
  return {
    login,
    id,
    node_id: type === 'Bot' ? `BOT_kgDO${id}` : `U_kgDO${id}`,
    avatar_url: `https://avatars.githubusercontent.com/${type === 'Bot' ? 'in/15368' : `u/${id}`}?v=4`,
    gravatar_id: '',
    url: `https://api.github.com/users/${path}`,
    html_url: type === 'Bot' ? 'https://github.com/apps/github-actions' : `https://github.com/${login}`,
    type,
    site_admin: false,
  };
}

export interface Review {
  id: number;
  node_id: string;
  user: GitHubUser;
  body: string;
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING';
  html_url: string;
  pull_request_url: string;
  author_association: string;
  submitted_at: string;
  commit_id: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** The request body as received (text). */
  body: string;
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/** The author of what the job token writes. */
export const ACTIONS_BOT: GitHubUser = account('github-actions[bot]', 41898282, 'Bot');
/** Someone else: a stranger commenting on the pull request. */
const STRANGER: GitHubUser = account('octocat', 1);
const DOCS = 'https://docs.github.com/rest';
/** GitHub's limit on the body of a comment, a review and a review comment. */
export const BODY_LIMIT = 65_536;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly issueComments = new Map<number, IssueComment[]>();
  readonly reviewComments = new Map<number, ReviewComment[]>();
  readonly reviews = new Map<number, Review[]>();
  readOnly: boolean;
  /** The most requests it was ever answering at once. */
  maxInFlight = 0;
  private inFlight = 0;
  /** Rate limits to answer the next writes with, in order. */
  private readonly limits: { kind: 'secondary' | 'primary'; seconds: number }[] = [];
  private readonly server: Server;
  private readonly me: GitHubUser;
  private nextId = 1000;
  private clock = Date.parse('2024-06-01T00:00:00Z');
  url = '';

  constructor(private readonly options: FakeGitHubOptions) {
    this.readOnly = options.readOnly === true;
    this.me = options.user ? account(options.user.login, options.user.id) : ACTIONS_BOT;
    this.server = createServer((req, res) => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      res.on('close', () => this.inFlight--);
      this.handle(req, res).catch((e: Error) => this.send(res, req, 500, { message: e.message }));
    });
  }

  /**
   * Answers the next write with a rate limit, as GitHub does: `secondary` is 403 "You have exceeded
   * a secondary rate limit" with `retry-after: seconds`; `primary` is 403 "API rate limit exceeded"
   * with `x-ratelimit-remaining: 0` and `x-ratelimit-reset` that many seconds ahead.
   */
  limitNextWrite(kind: 'secondary' | 'primary', seconds: number): void {
    this.limits.push({ kind, seconds });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Adds comments written by someone else (by default a stranger; to push skguard's onto a later page). */
  seedIssueComments(issue: number, bodies: string[], user: GitHubUser = STRANGER): void {
    for (const body of bodies) this.addIssueComment(issue, body, user);
  }

  /** Adds review comments written by someone else on `path` at `line` (by default a stranger, line 1). */
  seedReviewComments(number: number, path: string, bodies: string[], user: GitHubUser = STRANGER, line = 1): void {
    const pull = this.options.pulls?.[number];
    if (!pull) throw new Error(`no pull request ${number}`);
    for (const body of bodies) this.addReviewComment(number, pull, path, line, body, user);
  }

  /** Comments on an issue written by the token's own account. */
  ownIssueComments(issue: number): IssueComment[] {
    return (this.issueComments.get(issue) ?? []).filter((c) => c.user.id === this.me.id);
  }

  /** Review comments on a pull request written by the token's own account. */
  ownReviewComments(number: number): ReviewComment[] {
    return (this.reviewComments.get(number) ?? []).filter((c) => c.user.id === this.me.id);
  }

  /** Every text sent to the server (comment bodies included), for "no key anywhere" checks. */
  receivedText(): string {
    return this.requests.map((r) => `${r.method} ${r.url}\n${r.body}`).join('\n');
  }

  /** Writes (POST, PATCH, PUT, DELETE) received, whatever their answer. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, url: `${url.pathname}${url.search}`, body, status: 0, at: Date.now() };
    this.requests.push(record);
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      this.send(res, req, status, json, headers);
    };

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.options.token}` && auth !== `Bearer ${this.options.token}`) {
      return reply(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    const write = method !== 'GET' && method !== 'HEAD';
    const limit = write ? this.limits.shift() : undefined;
    if (limit) return this.rateLimited(limit, reply);
    if (url.pathname === '/user' && method === 'GET') {
      if (!this.options.user) {
        return reply(403, {
          message: 'Resource not accessible by integration',
          documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
          status: '403',
        });
      }
      return reply(200, {
        ...this.me,
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: '2020-01-01T00:00:00Z',
        updated_at: '2024-01-01T00:00:00Z',
      });
    }
    const { owner, repo } = this.options;
    const prefix = `/repos/${owner}/${repo}/`;
    if (!url.pathname.startsWith(prefix)) return reply(404, notFound());
    const rest = url.pathname.slice(prefix.length);
    let parsed: Record<string, unknown> = {};
    if (method === 'POST' || method === 'PATCH') {
      try {
        parsed = JSON.parse(body || '{}');
      } catch {
        return reply(400, { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' });
      }
    }
    const forbidden = (doc: string) =>
      reply(
        403,
        { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/${doc}`, status: '403' },
        {
          'x-accepted-github-permissions': doc.startsWith('pulls')
            ? 'pull_requests=write'
            : 'issues=write; pull_requests=write',
        },
      );

    let m = /^issues\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const issue = Number(m[1]);
      if (!this.options.pulls?.[issue]) return reply(404, notFound());
      if (method === 'GET') return this.page(url, this.issueComments.get(issue) ?? [], reply);
      if (method === 'POST') {
        if (this.readOnly) return forbidden('issues/comments#create-an-issue-comment');
        if (typeof parsed.body !== 'string' || parsed.body === '') {
          return reply(
            422,
            validationFailed('IssueComment', 'body', 'missing_field', 'issues/comments#create-an-issue-comment'),
          );
        }
        if (tooLong(parsed.body))
          return reply(422, bodyTooLong('IssueComment', 'issues/comments#create-an-issue-comment'));
        return reply(201, this.addIssueComment(issue, parsed.body, this.me));
      }
      return reply(404, notFound());
    }

    m = /^issues\/comments\/(\d+)$/.exec(rest);
    if (m) {
      const id = Number(m[1]);
      const comment = [...this.issueComments.values()].flat().find((c) => c.id === id);
      if (!comment) return reply(404, notFound());
      if (method === 'GET') return reply(200, comment);
      if (method === 'PATCH') {
        if (this.readOnly) return forbidden('issues/comments#update-an-issue-comment');
        if (typeof parsed.body !== 'string') {
          return reply(
            422,
            validationFailed('IssueComment', 'body', 'missing_field', 'issues/comments#update-an-issue-comment'),
          );
        }
        if (tooLong(parsed.body))
          return reply(422, bodyTooLong('IssueComment', 'issues/comments#update-an-issue-comment'));
        comment.body = parsed.body;
        comment.updated_at = this.tick();
        return reply(200, comment);
      }
      return reply(404, notFound());
    }

    m = /^pulls\/(\d+)\/comments$/.exec(rest);
    if (m) {
      const number = Number(m[1]);
      const pull = this.options.pulls?.[number];
      if (!pull) return reply(404, notFound());
      if (method === 'GET') return this.page(url, this.reviewComments.get(number) ?? [], reply);
      if (method === 'POST') {
        const doc = 'pulls/comments#create-a-review-comment-for-a-pull-request';
        if (this.readOnly) return forbidden(doc);
        for (const field of ['body', 'commit_id', 'path'] as const) {
          if (typeof parsed[field] !== 'string' || parsed[field] === '') {
            return reply(422, validationFailed('PullRequestReviewComment', field, 'missing_field', doc));
          }
        }
        const line = parsed.line;
        if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
          return reply(422, validationFailed('PullRequestReviewComment', 'line', 'missing_field', doc));
        }
        if (parsed.commit_id !== pull.head) {
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequestReviewComment',
                code: 'custom',
                field: 'commit_id',
                message: 'commit_id is not part of the pull request',
              },
            ],
            documentation_url: `${DOCS}/${doc}`,
            status: '422',
          });
        }
        const path = parsed.path as string;
        if (pull.diff && !(pull.diff[path] ?? []).includes(line)) {
          return reply(422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequestReviewComment',
                code: 'custom',
                field: 'pull_request_review_thread.line',
                message: 'could not be resolved',
              },
            ],
            documentation_url: `${DOCS}/${doc}`,
            status: '422',
          });
        }
        if (tooLong(parsed.body as string)) return reply(422, bodyTooLong('PullRequestReviewComment', doc));
        return reply(201, this.addReviewComment(number, pull, path, line, parsed.body as string, this.me));
      }
      return reply(404, notFound());
    }

    m = /^pulls\/(\d+)\/reviews$/.exec(rest);
    if (m && method === 'POST') {
      const number = Number(m[1]);
      const pull = this.options.pulls?.[number];
      if (!pull) return reply(404, notFound());
      const doc = 'pulls/reviews#create-a-review-for-a-pull-request';
      if (this.readOnly) return forbidden(doc);
      const unprocessable = (error: string) =>
        reply(422, {
          message: 'Unprocessable Entity',
          errors: [error],
          documentation_url: `${DOCS}/${doc}`,
          status: '422',
        });
      const event = parsed.event;
      if (event !== undefined && !['APPROVE', 'REQUEST_CHANGES', 'COMMENT'].includes(event as string)) {
        return reply(422, validationFailed('PullRequestReview', 'event', 'invalid', doc));
      }
      const body = typeof parsed.body === 'string' ? parsed.body : '';
      if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && body === '') {
        return unprocessable(`Review Can not ${event === 'COMMENT' ? 'comment' : 'request changes'} without a body`);
      }
      if (tooLong(body)) return reply(422, bodyTooLong('PullRequestReview', doc));
      if (parsed.commit_id !== undefined && parsed.commit_id !== pull.head) {
        return unprocessable('Commit id is not part of the pull request');
      }
      const comments = Array.isArray(parsed.comments) ? (parsed.comments as Record<string, unknown>[]) : [];
      for (const c of comments) {
        if (typeof c.path !== 'string' || typeof c.body !== 'string' || c.body === '') {
          return reply(422, validationFailed('PullRequestReviewComment', 'body', 'missing_field', doc));
        }
        if (tooLong(c.body)) return reply(422, bodyTooLong('PullRequestReviewComment', doc));
        const line = c.line;
        // All or nothing: one comment GitHub cannot place refuses the whole review.
        if (typeof line !== 'number' || (pull.diff && !(pull.diff[c.path] ?? []).includes(line))) {
          return unprocessable('Pull request review thread line must be part of the diff');
        }
      }
      const id = this.nextId++;
      const at = this.tick();
      const review: Review = {
        id,
        node_id: `PRR_${id}`,
        user: this.me,
        body,
        state:
          event === 'COMMENT'
            ? 'COMMENTED'
            : event === 'APPROVE'
              ? 'APPROVED'
              : event
                ? 'CHANGES_REQUESTED'
                : 'PENDING',
        html_url: `https://github.com/${owner}/${repo}/pull/${number}#pullrequestreview-${id}`,
        pull_request_url: `${this.url}/repos/${owner}/${repo}/pulls/${number}`,
        author_association: 'NONE',
        submitted_at: at,
        commit_id: pull.head,
      };
      const list = this.reviews.get(number) ?? [];
      list.push(review);
      this.reviews.set(number, list);
      for (const c of comments) {
        this.addReviewComment(number, pull, c.path as string, c.line as number, c.body as string, this.me, id);
      }
      return reply(200, review);
    }
    return reply(404, notFound());
  }

  private rateLimited(
    limit: { kind: 'secondary' | 'primary'; seconds: number },
    reply: (status: number, json: unknown, headers?: Record<string, string>) => void,
  ) {
    if (limit.kind === 'secondary') {
      return reply(
        403,
        {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
        { 'retry-after': String(limit.seconds) },
      );
    }
    return reply(
      403,
      {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      },
      {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + limit.seconds),
      },
    );
  }

  /** One page of a list, with GitHub's `Link` header. */
  private page(
    url: URL,
    items: unknown[],
    reply: (status: number, json: unknown, headers?: Record<string, string>) => void,
  ) {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const u = new URL(url.href);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>`;
    };
    const links: string[] = [];
    if (page < last) links.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
    if (page > 1) links.push(`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`);
    reply(200, items.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  }

  private addIssueComment(issue: number, body: string, user: GitHubUser): IssueComment {
    const id = this.nextId++;
    const at = this.tick();
    const base = `${this.url}/repos/${this.options.owner}/${this.options.repo}`;
    const comment: IssueComment = {
      id,
      node_id: `IC_${id}`,
      url: `${base}/issues/comments/${id}`,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/pull/${issue}#issuecomment-${id}`,
      issue_url: `${base}/issues/${issue}`,
      body,
      user,
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
    const list = this.issueComments.get(issue) ?? [];
    list.push(comment);
    this.issueComments.set(issue, list);
    return comment;
  }

  private addReviewComment(
    number: number,
    pull: FakePull,
    path: string,
    line: number,
    body: string,
    user: GitHubUser,
    reviewId?: number,
  ): ReviewComment {
    const id = this.nextId++;
    const at = this.tick();
    const base = `${this.url}/repos/${this.options.owner}/${this.options.repo}`;
    const comment: ReviewComment = {
      id,
      node_id: `PRRC_${id}`,
      url: `${base}/pulls/comments/${id}`,
      html_url: `https://github.com/${this.options.owner}/${this.options.repo}/pull/${number}#discussion_r${id}`,
      pull_request_url: `${base}/pulls/${number}`,
      pull_request_review_id: reviewId ?? id + 500_000,
      diff_hunk: `@@ -0,0 +${line} @@`,
      path,
      commit_id: pull.head,
      original_commit_id: pull.head,
      body,
      line,
      original_line: line,
      side: 'RIGHT',
      start_line: null,
      original_start_line: null,
      start_side: null,
      subject_type: 'line',
      user,
      created_at: at,
      updated_at: at,
      author_association: user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
    const list = this.reviewComments.get(number) ?? [];
    list.push(comment);
    this.reviewComments.set(number, list);
    return comment;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private send(
    res: ServerResponse,
    req: IncomingMessage,
    status: number,
    json: unknown,
    headers: Record<string, string> = {},
  ) {
    const text = JSON.stringify(json);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(1, 5000 - this.requests.length)),
      'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...headers,
    });
    res.end(req.method === 'HEAD' ? undefined : text);
  }
}

function notFound() {
  return { message: 'Not Found', documentation_url: DOCS, status: '404' };
}

function validationFailed(resource: string, field: string, code: string, doc: string) {
  return {
    message: 'Validation Failed',
    errors: [{ resource, code, field }],
    documentation_url: `${DOCS}/${doc}`,
    status: '422',
  };
}

/** Whether a body is over GitHub's limit (counted in characters, as GitHub counts them). */
function tooLong(body: string): boolean {
  return [...body].length > BODY_LIMIT;
}

function bodyTooLong(resource: string, doc: string) {
  return {
    message: 'Validation Failed',
    errors: [
      { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${BODY_LIMIT} characters)` },
    ],
    documentation_url: `${DOCS}/${doc}`,
    status: '422',
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
