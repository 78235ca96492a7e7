import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinRules, keyFromShape } from '../src/core/index.js';
import { benchEnv, CODE_WORDS, fmt, ratio, rng, time } from './support.js';

/**
 * `skguard scan` over a generated 200 MB source-like tree with planted keys, against ripgrep with an
 * equivalent pattern set on the same tree in the same run. Two trees: a git work tree (where
 * skguard lets `git grep` prefilter) and a plain directory (where skguard reads every file).
 * Target: within 1.5x of ripgrep's wall time.
 */
const TOTAL_BYTES = 200 * 1024 * 1024;
const FILES = 11_000;
const PLANTED = 120;

function generate(dir: string): number {
  const random = rng(42);
  const words = CODE_WORDS;
  const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)] as T;
  const pool: string[] = [];
  for (let i = 0; i < 4000; i++) {
    const kind = random();
    if (kind < 0.02) pool.push(`  <div class="sk-cube sk-cube${i % 9}"></div>`);
    else if (kind < 0.03) pool.push(`  const apiKey = process.env.OPENAI_API_KEY; // never "sk-..." inline`);
    else if (kind < 0.04) pool.push(`  headers['x-api-key'] = key${i};`);
    else {
      const n = 3 + Math.floor(random() * 10);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(pick(words) + (random() < 0.3 ? `_${Math.floor(random() * 1000)}` : ''));
      pool.push(`  ${parts.join(' ')}(${pick(words)}, "${pick(words)}-${Math.floor(random() * 1e6)}");`);
    }
  }
  const perFile = Math.floor(TOTAL_BYTES / FILES);
  const plantAt = new Set<number>();
  while (plantAt.size < PLANTED) plantAt.add(Math.floor(random() * FILES));
  const shapes = plantedShapes();
  let planted = 0;
  for (let f = 0; f < FILES; f++) {
    const lines: string[] = [];
    let size = 0;
    while (size < perFile) {
      const line = pick(pool);
      lines.push(line);
      size += line.length + 1;
    }
    if (plantAt.has(f)) {
      const rule = shapes[planted % shapes.length]!;
      lines.splice(Math.floor(random() * lines.length), 0, `  const leaked = "${keyFromShape(rule.shape!, random)}";`);
      planted++;
    }
    const sub = path.join(dir, `pkg${f % 40}`, `mod${f % 7}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, `file${f}.ts`), `${lines.join('\n')}\n`);
  }
  return planted;
}

/** Rules whose keys are keys by shape alone (no label, file context or provider attribution needed). */
function plantedShapes() {
  return builtinRules.filter(
    (r) =>
      r.shape &&
      !r.attribution &&
      !r.checks.some((c) => c.kind === 'near' || c.kind === 'label-before' || (c.kind === 'in-file' && !c.optional)),
  );
}

/**
 * The rules' patterns as one ripgrep invocation: the same work a regex scanner must do. Patterns
 * with no fixed text (bare 32/40 alphanumerics, `32 hex . 16`) are left out: ripgrep would run them
 * over every byte, which flatters whoever is compared with it (PERF.md); skguard only runs them
 * where a key label and the provider's name occur.
 */
function rgPatterns(): string[] {
  return builtinRules
    .filter((r) => !/^\[/.test(r.pattern.source))
    .flatMap((r) => ['-e', withoutLookaheads(r.pattern.source)]);
}

/** ripgrep's engine has no lookahead: `fw_(?=…)[A-Za-z0-9]{24}` becomes `fw_[A-Za-z0-9]{24}`. */
function withoutLookaheads(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (!source.startsWith('(?=', i)) {
      out += source[i];
      continue;
    }
    let depth = 0;
    for (; i < source.length; i++) {
      if (source[i] === '\\') i++;
      else if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) break;
    }
  }
  return out;
}

export default async function bench(ctx: { workDir: string; distCli: string }): Promise<void> {
  // Outside this repository: a directory inside a work tree is scanned the git way.
  // Named after the families it plants: a corpus planted for other rules would not be found whole.
  const corpus = path.join(tmpdir(), `skguard-bench-scan-${plantedShapes().length}`);
  const plain = path.join(corpus, 'plain');
  const repo = path.join(corpus, 'repo');
  if (!existsSync(path.join(repo, '.git')) || !existsSync(plain)) {
    rmSync(corpus, { recursive: true, force: true });
    console.log(`generating ${FILES} files, ${TOTAL_BYTES >> 20} MB …`);
    const planted = generate(plain);
    console.log(`planted ${planted} keys`);
    execFileSync('cp', ['-r', plain, repo]);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        stdio: 'ignore',
        env: benchEnv({
          GIT_AUTHOR_NAME: 'b',
          GIT_AUTHOR_EMAIL: 'b@b',
          GIT_COMMITTER_NAME: 'b',
          GIT_COMMITTER_EMAIL: 'b@b',
        }),
      });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'corpus');
  }
  const rg = `rg -c --hidden --no-ignore-parent -g '!.git' ${rgPatterns()
    .map((p) => `'${p}'`)
    .join(' ')} . || true`;
  const skguard = `node ${ctx.distCli} scan . --format json --output /dev/null`;
  for (const [label, dir] of [
    ['git work tree', repo],
    ['plain directory', plain],
  ] as const) {
    const ref = time(rg, { cwd: dir });
    const ours = time(skguard, { cwd: dir, expectCodes: [1], memory: true });
    const mb = TOTAL_BYTES / 1024 / 1024;
    // A fast scan that misses keys would be no result: every planted key must be found.
    const report = spawnSync('node', [ctx.distCli, 'scan', '.', '--format', 'json'], {
      cwd: dir,
      env: benchEnv(),
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const found = (JSON.parse(report.stdout) as { findings: unknown[] }).findings.length;
    console.log(
      `${label}: ripgrep ${fmt(ref.medianMs)} · skguard ${fmt(ours.medianMs)} (${(mb / (ours.medianMs / 1000)).toFixed(0)} MB/s) · ratio ${ratio(ours.medianMs, ref.medianMs)} (target ≤ 1.50x) · skguard peak ${ours.peakMb?.toFixed(0)} MB · found ${found} of ${PLANTED} planted keys`,
    );
    if (found !== PLANTED) throw new Error(`skguard found ${found} of the ${PLANTED} planted keys`);
  }
}
