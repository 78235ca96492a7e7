import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtinRules, keyFromShape, Scanner } from '../src/core/index.js';
import { benchEnv, CODE_WORDS, fmt, ratio, rng, time } from './support.js';

/**
 * `skguard scan` over a generated 200 MB source-like tree with planted keys, in a git work tree and
 * in a plain directory, against ripgrep searching the same fixed literals (`rg -F`: the literals any
 * finding needs, from `new Scanner(rules).requiredLiterals()`) on the same tree in the same run: the
 * least a scanner that reads every file once must do. Target: within 1.3x of ripgrep's wall time,
 * every planted key found.
 *
 * Then content that defeats any literal prefilter, each corpus one file read whole or streamed:
 * 1M lines each holding `sk-`, 1M DeepSeek-shaped lines (`sk-` and 32 hex, no provider named), and
 * a log with `sk-` twice a line; against ripgrep with the rules' key patterns on the same file.
 * Target: within 4x, peak memory bounded by the chunk size, not by the number of hits.
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
 * The rules' patterns as one ripgrep invocation: the work a regex scanner must do on content whose
 * every line holds a keyword. Patterns with no fixed text (bare 32/40 alphanumerics, `32 hex . 16`)
 * are left out: ripgrep would run them over every byte, which flatters whoever is compared with it
 * (PERF.md); skguard only runs them where a key label and the provider's name occur.
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

/** Content no literal prefilter can clear: every line holds a keyword. */
function defeating(dir: string): { name: string; file: string }[] {
  mkdirSync(dir, { recursive: true });
  const random = rng(7);
  const pick = (alphabet: string, n: number) => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
    return out;
  };
  const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const corpora: [string, string, (i: number) => string, number][] = [
    ['1M lines each holding sk-', 'sk-lines.txt', () => `a sk-${pick(alnum, 4)}`, 1_000_000],
    ['1M DeepSeek-shaped lines', 'deepseek-lines.txt', () => `sk-${pick('0123456789abcdef', 32)}`, 1_000_000],
    [
      'a log with sk- twice a line (110 MB)',
      'log.txt',
      (i) =>
        `2026-11-29T10:00:${String(i % 60).padStart(2, '0')}Z INFO task-sk-${pick(alnum, 6)} user=${pick(alnum, 8)} model=gpt sk-${pick(alnum, 10)} took ${i % 1000}ms status=200`,
      1_100_000,
    ],
  ];
  return corpora.map(([name, file, line, count]) => {
    const target = path.join(dir, file);
    if (!existsSync(target)) {
      const lines: string[] = [];
      for (let i = 0; i < count; i++) lines.push(line(i));
      writeFileSync(target, `${lines.join('\n')}\n`);
    }
    return { name, file: target };
  });
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
  // The literals every finding needs, as the scan's own prefilter gets them: ripgrep searches them
  // exactly (the ones skguard compares case-insensitively too: the cheaper search for ripgrep).
  const literals = path.join(corpus, 'literals.txt');
  writeFileSync(
    literals,
    `${new Scanner(builtinRules)
      .requiredLiterals()
      .map((l) => l.text)
      .join('\n')}\n`,
  );
  const rg = `rg -c -F -f '${literals}' --hidden --no-ignore-parent -g '!.git' . || true`;
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
      `${label}: rg -F (same literals) ${fmt(ref.medianMs)} · skguard ${fmt(ours.medianMs)} (${(mb / (ours.medianMs / 1000)).toFixed(0)} MB/s) · ratio ${ratio(ours.medianMs, ref.medianMs)} (target ≤ 1.30x) · skguard peak ${ours.peakMb?.toFixed(0)} MB · found ${found} of ${PLANTED} planted keys`,
    );
    if (found !== PLANTED) throw new Error(`skguard found ${found} of the ${PLANTED} planted keys`);
  }
  const patterns = rgPatterns()
    .map((p) => `'${p}'`)
    .join(' ');
  for (const { name, file } of defeating(path.join(corpus, 'defeating'))) {
    const ref = time(`rg -c ${patterns} '${file}' || true`, { cwd: corpus, runs: 3 });
    const ours = time(`node ${ctx.distCli} scan '${file}' --format json --output /dev/null`, {
      cwd: corpus,
      runs: 3,
      expectCodes: [0, 1],
      memory: true,
    });
    // What the scan said: a scan that failed part-way is no measurement (a stack overflow once made
    // one look fast).
    const run = spawnSync(process.execPath, [ctx.distCli, 'scan', file, '--format', 'json'], {
      cwd: corpus,
      maxBuffer: 1 << 28,
    });
    const report = JSON.parse(run.stdout.toString()) as { notes: { code: string }[]; stats: { files: number } };
    const said = report.notes.map((n) => n.code).join(', ') || 'none';
    console.log(
      `${name}: rg (key patterns) ${fmt(ref.medianMs)} · skguard ${fmt(ours.medianMs)} · ratio ${ratio(ours.medianMs, ref.medianMs)} (target ≤ 4.00x) · skguard peak ${ours.peakMb?.toFixed(0)} MB · files scanned ${report.stats.files} · notes: ${said}`,
    );
  }
}
