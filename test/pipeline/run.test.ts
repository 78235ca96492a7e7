import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runScan } from '../../src/pipeline/run.js';
import { givenFilesSource } from '../../src/sources/files.js';
import { historySource } from '../../src/sources/history.js';
import { pathsSource } from '../../src/sources/paths.js';
import { stagedChanges, stagedSource } from '../../src/sources/staged.js';
import type { Source } from '../../src/sources/types.js';
import { makeKey } from '../support/keys.js';
import { TestRepo, tempDir } from '../support/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.dispose();
});
const repo = (init = true) => {
  const r = init ? new TestRepo() : new TestRepo({ init: false, dir: tempDir() });
  repos.push(r);
  return r;
};

/** A source written in the test: what the contract allows any source to push. */
function fakeSource(push: Source['read'], kind: Source['kind'] = 'files', partial = false): Source {
  return { kind, root: tempDir(), partial, read: push };
}

describe('runScan with a source written to the contract', () => {
  it('scans whole blobs, keeps findings only on the lines an origin names, counts inline-allowed ones', async () => {
    const key = makeKey('openai-project-key');
    const other = makeKey('anthropic-api-key');
    const result = await runScan(
      fakeSource(async (sink) => {
        sink.whole({ path: 'a.env', lines: new Set([2]) }, Buffer.from(`K=${other}\nK=${key}\n`));
        sink.whole({ path: 'b.ts', lines: new Set([1]) }, Buffer.from(`k("${key}") // skguard:allow\n`));
        return {};
      }),
    );
    expect(result.report.findings.map((f) => [f.file, f.line, f.rule])).toEqual([['a.env', 2, 'openai-project-key']]);
    expect(result.hits.map((h) => h.secret)).toEqual([key]);
    expect(result.report.stats).toMatchObject({ files: 2, suppressed: { inline: 1 } });
  });

  it('streams chunked blobs through the scanner, a key split across two chunks included', async () => {
    const key = makeKey('openai-legacy-key');
    const text = `${'x'.repeat(5000)}\nOPENAI_API_KEY=${key}\n`;
    const cut = text.indexOf(key) + 10;
    const result = await runScan(
      fakeSource(async (sink) => {
        const chunks = sink.open({ path: 'big.log' });
        chunks.push(Buffer.from(text.slice(0, cut)));
        chunks.push(Buffer.from(text.slice(cut)));
        chunks.end();
        return {};
      }),
    );
    expect(result.report.findings.map((f) => [f.file, f.line])).toEqual([['big.log', 2]]);
    expect(result.report.stats.bytes).toBe(Buffer.byteLength(text));
  });

  it('applies the text/binary policy to every source: NUL-holding content is counted as binary, UTF-16 is read', async () => {
    const key = makeKey('openai-legacy-key');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`KEY=${key}\n`, 'utf16le')]);
    const result = await runScan(
      fakeSource(async (sink) => {
        sink.whole({ path: 'image.bin' }, Buffer.from([0x89, 0x50, 0x00, 0x01, ...Buffer.from(key)]));
        const chunks = sink.open({ path: 'blob.bin' });
        chunks.push(Buffer.from(key));
        chunks.push(Buffer.from([0, 1, 2]));
        chunks.end();
        sink.whole({ path: 'win.env' }, utf16);
        return {};
      }),
    );
    expect(result.report.findings.map((f) => f.file)).toEqual(['win.env']);
    expect(result.report.stats.skipped.binary).toBe(2);
    expect(result.report.stats.files).toBe(1);
  });

  it('counts what a source passed over, turns unreadable paths into warnings, and keeps its notes', async () => {
    const result = await runScan(
      fakeSource(async (sink) => {
        sink.cleared('cleared.txt', 1000);
        sink.skipped('symlink', 'link');
        sink.skipped('unreadable', 'secret.env', 'EACCES');
        sink.note({ level: 'info', code: 'custom', message: 'hello' });
        return { truncated: true };
      }),
    );
    const { stats, notes } = result.report;
    expect(stats).toMatchObject({ files: 1, bytes: 1000, truncated: true });
    expect(stats.skipped).toMatchObject({ symlink: 1, unreadable: 1 });
    expect(notes).toContainEqual({
      level: 'warning',
      code: 'unreadable-file',
      message: 'could not read secret.env: EACCES',
    });
    expect(notes).toContainEqual({ level: 'info', code: 'custom', message: 'hello' });
  });

  it('passes the config exclusions and the prefilter literals to the source', async () => {
    const r = repo();
    r.write('.skguard.json', JSON.stringify({ exclude: ['fixtures/**'] }));
    let seen: { excluded: boolean; literals: number } | undefined;
    await runScan({
      kind: 'files',
      root: r.dir,
      partial: false,
      async read(_sink, context) {
        seen = { excluded: context.isExcluded('fixtures/a.env'), literals: context.literals.length };
        return {};
      },
    });
    expect(seen?.excluded).toBe(true);
    expect(seen?.literals).toBeGreaterThan(0);
  });

  it('says an unused ignore entry matched nothing, except for a source that reads only part of the project', async () => {
    const r = repo();
    r.write('.skguardignore', `${'ab'.repeat(12)}\n`);
    const whole = await runScan({ kind: 'files', root: r.dir, partial: false, read: async () => ({}) });
    const part = await runScan({ kind: 'staged', root: r.dir, partial: true, read: async () => ({}) });
    expect(whole.report.notes.map((n) => n.code)).toContain('unused-ignore');
    expect(part.report.notes.map((n) => n.code)).not.toContain('unused-ignore');
  });
});

describe('runScan with each real source', () => {
  it('files: a directory and standard input, with paths relative to the work tree', async () => {
    const r = repo();
    const key = makeKey('openai-project-key');
    r.write('src/config.ts', `export const k = "${key}";\n`);
    const source = await pathsSource(['src', '-'], r.dir, Readable.from([Buffer.from(`piped ${key}\n`)]));
    expect(source.kind).toBe('files');
    const result = await runScan(source);
    expect(result.report.findings.map((f) => [f.file, f.line])).toEqual([
      ['-', 1],
      ['src/config.ts', 1],
    ]);
  });

  it('stdin alone is the stdin source', async () => {
    const key = makeKey('anthropic-api-key');
    const source = await pathsSource(['-'], tempDir(), Readable.from([`a\n${key}\n`]));
    expect(source.kind).toBe('stdin');
    const result = await runScan(source);
    expect(result.report.stats.source).toBe('stdin');
    expect(result.report.findings.map((f) => [f.file, f.line])).toEqual([['-', 2]]);
  });

  it('staged: only the lines the commit adds, read from the index', async () => {
    const r = repo();
    const old = makeKey('openai-project-key');
    const added = makeKey('openai-project-key');
    r.write('app.env', `OLD=${old}\n`).commit();
    r.write('app.env', `OLD=${old}\nNEW=${added}\n`);
    r.git('add', 'app.env');
    const result = await runScan(stagedSource(await stagedChanges(r.dir)));
    expect(result.report.stats.source).toBe('staged');
    expect(result.hits.map((h) => [h.finding.file, h.finding.line, h.secret])).toEqual([['app.env', 2, added]]);
  });

  it('given files: whole, as they are in the work tree', async () => {
    const r = repo();
    const key = makeKey('openrouter-api-key');
    r.write('a.txt', `${key}\n`).write('b.txt', `${key}\n`).commit();
    const result = await runScan(givenFilesSource(r.dir, ['a.txt']));
    expect(result.report.findings.map((f) => f.file)).toEqual(['a.txt']);
  });

  it('history: each key attributed to the commit that added it, once per path', async () => {
    const r = repo();
    const key = makeKey('openai-project-key');
    r.write('README.md', 'hello\n').commit('first');
    const adding = r.write('app.env', `KEY=${key}\n`).commit('add');
    r.write('app.env', 'KEY=\n').commit('remove');
    const result = await runScan(await historySource(r.dir));
    expect(result.report.stats).toMatchObject({ source: 'history', commits: 3 });
    expect(result.report.findings.map((f) => [f.file, f.commit])).toEqual([['app.env', adding]]);
  });
});
