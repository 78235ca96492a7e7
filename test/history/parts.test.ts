import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { describeProgress } from '../../src/cli/scan-report.js';
import { BlobReader, type BlobRef, CatFileParser } from '../../src/sources/history/blob-reader.js';
import { requestReachableBlobs } from '../../src/sources/history/enumeration.js';
import { endpointsOf } from '../../src/sources/history/revisions.js';
import { canFilterBlobs } from '../../src/sources/history.js';
import { makeKey } from '../support/keys.js';
import { gitEnv, TestRepo } from '../support/repo.js';

interface Obj {
  id: string;
  type: 'blob' | 'tree' | 'missing';
  data: Buffer;
}

/** What `git cat-file --batch` prints for these objects. */
function batchOutput(objects: Obj[]): Buffer {
  return Buffer.concat(
    objects.map((o) =>
      o.type === 'missing'
        ? Buffer.from(`${o.id} missing\n`)
        : Buffer.concat([Buffer.from(`${o.id} ${o.type} ${o.data.length}\n`), o.data, Buffer.from('\n')]),
    ),
  );
}

/** Feeds `output` to a parser in the given chunk sizes and records what it hands over. */
function parse(objects: Obj[], output: Buffer, cuts: number[], wholeLimit: number) {
  const seen: { id: string; how: string; data?: string }[] = [];
  let at = 0;
  let streamed: Buffer[] = [];
  let streamedId = '';
  const parser = new CatFileParser(
    () => {
      const o = objects[at++] as Obj;
      return { id: o.id, name: `n-${o.id}` } satisfies BlobRef;
    },
    {
      whole: (b, d) => seen.push({ id: b.id, how: 'whole', data: d.toString('latin1') }),
      start: (b) => {
        streamed = [];
        streamedId = b.id;
      },
      chunk: (d) => streamed.push(Buffer.from(d)),
      end: () => seen.push({ id: streamedId, how: 'stream', data: Buffer.concat(streamed).toString('latin1') }),
      skip: (b, reason) => seen.push({ id: b.id, how: reason }),
    },
    wholeLimit,
  );
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < output.length)].sort((a, b) => a - b)) {
    parser.push(output.subarray(from, cut));
    from = cut;
  }
  parser.push(output.subarray(from));
  return seen;
}

describe('CatFileParser', () => {
  it('hands over every object exactly as git printed it, however the output is cut into chunks', () => {
    const object = fc.record({
      id: fc.stringMatching(/^[0-9a-f]{40}$/),
      type: fc.constantFrom('blob' as const, 'blob' as const, 'tree' as const, 'missing' as const),
      data: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
    });
    fc.assert(
      fc.property(
        fc.array(object, { maxLength: 12 }),
        fc.array(fc.nat(4000), { maxLength: 30 }),
        fc.integer({ min: 0, max: 200 }),
        (objects, cuts, wholeLimit) => {
          const seen = parse(objects, batchOutput(objects), cuts, wholeLimit);
          const expected = objects.map((o) =>
            o.type === 'missing'
              ? { id: o.id, how: 'missing' }
              : o.type === 'tree'
                ? { id: o.id, how: 'not-blob' }
                : { id: o.id, how: o.data.length > wholeLimit ? 'stream' : 'whole', data: o.data.toString('latin1') },
          );
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('blob enumeration', () => {
  const repos: TestRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.dispose();
  });

  async function readAll(dir: string, blobsOnly: boolean) {
    const seen: string[] = [];
    const skipped: string[] = [];
    const reader = new BlobReader(
      dir,
      {
        whole: (b, d) => seen.push(`${b.name}:${d.toString('utf8').trim()}`),
        start: () => {},
        chunk: () => {},
        end: () => {},
        skip: (_b, reason) => skipped.push(reason),
      },
      1024,
    );
    const listing = await requestReachableBlobs(dir, ['--all'], reader, () => {}, blobsOnly);
    await reader.finish();
    return { seen: seen.sort(), skipped, listing };
  }

  it('reads each blob of every ref once, with or without git leaving trees out (git < 2.32)', async () => {
    const repo = new TestRepo();
    repos.push(repo);
    repo.write('a.txt', 'one\n').write('dir/b.txt', 'two\n');
    repo.commit();
    repo.write('a.txt', 'three\n').write('dir/c.txt', 'two\n');
    repo.commit();
    repo.git('checkout', '-q', '-b', 'side', 'HEAD~1');
    repo.write('dir/deep/d.txt', 'four\n');
    repo.commit();

    const filtered = await readAll(repo.dir, true);
    expect(filtered.seen).toEqual(['a.txt:one', 'a.txt:three', 'dir/b.txt:two', 'dir/deep/d.txt:four']);
    expect(filtered.skipped).toEqual([]);
    const unfiltered = await readAll(repo.dir, false);
    expect(unfiltered.seen).toEqual(filtered.seen);
    expect(unfiltered.skipped.length).toBeGreaterThan(0);
    expect(new Set(unfiltered.skipped)).toEqual(new Set(['not-blob']));
  });

  it('knows which git versions can leave trees out of the listing', () => {
    expect(canFilterBlobs('git version 2.39.5')).toBe(true);
    expect(canFilterBlobs('git version 2.32.0')).toBe(true);
    expect(canFilterBlobs('git version 2.31.1')).toBe(false);
    expect(canFilterBlobs('git version 3.0.0')).toBe(true);
  });
});

describe('endpointsOf', () => {
  it.each([
    ['main..feature', ['main', 'feature']],
    ['main...feature', ['main', 'feature']],
    ['..feature', ['HEAD', 'feature']],
    ['origin/main..', ['origin/main', 'HEAD']],
    ['^v1.0', ['v1.0']],
    ['abc123^!', ['abc123']],
    ['abc123^@', ['abc123']],
    ['abc123^-2', ['abc123']],
    ['HEAD~3', ['HEAD~3']],
  ])('names the commits of %s', (rev, expected) => {
    expect(endpointsOf(rev)).toEqual(expected);
  });
});

describe('progress', () => {
  it('shows blobs read of the total, commits, bytes, rate and an ETA once the listing is complete', () => {
    const line = describeProgress({
      phase: 'reading',
      commits: 3806,
      listed: 10_000,
      listingDone: true,
      read: 2_500,
      bytes: 50 * 1024 * 1024,
      walked: 0,
      elapsedMs: 1000,
    });
    expect(line).toBe('skguard history: 2,500/10,000 blobs · 3,806 commits · 50 MB · 50 MB/s · ETA 3.0 s');
  });

  it('shows no total and no ETA while blobs are still being listed', () => {
    const line = describeProgress({
      phase: 'reading',
      commits: undefined,
      listed: 10_000,
      listingDone: false,
      read: 2_500,
      bytes: 1024,
      walked: 0,
      elapsedMs: 500,
    });
    expect(line).toBe('skguard history: 2,500 blobs · 1.0 KB · 2.0 KB/s');
  });

  const repos: TestRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.dispose();
  });

  async function run(isTTY: boolean) {
    const repo = new TestRepo();
    repos.push(repo);
    const key = makeKey('openai-project-key');
    for (let i = 0; i < 4; i++) {
      repo.write(`f${i}.txt`, `${`line ${i}\n`.repeat(20_000)}${i === 3 ? `K=${key}\n` : ''}`);
      repo.commit(`c${i}`);
    }
    let stdout = '';
    let stderr = '';
    const code = await main(['history', '--format', 'json'], {
      cwd: repo.dir,
      env: { ...gitEnv },
      stdin: Readable.from([]),
      stdout: { write: (s: string) => (stdout += s), isTTY },
      stderr: { write: (s: string) => (stderr += s), isTTY },
      progressDelayMs: 0,
    });
    return { code, stdout, stderr, key };
  }

  it('draws progress on a terminal, clears it, and ends with a summary line on stderr', async () => {
    const r = await run(true);
    expect(r.code).toBe(1);
    const clearLine = '\r\x1b[2K';
    expect(r.stderr.startsWith(`${clearLine}skguard history: `)).toBe(true);
    expect(r.stderr).toMatch(/skguard history: [\d,]+(\/4)? blobs · 4 commits/);
    const [progress, summary] = r.stderr.split(clearLine).slice(-2);
    // The reading step's last state is always drawn; attribution may draw after it when it takes time.
    expect(r.stderr).toMatch(/skguard history: 4\/4 blobs/);
    expect(progress).toMatch(/^skguard history: (4\/4 blobs|finding the commits that added the keys)/);
    expect(summary).toMatch(/^skguard: 1 finding · scanned 4 commits, 4 blobs \(\d+ KB\) in \d+ ms\n$/);
    expect(r.stderr).not.toContain(r.key);
  });

  it('draws no progress when stderr is not a terminal, but still prints the summary line', async () => {
    const r = await run(false);
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toMatch(/^skguard: 1 finding · scanned 4 commits, 4 blobs/);
  });
});
