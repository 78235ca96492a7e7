import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_BYTES, REVIEW_COMMENTS } from '../../src/action/pull-request.js';
import { fingerprint } from '../../src/core/fingerprint.js';
import type { Finding } from '../../src/core/index.js';
import { inlineMarker, SUMMARY_MARKER } from '../../src/report/github.js';
import { ACTIONS_BOT, account, FakeGitHub } from '../support/fake-github.js';
import { families, seeded } from '../support/keys.js';
import { TestRepo, tempDir } from '../support/repo.js';
import { actingCommands, type RunnerReading, readAsRunner } from '../support/runner-log.js';
import { type ActionRun, bareOrigin, checkout, runAction } from './harness.js';
import { pullRequestFixture, runOnPullRequest } from './pull-request-fixture.js';
import { expectNoKey, readable } from './readable.js';

/**
 * The bundled Action (dist/action.js) on repositories and pull requests written by an attacker,
 * against a loopback GitHub. Its log is read as the runner reads it (test/support/runner-log.ts).
 */

const TOKEN = 'ghs_hostiletoken0000000000000000000000000';
const OWNER = { owner: 'octo', repo: 'widgets' };

/**
 * A repository with `main` (its files from `base`, if given) and a pull request branch `feature` made
 * by `build`, checked out as actions/checkout does.
 */
function pullRequestRepo(build: (repo: TestRepo) => void, base?: (repo: TestRepo) => void) {
  const repo = new TestRepo();
  repo.write('README.md', '# widgets\n');
  base?.(repo);
  const baseSha = repo.commit('initial');
  repo.git('checkout', '-q', '-b', 'feature');
  build(repo);
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('update-ref', 'refs/pull/1/head', head);
  repo.git('checkout', '-q', 'main');
  const origin = bareOrigin(repo);
  const ws = checkout(origin, head, 'refs/remotes/pull/1/head', 0);
  return { repo, base: baseSha, head, origin, ws };
}

describe('workflow commands: names, authors and a config that speak the runner language', () => {
  const random = seeded(101);
  const keys = {
    newline: families['anthropic-api']!.make(random),
    carriage: families['openai-proj-74']!.make(random),
    folder: families.openrouter!.make(random),
    plain: families['anthropic-api']!.make(random),
    custom: `EVILKEY_${Array.from({ length: 20 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(random() * 32)]).join('')}`,
  };
  const names = {
    newline: 'notes\n::error file=forged.ts,line=1::forged annotation.txt',
    carriage: 'env\r::warning::forged warning\r::set-output name=findings::0.env',
    folder: '::add-mask::skguard/##[stop-commands]pwn/key.txt',
  };
  let run: ActionRun;
  let reading: RunnerReading;
  let fake: FakeGitHub;

  beforeAll(async () => {
    const fx = pullRequestRepo(
      (repo) => {
        repo.write(names.newline, `ANTHROPIC_API_KEY=${keys.newline}\n`);
        repo.write(names.carriage, `OPENAI_API_KEY=${keys.carriage}\n`);
        repo.write(names.folder, `OPENROUTER_API_KEY=${keys.folder}\n`);
        repo.write('app/settings.ts', `export const key = "${keys.plain}";\n`);
        repo.write('custom.txt', `${keys.custom}\n`);
        repo.git('add', '-A');
        repo.git(
          'commit',
          '-q',
          '--author',
          'Eve ##[stop-commands]pwn ::error::forged author <eve@example.test>',
          '-m',
          '::error::forged commit message\n##[add-mask]x',
        );
      },
      // The config is the base's (a pull request's own takes effect once merged): written by the
      // attacker in an earlier pull request.
      (repo) =>
        repo.write(
          '.skguard.json',
          JSON.stringify({
            rules: [
              {
                id: 'evil-key',
                provider: '##[error]forged provider',
                description: '::error::forged description\n::warning::forged too\r##[set-output name=live]9',
                keywords: ['EVILKEY_'],
                pattern: 'EVILKEY_[A-Z0-9]{20}',
                prefix: 'EVILKEY_',
              },
            ],
          }),
        ),
    );
    fake = new FakeGitHub({ ...OWNER, token: TOKEN, pulls: { 1: { head: fx.head } } });
    run = await runOnPullRequest(fx, { workspace: fx.ws.dir, token: TOKEN, apiUrl: await fake.start() });
    reading = readAsRunner(`${run.stdout}\n${run.stderr}`);
  }, 120_000);

  afterAll(() => fake.close());

  it('forges no command: the runner sees only masks, skguard annotations and its failure', () => {
    const acting = actingCommands(reading);
    expect(new Set(acting.map((c) => c.name))).toEqual(new Set(['add-mask', 'error']));
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    for (const mask of acting.filter((c) => c.name === 'add-mask')) {
      expect([...Object.values(keys), basic]).toContain(mask.data);
    }
    // Five annotations, one per finding, each titled by skguard; then the failure.
    const errors = acting.filter((c) => c.name === 'error');
    expect(errors).toHaveLength(6);
    for (const annotation of errors.slice(0, 5)) expect(annotation.properties.title).toMatch(/ key: [a-z0-9-]+$/);
    expect(errors[5]?.properties).toEqual({});
    expect(reading.stopped).toBe(false);
    // What the runner shows of an annotation never reads as a command line either.
    for (const c of acting.filter((c) => c.name === 'error')) {
      expect(actingCommands(readAsRunner(c.data))).toEqual([]);
      expect(c.data).not.toContain('##[');
    }
  });

  it("keeps skguard's own: every key masked, its annotations, its failure and its outputs", () => {
    const acting = actingCommands(reading);
    const masks = acting.filter((c) => c.name === 'add-mask').map((c) => c.data);
    for (const key of Object.values(keys)) expect(masks).toContain(key);
    const errors = acting.filter((c) => c.name === 'error');
    expect(errors.at(-1)?.data).toMatch(/^skguard: 5 keys found/);
    expect(errors.find((c) => c.properties.file === 'app/settings.ts')).toMatchObject({
      properties: { line: '1', title: 'Anthropic key: anthropic-api-key' },
    });
    // The file whose name breaks lines is annotated on itself, exactly.
    expect(errors.some((c) => c.properties.file === names.newline)).toBe(true);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ findings: '5', live: '0' });
  });

  it('still shows the names, escaped, as text', () => {
    const text = reading.text.join('\n');
    expect(text).toContain('notes\\x0a::error file=forged.ts,line=1::forged annotation.txt');
    expect(text).toContain('by Eve ##[stop-commands]pwn ::error::forged author');
  });

  it('the custom rule description and provider reach the annotation inert', () => {
    const error = actingCommands(reading).find((c) => c.properties.file === 'custom.txt');
    expect(error?.properties.title).toBe('##\u200b[error]forged provider key: evil-key');
    expect(error?.data).toMatch(
      /^:\u200b:error::forged description\\x0a::warning::forged too\\x0d##\u200b\[set-output/,
    );
  });

  it('the summary and the comment keep the names inert', () => {
    const comment = fake.ownIssueComments(1)[0]?.body ?? '';
    for (const text of [run.summary, comment]) {
      expect(text).toContain('`##[error]forged` provider');
      expect(text).not.toMatch(/<(?!!-- skguard|\/?sub>)/);
    }
  });
});

describe('keys in a file name, an author name and a branch name', () => {
  const random = seeded(103);
  const inPath = families['anthropic-api']!.make(random);
  const inAuthor = families['openai-proj-74']!.make(random);
  const inBranch = families['anthropic-api']!.make(random);
  const inFile = families.openrouter!.make(random);
  const all = [inPath, inAuthor, inBranch, inFile];

  it('a pull request: never whole in the log, annotations, summary, comments, review or SARIF', async () => {
    const fx = pullRequestRepo((repo) => {
      repo.write(`config/${inPath}/settings.env`, `OPENROUTER_API_KEY=${inFile}\n`);
      repo.git('add', '-A');
      repo.git('commit', '-q', '--author', `Dev ${inAuthor} <dev@example.test>`, '-m', 'settings');
    });
    const fake = new FakeGitHub({ ...OWNER, token: TOKEN, pulls: { 1: { head: fx.head } } });
    try {
      const run = await runOnPullRequest(fx, { workspace: fx.ws.dir, token: TOKEN, apiUrl: await fake.start() });
      expect(run.code).toBe(1);
      expect(fake.ownIssueComments(1)).toHaveLength(1);
      expectNoKey(readable(run, fake, path.join(fx.ws.dir, 'skguard.sarif')), all);
      // Masked before the first line that would have shown them.
      const lines = run.stdout.split('\n');
      for (const key of [inPath, inAuthor, inFile]) {
        expect(lines.indexOf(`::add-mask::${key}`)).toBeGreaterThanOrEqual(0);
        expect(lines.indexOf(`::add-mask::${key}`)).toBeLessThan(lines.findIndex((l) => l.includes('settings.env')));
      }
      // No review comment names a path that holds a key.
      expect(fake.reviewComments.get(1) ?? []).toEqual([]);
    } finally {
      await fake.close();
    }
  }, 60_000);

  it('a push to a branch named like a key: its name is redacted and masked before the first line', async () => {
    const repo = new TestRepo();
    repo.write('README.md', '# widgets\n');
    repo.commit('initial');
    repo.git('checkout', '-q', '-b', inBranch);
    repo.write('app.env', `OPENROUTER_API_KEY=${inFile}\n`);
    const after = repo.commit('add');
    const before = repo.git('rev-parse', 'main').trim();
    const origin = bareOrigin(repo);
    const ws = checkout(origin, after, 'refs/checkout/head', 0);
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: { ref: `refs/heads/${inBranch}`, before, after, repository: { default_branch: 'main' } },
      token: TOKEN,
    });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.indexOf(`::add-mask::${inBranch}`)).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(`::add-mask::${inBranch}`)).toBeLessThan(lines.findIndex((l) => l.includes('push to')));
    expect(run.stdout).toMatch(/push to refs\/heads\/sk-ant-api03-[\w-]{4}…[\w-]{4}/);
    expectNoKey(readable(run, undefined, path.join(ws.dir, 'skguard.sarif')), all);
  }, 60_000);
});

describe("the summary comment and the review markers are skguard's own", () => {
  let fx: ReturnType<typeof pullRequestFixture>;

  beforeAll(() => {
    fx = pullRequestFixture(107);
  });

  const markerOf = (key: string, file: string) => inlineMarker({ fingerprint: fingerprint(key), file } as Finding);

  it("a stranger's comment with the marker is left alone: skguard makes its own, then edits only that", async () => {
    const fake = new FakeGitHub({ ...OWNER, token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    try {
      const planted = `${SUMMARY_MARKER}\nskguard: no keys found, merge away!`;
      fake.seedIssueComments(1, [planted]);
      // A stranger's review comment carrying the marker skguard would give key B's line.
      fake.seedReviewComments(
        1,
        'app/settings.ts',
        [`${markerOf(fx.keys.b, 'app/settings.ts')} already handled`],
        undefined,
        3,
      );
      // GitHub asks for a pause on the first write: skguard waits and goes on.
      fake.limitNextWrite('secondary', 1);
      const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
      const common = { workspace: ws.dir, token: TOKEN, apiUrl: api };
      const first = await runOnPullRequest(fx, { ...common, runId: '601' });
      const second = await runOnPullRequest(fx, { ...common, runId: '602' });
      for (const run of [first, second]) expect(run.code).toBe(1);

      const all = fake.issueComments.get(1) ?? [];
      expect(all[0]?.body).toBe(planted);
      const mine = fake.ownIssueComments(1);
      expect(mine).toHaveLength(1);
      expect(mine[0]?.body).toContain('3 keys found');
      expect(
        fake
          .writes()
          .filter((w) => w.method === 'PATCH')
          .map((w) => w.url),
      ).toEqual([`/repos/octo/widgets/issues/comments/${mine[0]?.id}`]);
      expect(first.stdout).toMatch(/secondary rate limit on POST .*: waiting 1 s as it asks/);

      // The stranger's marker did not stop skguard's review; skguard's own stopped the second run's.
      const own = fake.ownReviewComments(1);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ path: 'app/settings.ts', line: 3 });
      expect(fake.reviews.get(1)).toHaveLength(1);
      expect(fake.maxInFlight).toBe(1);
    } finally {
      await fake.close();
    }
  }, 120_000);

  it("with a user's token, a github-actions[bot] comment with the marker is someone else's", async () => {
    const fake = new FakeGitHub({
      ...OWNER,
      token: TOKEN,
      pulls: { 1: { head: fx.head } },
      user: { login: 'ci-bot', id: 4242 },
    });
    const api = await fake.start();
    try {
      fake.seedIssueComments(1, [`${SUMMARY_MARKER}\nanother workflow's comment`], ACTIONS_BOT);
      fake.seedIssueComments(1, [`${SUMMARY_MARKER}\nci-bot renamed? same login, other account`], account('ci-bot', 9));
      const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
      const run = await runOnPullRequest(fx, { workspace: ws.dir, token: TOKEN, apiUrl: api });
      expect(run.code).toBe(1);
      expect(fake.writes().filter((w) => w.method === 'PATCH')).toEqual([]);
      expect(fake.ownIssueComments(1)).toHaveLength(1);
      expect(fake.ownIssueComments(1)[0]?.user.login).toBe('ci-bot');
    } finally {
      await fake.close();
    }
  }, 60_000);
});

describe("GitHub's limits, with 3,000 findings in one pull request", () => {
  let run: ActionRun;
  let fake: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    const random = seeded(109);
    const fx = pullRequestRepo((repo) => {
      for (let f = 0; f < 60; f++) {
        const lines = Array.from({ length: 50 }, () => `KEY="${families['anthropic-api']!.make(random)}"`);
        repo.write(`keys/file-${String(f).padStart(2, '0')}.env`, `${lines.join('\n')}\n`);
      }
      repo.commit('3,000 keys');
    });
    workspace = fx.ws.dir;
    fake = new FakeGitHub({ ...OWNER, token: TOKEN, pulls: { 1: { head: fx.head } } });
    run = await runOnPullRequest(fx, { workspace, token: TOKEN, apiUrl: await fake.start() });
  }, 180_000);

  afterAll(() => fake.close());

  it('still fails the check, and says how many everywhere', () => {
    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('3000');
    expect(run.summary).toContain('## skguard: 3,000 keys found');
    expect(fake.ownIssueComments(1)[0]?.body).toContain('### skguard: 3,000 keys found');
    expect(actingCommands(readAsRunner(run.stdout)).at(-1)?.data).toMatch(/^skguard: 3000 keys found/);
  });

  it('writes a job summary under 1 MiB that says how many rows it leaves out and where they are', () => {
    expect(Buffer.byteLength(run.summary, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    const rows = run.summary.split('\n').filter((l) => l.startsWith('| `keys/')).length;
    expect(run.summary).toContain(
      `…and ${(3000 - rows).toLocaleString('en-US')} more not listed here: every finding is in the SARIF file skguard.sarif.`,
    );
  });

  it('keeps the comment under 65,536 characters, listing 40 rows and how many more', () => {
    const body = fake.ownIssueComments(1)[0]?.body ?? '';
    expect([...body].length).toBeLessThanOrEqual(COMMENT_BYTES);
    expect(body.split('\n').filter((l) => l.startsWith('| `keys/'))).toHaveLength(40);
    expect(body).toContain('…and 2,960 more in the job summary.');
  });

  it(`makes one review of at most ${REVIEW_COMMENTS} comments, saying how many more are in the job summary`, () => {
    const posts = fake.writes().filter((w) => w.method === 'POST');
    expect(posts.map((p) => p.url)).toEqual([
      '/repos/octo/widgets/issues/1/comments',
      '/repos/octo/widgets/pulls/1/reviews',
    ]);
    for (const w of fake.writes()) expect(w.status).toBeLessThan(300);
    expect(fake.ownReviewComments(1)).toHaveLength(REVIEW_COMMENTS);
    expect(fake.reviews.get(1)?.[0]?.body).toContain(
      `${(3000 - REVIEW_COMMENTS).toLocaleString('en-US')} more in the code are not marked here`,
    );
    expect(fake.maxInFlight).toBe(1);
  });

  it('emits at most 10 error annotations (9 findings and the failure), and says where the rest are', () => {
    const acting = actingCommands(readAsRunner(run.stdout));
    expect(acting.filter((c) => c.name === 'error')).toHaveLength(10);
    expect(acting.filter((c) => c.name === 'warning').length).toBeLessThanOrEqual(10);
    expect(run.summary).toContain('9 of 3000 findings are annotated');
  });

  it("writes every finding to SARIF, within code scanning's limits", () => {
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'skguard.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(3000);
  });
});

describe('the SARIF file through a link', () => {
  it('refuses a committed skguard.sarif that links outside the workspace: says so, fails, writes nothing there', async () => {
    const outside = path.join(tempDir('skguard-outside-'), 'precious.txt');
    writeFileSync(outside, 'precious\n');
    const random = seeded(113);
    const repo = new TestRepo();
    repo.write('app.env', `OPENROUTER_API_KEY=${families.openrouter!.make(random)}\n`);
    symlinkSync(outside, repo.path('skguard.sarif'));
    const head = repo.commit('a link where the report goes');
    const ws = checkout(bareOrigin(repo), head, 'refs/remotes/origin/main');
    expect(ws.git('ls-files', '-s', 'skguard.sarif')).toMatch(/^120000 /);
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: {},
      token: TOKEN,
      inputs: { mode: 'tree', 'fail-on': 'never' },
    });
    expect(readFileSync(outside, 'utf8')).toBe('precious\n');
    expect(run.code).toBe(1);
    const failure = actingCommands(readAsRunner(run.stdout)).at(-1);
    expect(failure?.data).toBe(
      'skguard: input sarif-file: skguard.sarif is a symbolic link: refusing to write through it',
    );
    expect(run.outputs['sarif-file']).toBe('');
    expect(run.summary).toContain('skguard did not write the SARIF file');
  }, 60_000);
});
