import { ARCHIVE_SNIFF_BYTES, type ArchiveKind, archiveKind } from '../core/archive-kind.js';
import type { Match, Note, Scanner } from '../core/index.js';
import { plural } from '../core/plural.js';
import { BINARY_SNIFF_BYTES, looksBinary, textOf, transcodeUtf16, utf16Order } from '../core/text.js';
import type { BlobSink, ChunkSink, Origin, SkipReason } from '../sources/types.js';
import { loadArchiveReader, loadedArchiveReader } from './archive-loader.js';
import type { Budget, ContentSink } from './archive-reader.js';

/** Running totals a scan keeps while it reads. */
export interface Tally {
  /** Contents scanned (files, blobs, archive members), and their bytes. */
  files: number;
  bytes: number;
  /** Contents passed over as binary (a NUL in the first 8,000 bytes, and not UTF-16 text). */
  binary: number;
  skipped: Record<SkipReason, number>;
}

export const newTally = (): Tally => ({
  files: 0,
  bytes: 0,
  binary: 0,
  skipped: { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 },
});

/** The path of what holds a content: the outermost archive for an archive's member, else the content's own path. */
export function containerOf(origin: Origin): string {
  return origin.path.slice(0, origin.path.length - (origin.member?.length ?? 0));
}

/** Archives inside archives are read this deep (a compression layer counts): deeper ones are said, not read. */
const MAX_NESTING = 5;
/** Bytes of a chunked archive held while its reader loads (a source that waits never comes near). */
const WAIT_LIMIT = 64 * 1024 * 1024;
/** An archive member up to this size is scanned whole; a larger one streams through the scanner. */
const MEMBER_WHOLE = 32 * 1024 * 1024;

/** Where a content sits among archives: how deep, and the limits its outermost archive shares. */
interface Nest {
  depth: number;
  budget: Budget;
}

/**
 * The pipeline's side of the source contract: every blob any source pushes goes through here, once.
 * The text/binary policy lives here (binary contents are counted and passed over, UTF-16 text is
 * transcoded, chunked contents stream through the scanner), archives are opened and their members
 * taken in as blobs of their own (`release.zip!app/.env`), and the matches of each blob go to
 * `onMatches` with the blob's origin. Encoded keys and split literals are the scanner's (src/core/decode).
 */
export class ScanSink implements BlobSink {
  /** Every path the source named (read, cleared or passed over for a link): a name can hold a key too. */
  readonly paths = new Set<string>();
  /** For each archive member's path among `paths`: the outermost archive, as the source named it. */
  readonly archives = new Map<string, string>();
  /** Archives met before their reader had loaded: `settle()` waits for them. */
  private readonly pending: Promise<void>[] = [];
  /** Outermost archives with something not read (see countUnread). */
  private readonly unreadArchives = new Set<string>();
  /**
   * What could not be read in blobs that came without a path (history reads a whole object store
   * in pack order): said once the pipeline has named them (`member`: where in the blob).
   */
  readonly unnamed: { blob: string; member: string; what: string }[] = [];

  constructor(
    private readonly scanner: Scanner,
    private readonly tally: Tally,
    private readonly notes: Note[],
    private readonly onMatches: (origin: Origin, matches: Match[]) => void,
  ) {}

  whole(origin: Origin, data: Buffer): void | Promise<void> {
    this.paths.add(origin.path);
    return this.take(origin, data, undefined);
  }

  open(origin: Origin): ChunkSink {
    this.paths.add(origin.path);
    return this.intake(origin, undefined);
  }

  /** Waits until every archive taken in has been read (those met before the archive reader loaded). */
  async settle(): Promise<void> {
    while (this.pending.length > 0) await this.pending.shift();
  }

  cleared(path: string, bytes: number): void {
    this.paths.add(path);
    this.tally.files++;
    this.tally.bytes += bytes;
  }

  skipped(reason: SkipReason, path?: string, why?: string): void {
    this.tally.skipped[reason]++;
    if (path !== undefined && reason !== 'excluded') this.paths.add(path);
    // Without a path the source counts in bulk and says it in a note of its own (objects a partial clone lacks).
    if (reason === 'unreadable' && path !== undefined) {
      this.notes.push({
        level: 'warning',
        code: 'unreadable-file',
        message: `could not read ${path}${why ? `: ${why}` : ''}`,
      });
    }
  }

  note(note: Note): void {
    this.notes.push(note);
  }

  named(path: string): void {
    this.paths.add(path);
  }

  /** A whole content: an archive is opened, text is scanned, binary is counted. */
  private take(origin: Origin, data: Buffer, nest: Nest | undefined): void | Promise<void> {
    const kind = archiveKind(data.subarray(0, ARCHIVE_SNIFF_BYTES));
    if (kind && this.mayOpen(origin, nest)) {
      const reader = loadedArchiveReader();
      if (reader) {
        const archive = this.openArchive(reader, origin, kind, nest);
        archive.push(data);
        archive.end();
        return;
      }
      // The first archive of the run: its reader loads first. The source may reuse `data` meanwhile.
      const copy = Buffer.from(data);
      return this.later(
        loadArchiveReader().then((r) => {
          const archive = this.openArchive(r, origin, kind, nest);
          archive.push(copy);
          archive.end();
        }),
      );
    }
    const text = textOf(data);
    if (text === undefined) {
      this.tally.binary++;
      return;
    }
    this.tally.files++;
    this.tally.bytes += data.length;
    const { matches, unkept } = this.scanner.scanCounting(text);
    if (unkept > 0) this.unkeptNote(origin, unkept);
    this.onMatches(origin, matches);
  }

  /** A content in chunks: what it is (archive, UTF-16, text, binary) is decided on its first 8,000 bytes. */
  private intake(origin: Origin, nest: Nest | undefined): ChunkSink {
    const head: Buffer[] = [];
    let headBytes = 0;
    let target: ChunkSink | undefined;
    const decide = () => {
      const start = Buffer.concat(head);
      target = this.chunkTarget(origin, start, nest);
      const first = target.push(start);
      head.length = 0;
      return first;
    };
    return {
      push(chunk) {
        if (target) return target.push(chunk);
        // Copied: the source may reuse its chunk buffer.
        head.push(Buffer.from(chunk));
        headBytes += chunk.length;
        return headBytes >= BINARY_SNIFF_BYTES ? decide() : undefined;
      },
      end() {
        if (!target) decide();
        target?.end();
      },
    };
  }

  private chunkTarget(origin: Origin, start: Buffer, nest: Nest | undefined): ChunkSink {
    const kind = archiveKind(start.subarray(0, ARCHIVE_SNIFF_BYTES));
    if (kind && this.mayOpen(origin, nest)) return this.archiveChunks(origin, kind, nest);
    const tally = this.tally;
    const order = utf16Order(start);
    if (!order && looksBinary(start)) {
      return { push() {}, end: () => void tally.binary++ };
    }
    const stream = this.scanner.stream();
    // UTF-16 arrives in chunks that may split a code unit: an odd byte waits for the next chunk.
    let odd: Buffer | undefined;
    let skipBom = order?.bom === true;
    return {
      push(chunk) {
        tally.bytes += chunk.length;
        if (!order) {
          stream.push(chunk);
          return;
        }
        let data = odd ? Buffer.concat([odd, chunk]) : chunk;
        if (skipBom && data.length >= 2) {
          data = data.subarray(2);
          skipBom = false;
        }
        odd = data.length % 2 === 1 ? Buffer.from(data.subarray(data.length - 1)) : undefined;
        stream.push(transcodeUtf16(data, order.endian));
      },
      end: () => {
        tally.files++;
        const matches = stream.end();
        if (stream.unkept > 0) this.unkeptNote(origin, stream.unkept);
        this.onMatches(origin, matches);
      },
    };
  }

  /** An archive in chunks. Until its reader has loaded, chunks wait (and a source that can, waits too). */
  private archiveChunks(origin: Origin, kind: ArchiveKind, nest: Nest | undefined): ChunkSink {
    const reader = loadedArchiveReader();
    if (reader) return this.openArchive(reader, origin, kind, nest);
    const waiting: Buffer[] = [];
    let waitingBytes = 0;
    let dropped = false;
    let archive: ContentSink | undefined;
    let ended = false;
    const loaded = loadArchiveReader().then((r) => {
      archive = this.openArchive(r, origin, kind, nest);
      for (const chunk of waiting.splice(0)) archive.push(chunk);
      if (dropped) {
        archive = { push() {}, end() {} };
        this.notes.push({
          level: 'warning',
          code: 'archive-not-read',
          message: `${origin.path}: only its first ${WAIT_LIMIT >> 20} MiB were read (it came faster than the archive reader loaded); scan it again`,
        });
      }
      if (ended) archive.end();
    });
    this.later(loaded);
    return {
      push(chunk) {
        if (archive) {
          archive.push(chunk);
          return;
        }
        // A source that cannot wait (git's output) is held to a bound: the rest is said, not read.
        if (waitingBytes + chunk.length > WAIT_LIMIT) dropped = true;
        if (!dropped) {
          waiting.push(Buffer.from(chunk));
          waitingBytes += chunk.length;
        }
        return loaded;
      },
      end() {
        if (archive) archive.end();
        else ended = true;
      },
    };
  }

  /** False (and said) when an archive is nested deeper than `MAX_NESTING`. */
  private mayOpen(origin: Origin, nest: Nest | undefined): boolean {
    if ((nest?.depth ?? 0) < MAX_NESTING) return true;
    this.archiveNote(origin, `archives nested more than ${MAX_NESTING} deep are not opened: not read`);
    return false;
  }

  private openArchive(
    reader: typeof import('./archive-reader.js'),
    origin: Origin,
    kind: ArchiveKind,
    nest: Nest | undefined,
  ): ContentSink {
    const inner: Nest = { depth: (nest?.depth ?? 0) + 1, budget: nest?.budget ?? reader.newBudget() };
    return reader.openArchive(
      kind,
      {
        member: (name) => {
          if (name === undefined) return this.member(origin, inner);
          const path = `${origin.path}!${name}`;
          this.paths.add(path);
          this.archives.set(path, containerOf(origin));
          const member: Origin = { path, member: `${origin.member ?? ''}!${name}` };
          if (origin.blob !== undefined) member.blob = origin.blob;
          return this.member(member, inner);
        },
        note: (what) => this.archiveNote(origin, what),
      },
      inner.budget,
    );
  }

  /** A member's content: scanned whole when it is small (as any file), streamed when large. */
  private member(origin: Origin, nest: Nest): ContentSink {
    let parts: Buffer[] | undefined = [];
    let bytes = 0;
    let stream: ChunkSink | undefined;
    return {
      push: (chunk) => {
        if (stream) {
          stream.push(chunk);
          return;
        }
        (parts as Buffer[]).push(Buffer.from(chunk));
        bytes += chunk.length;
        if (bytes > MEMBER_WHOLE) {
          stream = this.intake(origin, nest);
          for (const part of parts as Buffer[]) stream.push(part);
          parts = undefined;
        }
      },
      end: () => {
        if (stream) stream.end();
        else void this.take(origin, Buffer.concat(parts as Buffer[]), nest);
      },
    };
  }

  /** Says what of an archive was not read, naming it by its path (or, without one, once named). */
  private archiveNote(origin: Origin, what: string): void {
    if (origin.blob !== undefined && origin.path === (origin.member ?? '')) {
      this.unnamed.push({ blob: origin.blob, member: origin.member ?? '', what });
      return;
    }
    this.notes.push({ level: 'warning', code: 'archive-not-read', message: `${origin.path}: ${what}` });
    this.countUnread(origin.path.split('!')[0] as string);
  }

  /** An archive not read whole counts as not read (once, however many notes it has): the verdict says so. */
  private countUnread(archive: string): void {
    if (this.unreadArchives.has(archive)) return;
    this.unreadArchives.add(archive);
    this.tally.skipped.unreadable++;
  }

  /** Key-shaped strings a content held too many of to keep (see the scanner's MAX_UNLABELLED): said, and counted as not read. */
  private unkeptNote(origin: Origin, unkept: number): void {
    this.notes.push({
      level: 'warning',
      code: 'too-many-candidates',
      message: `${origin.path}: ${plural(unkept, 'more match', 'more matches')} of key shapes several providers share, with no provider named on their line, were not kept after the first 100,000: a provider named elsewhere in the file would not attribute them`,
    });
    this.tally.skipped.unreadable++;
  }

  private later(work: Promise<void>): Promise<void> {
    const noted = work.catch((e: unknown) => {
      this.notes.push({
        level: 'warning',
        code: 'archive-not-read',
        message: `archives could not be read: ${(e as Error).message}`,
      });
      this.countUnread('');
    });
    this.pending.push(noted);
    return noted;
  }
}
