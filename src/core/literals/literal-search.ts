import { TEDDY_WASM } from './teddy-wasm.js';

/** A string the prefilter looks for: bytes (latin1), compared exactly or ignoring ASCII case. */
export interface Literal {
  text: string;
  ignoreCase: boolean;
}

/** Bytes of a literal the kernel matches on: every literal it handles is at least this long. */
const WINDOW = 3;
/** Bytes handed to the kernel per call: the copy into its memory is still in cache when it scans. */
const PIECE = 64 * 1024;
/** Where things are in the kernel's memory (see teddy.wat). */
const TABLES = 0;
const HASHES = 96;
const OUT = HASHES + 8192;
const BUCKETS = 8;

/** The part of the WebAssembly API used here (the project's type libraries do not describe it). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
/** Absent where Node runs without a JIT (`--jitless`): every literal is then searched with indexOf. */
const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;

/**
 * Finds every occurrence of many literals in one pass over the content, however many literals
 * there are: `Buffer.indexOf` per literal costs one pass each, and its speed depends on how common
 * the literal's first byte is (`T3BlbkFJ` 2.2 GB/s, `3BlbkFJ` 17.5 GB/s). A small WebAssembly
 * kernel (teddy.wat) tests 16 bytes at a time whether some literal's rarest 3 bytes may start at each
 * position; JavaScript then compares the few candidates with the literals. Literals shorter than 3
 * bytes or with non-ASCII characters, and every literal where WebAssembly is unavailable (Node run
 * with `--jitless`), are searched with `indexOf`, each on its own when first asked for.
 */
export class LiteralSearch {
  readonly literals: readonly Literal[];
  /** Ids by text: exact literals, and case-insensitive ones in lower case. */
  private readonly exact = new Map<string, number>();
  private readonly folded = new Map<string, number>();
  /** Literals the kernel finds, and how (built on first use: a hook that never scans pays nothing). */
  private plan: KernelPlan | undefined;
  private planned = false;
  /** Bytes searched so far without the kernel. */
  private searched = 0;
  /** Literals `any` searches with indexOf: those the kernel does not handle. */
  private unhandled: number[] | undefined;

  /**
   * `kernel: false` never uses the kernel. `kernelAfter`: bytes searched with `indexOf` before the
   * kernel is built: building it (compiling the module, assigning the literals to buckets) costs a
   * few milliseconds, more than searching a small commit literal by literal.
   */
  constructor(
    literals: readonly Literal[],
    private readonly options: { piece?: number; kernel?: boolean; kernelAfter?: number } = {},
  ) {
    const unique: Literal[] = [];
    for (const lit of literals) {
      const [ids, key] = lit.ignoreCase ? [this.folded, lit.text.toLowerCase()] : [this.exact, lit.text];
      if (ids.has(key)) continue;
      ids.set(key, unique.length);
      unique.push({ text: lit.text, ignoreCase: lit.ignoreCase });
    }
    this.literals = unique;
  }

  /** The index of a literal given to the constructor. */
  idOf(text: string, ignoreCase: boolean): number {
    const id = ignoreCase ? (this.folded.get(text) ?? this.folded.get(text.toLowerCase())) : this.exact.get(text);
    if (id === undefined) throw new Error(`LiteralSearch: "${text}" was not given to the constructor`);
    return id;
  }

  /** The occurrences in one content, found when first asked for. `data` must not change meanwhile. */
  in(data: Buffer): LiteralHits {
    return new LiteralHits(data, this.literals, this.kernelFor(data));
  }

  /**
   * Whether any literal occurs in `data`: the search stops at the first one found, and keeps no
   * positions (a prefilter's question, asked of content that may hold millions of them).
   */
  any(data: Buffer): boolean {
    const plan = this.kernelFor(data);
    if (plan?.search(data, undefined)) return true;
    this.unhandled ??= this.literals.flatMap((_, id) => (plan?.handles(id) ? [] : [id]));
    if (this.unhandled.length === 0) return false;
    const hits = new LiteralHits(data, this.literals, undefined);
    return this.unhandled.some((id) => hits.positions(id).length > 0);
  }

  /** The kernel, built once `kernelAfter` bytes have been searched without it. */
  private kernelFor(data: Buffer): KernelPlan | undefined {
    if (!this.planned) {
      this.searched += data.length;
      if (this.searched <= (this.options.kernelAfter ?? 0)) return undefined;
      this.planned = true;
      this.plan = this.options.kernel === false ? undefined : KernelPlan.build(this.literals, this.options.piece);
    }
    return this.plan;
  }
}

/** The positions of each literal in one content (ascending; overlapping occurrences included). */
export class LiteralHits {
  private readonly found: (number[] | undefined)[];
  private lower: string | undefined;

  constructor(
    readonly data: Buffer,
    private readonly literals: readonly Literal[],
    private readonly plan: KernelPlan | undefined,
  ) {
    this.found = new Array(literals.length);
  }

  positions(id: number): number[] {
    let hits = this.found[id];
    if (hits !== undefined) return hits;
    if (this.plan?.handles(id)) {
      this.plan.search(this.data, this.found);
      hits = this.found[id] as number[];
    } else {
      hits = this.search(this.literals[id] as Literal);
      this.found[id] = hits;
    }
    return hits;
  }

  private search({ text, ignoreCase }: Literal): number[] {
    const hits: number[] = [];
    if (ignoreCase) {
      this.lower ??= this.data.toString('latin1').toLowerCase();
      const needle = text.toLowerCase();
      for (let i = this.lower.indexOf(needle); i >= 0; i = this.lower.indexOf(needle, i + 1)) hits.push(i);
    } else {
      const data = this.data;
      const needle = Buffer.from(text, 'latin1');
      for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) hits.push(i);
    }
    return hits;
  }
}

interface WindowEntry {
  /** One spelling of the window: its 3 bytes as a 24-bit number. */
  key: number;
  id: number;
  /** Where the window starts in the literal. */
  offset: number;
  bytes: Uint8Array;
  ignoreCase: boolean;
}

/** The kernel's hash of a window: which bit of its set, and which slot of `byHash`. */
function hashOf(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/** The kernel, its tables for one set of literals, and the candidates' way back to literals. */
class KernelPlan {
  private readonly handled: boolean[];
  /** Literals by the hash of their window (one entry per case spelling). */
  private readonly byHash: (WindowEntry[] | undefined)[] = new Array(1 << 16);
  private readonly heap: Uint8Array;
  private readonly out: Int32Array;
  private readonly dataAt: number;

  private constructor(
    literals: readonly Literal[],
    private readonly scan: (data: number, length: number, out: number) => number,
    memory: WasmMemory,
    private readonly piece: number,
  ) {
    this.handled = literals.map((lit) => kernelCan(lit));
    this.dataAt = OUT + piece * 4;
    const bytesNeeded = this.dataAt + piece + WINDOW + 16;
    memory.grow(Math.ceil(bytesNeeded / 65536) - memory.buffer.byteLength / 65536);
    this.heap = new Uint8Array(memory.buffer);
    this.out = new Int32Array(memory.buffer, OUT, piece);

    const windows: number[][][] = [];
    for (const [id, lit] of literals.entries()) {
      if (!this.handled[id]) continue;
      const offset = rarestWindow(lit);
      const spellings = spellingsOf(lit, offset);
      windows.push(spellings);
      const bytes = Uint8Array.from(lit.ignoreCase ? lit.text.toLowerCase() : lit.text, (ch) => ch.charCodeAt(0));
      for (const spelt of spellings) {
        const key = (spelt[0] as number) | ((spelt[1] as number) << 8) | ((spelt[2] as number) << 16);
        const hash = hashOf(key);
        const slot = this.byHash[hash];
        const entry = { key, id, offset, bytes, ignoreCase: lit.ignoreCase };
        if (slot) slot.push(entry);
        else this.byHash[hash] = [entry];
        this.heap[HASHES + (hash >> 3)] = (this.heap[HASHES + (hash >> 3)] as number) | (1 << (hash & 7));
      }
    }
    const masks = assignBuckets(windows);
    this.heap.set(masks, TABLES);
  }

  /** The plan for these literals, or undefined when the kernel handles none (or cannot run here). */
  static build(literals: readonly Literal[], piece = PIECE): KernelPlan | undefined {
    if (wasm === undefined || !literals.some(kernelCan)) return undefined;
    const instance = new wasm.Instance(new wasm.Module(Buffer.from(TEDDY_WASM, 'base64')), {});
    const { memory, scan } = instance.exports as { memory: WasmMemory; scan: KernelPlan['scan'] };
    return new KernelPlan(literals, scan, memory, Math.max(16, piece));
  }

  handles(id: number): boolean {
    return this.handled[id] === true;
  }

  /**
   * Fills `found` with the positions of every literal the kernel handles; without `found`, stops
   * at the first one. Returns whether any was found.
   */
  search(data: Buffer, found: (number[] | undefined)[] | undefined): boolean {
    let any = false;
    if (found) for (const [id, handled] of this.handled.entries()) if (handled) found[id] = [];
    const { heap, out, byHash, piece, dataAt } = this;
    const n = data.length;
    for (let off = 0; off < n; off += piece) {
      const own = Math.min(piece, n - off);
      // The next piece's first bytes complete the windows that start in this one.
      const length = Math.min(n - off, own + WINDOW - 1);
      heap.set(data.subarray(off, off + length), dataAt);
      heap.fill(0, dataAt + length, dataAt + length + 16);
      const count = this.scan(dataAt, length, OUT);
      for (let k = 0; k < count; k++) {
        const start = out[k] as number;
        if (start >= own) continue;
        const at = off + start;
        if (at + WINDOW > n) continue;
        const key = (data[at] as number) | ((data[at + 1] as number) << 8) | ((data[at + 2] as number) << 16);
        const entries = byHash[hashOf(key)];
        if (entries === undefined) continue;
        for (let e = 0; e < entries.length; e++) {
          const entry = entries[e] as WindowEntry;
          if (entry.key !== key) continue;
          const begin = at - entry.offset;
          // A literal no longer than its window matched with the key; a longer one is compared.
          if (entry.bytes.length === WINDOW || (begin >= 0 && matchesAt(data, begin, entry.bytes, entry.ignoreCase))) {
            if (!found) return true;
            any = true;
            (found[entry.id] as number[]).push(begin);
          }
        }
      }
    }
    return any;
  }
}

function matchesAt(data: Buffer, at: number, bytes: Uint8Array, ignoreCase: boolean): boolean {
  if (at + bytes.length > data.length) return false;
  for (let j = 0; j < bytes.length; j++) {
    const c = data[at + j] as number;
    const want = bytes[j] as number;
    if (c !== want && !(ignoreCase && c >= 0x41 && c <= 0x5a && (c | 0x20) === want)) return false;
  }
  return true;
}

/** The kernel handles ASCII literals of at least 3 bytes (case is folded for ASCII letters only). */
function kernelCan(lit: Literal): boolean {
  if (lit.text.length < WINDOW) return false;
  for (let i = 0; i < lit.text.length; i++) {
    const c = lit.text.charCodeAt(i);
    if (c === 0 || c > 0x7f) return false;
  }
  return true;
}

/** Each spelling of a literal's window: one, or one per case combination of its letters. */
function spellingsOf(lit: Literal, offset: number): number[][] {
  let spellings: number[][] = [[]];
  for (let j = 0; j < WINDOW; j++) {
    const c = lit.text.charCodeAt(offset + j);
    const variants = lit.ignoreCase ? caseVariants(c) : [c];
    spellings = spellings.flatMap((s) => variants.map((v) => [...s, v]));
  }
  return spellings;
}

function caseVariants(c: number): number[] {
  const lower = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
  return lower >= 0x61 && lower <= 0x7a ? [lower, lower & ~0x20] : [c];
}

/**
 * How often a byte occurs in source code, roughly: enough to prefer `kFJ` to `T3B` in `T3BlbkFJ`
 * and to keep common letters apart in the kernel's buckets. Only speed depends on it.
 */
const FREQUENCY = (() => {
  const f = new Float64Array(256).fill(0.0005);
  for (const [i, ch] of [...'etaoinsrhldcumfpgwybvkxjqz'].entries()) {
    const p = 0.07 * 0.88 ** i;
    f[ch.charCodeAt(0)] = p;
    f[ch.toUpperCase().charCodeAt(0)] = p / 8;
  }
  for (const ch of '0123456789') f[ch.charCodeAt(0)] = 0.006;
  for (const ch of '.,;:()"\'=_-/{}[]*<>') f[ch.charCodeAt(0)] = 0.008;
  f[0x20] = 0.15;
  f[0x0a] = 0.03;
  f[0x09] = 0.01;
  return f;
})();

/** Where the literal's 3-byte window least likely to occur by chance starts. */
function rarestWindow(lit: Literal): number {
  let best = { offset: 0, weight: Number.POSITIVE_INFINITY };
  for (let offset = 0; offset + WINDOW <= lit.text.length; offset++) {
    let weight = 1;
    for (let j = 0; j < WINDOW; j++) {
      const c = lit.text.charCodeAt(offset + j);
      weight *= (lit.ignoreCase ? caseVariants(c) : [c]).reduce((sum, v) => sum + (FREQUENCY[v] as number), 0);
    }
    if (weight < best.weight) best = { offset, weight };
  }
  return best.offset;
}

/**
 * Puts each window (given by its spellings) into one of 8 buckets, most common first, each into the
 * bucket where it adds the least chance of a false candidate, and returns the kernel's 96 bytes of
 * masks: for window byte j, 16 bytes by low nibble then 16 by high nibble, bit b for bucket b.
 * Every scan's start-up runs this in code not yet compiled: nibble sets are plain numbers, each
 * pair's chance is summed once, and nothing is allocated per comparison.
 */
function assignBuckets(windows: number[][][]): Uint8Array {
  const sums = new Map<number, number>();
  /** The chance that a byte has a low nibble in `lo` and a high one in `hi` (bit sets). */
  const sum = (lo: number, hi: number) => {
    const key = lo * 65536 + hi;
    let q = sums.get(key);
    if (q === undefined) {
      q = 0;
      for (let h = 0; h < 16; h++) {
        if (!(hi & (1 << h))) continue;
        for (let l = 0; l < 16; l++) if (lo & (1 << l)) q += FREQUENCY[(h << 4) | l] as number;
      }
      sums.set(key, q);
    }
    return q;
  };
  // Per window (and per bucket): the low and high nibble sets of each of its 3 bytes.
  const nibbles = windows.map((spellings) => {
    const n = new Int32Array(2 * WINDOW);
    for (const s of spellings) {
      for (let j = 0; j < WINDOW; j++) {
        n[2 * j] = (n[2 * j] as number) | (1 << ((s[j] as number) & 15));
        n[2 * j + 1] = (n[2 * j + 1] as number) | (1 << ((s[j] as number) >> 4));
      }
    }
    return n;
  });
  const chance = (a: Int32Array, b?: Int32Array) => {
    let p = 1;
    for (let j = 0; j < 2 * WINDOW; j += 2) {
      p *= sum((a[j] as number) | (b ? (b[j] as number) : 0), (a[j + 1] as number) | (b ? (b[j + 1] as number) : 0));
    }
    return p;
  };
  const buckets: Int32Array[] = [];
  const bucketChance: number[] = [];
  const order = nibbles.map((n) => ({ n, chance: chance(n) })).sort((a, b) => b.chance - a.chance);
  for (const { n, chance: alone } of order) {
    let best = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    for (let b = 0; b < buckets.length; b++) {
      const cost = chance(buckets[b] as Int32Array, n) - (bucketChance[b] as number);
      if (cost < bestCost) {
        bestCost = cost;
        best = b;
      }
    }
    // An empty bucket (they are the last ones) costs the window's own chance.
    if (buckets.length < BUCKETS && alone < bestCost) best = buckets.length;
    if (best === buckets.length) buckets.push(new Int32Array(2 * WINDOW));
    const bucket = buckets[best] as Int32Array;
    for (let j = 0; j < 2 * WINDOW; j++) bucket[j] = (bucket[j] as number) | (n[j] as number);
    bucketChance[best] = chance(bucket);
  }
  const masks = new Uint8Array(32 * WINDOW);
  for (const [b, bucket] of buckets.entries()) {
    for (let j = 0; j < WINDOW; j++) {
      const lo = bucket[2 * j] as number;
      const hi = bucket[2 * j + 1] as number;
      for (let x = 0; x < 16; x++) {
        if (lo & (1 << x)) masks[32 * j + x] = (masks[32 * j + x] as number) | (1 << b);
        if (hi & (1 << x)) masks[32 * j + 16 + x] = (masks[32 * j + 16 + x] as number) | (1 << b);
      }
    }
  }
  return masks;
}
