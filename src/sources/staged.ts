import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { findWorkTree, type GitStream, spawnGit } from './git.js';
import { lfsAware } from './lfs.js';
import type { Source } from './types.js';

const GITLINK = '160000';
const SYMLINK = '120000';

export interface StagedFile {
  path: string;
  blob: string;
}

/** A staged file's index version, as the diff gives it. */
export interface StagedContent {
  file: StagedFile;
  /** The 1-based lines of the index version that the commit adds. */
  added: Set<number>;
  /** The index version's content, rebuilt from the full-context patch (empty when nothing is added). */
  content: Buffer;
}

export interface StagedChanges {
  top: string;
  /** Every added or changed file (not submodules or links), in the diff's order. */
  files: StagedFile[];
  /** Entries passed over: submodules (gitlinks) and symbolic links. */
  skipped: { submodule: number; symlink: number };
  /**
   * Each file's content, in `files` order, read from git as it comes: a commit of thousands of files
   * (a vendor drop) is never held whole. Read once.
   */
  contents(): AsyncIterable<StagedContent>;
}

/**
 * What `git commit` would record, from the index, never the work tree: every added or changed
 * file's index blob, and the lines it adds against HEAD (all lines in a repository with no commit
 * yet). Renames are followed, so moving a file adds no line. Read-only: nothing here writes to the
 * repository, the index or the work tree (`GIT_OPTIONAL_LOCKS=0` even keeps git from refreshing
 * the index).
 */
export async function stagedChanges(cwd: string): Promise<StagedChanges> {
  // One diff gives both the raw entries (NUL-separated, paths verbatim) and the full-context patch
  // whose hunk headers say which lines are added; sections come in the same order as raw entries.
  // The raw entries are read here; the patch streams to whoever reads `contents()`.
  // It runs beside `rev-parse` rather than after it: start-up time is most of a hook's cost.
  const diff = spawnGit(
    [
      'diff',
      '--cached',
      '--no-relative',
      '-M',
      '--raw',
      '--patch',
      // The whole file as context: the patch then holds the index version entirely, so no
      // `git cat-file` is needed to read it (one process fewer on every commit).
      `-U${FULL_CONTEXT}`,
      '-z',
      '--no-abbrev',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--text',
      '--ignore-submodules=none',
      '--diff-filter=ACMRT',
    ],
    cwd,
  );
  diff.child.stdin.end();
  const reader = new DiffReader(diff);
  const [topResult, entriesResult] = await Promise.allSettled([
    // No `rev-parse` when the folder says where the work tree is: one git process, not two.
    topFromFolders(cwd) ?? findWorkTree(cwd),
    reader.rawEntries(),
  ]);
  if (topResult.status === 'rejected') {
    diff.kill();
    const e = topResult.reason;
    throw e instanceof SkguardError && e.code === 'git-missing'
      ? new SkguardError('git was not found on the PATH: skguard staged reads the index through git', 'git-missing')
      : e;
  }
  const top = topResult.value;
  if (!top) {
    diff.kill();
    throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, 'not-a-repository');
  }
  if (entriesResult.status === 'rejected') {
    // git refuses a repository owned by another user in words `diff --cached` turns into "unknown
    // option"; asking where the work tree is gets the refusal named (only on this failure path).
    await findWorkTree(cwd);
    throw entriesResult.reason;
  }
  const entries = entriesResult.value;
  const files: StagedFile[] = [];
  const skipped = { submodule: 0, symlink: 0 };
  for (const entry of entries) {
    if (entry.mode === GITLINK) skipped.submodule++;
    else if (entry.mode === SYMLINK) skipped.symlink++;
    else files.push({ path: entry.path, blob: entry.blob });
  }
  // Until the patch is read, git may wait on a full pipe: it must not keep skguard from exiting
  // when nothing reads it (an error before the scan).
  reader.pause();
  return {
    top,
    files,
    skipped,
    async *contents() {
      reader.resume();
      let i = 0;
      for await (const section of reader.sections()) {
        const entry = entries[i++];
        if (entry === undefined) break;
        if (entry.mode === GITLINK || entry.mode === SYMLINK) continue;
        yield { file: { path: entry.path, blob: entry.blob }, added: section.added, content: section.content };
      }
      if (i !== entries.length) {
        throw new SkguardError(`could not read the staged diff (${entries.length} entries, ${i} patches)`, 'git');
      }
    },
  };
}

/**
 * What the next commit records, as a source: each staged file's index version, restricted to the
 * lines the commit adds (a file that adds no line is not scanned). Only the files in
 * `changes.files` are read (the hook may keep some of them).
 */
export function stagedSource(changes: StagedChanges): Source {
  return {
    kind: 'staged',
    root: changes.top,
    partial: true,
    async read(raw, context) {
      const sink = lfsAware(raw, changes.top);
      for (let i = 0; i < changes.skipped.submodule; i++) sink.skipped('submodule');
      for (let i = 0; i < changes.skipped.symlink; i++) sink.skipped('symlink');
      const wanted = new Set(changes.files.map((f) => f.path));
      for await (const { file, added, content } of changes.contents()) {
        if (!wanted.has(file.path)) continue;
        if (context.isExcluded(file.path)) sink.skipped('excluded', file.path);
        else if (added.size > 0) await sink.whole({ path: file.path, blob: file.blob, lines: added }, content);
      }
      return {};
    },
  };
}

interface RawEntry {
  mode: string;
  blob: string;
  path: string;
}

/** Context wide enough to hold any file whole (git reads `-U` as an int). */
const FULL_CONTEXT = 2_000_000_000;

interface Section {
  added: Set<number>;
  content: Buffer;
}

const NEWLINE = 0x0a;
const DIFF_GIT = Buffer.from('diff --git ');
const DIFF_CC = Buffer.from('diff --cc ');
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * `git diff --raw -z --patch`, read as it comes: raw records `:<mode> <mode> <sha> <sha>
 * <status>\0<path>\0` (two paths for renames and copies), an empty record, then the patch, one
 * `diff --git` section per raw record. Only the section being read is held.
 */
class DiffReader {
  private readonly chunks: AsyncIterator<Buffer>;
  /** The output in hand (a view of `own`, or git's last chunk), and where reading is in it. */
  private data: Buffer = Buffer.alloc(0);
  private at = 0;
  /** A buffer of ours that a line longer than a chunk grows in, doubling: never copied quadratically. */
  private own: Buffer | undefined;
  private done = false;

  constructor(private readonly git: GitStream) {
    this.chunks = (git.child.stdout as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  }

  pause(): void {
    this.git.child.unref();
    (this.git.child.stdout as { unref?: () => void }).unref?.();
  }

  resume(): void {
    this.git.child.ref();
    (this.git.child.stdout as { ref?: () => void }).ref?.();
  }

  /** Makes at least one more byte available; false at the end of the output. */
  private async more(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.chunks.next();
    if (next.done) {
      this.done = true;
      await this.git.exited;
      return false;
    }
    const chunk = next.value;
    const rest = this.data.length - this.at;
    if (rest <= 0) {
      this.data = chunk;
    } else if (
      this.own &&
      this.data.buffer === this.own.buffer &&
      this.at === 0 &&
      rest + chunk.length <= this.own.length
    ) {
      chunk.copy(this.own, rest);
      this.data = this.own.subarray(0, rest + chunk.length);
    } else {
      const grown = Buffer.allocUnsafe(Math.max(64 * 1024, 2 * (rest + chunk.length)));
      this.data.copy(grown, 0, this.at);
      chunk.copy(grown, rest);
      this.own = grown;
      this.data = grown.subarray(0, rest + chunk.length);
    }
    this.at = 0;
    return true;
  }

  /** The bytes up to the next `separator` (consumed), or up to the end; undefined when none are left. */
  private async until(separator: number): Promise<Buffer | undefined> {
    let from = this.at;
    for (;;) {
      const end = this.data.indexOf(separator, from);
      if (end >= 0) {
        const record = this.data.subarray(this.at, end);
        this.at = end + 1;
        return record;
      }
      from = this.data.length - this.at;
      if (!(await this.more())) {
        if (this.at >= this.data.length) return undefined;
        const rest = this.data.subarray(this.at);
        this.at = this.data.length;
        return rest;
      }
    }
  }

  private async peek(): Promise<number | undefined> {
    if (this.at >= this.data.length && !(await this.more())) return undefined;
    return this.data[this.at];
  }

  async rawEntries(): Promise<RawEntry[]> {
    const entries: RawEntry[] = [];
    const field = async () => (await this.until(0))?.toString('utf8') ?? '';
    while ((await this.peek()) === 0x3a /* ':' */) {
      const [, dstMode, , dstBlob, status] = (await field()).slice(1).split(' ');
      let file = await field();
      if (status?.startsWith('R') || status?.startsWith('C')) file = await field();
      entries.push({ mode: dstMode ?? '', blob: dstBlob ?? '', path: file });
    }
    if ((await this.peek()) === 0) this.at++; // the separator between raw and patch output
    return entries;
  }

  /**
   * For each `diff --git` section of the full-context patch: the new-side line numbers that hunks
   * add, and the new side itself (context and added lines, byte for byte). Lines are looked at in
   * place and copied into one growing buffer: a vendor drop is millions of lines.
   */
  async *sections(): AsyncGenerator<Section> {
    let added: Set<number> | undefined;
    let out = Buffer.allocUnsafe(64 * 1024);
    let length = 0;
    let newEndsWithNewline = true;
    let inHunk = false;
    let line = 0;
    let last = 0;
    const close = (): Section | undefined => {
      if (!added) return undefined;
      const end = length > 0 && !newEndsWithNewline ? length - 1 : length;
      return { added, content: Buffer.from(out.subarray(0, end)) };
    };
    for (;;) {
      let end = this.data.indexOf(NEWLINE, this.at);
      if (end < 0) {
        if (await this.more()) continue;
        if (this.at >= this.data.length) break;
        end = this.data.length; // a last line without a newline
      }
      const data = this.data;
      const start = this.at;
      this.at = end + 1;
      const kind = data[start];
      if (kind === 0x64 /* d */ && (startsWithAt(data, start, DIFF_GIT) || startsWithAt(data, start, DIFF_CC))) {
        const section = close();
        if (section) yield section;
        added = new Set();
        length = 0;
        newEndsWithNewline = true;
        inHunk = false;
        continue;
      }
      if (!added) continue;
      if (kind === 0x40 /* @ */ && data[start + 1] === 0x40) {
        const m = HUNK.exec(data.toString('latin1', start, Math.min(end, start + 200)));
        if (m) {
          inHunk = true;
          // `+0,0` (an emptied file) starts before line 1; otherwise the hunk's first new line is m[1].
          line = Number(m[1]) - (m[2] === '0' ? 0 : 1);
        }
        continue;
      }
      if (!inHunk) continue;
      if (kind === 0x2b /* + */ || kind === 0x20 /* space */) {
        line++;
        const size = end - start;
        if (length + size > out.length) {
          const grown = Buffer.allocUnsafe(Math.max(out.length * 2, length + size));
          out.copy(grown, 0, 0, length);
          out = grown;
        }
        length += data.copy(out, length, start + 1, end);
        out[length++] = NEWLINE;
        if (kind === 0x2b) added.add(line);
        last = kind;
      } else if (kind === 0x2d /* - */) {
        last = kind;
      } else if (kind === 0x5c /* backslash */ && last !== 0x2d) {
        // "\ No newline at end of file" after a new-side line: the index version has no final newline.
        newEndsWithNewline = false;
      }
    }
    const section = close();
    if (section) yield section;
  }
}

function startsWithAt(data: Buffer, at: number, prefix: Buffer): boolean {
  if (at + prefix.length > data.length) return false;
  for (let i = 0; i < prefix.length; i++) if (data[at + i] !== prefix[i]) return false;
  return true;
}

/**
 * The work tree's top, from the folders alone, when nothing can move it elsewhere: the nearest
 * folder holding `.git` (a folder, or a file in a linked worktree or submodule). Undefined when
 * GIT_DIR or GIT_WORK_TREE is set (git itself sets GIT_DIR for hooks in a linked worktree) or no
 * `.git` is found: `git rev-parse` decides then.
 */
function topFromFolders(cwd: string): Promise<string> | undefined {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return undefined;
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return Promise.resolve(realpathSync(dir));
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
