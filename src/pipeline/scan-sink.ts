import type { Match, Note, Scanner } from '../core/index.js';
import { BINARY_SNIFF_BYTES, looksBinary, textOf } from '../core/text.js';
import type { BlobSink, ChunkSink, Origin, SkipReason } from '../sources/types.js';

/** Running totals a scan keeps while it reads. */
export interface Tally {
  /** Contents scanned (files, blobs), and their bytes. */
  files: number;
  bytes: number;
  /** Contents passed over as binary (a NUL in the first 8,000 bytes). */
  binary: number;
  /** Findings dropped by an inline `skguard:allow`. */
  inline: number;
  skipped: Record<SkipReason, number>;
}

export const newTally = (): Tally => ({
  files: 0,
  bytes: 0,
  binary: 0,
  inline: 0,
  skipped: { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 },
});

/**
 * The pipeline's side of the source contract: every blob any source pushes goes through here, once.
 * The text/binary policy lives here (binary contents are counted and passed over, UTF-16 text is
 * transcoded, chunked contents stream through the scanner), and the matches of each blob go to
 * `onMatches` with the blob's origin.
 */
export class ScanSink implements BlobSink {
  /** Every path the source named (read, cleared or passed over for a link): a name can hold a key too. */
  readonly paths = new Set<string>();

  constructor(
    private readonly scanner: Scanner,
    private readonly tally: Tally,
    private readonly notes: Note[],
    private readonly onMatches: (origin: Origin, matches: Match[]) => void,
  ) {}

  whole(origin: Origin, data: Buffer): void {
    this.paths.add(origin.path);
    const text = textOf(data);
    if (text === undefined) {
      this.tally.binary++;
      return;
    }
    this.tally.files++;
    this.tally.bytes += data.length;
    this.onMatches(origin, this.scanner.scan(text));
  }

  open(origin: Origin): ChunkSink {
    this.paths.add(origin.path);
    const stream = this.scanner.stream();
    const tally = this.tally;
    // Binary or text is decided on the first 8,000 bytes, however the content is chunked.
    let head: Buffer | undefined = Buffer.alloc(0);
    let binary = false;
    return {
      push(chunk) {
        if (binary) return;
        if (head !== undefined) {
          head = Buffer.concat([head, chunk.subarray(0, BINARY_SNIFF_BYTES)]);
          if (looksBinary(head)) {
            binary = true;
            return;
          }
          if (head.length >= BINARY_SNIFF_BYTES) head = undefined;
        }
        tally.bytes += chunk.length;
        stream.push(chunk);
      },
      end: () => {
        if (binary) {
          tally.binary++;
          return;
        }
        tally.files++;
        this.onMatches(origin, stream.end());
      },
    };
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
}
