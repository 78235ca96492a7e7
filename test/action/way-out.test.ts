import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules, fingerprint, redact } from '../../src/core/index.js';
import { SUMMARY_MARKER } from '../../src/report/github.js';
import { runDist } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey, seeded } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';
import { actingCommands, readAsRunner } from '../support/runner-log.js';
import { type ActionRun, bareOrigin, checkout, runAction } from './harness.js';
import { pullRefs, pullRequestPayload } from './pull-request-fixture.js';
import { expectNoKey, readable } from './readable.js';

/**
 * The way out, end to end: the bundled Action (dist/action.js) on pull requests that acknowledge a
 * rotated key, that bring their own `.skguard.json`, and that add suppressions of every kind,
 * against a loopback GitHub (and loopback providers for `verify`). A pull request does not judge
 * itself: its config takes effect once merged, and every suppression it adds is listed.
 */

const TOKEN = 'ghs_wayouttoken000000000000000000000000000';

/**
 * A pull request (#1, `feature` into `main`) as GitHub makes it: `base` adds what `main` holds,
 * `feature` makes the pull request's commits, `main` moves on after the branch point, and the test
 * merge commit is checked out at depth 1 (actions/checkout's default).
 */
function pullRequest(build: { base?: (repo: TestRepo) => void; feature: (repo: TestRepo) => void }) {
  const repo = new TestRepo();
  repo.git('config', 'user.email', 'dev@example.test');
  repo.write('README.md', '# widgets\n');
  build.base?.(repo);
  repo.commit('initial');
  repo.git('checkout', '-q', '-b', 'feature');
  build.feature(repo);
  const head = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', 'main');
  repo.write('CHANGELOG.md', '# changes\n');
  const base = repo.commit('changelog on main');
  const merge = pullRefs(repo, base, head);
  const origin = bareOrigin(repo);
  const ws = checkout(origin, merge, 'refs/remotes/pull/1/merge');
  return { repo, base, head, merge, ws };
}

type PullRequest = ReturnType<typeof pullRequest>;

function onPullRequest(
  pr: PullRequest,
  api: string,
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    workspace: pr.ws.dir,
    event: 'pull_request',
    payload: pullRequestPayload(pr),
    token: TOKEN,
    apiUrl: api,
    sha: pr.merge,
    ...extra,
  });
}

const redacted = (key: string, rule: string) => redact(key, builtinRules.find((r) => r.id === rule)!.redactPrefix);

/** skguard's summary comment on the pull request, as it stands now. */
function comment(fake: FakeGitHub): string {
  const mine = (fake.issueComments.get(1) ?? []).filter((c) => c.body.includes(SUMMARY_MARKER));
  expect(mine).toHaveLength(1);
  return mine[0]!.body;
}

/** Markdown with its code spans taken out: what is left is what GitHub would act on. */
function outsideCode(markdown: string): string {
  return markdown.replace(/(`+)[\s\S]*?\1/g, '');
}

describe('a pull request that adds a key, removes it and records `skguard ignore … --reason`', () => {
  const key = makeKey('openai-project-key', seeded(201));
  const reason = 'rotated on 2026-11-29 after the leak';
  let pr: PullRequest;
  let fake: FakeGitHub;
  let providers: FakeProviders;
  let api: string;
  let plain: ActionRun;
  let plainComment: string;

  beforeAll(async () => {
    pr = pullRequest({
      feature: (repo) => {
        repo.write('app/config.py', `import os\n\nOPENAI_API_KEY = "${key}"\n`).commit('add the client');
        repo.write('app/config.py', 'import os\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n').commit('env');
        // The developer acknowledges the rotated key with the bundled CLI, as the way out says.
        const ignored = runDist(['ignore', fingerprint(key), '--reason', reason], { cwd: repo.dir });
        expect(ignored.code, ignored.stderr).toBe(0);
        repo.commit('acknowledge the rotated key');
      },
    });
    fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: pr.head } } });
    api = await fake.start();
    providers = await FakeProviders.start();
    plain = await onPullRequest(pr, api);
    plainComment = comment(fake);
  }, 120_000);

  afterAll(async () => {
    await fake.close();
    await providers.close();
  });

  it('passes: the acknowledgement is honoured', () => {
    expect(plain.code, plain.stdout).toBe(0);
    expect(plain.outputs.findings).toBe('0');
  });

  it('comments even with no key reported, listing the suppression with its reason, who, the redacted key and fingerprint', () => {
    expect(plainComment).toContain('### skguard: no keys found, 1 suppression to review');
    expect(plainComment).toContain('#### Suppressions this pull request adds');
    const row = plainComment.split('\n').find((l) => l.includes(fingerprint(key))) ?? '';
    expect(row).toContain('| `app/config.py` |');
    expect(row).toContain(`\`${redacted(key, 'openai-project-key')}\``);
    expect(row).toMatch(
      /\[`\.skguardignore:3`\]\(https:\/\/github\.com\/octo\/widgets\/blob\/[0-9a-f]{40}\/\.skguardignore#L3\)/,
    );
    expect(row).toContain(`| ${reason} |`);
    expect(row).toContain('| `dev@example.test` |');
    expect(row).toContain('removed, still in history');
    // No verification ran: no verification column.
    expect(plainComment).not.toContain('Verification');
    expect(plainComment).not.toContain('&#');
  });

  it('lists it in the job summary and the log too', () => {
    expect(plain.summary).toContain('## skguard: no keys found, 1 suppression to review');
    expect(plain.summary).toContain(`| ${reason} |`);
    expect(plain.stdout).toContain('skguard: pull request #1 adds 1 suppression (honoured, and listed');
    expect(plain.stdout).toMatch(
      new RegExp(`app/config\\.py:3 .* fingerprint ${fingerprint(key)}  \\.skguardignore:3`),
    );
  });

  it('writes the suppressed key to SARIF as a dismissed result on its file, not on the head line that now holds os.environ', () => {
    const sarif = JSON.parse(readFileSync(path.join(pr.ws.dir, 'skguard.sarif'), 'utf8'));
    const [result] = sarif.runs[0].results;
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(result.properties).toMatchObject({ fingerprint: fingerprint(key), atHead: 'removed' });
    expect(result.locations[0].physicalLocation.region).toBeUndefined();
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('app/config.py');
    expect(result.suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted' });
    expect(result.suppressions[0].justification).toContain(reason);
  });

  it('with verify: true and the provider answering live, the suppressed key fails the check, and every report says why', async () => {
    providers.reset();
    providers.on(key, answers.openai.models());
    const live = await onPullRequest(pr, api, { inputs: { verify: 'true' }, env: providers.env() });
    expect(live.code, live.stdout).toBe(1);
    expect(live.outputs).toMatchObject({ findings: '1', live: '1' });
    expect(live.stdout).toContain(
      '::error::skguard: 1 key found: rotate it and take it out of the code; it is suppressed, but live: a working key cannot be acknowledged away',
    );
    expect(providers.requestsFor(key)).toHaveLength(1);
    const body = comment(fake);
    for (const text of [body, live.summary]) {
      expect(text).toContain('> [!CAUTION]');
      expect(text).toContain('**1 suppressed key is live**');
      expect(text).toContain('| Verification |');
      expect(text).toContain('**LIVE** (`ok`)');
    }
    // The way out for a key gone from the file: the exact command, with its fingerprint.
    expect(body).toContain(`skguard ignore ${fingerprint(key)} --reason "rotated on `);
    expect(body).toContain('**Live now**');
    expectNoKey(readable(live, fake, path.join(pr.ws.dir, 'skguard.sarif')), [key]);

    // Rotated for real: the provider refuses it, and the acknowledgement holds again.
    providers.reset();
    const rotated = await onPullRequest(pr, api, { inputs: { verify: 'true' }, env: providers.env() });
    expect(rotated.code, rotated.stdout).toBe(0);
    expect(rotated.outputs).toMatchObject({ findings: '0', live: '0' });
    const after = comment(fake);
    expect(after).not.toContain('[!CAUTION]');
    expect(after.split('\n').find((l) => l.includes(fingerprint(key)))).toContain('invalid (`invalid_api_key`)');
  }, 60_000);

  it('never shows the key whole: log, summary, outputs, what GitHub received, SARIF', () => {
    expectNoKey(readable(plain, fake, path.join(pr.ws.dir, 'skguard.sarif')), [key]);
  });
});

describe('a pull request that brings its own .skguard.json', () => {
  const random = seeded(202);
  const keys = { app: makeKey('anthropic-api-key', random), docs: makeKey('openrouter-api-key', random) };
  let pr: PullRequest;
  let fake: FakeGitHub;
  let api: string;

  beforeAll(async () => {
    pr = pullRequest({
      // The base excludes docs/: that is what judges the pull request.
      base: (repo) => repo.write('.skguard.json', '{ "exclude": ["docs/**"] }\n'),
      feature: (repo) => {
        repo.write('src/app.ts', `export const key = "${keys.app}";\n`);
        repo.write('docs/example.md', `OPENROUTER_API_KEY=${keys.docs}\n`);
        repo.write('.skguard.json', '{ "exclude": ["**"], "disableRules": ["anthropic-api-key"] }\n');
        repo.write('ci/skguard.json', '{ "exclude": ["**"] }\n');
        repo.commit('add a key, and settings that would hide it');
      },
    });
    fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: pr.head } } });
    api = await fake.start();
  }, 60_000);

  afterAll(() => fake.close());

  it('fails with `{"exclude": ["**"]}` in it: the base commit\'s settings apply, and the comment says the change takes effect once merged', async () => {
    const run = await onPullRequest(pr, api);
    expect(run.code, run.stdout).toBe(1);
    // The key in src/ is reported; the one in docs/ is excluded, as the base's config says.
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/::error::skguard: 1 key found/);
    expect(run.stdout).toMatch(
      /::warning::skguard: pull request #1 changes \.skguard\.json: skguard used the version at the base commit [0-9a-f]{12}; the change takes effect once merged/,
    );
    for (const text of [comment(fake), run.summary]) {
      expect(text).toContain('> [!IMPORTANT]');
      expect(text).toMatch(
        /This pull request changes `\.skguard\.json`\. A change does not judge itself: skguard used the version in its base commit `[0-9a-f]{12}`\. The change takes effect once merged\./,
      );
    }
    expectNoKey(readable(run, fake), Object.values(keys));
  }, 60_000);

  it('an explicit config input is read at the base too: a file the base lacks means the defaults', async () => {
    const run = await onPullRequest(pr, api, { inputs: { config: 'ci/skguard.json' } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.findings).toBe('2');
    expect(comment(fake)).toMatch(
      /This pull request adds `ci\/skguard\.json`\. .*its base commit `[0-9a-f]{12}` has none, so skguard used the defaults/,
    );
  }, 60_000);

  it("mode: tree reads the base commit's settings too (fetching it), not the checked-out ones", async () => {
    const run = await onPullRequest(pr, api, { inputs: { mode: 'tree' } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.stdout).toMatch(/skguard: pull request #1 changes \.skguard\.json/);
  }, 60_000);

  it('a push is judged by what it pushed: the same settings on a branch hide the keys', async () => {
    const ws = checkout(bareOrigin(pr.repo), pr.head, 'refs/remotes/origin/feature');
    const run = await runAction({
      workspace: ws.dir,
      event: 'push',
      payload: {},
      token: TOKEN,
      inputs: { mode: 'tree', 'sarif-file': '' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.findings).toBe('0');
  }, 60_000);
});

describe('suppressions of every kind a pull request adds: listed; those its base holds: counted', () => {
  const random = seeded(203);
  const keys = {
    approvedIgnore: makeKey('anthropic-api-key', random),
    approvedBaseline: makeKey('openrouter-api-key', random),
    inline: makeKey('openai-project-key', random),
    baseline: makeKey('anthropic-api-key', random),
    hostile: makeKey('openrouter-api-key', random),
  };
  const hostileReason = 'see @octocat <img src=x onerror=alert(1)> [click](http://evil.test) #7 ::error::forged';
  let pr: PullRequest;
  let fake: FakeGitHub;
  let run: ActionRun;
  let body: string;

  beforeAll(async () => {
    const baselineOf = (entries: [string, string][]) =>
      JSON.stringify({ findings: entries.map(([key, file]) => ({ fingerprint: fingerprint(key), file })) });
    pr = pullRequest({
      base: (repo) => {
        repo.write('.skguardignore', `${fingerprint(keys.approvedIgnore)}  # reason=demo key of the docs\n`);
        repo.write('baseline.json', baselineOf([[keys.approvedBaseline, 'q.txt']]));
      },
      feature: (repo) => {
        repo.write('p.txt', `${keys.approvedIgnore}\n`);
        repo.write('q.txt', `${keys.approvedBaseline}\n`);
        repo.write('s.py', `KEY = "${keys.inline}"  # skguard:allow test fixture\n`);
        repo.write('r.txt', `${keys.baseline}\n`);
        repo.write(
          'baseline.json',
          baselineOf([
            [keys.approvedBaseline, 'q.txt'],
            [keys.baseline, 'r.txt'],
          ]),
        );
        repo.write('t.txt', `${keys.hostile}\n`);
        repo.write(
          '.skguardignore',
          `${fingerprint(keys.approvedIgnore)}  # reason=demo key of the docs\n${fingerprint(keys.hostile)}  # by=<b>mallory</b> reason=${hostileReason}\n`,
        );
        repo.commit('keys, each suppressed some way');
      },
    });
    fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: pr.head } } });
    const api = await fake.start();
    run = await onPullRequest(pr, api, { inputs: { baseline: 'baseline.json' } });
    body = comment(fake);
  }, 120_000);

  afterAll(() => fake.close());

  it('passes, and lists the inline marker, the baseline change and the new ignore entry, but not what the base approved', () => {
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(body).toContain('### skguard: no keys found, 3 suppressions to review');
    const row = (key: string) => body.split('\n').find((l) => l.includes(fingerprint(key)));
    expect(row(keys.inline)).toContain('`skguard:allow` on its line');
    expect(row(keys.baseline)).toContain('| the baseline |');
    expect(row(keys.hostile)).toContain('[`.skguardignore:2`]');
    expect(row(keys.approvedIgnore)).toBeUndefined();
    expect(row(keys.approvedBaseline)).toBeUndefined();
    expect(body).toContain('2 more findings are suppressed by what the base commit already holds');
  });

  it('shows a hostile reason and author as inert text: no mention, link, HTML, reference or workflow command', () => {
    for (const text of [body, run.summary]) {
      const free = outsideCode(text);
      expect(free).not.toMatch(/@octocat|<img|<b>|http:\/\/evil\.test|#7/);
      expect(text).toContain('`<b>mallory</b>`');
      expect(text).toContain('`@octocat`');
    }
    const forged = actingCommands(readAsRunner(run.stdout)).filter((c) => c.data.includes('forged'));
    expect(forged).toEqual([]);
    expectNoKey(readable(run, fake, path.join(pr.ws.dir, 'skguard.sarif')), Object.values(keys));
  });

  it('writes every suppressed key to SARIF as a dismissed result', () => {
    const sarif = JSON.parse(readFileSync(path.join(pr.ws.dir, 'skguard.sarif'), 'utf8'));
    const results = sarif.runs[0].results as { suppressions?: unknown[] }[];
    expect(results).toHaveLength(5);
    expect(results.every((r) => r.suppressions?.length === 1)).toBe(true);
  });
});
