import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { RequiredLiteral } from '../core/scanner.js';
import { ContentFilter, type Probe, probeFile } from './probe.js';
import { type ProbeReply, type ProbeRequest, type ProbeSetup, unpack } from './probe-message.js';

/**
 * The file prefilter: every listed file is opened, read and searched for the scanner's required
 * literals on worker threads, in parallel, while the main thread scans the few candidates they
 * send back (in the listing's order). In Node, reading is the larger half of a scan's cost: one
 * thread per core reads as fast as ripgrep does, and no file is read twice. Paths are added as the
 * listing produces them: the threads start, and read, while git is still listing.
 */

/** Files per request: large enough that messages cost little, small enough to share the work evenly. */
const RANGE = 256;
/** Below this many files, threads cost more to start (~30 ms) than they save: the main thread probes. */
const THREADS_FROM = 256;
const MAX_THREADS = 4;
/** Requests each worker has queued, so that it never waits for the main thread's next one. */
const QUEUED = 2;
/** How far past the next result to deliver the workers may run: what waits in memory is bounded. */
const AHEAD = RANGE * 16;
/** Bytes the main thread searches literal by literal before it builds the search kernel. */
const KERNEL_AFTER = 256 * 1024;

// node:os and node:worker_threads load when threads start: a hook's commit never needs them.
const load = createRequire(import.meta.url);

/** The worker's script beside the bundle (dist/probe-worker.js); absent when running from sources. */
const WORKER = fileURLToPath(new URL('./probe-worker.js', import.meta.url));

/** Called for each listed path, in listing order. `view`: a candidate's content in a buffer reused after the call. */
export type OnProbe = (index: number, probe: Probe, view?: Buffer) => void;

/**
 * Probes paths (absolute) as they are added, and calls `onProbe` for each, in order. On worker
 * threads once the listing is large enough (and the worker's script is there); else, at `end`, on
 * the main thread.
 */
export class Prober {
  private readonly paths: string[] = [];
  private threads: Threads | undefined;

  /** Paths are relative to `base`. */
  constructor(
    private readonly base: string,
    private readonly literals: readonly RequiredLiteral[],
    private readonly onProbe: OnProbe,
  ) {}

  add(rel: string): void {
    this.paths.push(rel);
    if (this.threads) this.threads.feed();
    else if (this.paths.length === THREADS_FROM) {
      const { availableParallelism } = load('node:os') as typeof import('node:os');
      const count = Math.min(availableParallelism(), MAX_THREADS);
      if (count >= 2 && existsSync(WORKER)) {
        this.threads = new Threads(this.paths, { base: this.base, literals: this.literals }, count, this.onProbe);
      }
    }
  }

  /** The listing is complete: resolves once every path has been probed and handed to `onProbe`. */
  async end(): Promise<void> {
    if (this.threads) {
      await this.threads.end();
      return;
    }
    const filter = new ContentFilter(this.literals, KERNEL_AFTER);
    const state = { pool: Buffer.allocUnsafe(1 << 20) };
    for (const [i, rel] of this.paths.entries()) {
      const { probe, view } = probeFile(path.join(this.base, rel), filter, state, false);
      this.onProbe(i, probe, view);
    }
  }
}

/** The worker threads, fed ranges of a listing that may still be growing. */
class Threads {
  private readonly workers: Worker[];
  private readonly queued = new Map<Worker, number>();
  /** Ranges a worker stopped short of, sent again first. */
  private readonly again: ProbeRequest[] = [];
  private readonly arrived = new Map<number, ProbeReply>();
  private cursor = 0;
  private next = 0;
  private listed = false;
  private error: unknown;
  private settled = false;
  private finished: (() => void) | undefined;
  private failed: ((e: unknown) => void) | undefined;

  constructor(
    private readonly paths: readonly string[],
    workerData: ProbeSetup,
    count: number,
    private readonly onProbe: OnProbe,
  ) {
    const threads = load('node:worker_threads') as typeof import('node:worker_threads');
    this.workers = Array.from({ length: count }, () => new threads.Worker(WORKER, { workerData }));
    for (const worker of this.workers) {
      this.queued.set(worker, 0);
      worker.on('message', (reply: ProbeReply) => this.answer(worker, reply));
      worker.on('error', (e) => this.finish(e));
      worker.on('exit', (code) =>
        this.finish(new Error(`the file prefilter's worker thread stopped (exit code ${code})`)),
      );
    }
    this.feed();
  }

  end(): Promise<void> {
    this.listed = true;
    return new Promise((resolve, reject) => {
      this.finished = resolve;
      this.failed = reject;
      if (this.settled) this.report();
      else {
        this.feed();
        if (this.next >= this.paths.length) this.finish();
      }
    });
  }

  /** Hands out ranges: whole ones while the listing grows, the rest once it is complete. */
  feed(): void {
    if (this.settled) return;
    for (const worker of this.workers) {
      while ((this.queued.get(worker) ?? 0) < QUEUED) {
        let request = this.again.shift();
        const available = this.paths.length - this.cursor;
        if (!request && (available >= RANGE || (this.listed && available > 0)) && this.cursor < this.next + AHEAD) {
          request = { start: this.cursor, paths: this.paths.slice(this.cursor, this.cursor + RANGE) };
          this.cursor += request.paths.length;
        }
        if (!request) break;
        worker.postMessage(request);
        this.queued.set(worker, (this.queued.get(worker) ?? 0) + 1);
      }
    }
  }

  private answer(worker: Worker, reply: ProbeReply): void {
    if (this.settled) return;
    this.queued.set(worker, (this.queued.get(worker) ?? 0) - 1);
    const { start, asked, kinds } = reply;
    if (kinds.length < asked) {
      const from = start + kinds.length;
      this.again.push({ start: from, paths: this.paths.slice(from, start + asked) });
    }
    this.arrived.set(start, reply);
    try {
      for (let done = this.arrived.get(this.next); done; done = this.arrived.get(this.next)) {
        this.arrived.delete(this.next);
        const extra = new Map(done.extra.map((e) => [e.at, e]));
        for (let at = 0; at < done.kinds.length; at++) this.onProbe(this.next++, unpack(done, at, extra));
      }
    } catch (e) {
      this.finish(e);
      return;
    }
    if (this.listed && this.next >= this.paths.length) this.finish();
    else this.feed();
  }

  private finish(error?: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.error = error;
    for (const w of this.workers) void w.terminate();
    this.report();
  }

  private report(): void {
    if (this.error === undefined) this.finished?.();
    else this.failed?.(this.error);
  }
}
