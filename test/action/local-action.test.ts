import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMARY_MARKER } from '../../src/report/github.js';
import { FakeGitHub } from '../support/fake-github.js';
import { gitEnv, tempDir } from '../support/repo.js';
import { ACTION_ROOT, checkout, inputEnv } from './harness.js';
import { pullRequestFixture, pullRequestPayload } from './pull-request-fixture.js';

/**
 * The action run through GitHub's own local runner, `@github/local-action` (`local-action run
 * <action dir> <entrypoint> <dotenv file>`). It swaps @actions/core and @actions/github for its
 * stubs, which only works on the TypeScript sources (not on a bundle), so the entrypoint is
 * `src/action/main.ts`, which exports `run()`. Its stubbed `setFailed` does not set an exit code
 * (documented), so the failure is read from its log; outputs come from its "Action Outputs" table.
 */

const LOCAL_ACTION = path.join(ACTION_ROOT, 'node_modules/@github/local-action/bin/local-action.js');
const TOKEN = 'ghs_localactiontoken00000000000000000000';

describe('@github/local-action runs the action on a pull request', () => {
  let fx: ReturnType<typeof pullRequestFixture>;
  let fake: FakeGitHub;
  let log = '';
  let summary = '';
  let code = -1;

  beforeAll(async () => {
    fx = pullRequestFixture(53);
    fake = new FakeGitHub({ owner: 'octo', repo: 'widgets', token: TOKEN, pulls: { 1: { head: fx.head } } });
    const api = await fake.start();
    const ws = checkout(fx.origin, fx.merge, 'refs/remotes/pull/1/merge');
    const dir = tempDir('skguard-local-action-');
    const files = {
      event: path.join(dir, 'event.json'),
      summary: path.join(dir, 'summary.md'),
      output: path.join(dir, 'output'),
      env: path.join(dir, '.env'),
    };
    writeFileSync(files.event, JSON.stringify(pullRequestPayload(fx)));
    writeFileSync(files.summary, '');
    writeFileSync(files.output, '');
    const vars: Record<string, string> = {
      ...inputEnv(TOKEN),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_WORKSPACE: ws.dir,
      GITHUB_REPOSITORY: 'octo/widgets',
      GITHUB_API_URL: api,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: fx.merge,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
    };
    writeFileSync(
      files.env,
      `${Object.entries(vars)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n')}\n`,
    );
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_')),
    );
    const child = spawn(process.execPath, [LOCAL_ACTION, 'run', ACTION_ROOT, 'src/action/main.ts', files.env], {
      cwd: ACTION_ROOT,
      env: { ...env, ...gitEnv, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (b: Buffer) => {
      log += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      log += b.toString('utf8');
    });
    code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    summary = readFileSync(files.summary, 'utf8');
  }, 120_000);

  afterAll(() => fake.close());

  it('runs to the end and fails the check on the keys', () => {
    expect(code, log).toBe(0);
    expect(log).toContain('Running Action');
    expect(log).toMatch(/::error::skguard: 3 keys found/);
    expect(log).not.toMatch(/internal error|does not export a run\(\) function/);
  });

  it('sets the outputs and writes the job summary', () => {
    expect(log).toMatch(/'findings'\s*│\s*'3'/);
    expect(log).toMatch(/'live'\s*│\s*'0'/);
    expect(summary).toContain('| File | Line | Commit | Provider | Key | Fingerprint | Now |');
  });

  it('comments on the pull request through the stubbed @actions/github', () => {
    const comments = (fake.issueComments.get(1) ?? []).filter((c) => c.body.includes(SUMMARY_MARKER));
    expect(comments).toHaveLength(1);
    expect(fake.reviewComments.get(1)).toHaveLength(1);
  });

  it('never shows a key whole', () => {
    for (const key of Object.values(fx.keys)) {
      for (const text of [log, summary, fake.receivedText()]) expect(text.includes(key)).toBe(false);
    }
  });
});
