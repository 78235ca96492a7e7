import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo } from '../support/repo.js';
import { gitIn, head, linkBin, run } from './support.js';

/**
 * With the real husky v9 (this repository's node_modules/husky), set up the way its docs say:
 * `npx husky init` (here `node node_modules/husky/bin.js init`, which is what npx runs), then
 * `npx --no skguard hook install` (here the project's node_modules/.bin/skguard, a link to the freshly
 * built dist/cli.js, as `npm install` would make it).
 */
const HUSKY = path.resolve(import.meta.dirname, '../../node_modules/husky');

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** A JavaScript package at `dir` (relative to the repository) with husky and skguard installed. */
function npmPackage(r: TestRepo, dir: string, scripts: Record<string, string> = {}): string {
  const abs = r.path(dir);
  mkdirSync(path.join(abs, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(
    path.join(abs, 'package.json'),
    `${JSON.stringify({ name: 'demo', private: true, scripts }, null, 2)}\n`,
  );
  symlinkSync(HUSKY, path.join(abs, 'node_modules', 'husky'));
  symlinkSync('../husky/bin.js', path.join(abs, 'node_modules', '.bin', 'husky'));
  linkBin(abs);
  writeFileSync(path.join(abs, '.gitignore'), 'node_modules/\n');
  return abs;
}

const commit = (cwd: string, env?: NodeJS.ProcessEnv) => gitIn(cwd, ['commit', '-q', '-m', 'change'], env);

describe('husky v9', () => {
  it("husky init, then skguard hook install: skguard runs before husky's `npm test`, blocks a key before the tests run", async () => {
    const r = new TestRepo();
    repos.push(r);
    npmPackage(r, '', { test: 'echo the slow tests ran >&2' });
    const init = run(process.execPath, ['node_modules/husky/bin.js', 'init'], r.dir);
    expect(init.code, init.stderr).toBe(0);
    expect(r.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
    expect(readFileSync(r.path('.husky/pre-commit'), 'utf8')).toBe('npm test\n');
    const install = run(r.path('node_modules/.bin/skguard'), ['hook', 'install'], r.dir);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).toBe(''); // husky is active and skguard is installed: no warning
    expect(readFileSync(r.path('.husky/pre-commit'), 'utf8')).toBe('skguard staged\nnpm test\n');
    expect(existsSync(r.path('.git/hooks/pre-commit'))).toBe(false);

    r.write('index.js', 'console.log(1)\n');
    r.git('add', '-A');
    const clean = commit(r.dir);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toContain('the slow tests ran');

    const key = makeKey('openai-project-key');
    r.write('src/client.js', `const openai = new OpenAI({ apiKey: '${key}' });\n`);
    r.git('add', '-A');
    const before = head(r.dir);
    const blocked = commit(r.dir);
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('skguard: commit blocked');
    expect(blocked.stdout + blocked.stderr).toContain('src/client.js:1');
    expect(blocked.stdout + blocked.stderr).toContain('husky - pre-commit script failed');
    expect(blocked.stdout + blocked.stderr).not.toContain('the slow tests ran'); // blocked first, in milliseconds
    expectNoKeyIn([blocked.stdout, blocked.stderr], [key]);
    expect(head(r.dir)).toBe(before);

    // HUSKY=0 (CI, or a deliberate bypass) skips every husky hook.
    expect(commit(r.dir, { ...process.env, HUSKY: '0' }).code).toBe(0);
  });

  it("husky in a monorepo package (husky frontend/.husky): the hook finds that package's skguard", async () => {
    const r = new TestRepo();
    repos.push(r);
    const pkg = npmPackage(r, 'frontend');
    // What the package's `"prepare": "cd .. && husky frontend/.husky"` runs, from the repository top.
    const init = run(process.execPath, ['frontend/node_modules/husky/bin.js', 'frontend/.husky'], r.dir);
    expect(init.code, init.stderr).toBe(0);
    expect(r.git('config', 'core.hooksPath').trim()).toBe('frontend/.husky/_');
    const install = run(path.join(pkg, 'node_modules/.bin/skguard'), ['hook', 'install'], pkg);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stderr).toBe('');
    expect(readFileSync(path.join(pkg, '.husky/pre-commit'), 'utf8')).toBe(
      'PATH=frontend/node_modules/.bin:"$PATH" skguard staged\n',
    );

    r.write('backend/server.py', 'print("ok")\n');
    r.git('add', '-A');
    expect(commit(r.dir)).toEqual({ code: 0, stdout: '', stderr: '' });

    const key = makeKey('anthropic-api-key');
    r.write('backend/settings.py', `ANTHROPIC_API_KEY = "${key}"\n`);
    r.git('add', '-A');
    const blocked = commit(pkg); // committing from inside the package changes nothing
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('backend/settings.py:1');
    expectNoKeyIn([blocked.stdout, blocked.stderr], [key]);

    // Husky's docs have such hooks start with `cd frontend`; the line still finds skguard there.
    writeFileSync(
      path.join(pkg, '.husky/pre-commit'),
      'cd frontend\nPATH=frontend/node_modules/.bin:"$PATH" skguard staged\n',
    );
    const again = commit(r.dir);
    expect(again.code).not.toBe(0);
    expect(again.stdout + again.stderr).toContain('backend/settings.py:1');
  });
});
