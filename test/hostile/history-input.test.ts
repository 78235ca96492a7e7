import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDist } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
const newRepo = (dir?: string) => {
  const r = dir ? new TestRepo({ init: false, dir }) : new TestRepo();
  repos.push(r);
  return r;
};

describe('history never reports a miss as clean', () => {
  it('a corrupt object that holds a key is a warning and the verdict is not "clean"', () => {
    const repo = newRepo();
    repo
      .write('a.env', `KEY=${makeKey('openai-project-key')}\n`)
      .write('b.txt', 'hi\n')
      .commit();
    const blob = repo.git('rev-parse', 'HEAD:a.env').trim();
    const file = path.join(repo.dir, '.git/objects', blob.slice(0, 2), blob.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, 'garbage');
    const r = runDist(['history'], { cwd: repo.dir });
    expect(r.code).toBe(0);
    // Read in pack order, the object store names the object; through a range's listing, its path.
    expect(r.stdout).toMatch(new RegExp(`warning: could not read object ${blob}: git could not read it`));
    const range = runDist(['history', 'HEAD'], { cwd: repo.dir });
    expect(range.stdout).toContain(`warning: could not read a.env: git could not read object ${blob.slice(0, 12)}`);
    expect(range.stdout).toContain('no keys found in what could be read');
    expect(r.stdout).toContain('no keys found in what could be read');
    const json = JSON.parse(runDist(['history', '--format', 'json'], { cwd: repo.dir }).stdout);
    expect(json.stats.skipped.unreadable).toBe(1);
  });

  describe('a partial clone', () => {
    function partialClone(): { clone: TestRepo; key: string } {
      const upstream = newRepo();
      const key = makeKey('openai-project-key');
      upstream.write('f.txt', 'v0\n').commit('c0');
      upstream.write('f.txt', `K=${key}\n`).commit('c1');
      upstream.write('f.txt', `K=${key} x\n`).commit('c2');
      upstream.write('f.txt', 'v3\n').commit('c3');
      upstream.git('config', 'uploadpack.allowFilter', 'true');
      const dir = path.join(tempDir(), 'clone');
      upstream.git('clone', '-q', '--no-local', '--filter=blob:none', `file://${upstream.dir}`, dir);
      const clone = newRepo(dir);
      // The version of c2 is fetched (as a user reading it would); c1's stays on the promisor remote.
      clone.git('cat-file', '-p', 'HEAD~1:f.txt');
      return { clone, key };
    }

    it('a range whose earlier versions are missing is scanned, with a note, never fetched, never exit 2', () => {
      const { clone } = partialClone();
      const objects = () => clone.git('count-objects', '-v');
      const before = objects();
      const r = runDist(['history', 'HEAD~2..HEAD'], { cwd: clone.dir });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('not in this partial clone');
      expect(objects()).toBe(before);
    });

    it('the whole history says how many objects it could not read, and is not "clean" for them', () => {
      const { clone } = partialClone();
      const r = runDist(['history'], { cwd: clone.dir });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/warning: \d objects? (is|are) not in this clone/);
      expect(r.stdout).toMatch(/1 finding, \d not read/);
    });
  });
});
