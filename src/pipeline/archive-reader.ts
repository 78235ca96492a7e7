import { Gunzip, Unzip, UnzipInflate } from 'fflate';
import { Parser } from 'tar/parse';
import { type ArchiveKind, archiveKind } from '../core/archive-kind.js';

/**
 * Reading archives as streams, in bounded memory and time. Loaded only when an archive is met (see
 * archive-kind.ts). zip and gzip are inflated by fflate, tar is parsed by node-tar's `Parser`: both
 * are pushed bytes and call back synchronously, so an archive's members are scanned as they come,
 * whatever its size, and nothing waits on the event loop. Nothing an archive declares about itself
 * (sizes, counts) is trusted: bytes are counted as they are inflated.
 */

/** Inflated bytes one member is read to; the rest of it is passed over (and said). */
const MEMBER_CAP = 64 * 1024 * 1024;
/** Inflated bytes read from one archive, nested archives included (a zip bomb stops here). */
const TOTAL_CAP = 512 * 1024 * 1024;
/** Members read from one archive, nested archives included. */
const MEMBER_COUNT_CAP = 100_000;
/** Compressed input is fed in slices this large: one slice inflates to at most ~1,000 times it. */
const SLICE = 16 * 1024;

/** Where a member's content goes, chunk by chunk. */
export interface ContentSink {
  push(chunk: Buffer): void;
  end(): void;
}

/** What an archive's reader hands its members to. */
export interface MemberTarget {
  /** A member's content follows; `name` undefined: a compression layer's content (it adds no name). */
  member(name: string | undefined): ContentSink;
  /** Something was not read (a limit, a corrupt part): said to the user, never a silent miss. */
  note(what: string): void;
}

/** Counts shared by an archive and every archive nested in it. */
export interface Budget {
  inflated: number;
  members: number;
  /** Set once a total limit is reached: every reader stops. */
  stopped: boolean;
}

export const newBudget = (): Budget => ({ inflated: 0, members: 0, stopped: false });

/** A reader of one archive: its bytes are pushed in, its members come out to the target. */
export function openArchive(kind: ArchiveKind, target: MemberTarget, budget: Budget): ContentSink {
  const counted = countingTarget(target, budget);
  const reader = kind === 'zip' ? zipReader(counted) : kind === 'gzip' ? gzipReader(counted) : tarReader(counted);
  let failed = false;
  const guard = (step: () => void) => {
    if (failed || budget.stopped) return;
    try {
      step();
    } catch (e) {
      failed = true;
      target.note(`the archive is corrupt or unsupported (${(e as Error).message}): the rest of it was not read`);
    }
  };
  return {
    push(chunk) {
      for (let at = 0; at < chunk.length && !failed && !budget.stopped; at += SLICE) {
        guard(() => reader.push(chunk.subarray(at, at + SLICE)));
      }
    },
    end: () => guard(() => reader.end()),
  };
}

/** Wraps a target so that members and their bytes are counted against the limits. */
function countingTarget(target: MemberTarget, budget: Budget): MemberTarget {
  return {
    note: (what) => target.note(what),
    member(name) {
      if (budget.stopped) return DISCARD;
      if (name !== undefined && ++budget.members > MEMBER_COUNT_CAP) {
        budget.stopped = true;
        target.note(`more than ${MEMBER_COUNT_CAP.toLocaleString('en')} members: the rest were not read`);
        return DISCARD;
      }
      const out = target.member(name);
      let bytes = 0;
      let capped = false;
      return {
        push(chunk) {
          if (capped || budget.stopped) return;
          budget.inflated += chunk.length;
          if (budget.inflated > TOTAL_CAP) {
            budget.stopped = true;
            target.note(
              `stopped after ${TOTAL_CAP >> 20} MiB of decompressed content (a zip bomb?): the rest was not read`,
            );
            return;
          }
          const room = MEMBER_CAP - bytes;
          bytes += chunk.length;
          if (chunk.length > room) {
            capped = true;
            if (room > 0) out.push(chunk.subarray(0, room));
            target.note(
              `${name === undefined ? 'its content' : `member ${name}`} decompresses to more than ${MEMBER_CAP >> 20} MiB: only the first ${MEMBER_CAP >> 20} MiB were read`,
            );
            return;
          }
          out.push(chunk);
        },
        end: () => out.end(),
      };
    },
  };
}

const DISCARD: ContentSink = { push() {}, end() {} };

const toBuffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);

function zipReader(target: MemberTarget): ContentSink {
  const unzip = new Unzip((file) => {
    if (file.name.endsWith('/')) return; // a folder
    const out = target.member(file.name);
    file.ondata = (err, data, final) => {
      if (err) {
        target.note(`member ${file.name} could not be decompressed (${err.message}): it was not read whole`);
        out.end();
        return;
      }
      if (data.length > 0) out.push(toBuffer(data));
      if (final) out.end();
    };
    try {
      file.start();
    } catch {
      // Encrypted, or a method other than stored and deflate (bzip2, LZMA, zstd).
      target.note(`member ${file.name} uses a compression method skguard cannot read (${file.compression}): not read`);
      out.end();
    }
  });
  unzip.register(UnzipInflate);
  // The members are read as they come (local headers); the end record, which every whole zip ends
  // with, tells whether the archive was cut short or damaged so that later members were never seen.
  const tail = new StreamTail(ZIP_END_SEARCH);
  return {
    push: (chunk) => {
      tail.push(chunk);
      unzip.push(chunk, false);
    },
    end: () => {
      unzip.push(new Uint8Array(0), true);
      if (tail.bytes().lastIndexOf(ZIP_END) < 0) {
        target.note(
          'the zip archive is cut short or damaged (it has no end record): members after the damage were not read',
        );
      }
    },
  };
}

/** The end-of-central-directory record's signature, and how far from the end it may stand. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP_END_SEARCH = 22 + 65535;

/**
 * gzip: the decompressed content is a tar (then its members are the archive's members) or a single
 * file, which keeps the `.gz`'s own name.
 */
function gzipReader(target: MemberTarget): ContentSink {
  let head: Buffer[] = [];
  let headBytes = 0;
  let inner: ContentSink | undefined;
  const decide = () => {
    const start = Buffer.concat(head);
    inner = archiveKind(start) === 'tar' ? tarReader(target) : target.member(undefined);
    inner.push(start);
    head = [];
  };
  // fflate ends a stream cut short without an error about one time in five: the trailer's ISIZE
  // (inflated size mod 2^32) is checked against the last member's inflated bytes instead.
  let memberBytes = 0;
  const tail = new StreamTail(8);
  const gunzip = new Gunzip((data, final) => {
    memberBytes += data.length;
    if (inner) inner.push(toBuffer(data));
    else {
      head.push(Buffer.from(data));
      headBytes += data.length;
      if (headBytes >= 512) decide();
    }
    if (final) {
      if (!inner) decide();
      inner?.end();
    }
  });
  gunzip.onmember = () => {
    memberBytes = 0;
  };
  return {
    push: (chunk) => {
      tail.push(chunk);
      gunzip.push(chunk, false);
    },
    end: () => {
      gunzip.push(new Uint8Array(0), true);
      const trailer = tail.bytes();
      if (trailer.length < 8 || trailer.readUInt32LE(4) !== memberBytes % 2 ** 32) {
        throw new Error('cut short: its end does not match what was inflated');
      }
    },
  };
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);

/**
 * The last `size` bytes of a stream pushed in chunks, where an archive's end record or trailer
 * stands. Each chunk is copied once, and only its last `size` bytes (callers reuse their buffers).
 */
class StreamTail {
  private readonly parts: Buffer[] = [];
  private held = 0;

  constructor(private readonly size: number) {}

  push(chunk: Uint8Array): void {
    const part = Buffer.from(chunk.subarray(Math.max(0, chunk.length - this.size)));
    this.parts.push(part);
    this.held += part.length;
    while (this.parts.length > 1 && this.held - (this.parts[0] as Buffer).length >= this.size) {
      this.held -= (this.parts.shift() as Buffer).length;
    }
  }

  bytes(): Buffer {
    const all = Buffer.concat(this.parts);
    return all.subarray(Math.max(0, all.length - this.size));
  }
}

function tarReader(target: MemberTarget): ContentSink {
  const parser = new Parser({
    strict: false,
    onReadEntry: (entry) => {
      if (!FILE_TYPES.has(entry.type)) {
        entry.resume();
        return;
      }
      const out = target.member(entry.path);
      entry.on('data', (chunk: Buffer) => out.push(chunk));
      entry.on('end', () => out.end());
    },
  });
  let warned = false;
  parser.on('warn', (_code: string, message: string) => {
    if (warned) return;
    warned = true;
    target.note(`the tar archive is damaged (${message}): some of it may not have been read`);
  });
  // A tar is whole 512-byte blocks and ends with a zero block: cut anywhere else (inside a header,
  // or before the next member's header) the parser says nothing, so the end is checked here.
  let total = 0;
  const tail = new StreamTail(512);
  return {
    push: (chunk) => {
      total += chunk.length;
      tail.push(chunk);
      parser.write(chunk);
    },
    end: () => {
      parser.end();
      const last = tail.bytes();
      if (!warned && (total % 512 !== 0 || last.length < 512 || last.some((b) => b !== 0))) {
        warned = true;
        target.note(
          'the tar archive is cut short (it does not end with a zero block): some of it may not have been read',
        );
      }
    },
  };
}
