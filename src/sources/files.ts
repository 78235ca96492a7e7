import { closeSync, lstatSync, openSync, readFileSync, readSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import type { RequiredLiteral } from '../core/index.js';
import { SkguardError } from '../errors.js';
import { findWorkTree, git, splitNul } from './git.js';
import { type Content, UTF16_BOMS } from './types.js';

/** Files above this size are read in chunks, never whole. */
export const STREAM_THRESHOLD = 32 * 1024 * 1024;
const CHUNK_SIZE = 8 * 1024 * 1024;
/** git may treat files above its big-file threshold as binary: those are always read by skguard itself. */
const PREFILTER_MAX_SIZE = 256 * 1024 * 1024;

export interface FileEntry {
  abs: string;
  /** Relative to the listing's base, `/`-separated. */
  rel: string;
  size: number;
  /** False when a prefilter proved the file holds none of the rules' literals. */
  candidate: boolean;
}

export interface FileListing {
  /** The directory findings' paths are relative to: the work tree's top level, or the scanned root. */
  base: string;
  inGit: boolean;
  files: FileEntry[];
  skipped: { symlink: number; excluded: number; unreadable: number; submodule: number };
  unreadable: string[];
  /** Set when the scanned directory is ignored by git as a whole (so nothing was listed). */
  ignoredRoot?: string;
}

export interface ListOptions {
  /** Relative-path matcher for paths to leave out (config `exclude`). */
  isExcluded: (rel: string) => boolean;
  /** Literals for the `git grep` prefilter; files holding none of them are not read. */
  literals: RequiredLiteral[];
}

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
 * Lists what `skguard scan PATH` reads. In a git work tree: what git would track (tracked files plus
 * untracked ones not ignored), never entering submodules. Elsewhere: every file under PATH. Symbolic
 * links are never followed (what they point to inside the root is scanned under its own path; what
 * lies outside is not the root's), except a PATH given explicitly on the command line.
 */
export function listFiles(root: ScanRoot, options: ListOptions): Promise<FileListing> {
  return root.top ? listGitFiles(root, root.top, options) : listPlainFiles(root, options);
}

async function listGitFiles(root: ScanRoot, top: string, options: ListOptions): Promise<FileListing> {
  const listing = emptyListing(top, true);
  const rel = toPosix(path.relative(top, root.abs));
  const pathspec = rel === '' ? '.' : `:(top,literal)${rel}`;
  // git grep runs while the listing is stat'ed: its answer is awaited only when it is needed.
  const grep = background(prefilter(top, options.literals, ['--untracked', '--', pathspec]));
  const files = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', pathspec], top);
  for (const file of new Set(splitNul(files.stdout))) addEntry(listing, top, file, options);
  markCandidates(listing, await grep, (f) => f.rel);
  if (listing.files.length === 0 && listing.skipped.excluded === 0) {
    if (!root.isDirectory) {
      // An explicitly named file that git ignores is still scanned: the user asked for it.
      addEntry(listing, top, rel, options, true);
    } else if (rel !== '' && (await git(['check-ignore', '-q', '--', rel], top, [0, 1])).code === 0) {
      listing.ignoredRoot = rel;
    }
  }
  return listing;
}

async function listPlainFiles(root: ScanRoot, options: ListOptions): Promise<FileListing> {
  const listing = emptyListing(root.base, false);
  if (!root.isDirectory) {
    addEntry(listing, root.base, toPosix(path.relative(root.base, root.abs)), options, true);
    return listing;
  }
  const grep = background(prefilter(root.abs, options.literals, ['--no-index', '--', '.']).catch(() => undefined));
  // fast-glob loads only for plain directories: work trees (and the pre-commit hook) never need it.
  const { default: fg } = await import('fast-glob');
  const entries = await fg('**', {
    cwd: root.abs,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    ignore: ['**/.git/**'],
    suppressErrors: true,
  });
  const prefix = toPosix(path.relative(root.base, root.abs));
  for (const entry of entries.sort())
    addEntry(listing, root.base, prefix === '' ? entry : `${prefix}/${entry}`, options);
  markCandidates(listing, await grep, (f) => (prefix === '' ? f.rel : f.rel.slice(prefix.length + 1)));
  return listing;
}

/** A promise awaited later: its rejection is not "unhandled" in the meantime. */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Marks which listed files the prefilter names (`grepPath`: a file's path as git grep prints it). */
function markCandidates(
  listing: FileListing,
  candidates: Set<string> | undefined,
  grepPath: (f: FileEntry) => string,
): void {
  if (candidates === undefined) return;
  for (const f of listing.files) f.candidate = candidates.has(grepPath(f)) || f.size > PREFILTER_MAX_SIZE;
}

/**
 * The native prefilter: `git grep -l -F` (C, multi-threaded, as fast as ripgrep) names the files
 * that hold any literal a finding needs; only those are read. In a work tree it searches what git
 * tracks or would track; with `--no-index`, a plain directory (hidden files included, symbolic
 * links not followed). Without git (or on failure), every file is read.
 */
async function prefilter(cwd: string, literals: RequiredLiteral[], scope: string[]): Promise<Set<string> | undefined> {
  if (literals.length === 0) return undefined;
  try {
    const r = await git(
      [
        '-c',
        'grep.fallbackToNoIndex=false',
        'grep',
        '-z',
        '-l',
        '-F',
        '--no-color',
        '--no-recurse-submodules',
        ...(literals.some((l) => l.ignoreCase) ? ['-i'] : []),
        '-f',
        '-',
        ...scope,
      ],
      cwd,
      [0, 1],
      // Patterns on stdin: argv could not carry the raw bytes of the UTF-16 byte-order marks, which
      // make UTF-16 text files (whose literals are interleaved with NULs) candidates too.
      Buffer.concat([
        ...literals.map((l) => Buffer.from(`${l.text}\n`)),
        ...UTF16_BOMS.flatMap((b) => [b, Buffer.from('\n')]),
      ]),
    );
    return new Set(splitNul(r.stdout));
  } catch (e) {
    if (e instanceof SkguardError && e.code === 'git-missing') return undefined;
    throw e;
  }
}

/**
 * Lists named files of a work tree (paths relative to `top`) the way a scan lists files: excluded
 * ones, symbolic links and folders (submodules) are passed over, a name that no longer exists is
 * no error.
 */
export function listGivenFiles(
  top: string,
  files: readonly string[],
  isExcluded: (rel: string) => boolean,
): FileListing {
  const listing = emptyListing(top, true);
  for (const rel of files) addEntry(listing, top, rel, { isExcluded, literals: [] });
  return listing;
}

function emptyListing(base: string, inGit: boolean): FileListing {
  return { base, inGit, files: [], skipped: { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 }, unreadable: [] };
}

function addEntry(listing: FileListing, base: string, rel: string, options: ListOptions, explicit = false): void {
  if (!explicit && options.isExcluded(rel)) {
    listing.skipped.excluded++;
    return;
  }
  const abs = path.join(base, rel);
  let stat: Stats;
  try {
    stat = explicit ? statSync(abs) : lstatSync(abs);
  } catch (e) {
    // Tracked but deleted from the work tree: there is no content to scan.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    listing.skipped.unreadable++;
    listing.unreadable.push(rel);
    return;
  }
  if (stat.isSymbolicLink()) listing.skipped.symlink++;
  else if (stat.isDirectory()) {
    if (listing.inGit) listing.skipped.submodule++;
  } else if (stat.isFile()) listing.files.push({ abs, rel, size: stat.size, candidate: true });
}

/**
 * Reads listed files (those the prefilter kept) as contents, synchronously: in Node, sync reads of
 * many small files are several times faster than a promise per file. Large files come as chunks.
 */
export function* readFiles(
  files: readonly FileEntry[],
  onUnreadable: (rel: string, error: Error) => void,
): Generator<Content> {
  // One buffer, reused file after file: a fresh Buffer per file kept the garbage collector busy.
  // Safe because a content is scanned before the next one is read, and nothing keeps it.
  let pool = Buffer.allocUnsafe(1 << 20);
  for (const entry of files) {
    if (!entry.candidate) continue;
    try {
      if (entry.size > STREAM_THRESHOLD) {
        yield { file: entry.rel, data: readChunks(entry.abs) };
        continue;
      }
      if (entry.size >= pool.length) pool = Buffer.allocUnsafe(Math.max(entry.size + 1, pool.length * 2));
      yield { file: entry.rel, data: readWhole(entry.abs, pool) };
    } catch (e) {
      onUnreadable(entry.rel, e as Error);
    }
  }
}

/** Reads a file into `pool` (large enough for the size it had when listed); returns the filled part. */
function readWhole(file: string, pool: Buffer): Buffer {
  const fd = openSync(file, 'r');
  try {
    let n = 0;
    for (let r = 1; r > 0 && n < pool.length; n += r) r = readSync(fd, pool, n, pool.length - n, null);
    // A file that grew since it was listed: read it whole, as it is now.
    return n === pool.length ? readFileSync(file) : pool.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A file's content in fixed-size chunks, never all in memory. */
export function* readChunks(file: string, chunkSize = CHUNK_SIZE): Generator<Buffer> {
  const fd = openSync(file, 'r');
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
