import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_MARKER } from '../../src/report/github.js';
import { FakeGitHub } from '../support/fake-github.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { schemaErrors } from '../support/sarif-tools.js';
import { GitHttpServer } from './git-http-server.js';
import { type ActionRun, checkout, runAction, visibleLog } from './harness.js';
import { pullRequestFixture, pullRequestPayload } from './pull-request-fixture.js';

const TOKEN = 'ghs_faketokenfortests000000000000000000';

/** Everything a run produced that a person or GitHub could read: no key may be in any of it whole. */
function everything(run: ActionRun, fake: FakeGitHub, sarifPath?: string): string[] {
  return [
    visibleLog(run.stdout),
    run.stderr,
    run.summary,
    run.outputFile,
    fake.receivedText(),
    sarifPath && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : '',
  ];
}

function expectNoKey(texts: string[], keys: string[]) {
  for (const text of texts) {
    for (const key of keys) {
      expect(text.includes(key), 'a key appears whole').toBe(false);
      expect(text.includes(key.slice(12, -6)), 'most of a key body appears').toBe(false);
    }
  }
}

describe('pull request: a key added then removed, another still at head (shallow checkout, as actions/checkout makes it)', () => {
  let fx: ReturnType<typeof pullRequestFixture>;
  let fake: FakeGitHub;
  let first: ActionRun;
  let second: ActionRun;
  let workspace: string;
  const keys = () => Object.values(fx.keys);

  beforeAll(async () => {
    fx = pullRequestFixture();
    fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    // 120 comments by others first: the summary comment lands on page 2 and must be found there.
    fake.seedIssueComments(
      1,
      Array.from({ length: 120 }, (_, i) => `looks good ${i}`),
    );
    // The same for review comments: skguard's lands on page 2, and the second run must see it there.
    fake.seedReviewComments(
      1,
      'README.md',
      Array.from({ length: 105 }, (_, i) => `nit ${i}`),
    );
    const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
    workspace = ws.dir;
    const common = {
      workspace,
      event: 'pull_request',
      payload: pullRequestPayload(fx),
      token: TOKEN,
      apiUrl: api,
      sha: fx.merge,
    };
    first = await runAction({ ...common, runId: '501' });
    second = await runAction({ ...common, runId: '502' });
  }, 120_000);

  afterAll(async () => {
    await fake.close();
  });

  it('fails the check, with outputs naming the three findings and the SARIF file', () => {
    for (const run of [first, second]) {
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/::error::skguard: 3 keys found/);
      expect(run.outputs).toEqual({ findings: '3', live: '0', 'sarif-file': path.join(workspace, 'skguard.sarif') });
    }
  });

  it('logs how much it read: commits, blobs and bytes', () => {
    expect(first.stdout).toMatch(/skguard: 3 commits, \d+ blobs, [\d,]+ bytes scanned \(pull request #1: /);
  });

  it('fetches what the depth-1 checkout lacks instead of reporting clean', () => {
    expect(first.stdout).toMatch(/skguard: fetching [0-9a-f]{12}, [0-9a-f]{12}: not in the shallow checkout/);
  });

  it('keeps exactly one summary comment, created by the first run and edited by the second', () => {
    const mine = (fake.issueComments.get(1) ?? []).filter((c) => c.body.includes(SUMMARY_MARKER));
    expect(mine).toHaveLength(1);
    const posts = fake.writes().filter((r) => r.method === 'POST' && r.url.endsWith('/issues/1/comments'));
    const patches = fake
      .writes()
      .filter((r) => r.method === 'PATCH' && r.url.endsWith(`/issues/comments/${mine[0]!.id}`));
    expect(posts).toHaveLength(1);
    expect(patches).toHaveLength(1);
    expect(mine[0]!.body).toContain('3 keys found');
    expect(mine[0]!.body).toContain('/actions/runs/502');
    // Both runs read every page of the 121 comments.
    expect(
      fake.requests.filter((r) => r.method === 'GET' && /\/issues\/1\/comments\?.*page=2/.test(r.url)),
    ).toHaveLength(2);
  });

  it('puts one review comment on the line where key B stands at head, and does not repeat it', () => {
    const review = (fake.reviewComments.get(1) ?? []).filter((c) => c.user.type === 'Bot');
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ path: 'app/settings.ts', line: 3, commit_id: fx.head, side: 'RIGHT' });
    expect(
      fake.requests.filter((r) => r.method === 'GET' && /\/pulls\/1\/comments\?.*page=2/.test(r.url)),
    ).toHaveLength(2);
  });

  it('annotates key B at its line and key A on its file; key C (file deleted) only in the summary', () => {
    const errors = first.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors).toHaveLength(2);
    expect(errors.find((l) => l.includes('file=app/settings.ts'))).toMatch(/line=3,endLine=3,col=\d+,endColumn=\d+/);
    expect(errors.find((l) => l.includes('file=app/settings.ts'))).toContain(
      'title=Anthropic key%3A anthropic-api-key',
    );
    expect(errors.find((l) => l.includes('file=app/config.py'))).toContain('still in git history');
    expect(errors.some((l) => l.includes('old.env'))).toBe(false);
    expect(first.summary).toContain('| `old.env` |');
  });

  it('writes a job summary with the table and remediation, and no author e-mail address', () => {
    expect(first.summary).toContain('| File | Line | Commit | Provider | Key | Fingerprint | Now |');
    expect(first.summary).toContain('Rotate each key now');
    // The way out by case: the committed .env and key A are gone at head, key B is still in the code.
    expect(first.summary).toContain('   - `app/settings.ts`: read the key from an environment variable');
    expect(first.summary).toMatch(/ {5}skguard ignore [0-9a-f]{24} [0-9a-f]{24} --reason "rotated on /);
    expect(first.summary).toContain(fx.added.slice(0, 12));
    expect(first.summary).not.toMatch(/author@example\.test|@example/);
    expect(fake.receivedText()).not.toContain('author@example.test');
  });

  it('writes valid SARIF with all three findings', () => {
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'skguard.sarif'), 'utf8'));
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(3);
  });

  it('SARIF places key B on its line at head, and keys A (removed) and C (file deleted) on their files, not on the line that holds something else now', () => {
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'skguard.sarif'), 'utf8'));
    const at = (file: string) =>
      sarif.runs[0].results.find(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri === file,
      );
    expect(at('app/settings.ts').locations[0].physicalLocation.region).toMatchObject({ startLine: 3 });
    expect(at('app/settings.ts').properties.atHead).toBe('present');
    for (const [file, state] of [
      ['app/config.py', 'removed'],
      ['old.env', 'deleted'],
    ] as const) {
      expect(at(file).locations[0].physicalLocation.region).toBeUndefined();
      expect(at(file).properties.atHead).toBe(state);
    }
  });

  it('masks every key before anything shows its redacted form', () => {
    const lines = first.stdout.split('\n');
    for (const key of keys()) {
      const mask = lines.indexOf(`::add-mask::${key}`);
      expect(mask).toBeGreaterThanOrEqual(0);
      const redacted = /sk-[a-z]+-?[a-z0-9]*-?/.exec(key)?.[0] ?? 'sk-';
      const firstUse = lines.findIndex(
        (l) => !l.startsWith('::add-mask::') && l.includes(`${redacted}`) && l.includes('…'),
      );
      expect(firstUse).toBeGreaterThan(mask);
    }
  });

  it('never shows a key whole: log, stderr, summary, outputs, what GitHub received, SARIF', () => {
    for (const run of [first, second])
      expectNoKey(everything(run, fake, path.join(workspace, 'skguard.sarif')), keys());
  });
});

describe('the same pull request with a read-only token (a pull request from a fork)', () => {
  let fx: ReturnType<typeof pullRequestFixture>;
  let fake: FakeGitHub;
  let run: ActionRun;

  beforeAll(async () => {
    fx = pullRequestFixture(11);
    fake = new FakeGitHub({
      owner: 'octo',
      repo: 'widgets',
      token: TOKEN,
      pulls: { 1: { head: fx.head } },
      readOnly: true,
    });
    const api = await fake.start();
    const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
    run = await runAction({
      workspace: ws.dir,
      event: 'pull_request',
      payload: pullRequestPayload(fx),
      token: TOKEN,
      apiUrl: api,
    });
  }, 60_000);

  afterAll(() => fake.close());

  it('still fails the check, with every output set', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::skguard: 3 keys found/);
    expect(run.outputs.findings).toBe('3');
  });

  it('turns the 403 into a warning and a note in the job summary, without crashing', () => {
    expect(run.stdout).toMatch(
      /::warning::skguard could not update the pull request comment \(HTTP 403: Resource not accessible by integration/,
    );
    expect(run.summary).toContain('> [!WARNING]');
    expect(run.summary).toContain('read-only token');
    expect(run.stdout).not.toMatch(/internal error/);
    expect(fake.writes().every((r) => r.status === 403)).toBe(true);
    expect(fake.issueComments.get(1) ?? []).toHaveLength(0);
  });

  it('shows no key whole anywhere', () => {
    expectNoKey(everything(run, fake), Object.values(fx.keys));
  });
});

describe('push event', () => {
  it('scans before..after, fails the check and makes no API call at all', async () => {
    const fx = pullRequestFixture(13);
    const fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    try {
      const before = fx.repo.git('rev-parse', `${fx.added}^`).trim();
      const ws = checkout(fx.origin, fx.head, 'refs/remotes/origin/feature');
      const payload = {
        ref: 'refs/heads/feature',
        before,
        after: fx.head,
        repository: { default_branch: 'main', full_name: 'octo/widgets' },
      };
      const run = await runAction({
        workspace: ws.dir,
        event: 'push',
        payload,
        token: TOKEN,
        apiUrl: api,
        sha: fx.head,
      });
      expect(run.code).toBe(1);
      expect(run.outputs.findings).toBe('3');
      expect(run.stdout).toMatch(
        /skguard: 3 commits, \d+ blobs, [\d,]+ bytes scanned \(push to refs\/heads\/feature: /,
      );
      expect(run.summary).toContain('3 keys found');
      expect(fake.requests).toEqual([]);
      expectNoKey(everything(run, fake, path.join(ws.dir, 'skguard.sarif')), Object.values(fx.keys));
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('when the keys are gone', () => {
  it('edits the summary comment to say so (no new comment), and a clean pull request gets none', async () => {
    const fx = pullRequestFixture(17);
    // The branch rewritten without the keys (a force-push after rotating and cleaning up).
    fx.repo.git('checkout', '-q', '-b', 'rewritten', fx.base);
    fx.repo.write('app/settings.ts', 'export const settings = { retries: 3 };\n');
    const clean = fx.repo.commit('settings, reading the key from the environment');
    fx.repo.git('push', '-q', fx.origin, 'rewritten');
    const fake = new FakeGitHub({
      owner: 'octo',
      repo: 'widgets',
      token: TOKEN,
      pulls: { 1: { head: fx.head }, 2: { head: clean } },
    });
    const api = await fake.start();
    try {
      const ws = checkout(fx.origin, fx.head, 'refs/remotes/pull/1/head');
      const dirty = await runAction({
        workspace: ws.dir,
        event: 'pull_request',
        payload: pullRequestPayload(fx),
        token: TOKEN,
        apiUrl: api,
      });
      expect(dirty.code).toBe(1);
      const ws2 = checkout(fx.origin, clean, 'refs/remotes/pull/1/head');
      const cleaned = await runAction({
        workspace: ws2.dir,
        event: 'pull_request',
        payload: pullRequestPayload({ base: fx.base, head: clean }),
        token: TOKEN,
        apiUrl: api,
      });
      expect(cleaned.code, cleaned.stdout).toBe(0);
      expect(cleaned.outputs.findings).toBe('0');
      const comments = fake.issueComments.get(1) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain('no keys found any more');
      expect(cleaned.summary).toContain('## skguard: no keys found');
      // A pull request that never had a finding gets no comment at all.
      const other = await runAction({
        workspace: ws2.dir,
        event: 'pull_request',
        payload: pullRequestPayload({ base: fx.base, head: clean }, 2),
        token: TOKEN,
        apiUrl: api,
      });
      expect(other.code).toBe(0);
      expect(fake.issueComments.get(2)).toBeUndefined();
      expect(fake.writes().filter((w) => w.url.includes('/issues/2/'))).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('a review GitHub refuses (HTTP 422: a line is not part of the diff)', () => {
  it('is skipped with a log line, no warning, and the run goes on', async () => {
    const fx = pullRequestFixture(19);
    const fake = new FakeGitHub({
      owner: 'octo',
      repo: 'widgets',
      token: TOKEN,
      pulls: { 1: { head: fx.head, diff: { 'app/settings.ts': [1] } } },
    });
    const api = await fake.start();
    try {
      const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
      const run = await runAction({
        workspace: ws.dir,
        event: 'pull_request',
        payload: pullRequestPayload(fx),
        token: TOKEN,
        apiUrl: api,
      });
      expect(run.code).toBe(1);
      expect(
        fake.requests.some((r) => r.method === 'POST' && r.url.endsWith('/pulls/1/reviews') && r.status === 422),
      ).toBe(true);
      expect(run.stdout).toContain('skguard: GitHub refused the review marking 1 line (HTTP 422: ');
      expect(run.stdout).not.toMatch(/::warning::/);
      expect(fake.reviewComments.get(1)).toBeUndefined();
      expect((fake.issueComments.get(1) ?? []).length).toBe(1);
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe('failures and other modes', () => {
  it('a shallow checkout it cannot deepen fails loudly with the fix, and never reports clean', async () => {
    const fx = pullRequestFixture(23);
    const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
    ws.git('remote', 'remove', 'origin');
    const run = await runAction({
      workspace: ws.dir,
      event: 'pull_request',
      payload: pullRequestPayload(fx),
      token: TOKEN,
      env: { GITHUB_SERVER_URL: 'http://127.0.0.1:9' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::skguard: pull request #1: commits .* could not be fetched .*Set `fetch-depth: 0`/,
    );
    expect(run.stdout).not.toMatch(/no keys found/);
    expect(run.summary).toBe('');
    expect(run.stdout).not.toContain(TOKEN);
  }, 60_000);

  it('schedule: the whole history of every branch, from a shallow checkout', async () => {
    const fx = pullRequestFixture(29);
    const ws = checkout(fx.origin, fx.base, 'refs/remotes/origin/main');
    const run = await runAction({
      workspace: ws.dir,
      event: 'schedule',
      payload: { schedule: '0 3 * * *' },
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('3');
    expect(run.stdout).toMatch(/skguard: 5 commits, \d+ blobs, [\d,]+ bytes scanned \(schedule/);
  }, 60_000);

  it('mode tree: the checked-out files only', async () => {
    const fx = pullRequestFixture(31);
    const ws = checkout(fx.origin, fx.head, 'refs/remotes/origin/feature');
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: {},
      token: TOKEN,
      inputs: { mode: 'tree' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/::error title=Anthropic key%3A anthropic-api-key,file=app\/settings\.ts,line=3/);
    expect(run.stdout).toMatch(/skguard: \d+ files, [\d,]+ bytes scanned \(mode: tree/);
  }, 60_000);

  it('fail-on: never reports but passes', async () => {
    const fx = pullRequestFixture(37);
    const ws = checkout(fx.origin, fx.head, 'refs/remotes/origin/feature');
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: {},
      token: TOKEN,
      inputs: { mode: 'tree', 'fail-on': 'never', 'sarif-file': '' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ findings: '1', live: '0', 'sarif-file': '' });
    expect(existsSync(path.join(ws.dir, 'skguard.sarif'))).toBe(false);
  }, 60_000);

  it('a bad input fails the step with a message naming it', async () => {
    const fx = pullRequestFixture(41);
    const ws = checkout(fx.origin, fx.base, 'refs/remotes/origin/main');
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: {},
      token: TOKEN,
      inputs: { verify: 'maybe' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::skguard: input verify: got "maybe"; expected true or false');
  }, 60_000);
});

describe('verify: true with fail-on: live', () => {
  it('checks each key once with its provider, fails only for the live one, and says so everywhere', async () => {
    const fx = pullRequestFixture(43);
    const providers = await FakeProviders.start();
    const fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    try {
      // Key B (Anthropic) works; keys A and C get their providers' "invalid key" answers.
      providers.on(fx.keys.b, answers.anthropic.models());
      const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
      const run = await runAction({
        workspace: ws.dir,
        event: 'pull_request',
        payload: pullRequestPayload(fx),
        token: TOKEN,
        apiUrl: api,
        inputs: { verify: 'true', 'fail-on': 'live' },
        env: providers.env(),
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs).toMatchObject({ findings: '3', live: '1' });
      expect(run.stdout).toMatch(/::error::skguard: 1 of 3 keys found is live/);
      for (const key of Object.values(fx.keys)) expect(providers.requestsFor(key)).toHaveLength(1);
      expect(run.summary).toContain('**LIVE**');
      expect(run.summary).toContain('invalid (`invalid_api_key`)');
      const sarif = readFileSync(path.join(ws.dir, 'skguard.sarif'), 'utf8');
      expect(sarif).toContain('"status": "live"');
      expectNoKey(everything(run, fake, path.join(ws.dir, 'skguard.sarif')), Object.values(fx.keys));

      // The same keys, none live: reported, and the check passes.
      providers.reset();
      const quiet = await runAction({
        workspace: ws.dir,
        event: 'pull_request',
        payload: pullRequestPayload(fx),
        token: TOKEN,
        apiUrl: api,
        inputs: { verify: 'true', 'fail-on': 'live' },
        env: providers.env(),
      });
      expect(quiet.code, quiet.stdout).toBe(0);
      expect(quiet.outputs).toMatchObject({ findings: '3', live: '0' });
    } finally {
      await fake.close();
      await providers.close();
    }
  }, 60_000);
});

describe('fetching over HTTPS-like smart HTTP with the token, as from github.com', () => {
  it('sends the token once as an http extraheader (replacing the one checkout persisted) and never prints it', async () => {
    const fx = pullRequestFixture(47);
    // Serve the origin as octo/widgets on a loopback git server that wants the token.
    const root = path.dirname(fx.origin);
    mkdirSync(path.join(root, 'octo'));
    renameSync(fx.origin, path.join(root, 'octo', 'widgets.git'));
    const server = new GitHttpServer(root, TOKEN);
    const serverUrl = await server.start();
    const fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    try {
      const ws = checkout(path.join(root, 'octo', 'widgets.git'), fx.merge, 'refs/remotes/pull/1/merge');
      ws.git('remote', 'set-url', 'origin', `${serverUrl}/octo/widgets`);
      // What actions/checkout leaves behind with persist-credentials: a header with its own token.
      const stale = Buffer.from('x-access-token:expired').toString('base64');
      ws.git('config', '--local', `http.${serverUrl}/.extraheader`, `AUTHORIZATION: basic ${stale}`);
      const run = await runAction({
        workspace: ws.dir,
        event: 'pull_request',
        payload: pullRequestPayload(fx),
        token: TOKEN,
        apiUrl: api,
        env: { GITHUB_SERVER_URL: serverUrl },
      });
      expect(run.code, run.stdout).toBe(1);
      expect(run.outputs.findings).toBe('3');
      expect(server.authorizations.length).toBeGreaterThan(0);
      expect(server.authorizations.every((values) => values.length === 1)).toBe(true);
      const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
      expect(run.stdout.split('\n')).toContain(`::add-mask::${basic}`);
      for (const text of [visibleLog(run.stdout), run.stderr, run.summary, run.outputFile]) {
        expect(text).not.toContain(TOKEN);
        expect(text).not.toContain(basic);
      }
    } finally {
      await server.close();
      await fake.close();
    }
  }, 60_000);
});
