import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { builtinRules, keyFromShape } from '../src/core/index.js';
import { benchEnv, CODE_WORDS, fmt, ratio, rng, time } from './support.js';

/**
 * `skguard history` against pure reading, in the same run: `git cat-file --batch-all-objects
 * --unordered --batch >/dev/null` reads every object once, in pack order, and does nothing with it —
 * the least any scanner that reads each blob once must do. (`git log -p --all | rg` is shown beside
 * it: what diff-based scanners read.) Target: within 1.3x of pure reading, every planted key found,
 * Node's own peak RSS under 256 MB.
 *
 * The generated history looks like a clone: files edited over thousands of commits (small files and
 * files of 40–250 KB that grow and shrink), branches merged and not, tags, binaries, notebooks, keys
 * added and removed; repacked as a server packs (`repack -adfb`: deltas computed afresh, bitmaps)
 * and cloned with `git clone --no-local`, so the pack is laid out as a server sends it.
 * `SKGUARD_BENCH_HISTORY_REPO=/path/to/a/clone` also runs on a real repository (vim or git.git
 * cloned `--no-local` from the network are the cases that matter).
 */

/** Bump when the generator changes: the cached repository is rebuilt. */
const GENERATOR_VERSION = 3;
const CYCLES = 330;
const INITIAL_FILES = 900;
const BIG_FILES = 6;
/** Source files of 40–250 KB, edited in about a third of the commits: the delta chains that make order matter. */
const LARGE_FILES = 40;

interface Generated {
  commits: number;
  blobBytes: number;
  /** Seconds taken to generate, repack and clone. */
  seconds: number;
  /** Distinct (key, path) introductions planted: what `skguard history` must report. */
  planted: number;
}

/** Writes a `git fast-import` stream to a file, buffering small writes. */
class StreamFile {
  private readonly fd: number;
  private parts: (string | Buffer)[] = [];
  private size = 0;
  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }
  write(part: string | Buffer): void {
    this.parts.push(part);
    this.size += part.length;
    if (this.size > 4 << 20) this.flush();
  }
  data(content: string | Buffer): void {
    const buf = typeof content === 'string' ? Buffer.from(content) : content;
    this.write(`data ${buf.length}\n`);
    this.write(buf);
    this.write('\n');
  }
  flush(): void {
    writeSync(this.fd, Buffer.concat(this.parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))));
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

type Files = Map<string, string[] | Buffer>;

function generate(repo: string, streamFile: string): Omit<Generated, 'seconds'> {
  const random = rng(20240601);
  const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)] as T;
  const words = CODE_WORDS;
  const pool: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const kind = random();
    if (kind < 0.01) pool.push(`  <div class="sk-cube sk-cube${i % 9}"></div>`);
    else if (kind < 0.02) pool.push(`  const apiKey = process.env.OPENAI_API_KEY; // never "sk-..." inline`);
    else {
      const n = 3 + Math.floor(random() * 10);
      const parts: string[] = [];
      for (let j = 0; j < n; j++) parts.push(pick(words) + (random() < 0.4 ? `_${Math.floor(random() * 100000)}` : ''));
      pool.push(`  ${parts.join(' ')}(${pick(words)}, "${pick(words)}-${Math.floor(random() * 1e6)}");`);
    }
  }
  const textFile = (bytes: number) => {
    const lines: string[] = [];
    for (let size = 0; size < bytes; size += 60) lines.push(pick(pool));
    return lines;
  };
  const binary = (bytes: number) => {
    const b = Buffer.alloc(bytes);
    for (let i = 0; i < bytes; i++) b[i] = random() < 0.2 ? 0 : Math.floor(random() * 256);
    return b;
  };
  // Keys that are findings on their own line: not shapes several providers share (a finding only
  // with a label or context naming the provider), nor rules that need a label, a mention or a file context.
  const keyShapes = builtinRules.filter(
    (r) =>
      r.shape &&
      !r.attribution &&
      !r.checks.some((c) => c.kind === 'near' || c.kind === 'in-file' || c.kind === 'label-before'),
  );
  let keyCount = 0;
  const newKey = () => keyFromShape(keyShapes[keyCount++ % keyShapes.length]!.shape!, random);

  const out = new StreamFile(streamFile);
  let mark = 0;
  let commits = 0;
  let blobBytes = 0;
  let clock = 1577836800;
  const authors = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov'];

  const main: Files = new Map();
  const paths: string[] = [];
  for (let i = 0; i < INITIAL_FILES; i++) {
    const p = `src/pkg${i % 30}/mod${i % 7}/file${i}.ts`;
    paths.push(p);
    main.set(p, textFile(1000 + Math.floor(random() * 12000)));
  }
  const big: string[] = [];
  for (let i = 0; i < BIG_FILES; i++) {
    const p = `data/fixtures-${i}.json`;
    big.push(p);
    main.set(p, textFile(150_000 + Math.floor(random() * 150_000)));
  }
  const large: string[] = [];
  for (let i = 0; i < LARGE_FILES; i++) {
    const p = `src/core/large-${i}.c`;
    large.push(p);
    main.set(p, textFile(40_000 + Math.floor(random() * 210_000)));
  }
  const binaries: string[] = [];
  for (let i = 0; i < 8; i++) {
    const p = `assets/image-${i}.png`;
    binaries.push(p);
    main.set(p, binary(30_000));
  }

  const commit = (
    ref: string,
    files: Files,
    changed: Set<string>,
    deleted: Set<string>,
    from?: number,
    merge?: number,
  ) => {
    mark++;
    commits++;
    clock += 3600;
    const who = pick(authors);
    const email = `${who.split(' ')[0]!.toLowerCase()}@example.test`;
    out.write(
      `commit ${ref}\nmark :${mark}\nauthor ${who} <${email}> ${clock} +0000\ncommitter ${who} <${email}> ${clock} +0000\n`,
    );
    out.data(`change ${commits}\n`);
    if (from !== undefined) out.write(`from :${from}\n`);
    if (merge !== undefined) out.write(`merge :${merge}\n`);
    for (const p of deleted) out.write(`D ${p}\n`);
    for (const p of changed) {
      const content = files.get(p)!;
      const buf = Buffer.isBuffer(content) ? content : Buffer.from(`${content.join('\n')}\n`);
      blobBytes += buf.length;
      out.write(`M 100644 inline ${p}\n`);
      out.data(buf);
    }
    out.write('\n');
    return mark;
  };

  /**
   * Edits a text file (copy on write: branches share line arrays): changes a few lines, and adds or
   * removes a few, so that sizes wander as real files' do (packers order delta candidates by size).
   */
  const edit = (files: Files, p: string) => {
    const old = files.get(p);
    if (Buffer.isBuffer(old)) {
      files.set(p, binary(30_000));
      return;
    }
    const lines = [...(old ?? [])];
    const n = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) lines[Math.floor(random() * lines.length)] = pick(pool);
    const grow = Math.floor(random() * (2 * n + 1)) - n + (lines.length < 20 ? n : 0);
    for (let i = 0; i < grow; i++) lines.splice(Math.floor(random() * lines.length), 0, pick(pool));
    for (let i = 0; i > grow; i--) lines.splice(Math.floor(random() * lines.length), 1);
    files.set(p, lines);
  };

  let planted = 0;
  /** Keys still present, by file: some are removed later. */
  const live: { files: Files; path: string; line: string }[] = [];
  const plant = (files: Files, p: string) => {
    const lines = [...(files.get(p) as string[])];
    const line = `  const leaked = "${newKey()}";`;
    lines.splice(Math.floor(random() * lines.length), 0, line);
    files.set(p, lines);
    planted++;
    live.push({ files, path: p, line });
  };
  const notebook = (key: string | undefined) => {
    const cells = [
      '{',
      ' "cells": [',
      '  {',
      '   "cell_type": "code",',
      '   "source": [',
      '    "import os\\n",',
      `    "client = OpenAI(api_key=\\"${key ?? 'os.environ[OPENAI_API_KEY]'}\\")\\n"`,
      '   ]',
      '  }',
      ' ],',
      ' "nbformat": 4',
      '}',
    ];
    return cells;
  };

  const changedAll = new Set(main.keys());
  let head = commit('refs/heads/main', main, changedAll, new Set());
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const topic: Files = new Map(main);
    const topicPaths = paths.filter((_, i) => i % 2 === cycle % 2);
    const mainPaths = paths.filter((_, i) => i % 2 !== cycle % 2);
    const branch = `refs/heads/topic/${cycle}`;
    const base = head;
    let tip = base;
    const topicChanged = new Set<string>();
    const topicCommits = 3 + Math.floor(random() * 6);
    for (let i = 0; i < topicCommits; i++) {
      const changed = new Set<string>();
      for (let k = 0; k < 3; k++) changed.add(pick(topicPaths));
      for (const p of changed) edit(topic, p);
      if (i === 1 && cycle % 7 === 3) plant(topic, pick([...changed]));
      if (i === 0 && cycle % 40 === 5) {
        const nb = `notebooks/analysis-${cycle}.ipynb`;
        topic.set(nb, notebook(newKey()));
        planted++;
        changed.add(nb);
      }
      for (const p of changed) topicChanged.add(p);
      tip = commit(branch, topic, changed, new Set(), tip);
    }
    const mainCommits = 3 + Math.floor(random() * 5);
    for (let i = 0; i < mainCommits; i++) {
      const changed = new Set<string>();
      const deleted = new Set<string>();
      for (let k = 0; k < 3; k++) changed.add(pick(mainPaths));
      if (cycle % 3 === 0 && i === 0) changed.add(pick(big));
      if (random() < 0.6) changed.add(pick(large));
      if (cycle % 11 === 0 && i === 1) changed.add(pick(binaries));
      for (const p of changed) edit(main, p);
      if (i === 2 && cycle % 5 === 1) plant(main, pick([...changed]));
      // Remove an earlier key: it stays in history, and must still be reported.
      if (i === 0 && cycle % 4 === 2) {
        const k = live.findIndex(
          (l) => l.files === main && main.get(l.path) !== undefined && !topicChanged.has(l.path),
        );
        if (k >= 0) {
          const { path: p, line } = live.splice(k, 1)[0]!;
          main.set(
            p,
            (main.get(p) as string[]).filter((l) => l !== line),
          );
          changed.add(p);
        }
      }
      head = commit('refs/heads/main', main, changed, deleted, head);
    }
    if (cycle % 9 === 4) continue; // left unmerged: only `--all` sees it
    for (const p of topicChanged) main.set(p, topic.get(p)!);
    for (const l of live) if (l.files === topic) l.files = main;
    head = commit('refs/heads/main', main, topicChanged, new Set(), head, tip);
    if (cycle % 25 === 0) out.write(`reset refs/tags/v0.${cycle}\nfrom :${head}\n\n`);
  }
  out.close();
  // A server's repository: fast-import's deltas recomputed as gc does, with bitmaps; then a clone.
  const server = `${repo}-server`;
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', server]);
  execFileSync('bash', ['-c', `git fast-import --quiet < '${streamFile}'`], { cwd: server, stdio: 'inherit' });
  rmSync(streamFile, { force: true });
  execFileSync('git', ['repack', '-adfbq'], { cwd: server });
  execFileSync('git', ['clone', '-q', '--no-local', server, repo]);
  rmSync(server, { recursive: true, force: true });
  return { commits, blobBytes, planted };
}

/** The rules' patterns as one ripgrep invocation: the same work a regex scanner must do. */
/** The rules' patterns for ripgrep, whose default engine has no look-around: without them (a superset). */
function rgPatterns(): string {
  const noLookaround = (source: string) => source.replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, '');
  return builtinRules.map((r) => `-e '${noLookaround(r.pattern.source)}'`).join(' ');
}

/** Prints Node's own CPU time and peak RSS at exit (git's children are not counted): for `node -r`. */
const NODE_PEAK = `process.on('exit', () => {
  const u = process.resourceUsage();
  process.stderr.write('NODE_PEAK_KB=' + u.maxRSS + '\\n');
});
`;

interface Measured {
  floor: number;
  ours: number;
  others: Record<string, number>;
  nodePeakMb: number;
  totalPeakMb: number;
  findings: number;
}

/** Times skguard against pure reading (and `others`) in interleaved rounds, then measures memory and findings once. */
function measure(
  repo: string,
  ctx: { workDir: string; distCli: string },
  rounds: number,
  others: Record<string, string>,
): Measured {
  const env = benchEnv();
  const preload = path.join(ctx.workDir, 'node-peak.cjs');
  writeFileSync(preload, NODE_PEAK);
  const commands: Record<string, string> = {
    floor: 'git cat-file --batch-all-objects --unordered --batch >/dev/null',
    ...others,
    ours: `node ${ctx.distCli} history --format json --output /dev/null`,
  };
  // Interleaved: this machine is shared and noisy, so the commands are timed side by side.
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, command] of Object.entries(commands)) {
      const t = time(command, { cwd: repo, env, runs: 1, expectCodes: name === 'ours' ? [0, 1] : [0] });
      times[name]?.push(t.medianMs);
    }
  }
  const median = (xs: number[] = []) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const memory = spawnSync(
    'bash',
    ['-c', `/usr/bin/time -f 'TOTAL_PEAK_KB=%M' node -r ${preload} ${ctx.distCli} history --format json`],
    { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const kb = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(memory.stderr)?.[1] ?? Number.NaN);
  return {
    floor: median(times.floor),
    ours: median(times.ours),
    others: Object.fromEntries(Object.keys(others).map((name) => [name, median(times[name])])),
    nodePeakMb: kb('NODE_PEAK_KB') / 1024,
    totalPeakMb: kb('TOTAL_PEAK_KB') / 1024,
    findings: (JSON.parse(memory.stdout) as { findings: unknown[] }).findings.length,
  };
}

function report(m: Measured, labels: Record<string, string>): void {
  const width = Math.max(...Object.values(labels).map((l) => l.length), 46);
  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(width)} : ${fmt(ms)} (${ratio(ms, m.floor)} of pure reading)`);
  console.log(`${'pure reading: cat-file --batch-all-objects --unordered --batch'.padEnd(width)} : ${fmt(m.floor)}`);
  for (const [name, ms] of Object.entries(m.others)) line(labels[name] ?? name, ms);
  line('skguard history', m.ours);
  console.log(
    `ratio to pure reading ${ratio(m.ours, m.floor)} (target ≤ 1.30x) · peak RSS: Node ${m.nodePeakMb.toFixed(0)} MB (target < 256 MB), with git ${m.totalPeakMb.toFixed(0)} MB`,
  );
}

export default async function bench(ctx: { workDir: string; distCli: string }): Promise<void> {
  const dir = path.join(ctx.workDir, 'history');
  const repo = path.join(dir, `repo-v${GENERATOR_VERSION}`);
  const manifest = path.join(dir, `repo-v${GENERATOR_VERSION}.json`);
  if (!existsSync(manifest)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    console.log('generating the history repository (fast-import, repack as a server does, clone --no-local) …');
    const started = Date.now();
    const generated = generate(repo, path.join(dir, 'stream.fi'));
    writeFileSync(manifest, JSON.stringify({ ...generated, seconds: (Date.now() - started) / 1000 }));
  }
  const generated = JSON.parse(readFileSync(manifest, 'utf8')) as Generated;
  const { blobs, megabytes } = blobStats(repo);
  console.log(
    `generated repository: ${generated.commits} commits, ${blobs} unique blobs, ${megabytes} MB of unique blob content, ${generated.planted} keys planted (generated in ${generated.seconds.toFixed(0)} s, cached in ${path.relative(process.cwd(), dir)})`,
  );
  const labels = { logp: 'git log -p --all | rg (what diff-based scanners read)' };
  const m = measure(repo, ctx, 5, { logp: `git log -p --all | rg -a -c ${rgPatterns()} >/dev/null || true` });
  report(m, labels);
  console.log(`findings ${m.findings} of ${generated.planted} planted (key, path) introductions`);

  const real = process.env.SKGUARD_BENCH_HISTORY_REPO;
  if (real) {
    const stats = blobStats(real);
    console.log(`\nreal repository ${real}: ${stats.blobs} unique blobs, ${stats.megabytes} MB of unique blob content`);
    const r = measure(real, ctx, 3, {});
    report(r, labels);
    console.log(`findings ${r.findings}`);
  } else {
    console.log('(set SKGUARD_BENCH_HISTORY_REPO to a clone, e.g. of vim or git.git, to measure a real history too)');
  }
}

/** Unique blobs and their total size, as git stores them. */
function blobStats(repo: string): { blobs: number; megabytes: string } {
  const [blobs, bytes] = execFileSync(
    'bash',
    [
      '-c',
      `git cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END {print n+0, s+0}'`,
    ],
    { cwd: repo, encoding: 'utf8' },
  )
    .trim()
    .split(' ')
    .map(Number);
  return { blobs: blobs ?? 0, megabytes: ((bytes ?? 0) / 1048576).toFixed(0) };
}
