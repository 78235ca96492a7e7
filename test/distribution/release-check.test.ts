import { appendFileSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../hook/hook-repos.js';
import { gitIn, run } from '../hook/support.js';
import { tempDir } from '../support/repo.js';

/**
 * `scripts/release-check.mjs`, the check RELEASING.md runs before tagging, on a clone of this
 * repository's HEAD (whose committed dist/ CI keeps equal to what its sources build), made ready
 * for a release of the version in package.json.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const VERSION = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

function releaseClone(): string {
  const parent = tempDir('skguard-release-');
  dirs.push(parent);
  const dir = path.join(parent, 'skguard');
  expect(run('git', ['clone', '-q', `file://${ROOT}`, dir], ROOT).code).toBe(0);
  // The sources' dependencies, for the build (a clone has no node_modules). `node_modules/` in
  // .gitignore matches folders only, not this link: the clone ignores it locally.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  appendFileSync(path.join(dir, '.git/info/exclude'), 'node_modules\n');
  const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8').replace(
    new RegExp(`^## \\[${VERSION.replaceAll('.', '\\.')}\\] - .*$`, 'm'),
    `## [${VERSION}] - 2026-12-01`,
  );
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  commit(dir, 'date the release');
  return dir;
}

/** Commits, and moves origin/main there: the release commit is pushed and CI passed on it. */
function commit(dir: string, message: string): void {
  expect(gitIn(dir, ['commit', '-q', '-a', '--no-verify', '-m', message]).code).toBe(0);
  expect(gitIn(dir, ['update-ref', 'refs/remotes/origin/main', 'HEAD']).code).toBe(0);
}

const check = (dir: string, version = VERSION) =>
  run(process.execPath, [path.join(ROOT, 'scripts/release-check.mjs'), version], dir);

describe('release check', () => {
  it('passes a clean release commit and prints the tag commands, with the major tag as a plain tag', () => {
    const dir = releaseClone();
    const res = check(dir);
    expect(res.code, res.stdout + res.stderr).toBe(0);
    expect(res.stdout).toContain('ok   dist/ is what the sources build');
    expect(res.stdout).toContain(`git tag -a v${VERSION}`);
    expect(res.stdout).toContain(`git tag -f -a v${VERSION.split('.')[0]}`);
  }, 60_000);

  it('fails on a dist/ that is not what the sources build, naming the file', () => {
    const dir = releaseClone();
    appendFileSync(path.join(dir, 'dist/cli.js'), '// edited by hand\n');
    commit(dir, 'stale bundle');
    const res = check(dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('FAIL dist/ is what the sources build (differs: dist/cli.js)');
    expect(res.stderr).toContain('nothing may be tagged yet');
  }, 60_000);

  it('fails for another version, an undated CHANGELOG entry, a commit CI did not test, uncommitted changes and an existing tag', () => {
    const dir = releaseClone();
    expect(gitIn(dir, ['update-ref', 'refs/remotes/origin/main', 'HEAD~1']).code).toBe(0);
    expect(check(dir).stdout).toContain('FAIL HEAD is origin/main');
    expect(gitIn(dir, ['update-ref', 'refs/remotes/origin/main', 'HEAD']).code).toBe(0);

    const other = check(dir, '9.9.9');
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(`FAIL package.json version is 9.9.9 (it is ${VERSION})`);
    expect(other.stdout).toContain('FAIL CHANGELOG.md has a dated entry "## [9.9.9] - YYYY-MM-DD"');

    writeFileSync(path.join(dir, 'notes.txt'), 'work in progress\n');
    expect(check(dir).stdout).toContain('FAIL the work tree is clean');
    rmSync(path.join(dir, 'notes.txt'));

    expect(gitIn(dir, ['tag', `v${VERSION}`]).code).toBe(0);
    expect(check(dir).stdout).toContain(`FAIL the tag v${VERSION} does not exist yet`);
  }, 60_000);
});
