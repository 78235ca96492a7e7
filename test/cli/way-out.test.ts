import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/index.js';
import { zip } from '../support/archives.js';
import { runCli, runDist } from '../support/cli.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
function repo(): TestRepo {
  const r = new TestRepo();
  r.git('config', 'user.email', 'dev@example.test');
  repos.push(r);
  return r;
}

describe('skguard ignore: acknowledging a key, with a reason and an end', () => {
  it('records the reason, who and when; scan and history then suppress the key and list it with its reason', async () => {
    const r = repo();
    const key = makeKey('openai-project-key');
    r.write('app.py', `KEY = "${key}"\n`).commit('add');
    r.write('app.py', 'KEY = os.environ["OPENAI_API_KEY"]\n').commit('remove');
    const fp = fingerprint(key);
    const ignored = await runCli(['ignore', fp, '--reason', 'rotated on 2026-11-29 after #42'], { cwd: r.dir });
    expect(ignored.code, ignored.stderr).toBe(0);
    const line = readFileSync(path.join(r.dir, '.skguardignore'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith(fp));
    expect(line).toMatch(
      new RegExp(`^${fp}  # added=\\d{4}-\\d{2}-\\d{2} by=dev@example.test reason=rotated on 2026-11-29 after #42$`),
    );

    const history = await runCli(['history', '--format', 'json'], { cwd: r.dir });
    expect(history.code).toBe(0);
    const json = JSON.parse(history.stdout);
    expect(json.findings).toEqual([]);
    expect(json.suppressed).toHaveLength(1);
    expect(json.suppressed[0].suppression).toMatchObject({
      kind: 'ignore',
      reason: 'rotated on 2026-11-29 after #42',
      by: 'dev@example.test',
    });
    expect((await runCli(['scan', '.'], { cwd: r.dir })).code).toBe(0);
  });

  it('an entry past its end stops suppressing, and the report says which entry expired and when', async () => {
    const r = repo();
    const key = makeKey('anthropic-api-key');
    r.write('a.env', `KEY=${key}\n`);
    r.write('.skguardignore', `${fingerprint(key)}  # added=2026-01-01 expires=2026-06-30 reason=demo key\n`);
    const res = await runCli(['scan', '.'], { cwd: r.dir, env: {} });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(
      `.skguardignore:1: the entry for fingerprint ${fingerprint(key)} expired on 2026-06-30 (reason: demo key)`,
    );
    r.write('.skguardignore', `${fingerprint(key)}  # expires=2999-12-31 reason=demo key\n`);
    expect((await runCli(['scan', '.'], { cwd: r.dir })).code).toBe(0);
  });

  it('old plain-fingerprint lines still work, their comment read as the reason', async () => {
    const r = repo();
    const key = makeKey('openrouter-api-key');
    r.write('k.txt', `${key}\n`).write('.skguardignore', `# fixtures\n${fingerprint(key)}  # test fixture\n`);
    const res = await runCli(['scan', '.', '--format', 'json'], { cwd: r.dir });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).suppressed[0].suppression).toMatchObject({
      kind: 'ignore',
      line: 2,
      reason: 'test fixture',
    });
  });

  it.each([
    [['ignore', 'nothex'], 'is not a fingerprint'],
    [['ignore', 'a'.repeat(24)], '--reason is required'],
    [['ignore', 'a'.repeat(24), '--reason', 'x', '--expires', '2020-01-01'], 'already past'],
    [['ignore', 'a'.repeat(24), '--reason', 'x', '--expires', '2026-02-30'], 'is not a date'],
  ])('refuses %j (exit 2)', async (args, message) => {
    const res = await runCli([...args], { cwd: repo().dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
  });

  it('a suppressed key its provider says is live is reported anyway (a working key cannot be acknowledged away)', async () => {
    const providers = await FakeProviders.start();
    try {
      const r = repo();
      const key = makeKey('openai-project-key');
      providers.on(key, answers.openai.models());
      r.write('app.py', `KEY = "${key}"  # skguard:allow\n`);
      const res = await runCli(['scan', '.', '--verify'], { cwd: r.dir, env: providers.env() });
      expect(res.code).toBe(1);
      expect(res.stdout).toContain('reported although suppressed (skguard:allow on its line)');
      expect(res.stdout).toContain('suppressed key is live');
      expectNoKeyIn([res.stdout, res.stderr], [key]);
    } finally {
      await providers.close();
    }
  });
});

describe('the way out that fits the case', () => {
  it('a committed .env: stop tracking it; a notebook: clear its outputs; code: an environment variable', async () => {
    const r = repo();
    r.write('config/.env', `OPENAI_API_KEY=${makeKey('openai-project-key')}\n`)
      .write('nb/explore.ipynb', JSON.stringify({ cells: [{ outputs: [{ text: [makeKey('anthropic-api-key')] }] }] }))
      .write('src/app.ts', `const k = "${makeKey('openrouter-api-key')}";\n`);
    const res = await runCli(['scan', '.'], { cwd: r.dir });
    expect(res.stdout).toContain('git rm --cached -- config/.env && echo config/.env >> .gitignore');
    expect(res.stdout).toContain('jupyter nbconvert --clear-output --inplace nb/explore.ipynb');
    expect(res.stdout).toContain('src/app.ts: read the key from an environment variable');
  });

  it('a key in a committed archive: take the archive out (never `git rm` of a member path), in scan and in history', async () => {
    const r = repo();
    r.write('dist/release.zip', zip({ 'config/.env': `OPENAI_API_KEY=${makeKey('openai-project-key')}\n` })).commit(
      'add',
    );
    for (const args of [['scan', '.'], ['history']]) {
      const res = await runCli(args, { cwd: r.dir });
      expect(res.code).toBe(1);
      expect(res.stdout).toContain('dist/release.zip!config/.env: the key is inside an archive tracked by git');
      expect(res.stdout).toContain('git rm --cached -- dist/release.zip');
      expect(res.stdout).not.toContain("git rm --cached -- 'dist/release.zip!config/.env'");
    }
    const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(json.findings[0]).toMatchObject({ file: 'dist/release.zip!config/.env', archive: 'dist/release.zip' });
    // Code scanning gets the archive as the file (the repository has no `a.zip!member`), the member in the message.
    const sarif = JSON.parse((await runCli(['scan', '.', '--format', 'sarif'], { cwd: r.dir })).stdout);
    const result = sarif.runs[0].results[0];
    expect(result.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'dist/release.zip', uriBaseId: '%SRCROOT%' },
    });
    expect(result.message.text).toContain("It is in the archive's member config/.env, line 1.");
  });

  it("a key in an archive member's name: the archive is what to take out, not a file to rename", async () => {
    const r = repo();
    const key = makeKey('anthropic-api-key');
    r.write('pkg/bundle.zip', zip({ [`keys/${key}.txt`]: 'nothing here\n' })).commit('add');
    const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: r.dir })).stdout);
    expect(json.findings).toHaveLength(1);
    expect(json.findings[0]).toMatchObject({ inPath: true, archive: 'pkg/bundle.zip' });
    const res = await runCli(['scan', '.'], { cwd: r.dir });
    expect(res.stdout).toContain('git rm --cached -- pkg/bundle.zip');
    expect(res.stdout).not.toContain('rename it (git mv)');
    expectNoKeyIn([res.stdout, res.stderr, JSON.stringify(json)], [key]);
  });

  it('a key only in history: rotate, then squash or acknowledge it with the exact command', async () => {
    const r = repo();
    const key = makeKey('openai-project-key');
    r.write('app.py', `KEY = "${key}"\n`).commit('add');
    r.write('app.py', 'KEY = None\n').commit('remove');
    const res = await runCli(['history'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('gone from the file now, still in history');
    expect(res.stdout).toMatch(
      new RegExp(`skguard ignore ${fingerprint(key)} --reason "rotated on \\d{4}-\\d{2}-\\d{2}"`),
    );
  });

  it('--quiet is findings only: no advice, no notes, no closing line', async () => {
    const r = repo();
    r.write('a.env', `K=${makeKey('openai-project-key')}\n`).write('.skguardignore', `${'f'.repeat(24)}\n`);
    const res = await runCli(['scan', '.', '--quiet'], { cwd: r.dir });
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('a.env:1:3');
    expect(res.stdout).not.toMatch(/What to do|note:|scanned/);
  });

  it('SARIF: a key gone at HEAD is on its file, not on the line that holds something else now; suppressed keys are dismissed results', () => {
    const r = repo();
    const gone = makeKey('openai-project-key');
    const kept = makeKey('anthropic-api-key');
    r.write('app.py', `KEY = "${gone}"\nOTHER = "${kept}"  # skguard:allow demo\n`).commit('add');
    r.write('app.py', `KEY = os.environ["K"]\nOTHER = "${kept}"  # skguard:allow demo\n`).commit('remove');
    const res = runDist(['history', '--format', 'sarif'], { cwd: r.dir });
    const results = JSON.parse(res.stdout).runs[0].results;
    const removed = results.find(
      (x: { properties: { fingerprint: string } }) => x.properties.fingerprint === fingerprint(gone),
    );
    expect(removed.locations[0].physicalLocation.region).toBeUndefined();
    expect(removed.message.text).toContain('no longer in this file');
    const dismissed = results.find(
      (x: { properties: { fingerprint: string } }) => x.properties.fingerprint === fingerprint(kept),
    );
    expect(dismissed.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'skguard:allow on its line' },
    ]);
    writeFileSync(path.join(r.dir, 'x'), '');
  });
});
