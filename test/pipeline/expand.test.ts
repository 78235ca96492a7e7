import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan, type ScanResult } from '../../src/pipeline/run.js';
import { historySource } from '../../src/sources/history.js';
import { pathsSource } from '../../src/sources/paths.js';
import { stagedChanges, stagedSource } from '../../src/sources/staged.js';
import { zip } from '../support/archives.js';
import { runCli } from '../support/cli.js';
import { buildCorpus, type Corpus } from '../support/corpus.js';
import { base64 } from '../support/encode.js';
import { makeKey } from '../support/keys.js';
import { expectNoKeyIn } from '../support/leak.js';
import { TestRepo, tempDir } from '../support/repo.js';
import { SRC, staticGraph } from '../support/static-graph.js';

/**
 * Keys that are encoded, archived or split, with negatives beside them, in every way a scan reads:
 * a plain directory, a committed work tree, history. Each key must be reported at its file (archive
 * members as `archive!member`) and line, with how it was encoded; the negatives must stay silent;
 * what cannot be read (a bomb, nesting too deep, corrupt archives) must be said.
 */
const corpus: Corpus = buildCorpus();
let plain: string;
const repo = new TestRepo();

function writeTree(dir: string): void {
  for (const [file, content] of Object.entries(corpus.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

beforeAll(() => {
  plain = tempDir();
  writeTree(plain);
  writeTree(repo.dir);
  repo.commit('corpus');
});
afterAll(() => repo.dispose());

const expected = () =>
  corpus.planted
    .map((p) => [p.file, p.line, p.rule, p.encoding ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const reported = (result: ScanResult) =>
  result.report.findings
    .map((f) => [f.file, f.line, f.rule, f.encoding ?? null])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

function expectCorpus(result: ScanResult): void {
  expect(reported(result)).toEqual(expected());
  // The key behind each finding is the planted one (so the fingerprint is the key's, whatever the encoding).
  for (const p of corpus.planted) {
    expect(result.hits.find((h) => h.finding.file === p.file)?.secret, p.file).toBe(p.key);
  }
  const noted = result.report.notes.map((n) => n.message).join('\n');
  for (const file of corpus.unreadable) expect(noted, file).toContain(file);
}

describe('encoded, archived and split keys', () => {
  it('in a plain directory', async () => {
    expectCorpus(await runScan(await pathsSource(['.'], plain)));
  }, 120_000);

  it('in a committed work tree', async () => {
    expectCorpus(await runScan(await pathsSource(['.'], repo.dir)));
  }, 120_000);

  it('through history, each at the commit that added it', async () => {
    const result = await runScan(await historySource(repo.dir));
    expectCorpus(result);
    const head = repo.git('rev-parse', 'HEAD').trim();
    expect(new Set(result.report.findings.map((f) => f.commit))).toEqual(new Set([head]));
  }, 120_000);

  it('prints no key and no encoded key whole, in any format', async () => {
    const outputs: string[] = [];
    for (const format of ['text', 'json', 'sarif']) {
      const r = await runCli(['scan', '.', '--format', format], { cwd: plain });
      expect(r.code).toBe(1);
      outputs.push(r.stdout, r.stderr);
    }
    // People and code scanning are told how a key was written.
    expect(outputs[0]).toContain('(base64)');
    expect(outputs[0]).toContain('(split across string literals)');
    const sarif = JSON.parse(outputs[4] as string);
    expect(sarif.runs[0].results.map((r: { properties: { encoding?: string } }) => r.properties.encoding)).toContain(
      'escape>escape',
    );
    const json = JSON.parse((await runCli(['scan', '.', '--format', 'json'], { cwd: plain })).stdout);
    expect(json.findings.filter((f: { encoding?: string }) => f.encoding === 'base64').length).toBeGreaterThan(5);
    expectNoKeyIn(
      outputs,
      corpus.planted.map((p) => p.key),
    );
  }, 240_000);
});

describe('archives stay off the start-up path', () => {
  it('the CLI entry loads neither the archive readers nor their libraries until an archive is met', () => {
    const { modules, packages } = staticGraph(path.join(SRC, 'cli.ts'));
    const loaded = [...modules].map((f) => path.relative(SRC, f));
    expect(loaded).toContain('pipeline/scan-sink.ts');
    expect(loaded).toContain('pipeline/archive-loader.ts');
    expect(loaded).not.toContain('pipeline/archive-reader.ts');
    expect([...packages].filter((p) => p === 'fflate' || p.startsWith('tar'))).toEqual([]);
  });
});

describe('a commit that adds an archive or an encoded key is blocked', () => {
  it('staged: members of an added archive, and an encoded key on an added line', async () => {
    const r = new TestRepo();
    try {
      const key = makeKey('anthropic-api-key');
      const other = makeKey('openai-project-key');
      r.write('values.yaml', `a: 1\nold: ${base64(other)}\n`).commit('first');
      r.write('values.yaml', `a: 1\nold: ${base64(other)}\nnew: ${base64(key)}\n`);
      r.write('dist/app.zip', zip({ 'conf/.env': `X=1\nKEY=${key}\n` }));
      r.git('add', '-A');
      const result = await runScan(stagedSource(await stagedChanges(r.dir)));
      expect(result.report.findings.map((f) => [f.file, f.line, f.encoding ?? null])).toEqual([
        ['dist/app.zip!conf/.env', 2, null],
        ['values.yaml', 3, 'base64'],
      ]);
    } finally {
      r.dispose();
    }
  }, 60_000);
});
