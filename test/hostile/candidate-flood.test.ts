import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules, Scanner } from '../../src/core/index.js';
import { DIST_CLI } from '../support/cli.js';
import { tempDir } from '../support/repo.js';

/**
 * A file full of strings of a shape several providers share (`sk-` + 32 hex is DeepSeek's and
 * DashScope's) with no provider named beside them: each waits for the end of the file, where a
 * context may still attribute it. Without a bound, memory grew with their number (1M lines: 316 MB),
 * so a large enough file could exhaust it.
 */
const shaped = (n: number) => {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`sk-${randomBytes(16).toString('hex')}`);
  return `${lines.join('\n')}\n`;
};

function peakRss(file: string): { rss: number; stdout: string; stderr: string; code: number | null } {
  const dir = tempDir();
  const probe = path.join(dir, 'rss.cjs');
  writeFileSync(
    probe,
    `process.on('exit', () => process.stderr.write('\\nMAXRSS_KB=' + process.resourceUsage().maxRSS + '\\n'));\n`,
  );
  const r = spawnSync(process.execPath, ['--require', probe, DIST_CLI, 'scan', file], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  });
  const rss = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN) * 1024;
  return { rss, stdout: r.stdout, stderr: r.stderr, code: r.status };
}

describe('key-shaped strings without a provider cannot exhaust memory', () => {
  it('past 100,000 waiting in one file, the rest are counted, said, and the verdict is not "clean"', () => {
    const dir = tempDir();
    const small = path.join(dir, 'small.txt');
    const big = path.join(dir, 'big.txt');
    writeFileSync(small, shaped(40_000));
    writeFileSync(big, shaped(720_000));
    const a = peakRss(small);
    const b = peakRss(big);
    expect(b.code).toBe(0);
    expect(b.stderr + b.stdout).toMatch(
      /big\.txt: [\d,]+ more matches of key shapes several providers share.*not kept after the first 100,000/,
    );
    expect(a.stderr + a.stdout).not.toContain('not kept');
    expect(b.stdout + b.stderr).toContain('no keys found in what could be read');
    // Eighteen times the strings: the growth is the bigger file's own bytes (held whole under 32 MB,
    // and its text), not a record per string (without the bound: +528 MB here; with it: +118 MB).
    expect(b.rss - a.rss).toBeLessThan(200 * 1024 * 1024);
  }, 120_000);

  it('hundreds of thousands of keys in one chunk of a stream are all found (no stack overflow)', () => {
    const scanner = new Scanner(builtinRules);
    const n = 150_000;
    const text = Array.from({ length: n }, () => `DEEPSEEK_API_KEY=sk-${randomBytes(16).toString('hex')}`).join('\n');
    const stream = scanner.stream();
    stream.push(Buffer.from(text));
    const matches = stream.end();
    // A few random bodies fail the entropy or pattern checks; every other one is a DeepSeek key.
    expect(matches.length).toBeGreaterThan(n * 0.99);
    expect(new Set(matches.map((m) => m.rule.provider))).toEqual(new Set(['deepseek']));
  }, 60_000);

  it('a key named by its label is found however many unlabelled strings came before it', () => {
    const scanner = new Scanner(builtinRules);
    const key = `sk-${randomBytes(16).toString('hex')}`;
    const text = `${shaped(100_010)}DEEPSEEK_API_KEY=${key}\n`;
    const { matches, unkept } = scanner.scanCounting(Buffer.from(text));
    // Each string matches DeepSeek's and DashScope's rule: about 200,000 candidates, 100,000 kept.
    expect(unkept).toBeGreaterThan(90_000);
    expect(matches.map((m) => [m.rule.provider, m.secret])).toEqual([['deepseek', key]]);
  });
});
