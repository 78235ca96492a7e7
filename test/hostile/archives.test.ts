import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gzip, nestedZips, tar, zip, zipBomb } from '../support/archives.js';
import { DIST_CLI } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { gitEnv, TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});

/** Runs the bundle as users do, and reports its peak resident memory (read by the process itself at exit). */
function runMeasured(args: string[], cwd: string) {
  const probe = path.join(tempDir(), 'rss.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n`,
  );
  const r = spawnSync(process.execPath, ['--require', probe, DIST_CLI, ...args], {
    cwd,
    env: { ...process.env, ...gitEnv, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) * 1024;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, rss };
}

describe('hostile archives end quickly, in bounded memory, and are said', () => {
  it('a 42.zip-style bomb, a gzip bomb, text that inflates without end, zips nested ten deep, corrupt archives', () => {
    const repo = new TestRepo();
    repos.push(repo);
    const key = makeKey('openai-project-key');
    repo.write('bomb/42.zip', zipBomb(4, 4));
    repo.write('bomb/zeros.log.gz', gzip(Buffer.alloc(512 * 1024 * 1024)));
    repo.write('bomb/text.zip', zip({ 'a.txt': Buffer.alloc(300 * 1024 * 1024, 'a') }, 9));
    repo.write('deep/ten.zip', nestedZips(10, { '.env': `KEY=${key}\n` }));
    repo.write('deep/three.zip', nestedZips(3, { '.env': `KEY=${key}\n` }));
    // Cut in the middle of their compressed data (random content does not compress away).
    const tgz = gzip(randomBytes(20_000).toString('hex'));
    repo.write('broken/cut.tgz', tgz.subarray(0, tgz.length >> 1));
    const cut = zip({ 'x.txt': randomBytes(20_000).toString('hex'), 'y.txt': 'y\n' });
    repo.write('broken/cut.zip', cut.subarray(0, cut.length >> 1));
    repo.commit('hostile');
    for (const args of [
      ['scan', '.', '--format', 'json'],
      ['history', '--format', 'json'],
    ]) {
      const r = runMeasured(args, repo.dir);
      expect(r.code, r.stderr).toBe(1);
      const report = JSON.parse(r.stdout) as {
        findings: { file: string }[];
        notes: { code: string; message: string }[];
      };
      // The key three deep is found; ten deep is past the nesting limit, and said.
      expect(report.findings.map((f) => f.file)).toEqual(['deep/three.zip!level2.zip!level3.zip!.env']);
      const notes = report.notes.filter((n) => n.code === 'archive-not-read').map((n) => n.message);
      for (const file of [
        'bomb/42.zip',
        'bomb/zeros.log.gz',
        'bomb/text.zip',
        'deep/ten.zip',
        'broken/cut.tgz',
        'broken/cut.zip',
      ]) {
        expect(
          notes.some((m) => m.startsWith(file)),
          `${args[0]}: ${file} in ${notes.join(' | ')}`,
        ).toBe(true);
      }
      expect(r.rss, 'peak resident memory').toBeLessThan(1024 * 1024 * 1024);
      expectNoKeyIn([r.stdout, r.stderr], [key]);
    }
  }, 240_000);
});

describe('an archive cut short is never read as whole', () => {
  it('a gzip cut at any point is said (the trailer is checked, not only the inflater), a whole one is not', async () => {
    const { newBudget, openArchive } = await import('../../src/pipeline/archive-reader.js');
    const read = (data: Buffer, kind: 'gzip' | 'tar' = 'gzip') => {
      const notes: string[] = [];
      const sink = openArchive(
        kind,
        { member: () => ({ push() {}, end() {} }), note: (what) => notes.push(what) },
        newBudget(),
      );
      sink.push(data);
      sink.end();
      return notes;
    };
    for (let i = 0; i < 200; i++) {
      const whole = gzip(randomBytes(3000).toString('hex'));
      expect(read(whole)).toEqual([]);
      const cut = whole.subarray(0, 10 + ((i * 37) % (whole.length - 10)));
      expect(read(cut).join(' '), `cut at ${cut.length} of ${whole.length}`).toMatch(/corrupt|cut short/);
    }
    // Concatenated members (what `cat a.gz b.gz` makes) are one valid stream.
    expect(read(Buffer.concat([gzip('first\n'), gzip('second member\n')]))).toEqual([]);
  });

  it('a tar cut inside a header or before the next member is said, a whole one is not', async () => {
    const { newBudget, openArchive } = await import('../../src/pipeline/archive-reader.js');
    const members = (data: Buffer) => {
      const names: string[] = [];
      const notes: string[] = [];
      const sink = openArchive(
        'tar',
        {
          member: (name) => {
            names.push(String(name));
            return { push() {}, end() {} };
          },
          note: (what) => notes.push(what),
        },
        newBudget(),
      );
      sink.push(data);
      sink.end();
      return { names, notes };
    };
    const whole = tar({ 'a.txt': randomBytes(5000).toString('hex'), 'b.txt': 'b\n' });
    expect(members(whole)).toEqual({ names: ['a.txt', 'b.txt'], notes: [] });
    // a.txt's header and 10,000 bytes take 20 blocks: b.txt's header starts at 10,752.
    for (const at of [10_752, 10_752 + 200, 10_752 + 512]) {
      const { names, notes } = members(whole.subarray(0, at));
      // What is there is read; what is missing is said.
      expect(names[0]).toBe('a.txt');
      expect(notes.join(' '), `cut at ${at}`).toMatch(/cut short|damaged/);
    }
  });
});
