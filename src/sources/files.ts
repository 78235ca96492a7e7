import { closeSync, constants, openSync, readSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { findWorkTree, git, RecordSplitter, spawnGit } from './git.js';
import { lfsAware } from './lfs.js';
import { type Probe, STREAM_THRESHOLD } from './probe.js';
import { Prober } from './probe-pool.js';
import type { BlobSink, Source, SourceContext } from './types.js';
import { walk } from './walk.js';

export { STREAM_THRESHOLD } from './probe.js';

const CHUNK_SIZE = 8 * 1024 * 1024;

/** A PATH given to `skguard scan`, resolved: where it is and what its findings' paths are relative to. */
export interface ScanRoot {
  abs: string;
  isDirectory: boolean;
  /** The git work tree holding it, if any. */
  top: string | undefined;
  /** The directory findings' paths are relative to (and where `.skguard.json` is looked for). */
  base: string;
  /** True when git could not be run: the root is read as a plain directory, `.gitignore` unheeded. */
  gitMissing: boolean;
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const isInside = (dir: string, p: string) => {
  const rel = path.relative(dir, p);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
};

export async function rootOf(target: string, cwd: string): Promise<ScanRoot> {
  const abs = path.resolve(cwd, target);
  let stat: Stats;
  try {
    stat = statSync(abs);
  } catch {
    throw new SkguardError(`path not found: ${target}`, 'usage');
  }
  const isDirectory = stat.isDirectory();
  let top: string | undefined;
  let gitMissing = false;
  try {
    top = await findWorkTree(isDirectory ? abs : path.dirname(abs));
  } catch (e) {
    if (!(e instanceof SkguardError && e.code === 'git-missing')) throw e;
    gitMissing = true;
  }
  const base = top ?? (isInside(cwd, abs) ? cwd : isDirectory ? abs : path.dirname(abs));
  return { abs, isDirectory, top, base, gitMissing };
}

/**
 * Reads what `skguard scan PATH` covers into `sink`. In a git work tree: what git would track
 * (tracked files plus untracked ones not ignored), never entering submodules. Elsewhere: every file
 * under PATH. Symbolic links are never followed (what they point to inside the root is scanned
 * under its own path; what lies outside is not the root's), except a PATH given explicitly.
 */
export async function readRoot(root: ScanRoot, raw: BlobSink, context: SourceContext): Promise<void> {
  // In a work tree without git-lfs installed, LFS files are pointers: their content is read from .git.
  const sink = root.top ? lfsAware(raw, root.top) : raw;
  if (root.gitMissing) {
    sink.note({
      level: 'warning',
      code: 'git-missing',
      message: 'git was not found on the PATH: scanned every file as a plain directory (.gitignore not honoured)',
    });
  }
  if (root.top) await readGitFiles(root, root.top, sink, context);
  else await readPlainFiles(root, sink, context);
}

async function readGitFiles(root: ScanRoot, top: string, sink: BlobSink, context: SourceContext): Promise<void> {
  const rel = toPosix(path.relative(top, root.abs));
  const pathspec = rel === '' ? '.' : `:(top,literal)${rel}`;
  // The listing streams into the reader: files are read (on threads) while git still lists.
  const reader = new ListingReader(top, true, sink, context);
  const listing = spawnGit(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', pathspec], top);
  listing.child.stdin.end();
  // An unmerged path is listed once per stage.
  const seen = new Set<string>();
  let excluded = 0;
  const records = new RecordSplitter(0, (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (context.isExcluded(file)) {
      sink.skipped('excluded', file);
      excluded++;
    } else reader.add(file);
  });
  try {
    for await (const chunk of listing.child.stdout) records.push(chunk as Buffer);
    records.end();
    await listing.exited;
  } catch (e) {
    listing.kill();
    await reader.end().catch(() => {});
    throw e;
  }
  const files = await reader.end();
  if (files === 0 && excluded === 0) {
    if (!root.isDirectory) {
      // An explicitly named file that git ignores is still scanned: the user asked for it.
      readExplicit(top, rel, sink);
    } else if (rel !== '' && (await git(['check-ignore', '-q', '--', rel], top, { ok: [0, 1] })).code === 0) {
      sink.note({
        level: 'warning',
        code: 'ignored-path',
        message: `${rel} is ignored by git (.gitignore), so nothing under it was scanned; name a file in it to scan that file`,
      });
    }
  }
}

async function readPlainFiles(root: ScanRoot, sink: BlobSink, context: SourceContext): Promise<void> {
  if (!root.isDirectory) {
    readExplicit(root.base, toPosix(path.relative(root.base, root.abs)), sink);
    return;
  }
  const prefix = toPosix(path.relative(root.base, root.abs));
  const under = (rel: string) => (prefix === '' ? rel : `${prefix}/${rel}`);
  const reader = new ListingReader(root.base, false, sink, context);
  // The listing says what each entry is: only files are opened (and never through a link).
  for (const entry of walk(root.abs, (rel, code) => sink.skipped('unreadable', `${under(rel)}/`, code))) {
    const rel = under(entry.rel);
    if (context.isExcluded(rel)) sink.skipped('excluded', rel);
    else if (entry.kind === 'symlink') sink.skipped('symlink', rel);
    else if (entry.kind === 'other') sink.skipped('unreadable', rel, 'not a regular file');
    else reader.add(rel);
  }
  await reader.end();
}

/**
 * Named files of a work tree (paths relative to `top`), whole, as they are on disk, read the way a
 * scan reads files: excluded ones, symbolic links and folders (submodules) are passed over, a name
 * that no longer exists is no error. The pre-commit framework's entry reads files that are not
 * staged so; only part of the project is read (`partial`).
 */
export function givenFilesSource(top: string, rels: readonly string[]): Source {
  return {
    kind: 'files',
    root: top,
    partial: true,
    async read(raw, context) {
      const sink = lfsAware(raw, top);
      const reader = new ListingReader(top, true, sink, context);
      for (const rel of rels) {
        if (context.isExcluded(rel)) sink.skipped('excluded', rel);
        else reader.add(rel);
      }
      await reader.end();
      return {};
    },
  };
}

/**
 * Reads listed paths (relative to `base`) into the sink, in order, as they are added: each is
 * opened and filtered where it is read (see probe-pool.ts). A file that holds none of the scanner's
 * required literals is counted as scanned without being scanned (`cleared`); candidates are scanned
 * whole, files above STREAM_THRESHOLD in chunks. Links, folders (`inGit`: submodules, nested
 * repositories) and unreadable paths are told to the sink.
 */
class ListingReader {
  private readonly rels: string[] = [];
  private readonly prober: Prober;
  private files = 0;
  private bytes = 0;

  constructor(
    private readonly base: string,
    private readonly inGit: boolean,
    private readonly sink: BlobSink,
    private readonly context: SourceContext,
  ) {
    this.prober = new Prober(base, context.literals, (i, probe, view) => this.take(i, probe, view));
  }

  add(rel: string): void {
    this.rels.push(rel);
    this.prober.add(rel);
  }

  /** Resolves, once every path added has been read, with how many regular files there were. */
  async end(): Promise<number> {
    await this.prober.end();
    return this.files;
  }

  private take(i: number, probe: Probe, view: Buffer | undefined): void {
    const { sink } = this;
    const rel = this.rels[i] as string;
    if (probe.kind === 'file') {
      this.files++;
      this.bytes += probe.size;
      const content =
        view ?? (probe.content && Buffer.from(probe.content.buffer, probe.content.byteOffset, probe.size));
      if (!probe.candidate) sink.cleared(rel, probe.size);
      else if (content) sink.whole({ path: rel }, content);
      else streamFile(path.join(this.base, rel), rel, sink);
    } else if (probe.kind === 'unreadable') sink.skipped('unreadable', rel, probe.code);
    else if (probe.kind === 'symlink') sink.skipped('symlink', rel);
    else if (probe.kind === 'other') sink.skipped('unreadable', rel, 'not a regular file');
    else if (probe.kind === 'directory' && this.inGit) passOverFolder(rel, sink);
    // 'missing': tracked but deleted from the work tree, there is no content to scan.
    this.context.onProgress?.({ kind: 'files', read: i + 1, total: this.rels.length, bytes: this.bytes });
  }
}

/** A folder in a work tree's listing: a submodule, or a repository nested in the work tree. */
function passOverFolder(rel: string, sink: BlobSink): void {
  sink.skipped('submodule', rel);
  // `ls-files --others` names a repository nested in the work tree (not a submodule) as `dir/`:
  // git never looks inside it, and neither does this scan, so it must be said.
  if (rel.endsWith('/')) {
    sink.note({
      level: 'warning',
      code: 'nested-repository',
      message: `${rel} is a git repository inside this one (not a submodule): it was not scanned; scan it on its own (skguard scan ${rel})`,
    });
  }
}

/** A file too large to hold: its content in chunks, never all in memory. */
function streamFile(abs: string, rel: string, sink: BlobSink): void {
  try {
    const chunks = sink.open({ path: rel });
    for (const chunk of readChunks(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))) chunks.push(chunk);
    chunks.end();
  } catch (e) {
    sink.skipped('unreadable', rel, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
}

/** A path the user named: read even if git ignores it, and through a link (the user chose it). */
function readExplicit(base: string, rel: string, sink: BlobSink): void {
  const abs = path.join(base, rel);
  let stat: Stats;
  try {
    stat = statSync(abs);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      sink.skipped('unreadable', rel, (e as NodeJS.ErrnoException).code);
    }
    return;
  }
  if (!stat.isFile()) {
    if (!stat.isDirectory()) sink.skipped('unreadable', rel, 'not a regular file');
    return;
  }
  if (stat.size > STREAM_THRESHOLD) {
    streamFile(abs, rel, sink);
    return;
  }
  try {
    const parts = [...readChunks(abs, constants.O_RDONLY)].map((c) => Buffer.from(c));
    sink.whole({ path: rel }, Buffer.concat(parts));
  } catch (e) {
    sink.skipped('unreadable', rel, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
}

/** A file's content in fixed-size chunks, never all in memory. */
function* readChunks(file: string, flags: number, chunkSize = CHUNK_SIZE): Generator<Buffer> {
  const fd = openSync(file, flags);
  try {
    const buffer = Buffer.allocUnsafe(chunkSize);
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkSize, null);
      if (n === 0) return;
      yield buffer.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
