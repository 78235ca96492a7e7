import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { ContentFilter, type Probe, probeFile } from './probe.js';
import { type ProbeRequest, type ProbeSetup, pack } from './probe-message.js';

/**
 * A worker thread of the file prefilter (built to dist/probe-worker.js): it opens, reads and
 * filters the files it is sent, and sends back what each is, with the content of the candidates.
 * A reply stops early once it holds KEEP_BYTES of content, so that what waits for the main thread
 * stays bounded; the main thread sends the rest again.
 */
const KEEP_BYTES = 16 * 1024 * 1024;

const setup = workerData as ProbeSetup;
const filter = new ContentFilter(setup.literals);
const state = { pool: Buffer.allocUnsafe(1 << 20) };

parentPort?.on('message', ({ start, paths }: ProbeRequest) => {
  const probes: Probe[] = [];
  let kept = 0;
  for (const rel of paths) {
    const { probe } = probeFile(path.join(setup.base, rel), filter, state, true);
    probes.push(probe);
    if (probe.kind === 'file' && probe.content) {
      kept += probe.content.length;
      if (kept >= KEEP_BYTES) break;
    }
  }
  const [reply, transfer] = pack(start, paths.length, probes);
  parentPort?.postMessage(reply, transfer);
});
