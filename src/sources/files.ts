import { closeSync, lstatSync, openSync, readFileSync, readSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import type { RequiredLiteral } from '../core/index.js';
import { UTF16_BOMS } from '../core/text.js';
import { findWorkTree, git, splitNul } from './git.js';
import { LFS_POINTER_START, lfsAware } from './lfs.js';
import type { BlobSink, Source, SourceContext } from './types.js';
import { walk } from './walk.js';

/** Files above this size are read in chunks, never whole. */
export const STREAM_THRESHOLD = 32 * 1024 * 1024;
const CHUNK_SIZE = 8 * 1024 * 1024;

export interface FileEntry {
  abs: string;
  /** Relative to the listing's base, `/`-separated. */
  rel: string;
  size: number;
  /** False when a prefilter proved the file holds none of the rules' literals. */
  candidate: boolean;
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
  const files = root.top
    ? await listGitFiles(root, root.top, sink, context)
    : await listPlainFiles(root, sink, context);
  await pushFiles(files, sink, context);
}

async function listGitFiles(root: ScanRoot, top: string, sink: BlobSink, context: SourceContext): Promise<FileEntry[]> {
  const rel = toPosix(path.relative(top, root.abs));
  const pathspec = rel === '' ? '.' : `:(top,literal)${rel}`;
  const listed = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', pathspec], top);
  const files: FileEntry[] = [];
  let excluded = 0;
  for (const file of new Set(splitNul(listed.stdout))) {
    if (addEntry(files, top, file, sink, true, context) === 'excluded') excluded++;
  }
  const grep = await prefilter(top, context.literals, ['--untracked', '--', pathspec, ...keepOut(files, (f) => f.rel)]);
  markCandidates(files, grep, (f) => f.rel);
  if (files.length === 0 && excluded === 0) {
    if (!root.isDirectory) {
      // An explicitly named file that git ignores is still scanned: the user asked for it.
      addEntry(files, top, rel, sink, true, undefined, true);
    } else if (rel !== '' && (await git(['check-ignore', '-q', '--', rel], top, { ok: [0, 1] })).code === 0) {
      sink.note({
        level: 'warning',
        code: 'ignored-path',
        message: `${rel} is ignored by git (.gitignore), so nothing under it was scanned; name a file in it to scan that file`,
      });
    }
  }
  return files;
}

async function listPlainFiles(root: ScanRoot, sink: BlobSink, context: SourceContext): Promise<FileEntry[]> {
  const files: FileEntry[] = [];
  if (!root.isDirectory) {
    addEntry(files, root.base, toPosix(path.relative(root.base, root.abs)), sink, false, context, true);
    return files;
  }
  const prefix = toPosix(path.relative(root.base, root.abs));
  const under = (rel: string) => (prefix === '' ? rel : `${prefix}/${rel}`);
  const grepPath = (f: FileEntry) => (prefix === '' ? f.rel : f.rel.slice(prefix.length + 1));
  const entries = walk(root.abs, (rel, code) => sink.skipped('unreadable', `${under(rel)}/`, code));
  for (const entry of entries) addEntry(files, root.base, under(entry.rel), sink, false, context);
  const grep = await prefilter(root.abs, context.literals, [
    '--no-index',
    '--',
    '.',
    ...keepOut(files, grepPath),
  ]).catch(() => undefined);
  markCandidates(files, grep, grepPath);
  return files;
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
      const files: FileEntry[] = [];
      for (const rel of rels) addEntry(files, top, rel, sink, true, context);
      await pushFiles(files, sink, context);
      return {};
    },
  };
}

/**
 * Pathspecs that keep large files out of `git grep`, which reads each file whole into memory (a 2 GB
 * file took 2 GB; a 6 GB one made the scan fail): those are always read here, in chunks.
 */
function keepOut(files: readonly FileEntry[], grepPath: (f: FileEntry) => string): string[] {
  return files.filter((f) => f.size > STREAM_THRESHOLD).map((f) => `:(top,literal,exclude)${grepPath(f)}`);
}

/**
 * Files read whatever the prefilter says, because it cannot see into them: archives (their members
 * are compressed), and small files of the kinds Windows tools save as UTF-16 without a byte-order
 * mark (git grep's patterns cannot hold the NUL bytes such text interleaves).
 */
const ARCHIVE_NAME =
  /\.(?:zip|jar|war|ear|aar|apk|aab|whl|egg|nupkg|vsix|xpi|crx|ipa|xap|epub|docx|xlsx|pptx|odt|ods|tar|tgz|gz|tbz)$/i;
const UTF16_PRONE =
  /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]*\.(?:env|ps1|psm1|psd1|reg|ini|cfg|conf|config|txt|properties|bat|cmd))$/i;
const UTF16_PRONE_MAX = 1024 * 1024;

function prefilterBlind(f: FileEntry): boolean {
  return ARCHIVE_NAME.test(f.rel) || (f.size <= UTF16_PRONE_MAX && UTF16_PRONE.test(f.rel));
}

/** Marks which listed files the prefilter names (`grepPath`: a file's path as git grep prints it). */
function markCandidates(
  files: FileEntry[],
  candidates: Set<string> | undefined,
  grepPath: (f: FileEntry) => string,
): void {
  if (candidates === undefined) return;
  for (const f of files) f.candidate = candidates.has(grepPath(f)) || f.size > STREAM_THRESHOLD || prefilterBlind(f);
}

/**
 * The native prefilter: `git grep -l -F` (C, multi-threaded, as fast as ripgrep) names the files
 * that hold any literal a finding needs; only those are read. In a work tree it searches what git
 * tracks or would track; with `--no-index`, a plain directory (hidden files included, symbolic
 * links not followed). Without git (or on failure), every file is read.
 */
async function prefilter(
  cwd: string,
  literals: readonly RequiredLiteral[],
  scope: string[],
): Promise<Set<string> | undefined> {
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
        '--no-textconv',
        ...(literals.some((l) => l.ignoreCase) ? ['-i'] : []),
        '-f',
        '-',
        ...scope,
      ],
      cwd,
      {
        ok: [0, 1],
        // Patterns on stdin: argv could not carry the raw bytes of the UTF-16 byte-order marks, which
        // make UTF-16 text files (whose literals are interleaved with NULs) candidates too. Git LFS
        // pointers are candidates as well: their content is elsewhere (see lfs.ts).
        input: Buffer.concat([
          ...literals.map((l) => Buffer.from(`${l.text}\n`)),
          ...UTF16_BOMS.flatMap((b) => [b, Buffer.from('\n')]),
          Buffer.from(`${LFS_POINTER_START}\n`),
        ]),
      },
    );
    return new Set(splitNul(r.stdout));
  } catch (e) {
    if (e instanceof SkguardError && e.code === 'git-missing') return undefined;
    throw e;
  }
}

/**
 * Lists one path: a regular file becomes an entry; symbolic links, folders in a work tree
 * (submodules), excluded and unreadable paths are told to the sink. `context` undefined: the path
 * was named explicitly and is taken even if excluded.
 */
function addEntry(
  files: FileEntry[],
  base: string,
  rel: string,
  sink: BlobSink,
  inGit: boolean,
  context: SourceContext | undefined,
  explicit = false,
): 'excluded' | undefined {
  if (!explicit && context?.isExcluded(rel)) {
    sink.skipped('excluded', rel);
    return 'excluded';
  }
  const abs = path.join(base, rel);
  let stat: Stats;
  try {
    stat = explicit ? statSync(abs) : lstatSync(abs);
  } catch (e) {
    // Tracked but deleted from the work tree: there is no content to scan.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    sink.skipped('unreadable', rel, (e as NodeJS.ErrnoException).code);
    return undefined;
  }
  if (stat.isSymbolicLink()) sink.skipped('symlink', rel);
  else if (stat.isDirectory()) {
    if (!inGit) return undefined;
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
  } else if (stat.isFile()) files.push({ abs, rel, size: stat.size, candidate: true });
  else sink.skipped('unreadable', rel, 'not a regular file');
  return undefined;
}

/**
 * Reads listed files into the sink, synchronously: in Node, sync reads of many small files are
 * several times faster than a promise per file (the sink returns a promise only for the first
 * archive of a run, while its reader loads: then this waits). Large files come as chunks; files the
 * prefilter cleared count as scanned, since git searched them without skguard reading them.
 */
async function pushFiles(files: readonly FileEntry[], sink: BlobSink, context: SourceContext): Promise<void> {
  // One buffer, reused file after file: a fresh Buffer per file kept the garbage collector busy.
  // Safe because the sink scans a blob before `whole` returns, and keeps nothing of it.
  let pool = Buffer.allocUnsafe(1 << 20);
  const total = files.filter((f) => f.candidate).length;
  let read = 0;
  let bytes = 0;
  for (const entry of files) {
    if (!entry.candidate) {
      sink.cleared(entry.rel, entry.size);
      continue;
    }
    try {
      if (entry.size > STREAM_THRESHOLD) {
        const chunks = sink.open({ path: entry.rel });
        for (const chunk of readChunks(entry.abs)) {
          const wait = chunks.push(chunk);
          if (wait) await wait;
        }
        chunks.end();
      } else {
        if (entry.size >= pool.length) pool = Buffer.allocUnsafe(Math.max(entry.size + 1, pool.length * 2));
        const wait = sink.whole({ path: entry.rel }, readWhole(entry.abs, pool));
        if (wait) await wait;
      }
    } catch (e) {
      sink.skipped('unreadable', entry.rel, (e as NodeJS.ErrnoException).code ?? (e as Error).message);
    }
    read++;
    bytes += entry.size;
    context.onProgress?.({ kind: 'files', read, total, bytes });
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
function* readChunks(file: string, chunkSize = CHUNK_SIZE): Generator<Buffer> {
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
