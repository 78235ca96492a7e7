import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchEnv, fmt, ratio, rng, time } from './support.js';

/**
 * The pre-commit hook's cost: `skguard staged` (the bundled dist/cli.js) on a clean 10-file commit in
 * a large repository (25,000 files: git reads a large index), against a bare `node -e 0` start
 * measured in the same run. Start-up dominates, so the two are interleaved run by run (the machine's
 * noise hits both alike) and spawned directly, with no shell in between to flatter the ratio.
 * Target: at most 1.8x.
 *
 * Then a vendor drop: 5,000 new files (85 MB) staged at once, against git alone writing the same
 * diff (what skguard reads) to /dev/null; the scan streams, so its peak memory stays far below the
 * commit's size.
 */
const FILES = 10;
const ROUNDS = 41;
const WARMUP = 5;
const TARGET = 1.8;
/** Files in the large repository's base commit. */
const BASE_FILES = 25_000;
/** Bump when the generated repositories change: the cached ones are rebuilt. */
const GENERATOR_VERSION = 1;

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

const line = (f: number, i: number) =>
  `export const value${i} = compute(${f}, ${i}, 'option-${(i * 7919) % 1000}'); // line ${i}\n`;

/**
 * A repository with a large base commit (BASE_FILES small files besides the 10 that change) and a
 * 10-file change staged on top: new lines in each file, no key.
 */
function makeRepo(dir: string, env: NodeJS.ProcessEnv): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  for (let i = 0; i < BASE_FILES; i++) {
    const sub = path.join(dir, 'lib', `pkg${i % 250}`);
    if (i < 250) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `mod${i}.ts`), line(i, i).repeat(1 + (i % 20)));
  }
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

/** A repository with a small base and 5,000 new files (85 MB of source-like text, no key) staged. */
function makeVendorDrop(dir: string, env: NodeJS.ProcessEnv): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), 'app\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const random = rng(5000);
  for (let i = 0; i < 5000; i++) {
    const sub = path.join(dir, 'vendor', `pkg${i % 50}`, `lib${i % 7}`);
    mkdirSync(sub, { recursive: true });
    const lines: string[] = [];
    for (let j = 0, n = 20 + Math.floor(random() * 400); j < n; j++) {
      lines.push(
        `  exports.fn${j} = function (a, b) { return a * ${j} + b - ${Math.floor(random() * 1e6)}; } // token-${j}`,
      );
    }
    writeFileSync(path.join(sub, `file${i}.js`), `${lines.join('\n')}\n`);
  }
  git('add', '-A');
}

/** A generated repository, cached in the bench's work folder (generating one takes seconds). */
function cached(ctx: Bench, name: string, env: NodeJS.ProcessEnv, make: (dir: string, env: NodeJS.ProcessEnv) => void) {
  const dir = path.join(ctx.workDir, `${name}-v${GENERATOR_VERSION}`);
  // The mark that it is complete lives in .git/, out of the work tree.
  if (!existsSync(path.join(dir, '.git', 'bench-done'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    make(dir, env);
    writeFileSync(path.join(dir, '.git', 'bench-done'), '');
  }
  return dir;
}

export default async function stagedBench(ctx: Bench): Promise<void> {
  mkdirSync(ctx.workDir, { recursive: true });
  const env = benchEnv(gitEnv);
  const dir = cached(ctx, 'staged-large', env, makeRepo);
  {
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
    console.log(
      `${FILES}-file staged commit in a repository of ${BASE_FILES.toLocaleString('en-US')} files, ${ROUNDS} interleaved rounds, NODE_EXTRA_CA_CERTS unset`,
    );
    console.log(
      `  node -e 0          median ${fmt(b)} (p10 ${fmt(quantile(times.bare, 0.1))}, p90 ${fmt(quantile(times.bare, 0.9))})`,
    );
    console.log(
      `  skguard staged     median ${fmt(s)} (p10 ${fmt(quantile(times.staged, 0.1))}, p90 ${fmt(quantile(times.staged, 0.9))})`,
    );
    console.log(
      `  ratio              ${ratio(s, b)} (median of per-round ratios ${median(perRound).toFixed(2)}x); target <= ${TARGET}x: ${r <= TARGET ? 'met' : 'MISSED'}`,
    );
  }
  const vendor = cached(ctx, 'staged-vendor', env, makeVendorDrop);
  const diff = `git -c core.quotePath=false diff --cached --raw --patch -U2000000000 -z --no-abbrev --no-color --no-ext-diff --no-textconv --text -M >/dev/null`;
  const ref = time(diff, { cwd: vendor, runs: 3, env });
  const ours = time(`node ${ctx.distCli} staged`, { cwd: vendor, runs: 3, env, memory: true });
  console.log(
    `vendor drop, 5,000 staged files (85 MB): git writing the staged diff ${fmt(ref.medianMs)} · skguard staged ${fmt(ours.medianMs)} (${ratio(ours.medianMs, ref.medianMs)}) · skguard peak ${ours.peakMb?.toFixed(0)} MB`,
  );
}
