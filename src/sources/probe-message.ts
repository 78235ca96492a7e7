import type { RequiredLiteral } from '../core/scanner.js';
import type { Probe } from './probe.js';

/** The messages between the file prefilter's main thread (probe-pool.ts) and its workers (probe-worker.ts). */

/** What every worker is started with. */
export interface ProbeSetup {
  base: string;
  literals: readonly RequiredLiteral[];
}

/** A range of the listing sent to a worker: paths relative to the listing's base. */
export interface ProbeRequest {
  start: number;
  paths: string[];
}

/**
 * A worker's answer for the first `kinds.length` of the `asked` paths from `start`, packed into
 * typed arrays (one message per range, nothing per file to rebuild on the main thread): what each
 * path is, its size, and the candidates' contents and unreadable paths' reasons by position.
 */
export interface ProbeReply {
  start: number;
  asked: number;
  kinds: Uint8Array;
  sizes: Float64Array;
  extra: { at: number; content?: Uint8Array; code?: string }[];
}

const KINDS = ['file', 'candidate', 'symlink', 'directory', 'other', 'missing', 'unreadable'] as const;

/** Packs a worker's probes into a reply (and the contents to transfer rather than copy). */
export function pack(start: number, asked: number, probes: readonly Probe[]): [ProbeReply, ArrayBuffer[]] {
  const kinds = new Uint8Array(probes.length);
  const sizes = new Float64Array(probes.length);
  const extra: ProbeReply['extra'] = [];
  const transfer: ArrayBuffer[] = [];
  for (const [at, probe] of probes.entries()) {
    const kind = probe.kind === 'file' && probe.candidate ? 'candidate' : probe.kind;
    kinds[at] = KINDS.indexOf(kind);
    if (probe.kind === 'file') {
      sizes[at] = probe.size;
      if (probe.content) {
        extra.push({ at, content: probe.content });
        transfer.push(probe.content.buffer as ArrayBuffer);
      }
    } else if (probe.kind === 'unreadable') extra.push({ at, code: probe.code });
  }
  return [{ start, asked, kinds, sizes, extra }, transfer];
}

/** The probe at position `at` of a reply (`extra`: the reply's extras by position). */
export function unpack(reply: ProbeReply, at: number, extra: Map<number, ProbeReply['extra'][number]>): Probe {
  const kind = KINDS[reply.kinds[at] as number];
  if (kind === 'file' || kind === 'candidate') {
    const content = extra.get(at)?.content;
    return {
      kind: 'file',
      size: reply.sizes[at] as number,
      candidate: kind === 'candidate',
      ...(content ? { content } : {}),
    };
  }
  if (kind === 'unreadable') return { kind, code: extra.get(at)?.code ?? 'unknown' };
  return { kind: kind ?? 'missing' } as Probe;
}
