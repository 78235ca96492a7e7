import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RequiredLiteral } from '../core/scanner.js';
import { ContentFilter, type Probe, probeFile } from './probe.js';

/**
 * The file prefilter: every listed file is opened, read and searched for the scanner's required
 * literals on worker threads, in parallel, while the main thread scans the few candidates they
 * send back (in the listing's order). In Node, reading is the larger half of a scan's cost: one
 * thread per core reads as fast as ripgrep does, and no file is read twice.
 */

/** A range of the listing sent to a worker. */
export interface ProbeRequest {
  start: number;
  paths: string[];
}

/** A worker's answer: the probes of the first `probes.length` of the `asked` paths from `start`. */
export interface ProbeReply {
  start: number;
  asked: number;
  probes: Probe[];
}

/** Files per request: large enough that messages cost little, small enough to share the work evenly. */
const RANGE = 256;
/** Below this many files, threads cost more to start (~30 ms) than they save: the main thread probes. */
const THREADS_FROM = 256;
const MAX_THREADS = 4;
/** Requests each worker has queued, so that it never waits for the main thread's next one. */
const QUEUED = 2;
/** How far past the next result to deliver the workers may run: what waits in memory is bounded. */
const AHEAD = RANGE * 16;

/** The worker's script beside the bundle (dist/probe-worker.js); absent when running from sources. */
const WORKER = fileURLToPath(new URL('./probe-worker.js', import.meta.url));

/**
 * Probes `paths` (absolute) and calls `onProbe` for each, in order. `view`, when given, is the
 * content of a candidate in a buffer that is reused after `onProbe` returns.
 */
export async function probeAll(
  paths: readonly string[],
  literals: readonly RequiredLiteral[],
  onProbe: (index: number, probe: Probe, view?: Buffer) => void,
): Promise<void> {
  const threads = Math.min(availableParallelism(), MAX_THREADS, Math.ceil(paths.length / RANGE));
  if (paths.length < THREADS_FROM || threads < 2 || !existsSync(WORKER)) {
    const filter = new ContentFilter(literals);
    const state = { pool: Buffer.allocUnsafe(1 << 20) };
    for (const [i, abs] of paths.entries()) {
      const { probe, view } = probeFile(abs, filter, state, false);
      onProbe(i, probe, view);
    }
    return;
  }
  await onThreads(paths, literals, threads, onProbe);
}

function onThreads(
  paths: readonly string[],
  literals: readonly RequiredLiteral[],
  threads: number,
  onProbe: (index: number, probe: Probe) => void,
): Promise<void> {
  const workers = Array.from({ length: threads }, () => new Worker(WORKER, { workerData: { literals } }));
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  /** Ranges a worker stopped short of, sent again first. */
  const again: ProbeRequest[] = [];
  const arrived = new Map<number, Probe[]>();
  let cursor = 0;
  let next = 0;

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    const feed = (worker: Worker) => {
      while ((queued.get(worker) ?? 0) < QUEUED) {
        let request = again.shift();
        if (!request && cursor < paths.length && cursor < next + AHEAD) {
          request = { start: cursor, paths: paths.slice(cursor, cursor + RANGE) as string[] };
          cursor += request.paths.length;
        }
        if (!request) return;
        worker.postMessage(request);
        queued.set(worker, (queued.get(worker) ?? 0) + 1);
      }
    };
    const deliver = () => {
      for (let probes = arrived.get(next); probes; probes = arrived.get(next)) {
        arrived.delete(next);
        for (const probe of probes) onProbe(next++, probe);
      }
    };
    for (const worker of workers) {
      worker.on('message', ({ start, asked, probes }: ProbeReply) => {
        if (settled) return;
        queued.set(worker, (queued.get(worker) ?? 0) - 1);
        if (probes.length < asked) {
          again.push({
            start: start + probes.length,
            paths: paths.slice(start + probes.length, start + asked) as string[],
          });
        }
        arrived.set(start, probes);
        try {
          deliver();
        } catch (e) {
          finish(e);
          return;
        }
        if (next >= paths.length) finish();
        else for (const w of workers) feed(w);
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`the file prefilter's worker thread stopped (exit code ${code})`)));
    }
    for (const w of workers) feed(w);
  });
}
