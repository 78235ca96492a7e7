import { spawnSync } from 'node:child_process';

/** Environment for timed runs: this machine's NODE_EXTRA_CA_CERTS adds ~60 ms to every Node start (PERF.md). */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export interface Timing {
  medianMs: number;
  runs: number[];
  /** Peak resident set size of the measured command, in MB (from /usr/bin/time). */
  peakMb?: number;
}

/**
 * Runs a shell command `runs` times (after one warm-up) and returns the median wall time.
 * `expectCodes` guards against timing a command that failed.
 */
export function time(
  command: string,
  options: { cwd: string; runs?: number; env?: NodeJS.ProcessEnv; expectCodes?: number[]; memory?: boolean },
): Timing {
  const runs = options.runs ?? 5;
  const env = options.env ?? benchEnv();
  const expect = options.expectCodes ?? [0];
  const results: number[] = [];
  let peakMb: number | undefined;
  for (let i = 0; i <= runs; i++) {
    const wrapped = options.memory && i === runs ? `/usr/bin/time -f 'PEAK_KB=%M' ${command}` : command;
    const start = process.hrtime.bigint();
    const r = spawnSync('bash', ['-c', wrapped], { cwd: options.cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!expect.includes(r.status ?? -1)) {
      throw new Error(`bench command failed (exit ${r.status}): ${command}\n${(r.stderr ?? '').slice(0, 2000)}`);
    }
    const peak = /PEAK_KB=(\d+)/.exec(r.stderr ?? '');
    if (peak) peakMb = Number(peak[1]) / 1024;
    else if (i > 0) results.push(ms); // run 0 warms the page cache
  }
  const sorted = [...results].sort((a, b) => a - b);
  return {
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    runs: results,
    ...(peakMb !== undefined ? { peakMb } : {}),
  };
}

export const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

/** A small deterministic generator (an LCG), so a benchmark corpus is the same on every run. */
export function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

/** Identifiers the benchmark corpora build their source-like lines from. */
export const CODE_WORDS: readonly string[] = [
  'const',
  'let',
  'return',
  'function',
  'await',
  'import',
  'export',
  'class',
  'if',
  'else',
  'for',
  'while',
  'value',
  'config',
  'client',
  'request',
  'response',
  'token',
  'handler',
  'options',
  'result',
  'error',
  'data',
  'items',
  'index',
  'skip',
  'task',
  'model',
];
