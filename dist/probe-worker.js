const __skguardFileUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// src/sources/probe-worker.ts
var import_node_path = __toESM(require("node:path"), 1), import_node_worker_threads = require("node:worker_threads");

// src/sources/probe.ts
var import_node_fs = require("node:fs");

// src/core/archive-kind.ts
function archiveKind(head) {
  if (head.length >= 4 && head[0] === 80 && head[1] === 75 && (head[2] === 3 && head[3] === 4 || head[2] === 5 && head[3] === 6))
    return "zip";
  if (head.length >= 3 && head[0] === 31 && head[1] === 139 && head[2] === 8) return "gzip";
  if (head.length >= 262 && head.toString("latin1", 257, 262) === "ustar") return "tar";
}

// src/core/literals/teddy-wasm.ts
var TEDDY_WASM = "AGFzbQEAAAABCAFgA39/fwF/AwIBAAUDAQABBxECBm1lbW9yeQIABHNjYW4AAArpAgHmAgIFfw97QQD9AAQAIRFBEP0ABAAhEkEg/QAEACETQTD9AAQAIRRBwAD9AAQAIRVB0AD9AAQAIRYCQANAIAMgAU8NASAAIANq/QAEACEIIAj9DA8PDw8PDw8PDw8PDw8PDw/9TiEJIAhBBP1tIQogESAJ/Q4gEiAK/Q79TiELIBMgCf0OIBQgCv0O/U4hDCAVIAn9DiAWIAr9Dv1OIQ0gDiAL/Q0ODxAREhMUFRYXGBkaGxwdIA8gDP0NDxAREhMUFRYXGBkaGxwdHv1OIA39TiEQIBD9UwRAIBD9DAAAAAAAAAAAAAAAAAAAAAD9JP1kIQUDQCADIAVoakECayEGIAAgBmooAgBB////B3FBsfPd8XlsQRB2IQcgB0EDdi0AYEEBIAdBB3F0cQRAIAIgBEECdGogBjYCACAEQQFqIQQLIAUgBUEBa3EhBSAFDQALCyALIQ4gDCEPIANBEGohAwwACwsgBAs=";

// src/core/literals/literal-search.ts
var WINDOW = 3, PIECE = 64 * 1024, TABLES = 0, HASHES = 96, OUT = HASHES + 8192, BUCKETS = 8, wasm = globalThis.WebAssembly, LiteralSearch = class {
  /**
   * `kernel: false` never uses the kernel. `kernelAfter`: bytes searched with `indexOf` before the
   * kernel is built: building it (compiling the module, assigning the literals to buckets) costs a
   * few milliseconds, more than searching a small commit literal by literal.
   */
  constructor(literals, options = {}) {
    this.options = options;
    let unique = [];
    for (let lit of literals) {
      let [ids, key] = lit.ignoreCase ? [this.folded, lit.text.toLowerCase()] : [this.exact, lit.text];
      ids.has(key) || (ids.set(key, unique.length), unique.push({ text: lit.text, ignoreCase: lit.ignoreCase }));
    }
    this.literals = unique;
  }
  options;
  literals;
  /** Ids by text: exact literals, and case-insensitive ones in lower case. */
  exact = /* @__PURE__ */ new Map();
  folded = /* @__PURE__ */ new Map();
  /** Literals the kernel finds, and how (built on first use: a hook that never scans pays nothing). */
  plan;
  planned = !1;
  /** Bytes searched so far without the kernel. */
  searched = 0;
  /** Literals `any` searches with indexOf: those the kernel does not handle. */
  unhandled;
  /** The index of a literal given to the constructor. */
  idOf(text, ignoreCase) {
    let id = ignoreCase ? this.folded.get(text) ?? this.folded.get(text.toLowerCase()) : this.exact.get(text);
    if (id === void 0) throw new Error(`LiteralSearch: "${text}" was not given to the constructor`);
    return id;
  }
  /** The occurrences in one content, found when first asked for. `data` must not change meanwhile. */
  in(data) {
    return new LiteralHits(data, this.literals, this.kernelFor(data));
  }
  /**
   * Whether any literal occurs in `data`: the search stops at the first one found, and keeps no
   * positions (a prefilter's question, asked of content that may hold millions of them).
   */
  any(data) {
    let plan = this.kernelFor(data);
    if (plan?.search(data, void 0)) return !0;
    if (this.unhandled ??= this.literals.flatMap((_, id) => plan?.handles(id) ? [] : [id]), this.unhandled.length === 0) return !1;
    let hits = new LiteralHits(data, this.literals, void 0);
    return this.unhandled.some((id) => hits.positions(id).length > 0);
  }
  /** The kernel, built once `kernelAfter` bytes have been searched without it. */
  kernelFor(data) {
    if (!this.planned) {
      if (this.searched += data.length, this.searched <= (this.options.kernelAfter ?? 0)) return;
      this.planned = !0, this.plan = this.options.kernel === !1 ? void 0 : KernelPlan.build(this.literals, this.options.piece);
    }
    return this.plan;
  }
}, LiteralHits = class {
  constructor(data, literals, plan) {
    this.data = data;
    this.literals = literals;
    this.plan = plan;
    this.found = new Array(literals.length);
  }
  data;
  literals;
  plan;
  found;
  lower;
  positions(id) {
    let hits = this.found[id];
    return hits !== void 0 || (this.plan?.handles(id) ? (this.plan.search(this.data, this.found), hits = this.found[id]) : (hits = this.search(this.literals[id]), this.found[id] = hits)), hits;
  }
  search({ text, ignoreCase }) {
    let hits = [];
    if (ignoreCase) {
      this.lower ??= this.data.toString("latin1").toLowerCase();
      let needle = text.toLowerCase();
      for (let i = this.lower.indexOf(needle); i >= 0; i = this.lower.indexOf(needle, i + 1)) hits.push(i);
    } else {
      let data = this.data, needle = Buffer.from(text, "latin1");
      for (let i = data.indexOf(needle); i >= 0; i = data.indexOf(needle, i + 1)) hits.push(i);
    }
    return hits;
  }
};
function hashOf(key) {
  return Math.imul(key, 2654435761) >>> 16;
}
var KernelPlan = class _KernelPlan {
  constructor(literals, scan, memory, piece) {
    this.scan = scan;
    this.piece = piece;
    this.handled = literals.map((lit) => kernelCan(lit)), this.dataAt = OUT + piece * 4;
    let bytesNeeded = this.dataAt + piece + WINDOW + 16;
    memory.grow(Math.ceil(bytesNeeded / 65536) - memory.buffer.byteLength / 65536), this.heap = new Uint8Array(memory.buffer), this.out = new Int32Array(memory.buffer, OUT, piece);
    let windows = [];
    for (let [id, lit] of literals.entries()) {
      if (!this.handled[id]) continue;
      let offset = rarestWindow(lit), spellings = spellingsOf(lit, offset);
      windows.push(spellings);
      let bytes = Uint8Array.from(lit.ignoreCase ? lit.text.toLowerCase() : lit.text, (ch) => ch.charCodeAt(0));
      for (let spelt of spellings) {
        let key = spelt[0] | spelt[1] << 8 | spelt[2] << 16, hash = hashOf(key), slot = this.byHash[hash], entry = { key, id, offset, bytes, ignoreCase: lit.ignoreCase };
        slot ? slot.push(entry) : this.byHash[hash] = [entry], this.heap[HASHES + (hash >> 3)] = this.heap[HASHES + (hash >> 3)] | 1 << (hash & 7);
      }
    }
    let masks = assignBuckets(windows);
    this.heap.set(masks, TABLES);
  }
  scan;
  piece;
  handled;
  /** Literals by the hash of their window (one entry per case spelling). */
  byHash = new Array(65536);
  heap;
  out;
  dataAt;
  /** The plan for these literals, or undefined when the kernel handles none (or cannot run here). */
  static build(literals, piece = PIECE) {
    if (wasm === void 0 || !literals.some(kernelCan)) return;
    let instance = new wasm.Instance(new wasm.Module(Buffer.from(TEDDY_WASM, "base64")), {}), { memory, scan } = instance.exports;
    return new _KernelPlan(literals, scan, memory, Math.max(16, piece));
  }
  handles(id) {
    return this.handled[id] === !0;
  }
  /**
   * Fills `found` with the positions of every literal the kernel handles; without `found`, stops
   * at the first one. Returns whether any was found.
   */
  search(data, found) {
    let any = !1;
    if (found) for (let [id, handled] of this.handled.entries()) handled && (found[id] = []);
    let { heap, out, byHash, piece, dataAt } = this, n = data.length;
    for (let off = 0; off < n; off += piece) {
      let own = Math.min(piece, n - off), length = Math.min(n - off, own + WINDOW - 1);
      heap.set(data.subarray(off, off + length), dataAt), heap.fill(0, dataAt + length, dataAt + length + 16);
      let count = this.scan(dataAt, length, OUT);
      for (let k = 0; k < count; k++) {
        let start = out[k];
        if (start >= own) continue;
        let at = off + start;
        if (at + WINDOW > n) continue;
        let key = data[at] | data[at + 1] << 8 | data[at + 2] << 16, entries = byHash[hashOf(key)];
        if (entries !== void 0)
          for (let e = 0; e < entries.length; e++) {
            let entry = entries[e];
            if (entry.key !== key) continue;
            let begin = at - entry.offset;
            if (entry.bytes.length === WINDOW || begin >= 0 && matchesAt(data, begin, entry.bytes, entry.ignoreCase)) {
              if (!found) return !0;
              any = !0, found[entry.id].push(begin);
            }
          }
      }
    }
    return any;
  }
};
function matchesAt(data, at, bytes, ignoreCase) {
  if (at + bytes.length > data.length) return !1;
  for (let j = 0; j < bytes.length; j++) {
    let c = data[at + j], want = bytes[j];
    if (c !== want && !(ignoreCase && c >= 65 && c <= 90 && (c | 32) === want)) return !1;
  }
  return !0;
}
function kernelCan(lit) {
  if (lit.text.length < WINDOW) return !1;
  for (let i = 0; i < lit.text.length; i++) {
    let c = lit.text.charCodeAt(i);
    if (c === 0 || c > 127) return !1;
  }
  return !0;
}
function spellingsOf(lit, offset) {
  let spellings = [[]];
  for (let j = 0; j < WINDOW; j++) {
    let c = lit.text.charCodeAt(offset + j), variants = lit.ignoreCase ? caseVariants(c) : [c];
    spellings = spellings.flatMap((s) => variants.map((v) => [...s, v]));
  }
  return spellings;
}
function caseVariants(c) {
  let lower = c >= 65 && c <= 90 ? c | 32 : c;
  return lower >= 97 && lower <= 122 ? [lower, lower & -33] : [c];
}
var FREQUENCY = (() => {
  let f = new Float64Array(256).fill(5e-4);
  for (let [i, ch] of [..."etaoinsrhldcumfpgwybvkxjqz"].entries()) {
    let p = 0.07 * 0.88 ** i;
    f[ch.charCodeAt(0)] = p, f[ch.toUpperCase().charCodeAt(0)] = p / 8;
  }
  for (let ch of "0123456789") f[ch.charCodeAt(0)] = 6e-3;
  for (let ch of `.,;:()"'=_-/{}[]*<>`) f[ch.charCodeAt(0)] = 8e-3;
  return f[32] = 0.15, f[10] = 0.03, f[9] = 0.01, f;
})();
function rarestWindow(lit) {
  let best = { offset: 0, weight: Number.POSITIVE_INFINITY };
  for (let offset = 0; offset + WINDOW <= lit.text.length; offset++) {
    let weight = 1;
    for (let j = 0; j < WINDOW; j++) {
      let c = lit.text.charCodeAt(offset + j);
      weight *= (lit.ignoreCase ? caseVariants(c) : [c]).reduce((sum, v) => sum + FREQUENCY[v], 0);
    }
    weight < best.weight && (best = { offset, weight });
  }
  return best.offset;
}
function assignBuckets(windows) {
  let sums = /* @__PURE__ */ new Map(), sum = (lo, hi) => {
    let key = lo * 65536 + hi, q = sums.get(key);
    if (q === void 0) {
      q = 0;
      for (let h = 0; h < 16; h++)
        if (hi & 1 << h)
          for (let l = 0; l < 16; l++) lo & 1 << l && (q += FREQUENCY[h << 4 | l]);
      sums.set(key, q);
    }
    return q;
  }, nibbles = windows.map((spellings) => {
    let n = new Int32Array(2 * WINDOW);
    for (let s of spellings)
      for (let j = 0; j < WINDOW; j++)
        n[2 * j] = n[2 * j] | 1 << (s[j] & 15), n[2 * j + 1] = n[2 * j + 1] | 1 << (s[j] >> 4);
    return n;
  }), chance = (a, b) => {
    let p = 1;
    for (let j = 0; j < 2 * WINDOW; j += 2)
      p *= sum(a[j] | (b ? b[j] : 0), a[j + 1] | (b ? b[j + 1] : 0));
    return p;
  }, buckets = [], bucketChance = [], order = nibbles.map((n) => ({ n, chance: chance(n) })).sort((a, b) => b.chance - a.chance);
  for (let { n, chance: alone } of order) {
    let best = 0, bestCost = Number.POSITIVE_INFINITY;
    for (let b = 0; b < buckets.length; b++) {
      let cost = chance(buckets[b], n) - bucketChance[b];
      cost < bestCost && (bestCost = cost, best = b);
    }
    buckets.length < BUCKETS && alone < bestCost && (best = buckets.length), best === buckets.length && buckets.push(new Int32Array(2 * WINDOW));
    let bucket = buckets[best];
    for (let j = 0; j < 2 * WINDOW; j++) bucket[j] = bucket[j] | n[j];
    bucketChance[best] = chance(bucket);
  }
  let masks = new Uint8Array(32 * WINDOW);
  for (let [b, bucket] of buckets.entries())
    for (let j = 0; j < WINDOW; j++) {
      let lo = bucket[2 * j], hi = bucket[2 * j + 1];
      for (let x = 0; x < 16; x++)
        lo & 1 << x && (masks[32 * j + x] = masks[32 * j + x] | 1 << b), hi & 1 << x && (masks[32 * j + 16 + x] = masks[32 * j + 16 + x] | 1 << b);
    }
  return masks;
}

// src/core/text.ts
function utf16Order(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return { endian: "le", bom: !0 };
  if (head.length >= 2 && head[0] === 254 && head[1] === 255) return { endian: "be", bom: !0 };
  if (head[0] !== 0 && head[1] !== 0) return;
  let n = Math.min(head.length, 8e3) & -2;
  if (n < 8) return;
  let pairs = n / 2, nulHigh = 0, nulLow = 0, printable = 0;
  for (let i = 0; i < n; i += 2) {
    let a = head[i], b = head[i + 1];
    b === 0 && a !== 0 ? (nulHigh++, isPrintable(a) && printable++) : a === 0 && b !== 0 && (nulLow++, isPrintable(b) && printable++);
  }
  if (!(printable < pairs * 0.9)) {
    if (nulHigh >= pairs * 0.9) return { endian: "le", bom: !1 };
    if (nulLow >= pairs * 0.9) return { endian: "be", bom: !1 };
  }
}
var isPrintable = (c) => c === 9 || c === 10 || c === 13 || c >= 32 && c < 127 || c >= 160;

// src/sources/lfs.ts
var LFS_POINTER_START = "version https://git-lfs.github.com/spec/v1";
var CHUNK = 8 * 1024 * 1024;

// src/sources/probe.ts
var STREAM_THRESHOLD = 32 * 1024 * 1024, LFS_MARK = Buffer.from(LFS_POINTER_START, "latin1"), ContentFilter = class {
  search;
  /** No literals: every content is a candidate. `kernelAfter`: see LiteralSearch. */
  constructor(literals, kernelAfter = 0) {
    this.search = literals.length > 0 ? new LiteralSearch(literals, { kernelAfter }) : void 0;
  }
  candidate(data) {
    if (this.search === void 0) return !0;
    let buffer = asBuffer(data);
    return startsWith(data, LFS_MARK) || this.search.any(buffer) || textElsewhere(buffer);
  }
};
function textElsewhere(data) {
  return archiveKind(data.subarray(0, 265)) !== void 0 ? !0 : utf16Order(data) !== void 0;
}
var asBuffer = (data) => Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.length);
function startsWith(data, mark) {
  if (data.length < mark.length) return !1;
  for (let i = 0; i < mark.length; i++) if (data[i] !== mark[i]) return !1;
  return !0;
}
var NOFOLLOW = import_node_fs.constants.O_NOFOLLOW, OPEN_FLAGS = import_node_fs.constants.O_RDONLY | (NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0);
function probeFile(abs, filter2, state2, keep) {
  let fd;
  try {
    if (NOFOLLOW === void 0) {
      let kind = kindOf((0, import_node_fs.lstatSync)(abs));
      if (kind) return { probe: kind };
    }
    fd = (0, import_node_fs.openSync)(abs, OPEN_FLAGS);
  } catch (e) {
    return { probe: whyNotOpened(abs, e) };
  }
  try {
    let stat = (0, import_node_fs.fstatSync)(fd), kind = kindOf(stat);
    if (kind) return { probe: kind };
    if (stat.size > STREAM_THRESHOLD) return { probe: { kind: "file", size: stat.size, candidate: !0 } };
    stat.size >= state2.pool.length && (state2.pool = Buffer.allocUnsafe(Math.max(stat.size + 1, state2.pool.length * 2)));
    let data = readAll(fd, stat.size, state2.pool);
    if (!filter2.candidate(data)) return { probe: { kind: "file", size: data.length, candidate: !1 } };
    if (!keep) return { probe: { kind: "file", size: data.length, candidate: !0 }, view: data };
    let content = new Uint8Array(data.length);
    return content.set(data), { probe: { kind: "file", size: data.length, candidate: !0, content } };
  } catch (e) {
    return { probe: { kind: "unreadable", code: e.code ?? e.message } };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
function kindOf(stat) {
  if (stat.isSymbolicLink()) return { kind: "symlink" };
  if (stat.isDirectory()) return { kind: "directory" };
  if (!stat.isFile()) return { kind: "other" };
}
function whyNotOpened(abs, error) {
  if (error.code === "ENOENT") return { kind: "missing" };
  try {
    let kind = kindOf((0, import_node_fs.lstatSync)(abs));
    if (kind) return kind;
  } catch {
  }
  return { kind: "unreadable", code: error.code ?? error.message };
}
function readAll(fd, size, pool) {
  let n = 0;
  for (let r = 1; r > 0 && (n < size || size === 0) && n < pool.length; n += r)
    r = (0, import_node_fs.readSync)(fd, pool, n, pool.length - n, null);
  if (n < pool.length) return pool.subarray(0, n);
  let parts = [Buffer.from(pool)], more = Buffer.allocUnsafe(1 << 20);
  for (let r = (0, import_node_fs.readSync)(fd, more, 0, more.length, null); r > 0; r = (0, import_node_fs.readSync)(fd, more, 0, more.length, null))
    parts.push(Buffer.from(more.subarray(0, r)));
  return Buffer.concat(parts);
}

// src/sources/probe-message.ts
var KINDS = ["file", "candidate", "symlink", "directory", "other", "missing", "unreadable"];
function pack(start, asked, probes) {
  let kinds = new Uint8Array(probes.length), sizes = new Float64Array(probes.length), extra = [], transfer = [];
  for (let [at, probe] of probes.entries()) {
    let kind = probe.kind === "file" && probe.candidate ? "candidate" : probe.kind;
    kinds[at] = KINDS.indexOf(kind), probe.kind === "file" ? (sizes[at] = probe.size, probe.content && (extra.push({ at, content: probe.content }), transfer.push(probe.content.buffer))) : probe.kind === "unreadable" && extra.push({ at, code: probe.code });
  }
  return [{ start, asked, kinds, sizes, extra }, transfer];
}

// src/sources/probe-worker.ts
var KEEP_BYTES = 16 * 1024 * 1024, setup = import_node_worker_threads.workerData, filter = new ContentFilter(setup.literals), state = { pool: Buffer.allocUnsafe(1 << 20) };
import_node_worker_threads.parentPort?.on("message", ({ start, paths }) => {
  let probes = [], kept = 0;
  for (let rel of paths) {
    let { probe } = probeFile(import_node_path.default.join(setup.base, rel), filter, state, !0);
    if (probes.push(probe), probe.kind === "file" && probe.content && (kept += probe.content.length, kept >= KEEP_BYTES))
      break;
  }
  let [reply, transfer] = pack(start, paths.length, probes);
  import_node_worker_threads.parentPort?.postMessage(reply, transfer);
});
