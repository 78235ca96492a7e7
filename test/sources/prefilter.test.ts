import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinRules, Scanner } from '../../src/core/index.js';
import { LFS_POINTER_START } from '../../src/sources/lfs.js';
import { ContentFilter, probeFile } from '../../src/sources/probe.js';
import { runCli, runDist } from '../support/cli.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';

const cleanup: string[] = [];
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const literals = new Scanner(builtinRules).requiredLiterals();

/** What two reports must agree on: every finding where it is, and what was read, skipped and said. */
function essence(stdout: string) {
  const report = JSON.parse(stdout) as {
    findings: Record<string, unknown>[];
    stats: Record<string, unknown>;
    notes: { code: string; message: string }[];
  };
  const { durationMs: _, ...stats } = report.stats;
  return {
    findings: report.findings.map((f) => [f.fingerprint, f.file, f.line, f.column, f.rule]),
    stats,
    notes: report.notes.map((n) => `${n.code}: ${n.message}`).sort(),
  };
}

/**
 * 400 files (enough for worker threads) of filler, with keys of several families here and there,
 * and every kind of entry a reader must handle: a UTF-16 file, a name with a newline, a link out of
 * the tree, a FIFO, a nested repository, a Git LFS pointer whose content this clone lacks, a
 * binary file, and one file above the streaming threshold.
 */
function populate(dir: string): string[] {
  const keys: string[] = [];
  const filler = (i: number) => `export const value${i} = compute(${i}, 'option-${i % 97}'); // task-${i}\n`.repeat(40);
  for (let i = 0; i < 400; i++) {
    let content = filler(i);
    if (i % 37 === 5) {
      const key = makeKey(i % 2 ? 'openai-project-key' : 'anthropic-api-key');
      keys.push(key);
      content += `const leaked = "${key}";\n`;
    }
    mkdirSync(path.join(dir, `pkg${i % 9}`), { recursive: true });
    writeFileSync(path.join(dir, `pkg${i % 9}`, `file${i}.ts`), content);
  }
  const utf16 = makeKey('openai-legacy-key');
  const newline = makeKey('openrouter-api-key');
  const large = makeKey('openai-admin-key');
  keys.push(utf16, newline, large);
  writeFileSync(
    path.join(dir, 'notes.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`a\nK=${utf16}\n`, 'utf16le')]),
  );
  writeFileSync(path.join(dir, 'new\nline.txt'), `k=${newline}\n`);
  writeFileSync(
    path.join(dir, 'image.bin'),
    Buffer.concat([Buffer.from([0x89, 0, 1]), Buffer.from(makeKey('openai-legacy-key'))]),
  );
  writeFileSync(path.join(dir, 'big.log'), `${`${'x'.repeat(99)}\n`.repeat(340_000)}key=${large}\n`);
  writeFileSync(path.join(dir, 'model.bin'), `${LFS_POINTER_START}\noid sha256:${'ab'.repeat(32)}\nsize 12345\n`);
  const outside = tempDir();
  cleanup.push(outside);
  writeFileSync(path.join(outside, 'secret.txt'), makeKey('openai-legacy-key'));
  symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link-out.txt'));
  return keys;
}

describe('the file prefilter', () => {
  it('clears content that holds no literal, and keeps content that holds one or whose text is elsewhere', () => {
    const dir = tempDir();
    cleanup.push(dir);
    const filter = new ContentFilter(literals);
    const files: Record<string, string | Buffer> = {
      'plain.ts': 'const a = task-1 + skip_2;\n'.repeat(1000),
      'key.ts': `const k = "${makeKey('openai-project-key')}";\n`,
      'utf16.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('abc', 'utf16le')]),
      'pointer.bin': `${LFS_POINTER_START}\noid sha256:${'0'.repeat(64)}\nsize 1\n`,
    };
    const verdicts: Record<string, unknown> = {};
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), content);
      const { probe } = probeFile(path.join(dir, name), filter, { pool: Buffer.alloc(16) }, false);
      verdicts[name] = probe.kind === 'file' && probe.candidate;
    }
    expect(verdicts).toEqual({ 'plain.ts': false, 'key.ts': true, 'utf16.txt': true, 'pointer.bin': true });
  });

  it('tells links, folders, FIFOs and missing paths apart without following a link', () => {
    const dir = tempDir();
    cleanup.push(dir);
    writeFileSync(path.join(dir, 'target.txt'), 'x');
    symlinkSync(path.join(dir, 'target.txt'), path.join(dir, 'link'));
    mkdirSync(path.join(dir, 'folder'));
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const filter = new ContentFilter(literals);
    const kinds = ['link', 'folder', 'fifo', 'gone'].map(
      (name) => probeFile(path.join(dir, name), filter, { pool: Buffer.alloc(16) }, false).probe.kind,
    );
    expect(kinds).toEqual(['symlink', 'directory', 'other', 'missing']);
  });

  it('on worker threads (the bundled CLI) finds exactly what the in-process scan finds, in a work tree', async () => {
    const r = new TestRepo();
    cleanup.push(r.dir);
    const keys = populate(r.dir);
    const nested = new TestRepo();
    cleanup.push(nested.dir);
    nested.write('inner.txt', makeKey('openai-legacy-key')).commit();
    r.commit();
    cpSync(nested.dir, r.path('nested'), { recursive: true });
    execFileSync('mkfifo', [r.path('pipe')]);
    const threads = runDist(['scan', '--format', 'json'], { cwd: r.dir });
    const inline = await runCli(['scan', '--format', 'json'], { cwd: r.dir });
    expect(threads.code, threads.stderr).toBe(1);
    expect(essence(threads.stdout)).toEqual(essence(inline.stdout));
    const { findings, stats, notes } = essence(threads.stdout);
    expect(findings).toHaveLength(keys.length);
    // git lists no FIFO; the LFS pointer whose content is missing is the one file not read.
    expect(stats).toMatchObject({ skipped: { binary: 1, symlink: 1, submodule: 1, unreadable: 1 } });
    expect(notes.join('\n')).toMatch(/nested-repository/);
    expect(notes.join('\n')).toMatch(/model\.bin.*Git LFS/);
    expectNoKeyIn([threads.stdout, threads.stderr], keys);
  });

  it('on worker threads finds exactly what the in-process scan finds, in a plain folder', async () => {
    const dir = tempDir();
    cleanup.push(dir);
    const keys = populate(dir);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    const threads = runDist(['scan', '--format', 'json'], { cwd: dir });
    const inline = await runCli(['scan', '--format', 'json'], { cwd: dir });
    expect(essence(threads.stdout)).toEqual(essence(inline.stdout));
    expect(essence(threads.stdout).findings).toHaveLength(keys.length);
    expect(essence(threads.stdout).stats).toMatchObject({
      files: 404,
      skipped: { binary: 1, symlink: 1, unreadable: 1 },
    });
  });
});
