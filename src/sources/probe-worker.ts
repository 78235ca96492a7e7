import { parentPort, workerData } from 'node:worker_threads';
import type { RequiredLiteral } from '../core/scanner.js';
import { ContentFilter, type Probe, probeFile } from './probe.js';
import type { ProbeReply, ProbeRequest } from './probe-pool.js';

/**
 * A worker thread of the file prefilter (built to dist/probe-worker.js): it opens, reads and
 * filters the files it is sent, and sends back what each is, with the content of the candidates.
 * A reply stops early once it holds KEEP_BYTES of content, so that what waits for the main thread
 * stays bounded; the main thread sends the rest again.
 */
const KEEP_BYTES = 16 * 1024 * 1024;

const filter = new ContentFilter((workerData as { literals: RequiredLiteral[] }).literals);
const state = { pool: Buffer.allocUnsafe(1 << 20) };

parentPort?.on('message', ({ start, paths }: ProbeRequest) => {
  const probes: Probe[] = [];
  const transfer: ArrayBuffer[] = [];
  let kept = 0;
  for (const abs of paths) {
    const { probe } = probeFile(abs, filter, state, true);
    probes.push(probe);
    if (probe.kind === 'file' && probe.content) {
      transfer.push(probe.content.buffer as ArrayBuffer);
      kept += probe.content.length;
      if (kept >= KEEP_BYTES) break;
    }
  }
  const reply: ProbeReply = { start, asked: paths.length, probes };
  parentPort?.postMessage(reply, transfer);
});
