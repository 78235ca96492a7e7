import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { builtinRules, keyFromShape } from '../src/core/index.js';
import { benchEnv, CODE_WORDS, fmt, ratio, rng, time } from './support.js';

/**
 * `skguard history` over a generated repository (a few thousand commits, ~150 MB of unique blob
 * content, branches merged and unmerged, tags, binaries, notebooks, planted keys added and removed),
 * against, in the same run:
 *   - `git cat-file --batch-all-objects --unordered --batch | rg`: every blob read once, in pack
 *     order, and grepped — the floor for a read-each-blob-once scanner;
 *   - `git log -p --all | rg`: what diff-based scanners read.
 * Targets: within 1.5x of the first, faster than the second, peak RSS under 256 MB.
 */

/** Bump when the generator changes: the cached repository is rebuilt. */
const GENERATOR_VERSION = 1;
const CYCLES = 330;
const INITIAL_FILES = 900;
const BIG_FILES = 6;

interface Generated {
  commits: number;
  blobBytes: number;
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

function generate(repo: string, streamFile: string): Generated {
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
  const keyShapes = builtinRules.filter(
    (r) => r.shape && !r.checks.some((c) => c.kind === 'near' || c.kind === 'in-file'),
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

  /** Edits a text file (copy on write: branches share line arrays). */
  const edit = (files: Files, p: string) => {
    const old = files.get(p);
    if (Buffer.isBuffer(old)) {
      files.set(p, binary(30_000));
      return;
    }
    const lines = [...(old ?? [])];
    const n = 1 + Math.floor(random() * 4);
    for (let i = 0; i < n; i++) lines[Math.floor(random() * lines.length)] = pick(pool);
    for (let i = 0; i < n; i++) lines.splice(Math.floor(random() * lines.length), 0, pick(pool));
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
    const ownTopic = (p: string) => paths.indexOf(p) % 2 === cycle % 2;
    const topicPaths = paths.filter(ownTopic);
    const mainPaths = paths.filter((p) => !ownTopic(p));
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
  execFileSync('git', ['init', '-q', '-b', 'main', repo]);
  execFileSync('bash', ['-c', `git fast-import --quiet < '${streamFile}'`], { cwd: repo, stdio: 'inherit' });
  execFileSync('git', ['repack', '-adq'], { cwd: repo });
  execFileSync('git', ['prune-packed'], { cwd: repo });
  execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: repo });
  rmSync(streamFile, { force: true });
  return { commits, blobBytes, planted };
}

/** The rules' patterns as one ripgrep invocation: the same work a regex scanner must do. */
function rgPatterns(): string {
  return builtinRules.map((r) => `-e '${r.pattern.source}'`).join(' ');
}

export default async function bench(ctx: { workDir: string; distCli: string }): Promise<void> {
  const dir = path.join(ctx.workDir, 'history');
  const repo = path.join(dir, `repo-v${GENERATOR_VERSION}`);
  const manifest = path.join(dir, `repo-v${GENERATOR_VERSION}.json`);
  if (!existsSync(manifest)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    console.log('generating the history repository (git fast-import) …');
    const started = Date.now();
    const generated = generate(repo, path.join(dir, 'stream.fi'));
    writeFileSync(manifest, JSON.stringify(generated));
    console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const generated = JSON.parse(readFileSync(manifest, 'utf8')) as Generated;
  // Unique blobs and their total size, as git stores them (fast-import wrote some contents twice).
  const [blobs, bytes] = execFileSync(
    'bash',
    [
      '-c',
      `git cat-file --batch-all-objects --batch-check='%(objecttype) %(objectsize)' | awk '$1=="blob"{n++; s+=$2} END {print n, s}'`,
    ],
    { cwd: repo, encoding: 'utf8' },
  )
    .trim()
    .split(' ')
    .map(Number);
  console.log(
    `repository: ${generated.commits} commits, ${blobs} unique blobs, ${((bytes ?? 0) / 1048576).toFixed(0)} MB of unique blob content, ${generated.planted} keys planted`,
  );

  const env = benchEnv();
  const commands = {
    floor: `git cat-file --batch-all-objects --unordered --batch | rg -a -c ${rgPatterns()} || true`,
    logp: `git log -p --all | rg -a -c ${rgPatterns()} || true`,
    ours: `node ${ctx.distCli} history --format json --output /dev/null`,
  };
  // Interleaved rounds: this machine is shared and noisy, so the three are timed side by side.
  const rounds: Record<keyof typeof commands, number[]> = { floor: [], logp: [], ours: [] };
  for (let round = 0; round < 5; round++) {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
      const t = time(commands[name], { cwd: repo, env, runs: 1, expectCodes: name === 'ours' ? [1] : [0] });
      rounds[name].push(t.medianMs);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const floor = { medianMs: median(rounds.floor) };
  const logp = { medianMs: median(rounds.logp) };
  const ours = { medianMs: median(rounds.ours) };
  const peakMb = time(commands.ours, { cwd: repo, env, runs: 1, expectCodes: [1], memory: true }).peakMb;
  const check = spawnSync('node', [ctx.distCli, 'history', '--format', 'json'], {
    cwd: repo,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const found = (JSON.parse(check.stdout) as { findings: unknown[] }).findings.length;

  console.log(`cat-file --batch-all-objects --unordered | rg : ${fmt(floor.medianMs)}`);
  console.log(`git log -p --all | rg                        : ${fmt(logp.medianMs)}`);
  console.log(
    `skguard history                              : ${fmt(ours.medianMs)} · peak RSS ${peakMb?.toFixed(0)} MB (target < 256 MB)`,
  );
  console.log(
    `ratio to the floor ${ratio(ours.medianMs, floor.medianMs)} (target ≤ 1.50x) · to git log -p ${ratio(ours.medianMs, logp.medianMs)} (target < 1.00x)`,
  );
  console.log(`findings ${found} of ${generated.planted} planted (key, path) introductions`);
}
