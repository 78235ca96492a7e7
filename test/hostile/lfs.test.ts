import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDist } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/**
 * A file tracked with Git LFS, as git-lfs leaves it: the commit holds the pointer, the content is in
 * `.git/lfs/objects/<aa>/<bb>/<oid>` (when this clone has fetched it).
 */
function lfsFile(repo: TestRepo, file: string, content: string, fetched: boolean): void {
  const oid = createHash('sha256').update(content).digest('hex');
  const pointer = `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${Buffer.byteLength(content)}\n`;
  repo.write(file, pointer);
  if (fetched) {
    const dir = path.join(repo.dir, '.git/lfs/objects', oid.slice(0, 2), oid.slice(2, 4));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, oid), content);
  }
}

describe('Git LFS files are read, not passed as pointers', () => {
  it.each([
    ['staged', ['staged']],
    ['hook run', ['hook', 'run', '--', 'config/prod.env']],
    ['scan', ['scan', '.']],
  ])('%s reads the content of an LFS file this clone has', (_name, args) => {
    const repo = new TestRepo();
    repos.push(repo);
    repo.write('README.md', 'x\n').commit();
    const key = makeKey('openai-project-key');
    lfsFile(repo, 'config/prod.env', `# prod\nOPENAI_API_KEY=${key}\n`, true);
    repo.git('add', '-A');
    const r = runDist(args, { cwd: repo.dir });
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('config/prod.env:2');
    expectNoKeyIn([r.stdout, r.stderr], [key]);
  });

  it('history reads it too, attributing the key to the commit that added the pointer', () => {
    const repo = new TestRepo();
    repos.push(repo);
    const key = makeKey('anthropic-api-key');
    lfsFile(repo, 'model/weights.env', `KEY=${key}\n`, true);
    const commit = repo.commit('lfs');
    const json = JSON.parse(runDist(['history', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.findings.map((f: { file: string; commit: string }) => [f.file, f.commit])).toEqual([
      ['model/weights.env', commit],
    ]);
  });

  it('an LFS file whose content this clone lacks is a warning, and the verdict is not "clean"', () => {
    const repo = new TestRepo();
    repos.push(repo);
    repo.write('README.md', 'x\n').commit();
    lfsFile(repo, 'data/secrets.env', `KEY=${makeKey('openai-project-key')}\n`, false);
    repo.git('add', '-A');
    for (const args of [
      ['staged', '--verbose'],
      ['scan', '.'],
    ]) {
      const r = runDist(args, { cwd: repo.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('could not read data/secrets.env: a Git LFS file whose content is not in this clone');
      expect(r.stdout).toContain('no keys found in what could be read');
    }
  });
});
