import { type GitWriting, spawnGit, spawnGitInto } from '../git.js';
import { openOutputSocket } from './output-socket.js';

/** A blob asked of `git cat-file`: its id and, when the enumeration gave one, a path it had. */
export interface BlobRef {
  id: string;
  name: string;
}

/**
 * What the reader hands over, in the order blobs were asked for. Small blobs come whole (`data` is
 * valid only during the call: it may be a view of git's output buffer); large ones come in chunks.
 */
export interface BlobHandler {
  whole(blob: BlobRef, data: Buffer): void;
  start(blob: BlobRef, size: number): void;
  chunk(data: Buffer): void;
  end(): void;
  /** The object is not in the repository (a partial clone), or is not a blob. */
  skip(blob: BlobRef, reason: 'missing' | 'not-blob'): void;
  /** A tree asked for (when the handler wants them): its raw entries, valid during the call. */
  tree?(tree: BlobRef, data: Buffer): void;
}

const LF = 0x0a;

/**
 * Parses `git cat-file --batch` output incrementally: `<id> <type> <size>\n<content>\n` per object,
 * `<name> missing\n` for one that is not there. Content up to `wholeLimit` bytes is handed over whole
 * (without a copy when a chunk holds it all); larger content is streamed, so memory stays bounded.
 */
export class CatFileParser {
  private state: 'header' | 'body' | 'trailer' = 'header';
  private headerParts: Buffer[] = [];
  private mode: 'collect' | 'stream' | 'discard' = 'collect';
  private current: BlobRef = { id: '', name: '' };
  /** The object being read is a tree, handed to `handler.tree` rather than `handler.whole`. */
  private isTree = false;
  private remaining = 0;
  private body: Buffer | undefined;
  private bodyAt = 0;
  /** Reused for every blob collected across chunks: handlers may not keep `data` past their call. */
  private scratch = Buffer.alloc(0);

  constructor(
    private readonly next: () => BlobRef,
    private readonly handler: BlobHandler,
    private readonly wholeLimit: number,
  ) {}

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.state === 'header') {
        const nl = chunk.indexOf(LF, at);
        if (nl < 0) {
          this.headerParts.push(Buffer.from(chunk.subarray(at)));
          return;
        }
        const line = this.headerParts.length
          ? Buffer.concat([...this.headerParts, chunk.subarray(at, nl)]).toString('latin1')
          : chunk.toString('latin1', at, nl);
        this.headerParts = [];
        at = nl + 1;
        if (this.openObject(line, chunk.length - at)) {
          // The whole content is in this chunk: hand over a view, no copy.
          this.deliver(chunk.subarray(at, at + this.remaining));
          at += this.remaining;
          this.remaining = 0;
          this.state = 'trailer';
        }
        continue;
      }
      if (this.state === 'body') {
        const n = Math.min(this.remaining, chunk.length - at);
        const piece = chunk.subarray(at, at + n);
        if (this.mode === 'collect') {
          piece.copy(this.body as Buffer, this.bodyAt);
          this.bodyAt += n;
        } else if (this.mode === 'stream') {
          this.handler.chunk(piece);
        }
        this.remaining -= n;
        at += n;
        if (this.remaining === 0) this.closeObject();
        continue;
      }
      at++; // the LF after the content
      this.state = 'header';
    }
  }

  /** Opens the object a header announces; true when its whole content is already available. */
  private openObject(header: string, available: number): boolean {
    this.current = this.next();
    const [, type, size] = header.split(' ');
    if (size === undefined) {
      // `<name> missing` (or `ambiguous`): no content follows.
      this.handler.skip(this.current, 'missing');
      return false;
    }
    this.remaining = Number(size);
    this.isTree = type === 'tree' && this.handler.tree !== undefined && this.remaining <= this.wholeLimit;
    if (type !== 'blob' && !this.isTree) {
      this.mode = 'discard';
      this.handler.skip(this.current, 'not-blob');
    } else if (this.remaining > this.wholeLimit) {
      this.mode = 'stream';
      this.handler.start(this.current, this.remaining);
    } else if (available >= this.remaining) {
      return true;
    } else {
      this.mode = 'collect';
      if (this.scratch.length < this.remaining) this.scratch = Buffer.allocUnsafe(Math.max(this.remaining, 64 * 1024));
      this.body = this.scratch.subarray(0, this.remaining);
      this.bodyAt = 0;
    }
    this.state = this.remaining === 0 ? 'trailer' : 'body';
    if (this.remaining === 0) this.closeObject();
    return false;
  }

  private deliver(data: Buffer): void {
    if (this.isTree) this.handler.tree?.(this.current, data);
    else this.handler.whole(this.current, data);
  }

  private closeObject(): void {
    if (this.mode === 'collect') this.deliver(this.body as Buffer);
    else if (this.mode === 'stream') this.handler.end();
    this.body = undefined;
    this.state = 'trailer';
  }
}

/**
 * One long-lived `git cat-file --batch`: blobs are asked for by id and read back, in that order,
 * through the parser. Asking never blocks; `pending` tells the caller when to hold back. git's
 * output is read through an output socket (one reused buffer) where there is one, else a pipe.
 */
export class BlobReader {
  private git: GitWriting | undefined;
  /** Requests made before git was started. */
  private early: string[] = [];
  private readonly started: Promise<{ git: GitWriting; outputEnded: Promise<void> }>;
  private readonly queue: BlobRef[] = [];
  private head = 0;
  private failure: unknown;
  private aborted = false;
  /** Called whenever a blob has been read (for progress and for the enumeration's back-pressure). */
  onRead: () => void = () => {};
  /** Shown the start of each blob's content (a whole blob, or a streamed one's first chunk) before its handler. */
  onContent: ((blob: BlobRef, head: Buffer) => void) | undefined;

  constructor(cwd: string, handler: BlobHandler, wholeLimit: number) {
    let streaming: BlobRef | undefined;
    const counted: BlobHandler = {
      whole: (b, d) => {
        this.onContent?.(b, d);
        handler.whole(b, d);
        this.onRead();
      },
      start: (b, s) => {
        streaming = b;
        handler.start(b, s);
      },
      chunk: (d) => {
        if (streaming) this.onContent?.(streaming, d);
        streaming = undefined;
        handler.chunk(d);
      },
      end: () => {
        streaming = undefined;
        handler.end();
        this.onRead();
      },
      skip: (b, r) => {
        handler.skip(b, r);
        this.onRead();
      },
      ...(handler.tree
        ? {
            tree: (b: BlobRef, d: Buffer) => {
              handler.tree?.(b, d);
              this.onRead();
            },
          }
        : {}),
    };
    const parser = new CatFileParser(() => this.shift(), counted, wholeLimit);
    const onData = (chunk: Buffer) => {
      if (this.failure !== undefined) return;
      try {
        parser.push(chunk);
      } catch (e) {
        // A handler error ends the run: stop git rather than read on.
        this.failure = e;
        this.git?.kill();
      }
    };
    this.started = this.start(cwd, onData);
    this.started.catch(() => {}); // awaited by finish()
  }

  private async start(cwd: string, onData: (chunk: Buffer) => void) {
    const args = ['cat-file', '--batch', '--buffer'];
    const socket = await openOutputSocket(onData);
    let git: GitWriting;
    let outputEnded: Promise<void>;
    if (socket) {
      git = spawnGitInto(args, cwd, socket.childEnd);
      socket.handedOver();
      outputEnded = socket.ended;
      git.exited.catch(() => socket.destroy());
    } else {
      const piped = spawnGit(args, cwd);
      piped.child.stdout.on('data', onData);
      outputEnded = new Promise((resolve) => piped.child.stdout.on('close', () => resolve()));
      git = piped;
    }
    this.git = git;
    if (this.aborted) git.kill();
    if (this.early.length > 0) git.child.stdin.write(this.early.join(''));
    this.early = [];
    return { git, outputEnded };
  }

  /** Blobs asked for and not yet read. */
  get pending(): number {
    return this.queue.length - this.head;
  }

  request(blob: BlobRef): void {
    this.queue.push(blob);
    if (this.git) this.git.child.stdin.write(`${blob.id}\n`);
    else this.early.push(`${blob.id}\n`);
  }

  /** No more requests: waits until every blob asked for has been read. */
  async finish(): Promise<void> {
    const { git, outputEnded } = await this.started;
    git.child.stdin.end();
    await Promise.all([git.exited, outputEnded]);
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stops git after an error elsewhere. */
  abort(): void {
    this.aborted = true;
    this.git?.kill();
  }

  private shift(): BlobRef {
    const blob = this.queue[this.head++];
    if (blob === undefined) throw new Error('git cat-file returned more objects than were asked for');
    if (this.head > 4096 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return blob;
  }
}
