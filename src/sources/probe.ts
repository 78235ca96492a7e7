import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import { ARCHIVE_SNIFF_BYTES, archiveKind } from '../core/archive-kind.js';
import { LiteralSearch } from '../core/literals/literal-search.js';
import type { RequiredLiteral } from '../core/scanner.js';
import { utf16Order } from '../core/text.js';
import { LFS_POINTER_START } from './lfs.js';

/**
 * One file of a listing, looked at where it is read: what it is, and whether its content may hold
 * a key. Runs on worker threads (probe-worker.ts) or, for small listings, on the main thread; it
 * only reads, and never follows a symbolic link.
 */

/** Files above this size are read in chunks, never whole. */
export const STREAM_THRESHOLD = 32 * 1024 * 1024;

/** What a probe found at a path. */
export type Probe =
  /**
   * A regular file. `candidate` false: it holds none of the literals (nor a mark that its text is
   * elsewhere), so it cannot hold a key. `content`: the whole content of a candidate (absent for
   * files above STREAM_THRESHOLD, which are streamed by the reader, and for probes that keep no
   * content).
   */
  | { kind: 'file'; size: number; candidate: boolean; content?: Uint8Array }
  | { kind: 'symlink' }
  | { kind: 'directory' }
  /** A FIFO, socket or device: never read. */
  | { kind: 'other' }
  /** Listed but gone (a tracked file deleted from the work tree): nothing to read. */
  | { kind: 'missing' }
  | { kind: 'unreadable'; code: string };

/** A Git LFS pointer: a candidate whatever it holds, since the content it names is read instead (see lfs.ts). */
const LFS_MARK = Buffer.from(LFS_POINTER_START, 'latin1');

/** Decides whether a content may hold a key: it holds one of the scanner's required literals. */
export class ContentFilter {
  private readonly search: LiteralSearch | undefined;

  /** No literals: every content is a candidate. `kernelAfter`: see LiteralSearch. */
  constructor(literals: readonly RequiredLiteral[], kernelAfter = 0) {
    this.search = literals.length > 0 ? new LiteralSearch(literals, { kernelAfter }) : undefined;
  }

  candidate(data: Uint8Array): boolean {
    if (this.search === undefined) return true;
    const buffer = asBuffer(data);
    return startsWith(data, LFS_MARK) || this.search.any(buffer) || textElsewhere(buffer);
  }
}

/**
 * Content whose text the literals cannot be seen in as it is: an archive (its members are
 * compressed), or UTF-16 text, with a byte-order mark or without (NULs between the letters). Told from the
 * content, never from the name.
 */
function textElsewhere(data: Buffer): boolean {
  if (archiveKind(data.subarray(0, ARCHIVE_SNIFF_BYTES)) !== undefined) return true;
  return utf16Order(data) !== undefined;
}

const asBuffer = (data: Uint8Array) =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);

function startsWith(data: Uint8Array, mark: Uint8Array): boolean {
  if (data.length < mark.length) return false;
  for (let i = 0; i < mark.length; i++) if (data[i] !== mark[i]) return false;
  return true;
}

/**
 * Opening without following links and without waiting (a FIFO opens at once): one system call
 * tells what the path is, where `lstat` then `open` took two, and no link is ever read through.
 * Where the platform has no O_NOFOLLOW, `lstat` decides first.
 */
const NOFOLLOW = constants.O_NOFOLLOW;
const OPEN_FLAGS = constants.O_RDONLY | (NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads and filters one file. `pool` is a reusable buffer; a candidate's content is copied out when `keep`. */
export function probeFile(
  abs: string,
  filter: ContentFilter,
  state: { pool: Buffer },
  keep: boolean,
): { probe: Probe; view?: Buffer } {
  let fd: number;
  try {
    if (NOFOLLOW === undefined) {
      const kind = kindOf(lstatSync(abs));
      if (kind) return { probe: kind };
    }
    fd = openSync(abs, OPEN_FLAGS);
  } catch (e) {
    return { probe: whyNotOpened(abs, e as NodeJS.ErrnoException) };
  }
  try {
    const stat = fstatSync(fd);
    const kind = kindOf(stat);
    if (kind) return { probe: kind };
    if (stat.size > STREAM_THRESHOLD) return { probe: { kind: 'file', size: stat.size, candidate: true } };
    if (stat.size >= state.pool.length) state.pool = Buffer.allocUnsafe(Math.max(stat.size + 1, state.pool.length * 2));
    const data = readAll(fd, stat.size, state.pool);
    if (!filter.candidate(data)) return { probe: { kind: 'file', size: data.length, candidate: false } };
    if (!keep) return { probe: { kind: 'file', size: data.length, candidate: true }, view: data };
    // A content of its own (not a view of the pool), so that it can be handed to another thread.
    const content = new Uint8Array(data.length);
    content.set(data);
    return { probe: { kind: 'file', size: data.length, candidate: true, content } };
  } catch (e) {
    return { probe: { kind: 'unreadable', code: (e as NodeJS.ErrnoException).code ?? (e as Error).message } };
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): Probe | undefined {
  if (stat.isSymbolicLink()) return { kind: 'symlink' };
  if (stat.isDirectory()) return { kind: 'directory' };
  if (!stat.isFile()) return { kind: 'other' };
  return undefined;
}

/** Why a path could not be opened: it is a link (O_NOFOLLOW), a socket, gone, or unreadable. */
function whyNotOpened(abs: string, error: NodeJS.ErrnoException): Probe {
  if (error.code === 'ENOENT') return { kind: 'missing' };
  try {
    const kind = kindOf(lstatSync(abs));
    if (kind) return kind;
  } catch {
    // The path cannot even be looked at: the open's error says why.
  }
  return { kind: 'unreadable', code: error.code ?? error.message };
}

/**
 * Reads an open file of `size` bytes into `pool` (larger than that); returns the filled part. Reading
 * stops at `size` rather than asking for the end of the file: one system call less per file. (A file
 * that says it is empty, as some special files do, is read to its end.)
 */
function readAll(fd: number, size: number, pool: Buffer): Buffer {
  let n = 0;
  for (let r = 1; r > 0 && (n < size || size === 0) && n < pool.length; n += r) {
    r = readSync(fd, pool, n, pool.length - n, null);
  }
  if (n < pool.length) return pool.subarray(0, n);
  // A file that grew since it was opened: the rest is read from the same open file, as it is now.
  const parts = [Buffer.from(pool)];
  const more = Buffer.allocUnsafe(1 << 20);
  for (let r = readSync(fd, more, 0, more.length, null); r > 0; r = readSync(fd, more, 0, more.length, null)) {
    parts.push(Buffer.from(more.subarray(0, r)));
  }
  return Buffer.concat(parts);
}
