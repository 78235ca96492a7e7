import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_MARKER } from '../../src/report/github.js';
import { FakeGitHub } from '../support/fake-github.js';
import { schemaErrors } from '../support/sarif-tools.js';
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
    const review = fake.reviewComments.get(1) ?? [];
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ path: 'app/settings.ts', line: 3, commit_id: fx.head, side: 'RIGHT' });
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
    expect(first.summary).toContain('<code>old.env</code>');
  });

  it('writes a job summary with the table and remediation, and no author e-mail address', () => {
    expect(first.summary).toContain('| File | Line | Commit | Provider | Key | Verification | Fingerprint | Now |');
    expect(first.summary).toContain('Rotate each key now');
    expect(first.summary).toContain(fx.added.slice(0, 12));
    expect(first.summary).not.toMatch(/author@example\.test|@example/);
    expect(fake.receivedText()).not.toContain('author@example.test');
  });

  it('writes valid SARIF with all three findings', () => {
    const sarif = JSON.parse(readFileSync(path.join(workspace, 'skguard.sarif'), 'utf8'));
    expect(schemaErrors(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(3);
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
