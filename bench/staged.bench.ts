import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchEnv, fmt, ratio } from './support.js';

/**
 * The pre-commit hook's cost: `skguard staged` (the bundled dist/cli.js) on a clean 10-file commit,
 * against a bare `node -e 0` start measured in the same run. Start-up dominates, so the two are
 * interleaved run by run (the machine's noise hits both alike) and spawned directly, with no shell
 * in between to flatter the ratio. Target: at most 2.5x.
 */
const FILES = 10;
const ROUNDS = 41;
const WARMUP = 5;
const TARGET = 2.5;

interface Bench {
  root: string;
  workDir: string;
  distCli: string;
}

const gitEnv = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
};

/** A repository with a base commit and a 10-file change staged on top: new lines in each file, no key. */
function makeRepo(dir: string, env: NodeJS.ProcessEnv): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  const line = (f: number, i: number) =>
    `export const value${i} = compute(${f}, ${i}, 'option-${(i * 7919) % 1000}'); // line ${i}\n`;
  for (let f = 0; f < FILES; f++) {
    mkdirSync(path.join(dir, 'src', `mod${f}`), { recursive: true });
    writeFileSync(
      path.join(dir, 'src', `mod${f}`, 'index.ts'),
      Array.from({ length: 300 }, (_, i) => line(f, i)).join(''),
    );
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  for (let f = 0; f < FILES; f++) {
    const lines = Array.from({ length: 300 }, (_, i) => line(f, i));
    // Three edits per file: a changed line, an inserted block and an appended one.
    lines[10] = `export const changed = process.env.OPENAI_API_KEY; // read from the environment\n`;
    lines.splice(150, 0, ...Array.from({ length: 20 }, (_, i) => line(f + 100, i)));
    lines.push(...Array.from({ length: 10 }, (_, i) => line(f + 200, i)));
    writeFileSync(path.join(dir, 'src', `mod${f}`, 'index.ts'), lines.join(''));
  }
  git('add', '-A');
}

function once(command: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0] as string, command.slice(1), { cwd, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 || r.stdout !== '' || r.stderr !== '') {
    throw new Error(
      `bench command did not run clean and silent (exit ${r.status}): ${command.join(' ')}\n${r.stdout}${r.stderr}`.slice(
        0,
        2000,
      ),
    );
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)] ?? 0;

export default async function stagedBench(ctx: Bench): Promise<void> {
  mkdirSync(ctx.workDir, { recursive: true });
  const dir = mkdtempSync(path.join(tmpdir(), 'skguard-bench-staged-'));
  const env = benchEnv(gitEnv);
  try {
    makeRepo(dir, env);
    const bare = [process.execPath, '-e', '0'];
    const staged = [process.execPath, ctx.distCli, 'staged'];
    for (let i = 0; i < WARMUP; i++) {
      once(bare, dir, env);
      once(staged, dir, env);
    }
    const times = { bare: [] as number[], staged: [] as number[] };
    for (let i = 0; i < ROUNDS; i++) {
      // Alternate which goes first so neither always runs on a just-warmed machine.
      if (i % 2 === 0) {
        times.bare.push(once(bare, dir, env));
        times.staged.push(once(staged, dir, env));
      } else {
        times.staged.push(once(staged, dir, env));
        times.bare.push(once(bare, dir, env));
      }
    }
    const b = median(times.bare);
    const s = median(times.staged);
    const perRound = times.staged.map((t, i) => t / (times.bare[i] as number));
    const r = s / b;
    console.log(`${FILES}-file staged commit, ${ROUNDS} interleaved rounds, NODE_EXTRA_CA_CERTS unset`);
    console.log(
      `  node -e 0          median ${fmt(b)} (p10 ${fmt(quantile(times.bare, 0.1))}, p90 ${fmt(quantile(times.bare, 0.9))})`,
    );
    console.log(
      `  skguard staged     median ${fmt(s)} (p10 ${fmt(quantile(times.staged, 0.1))}, p90 ${fmt(quantile(times.staged, 0.9))})`,
    );
    console.log(
      `  ratio              ${ratio(s, b)} (median of per-round ratios ${median(perRound).toFixed(2)}x); target <= ${TARGET}x: ${r <= TARGET ? 'met' : 'MISSED'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
