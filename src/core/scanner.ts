import { type DecodeState, Decoding, MAX_DEPTH, type ScanDerived } from './decode/decoding.js';
import { REACH } from './decode/spans.js';
import { minimalLiterals } from './decode/triggers.js';
import { isPatterned, shannonEntropy } from './entropy.js';
import { type Literal, type LiteralHits, LiteralSearch } from './literals/literal-search.js';
import type { Check, Match, Rule } from './types.js';

/** The inline marker that suppresses every finding on its line. */
const ALLOW_MARKER = 'skguard:allow';

/** Longest key a rule may describe (custom rules are held to it too). */
export const MAX_KEY_LENGTH = 512;
/** Most bytes of context a check may look at on either side of a key. */
const MAX_CONTEXT = 1024;
/**
 * A match (or a decoding trigger) starting this close to the end of a chunk waits for the next one,
 * with its context: an encoded form reaches up to `REACH` bytes from its trigger.
 */
const SAFE_TAIL = MAX_KEY_LENGTH + MAX_CONTEXT + REACH;
/** Bytes carried from one chunk into the next. */
const OVERLAP = SAFE_TAIL + MAX_CONTEXT + 16 + REACH;

/** Bytes that continue a token: a key next to one of them is part of a longer string, not a key. */
const TOKEN = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-') TOKEN[c.charCodeAt(0)] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;
const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const NEWLINE = 0x0a;

/** A string literal the scanner needs: content holding none of a rule's required literals cannot match it. */
export interface RequiredLiteral {
  text: string;
  ignoreCase: boolean;
}

/**
 * Finds keys in content. Construct once per run with the active rules; `scan()` a whole buffer or
 * `stream()` a large one chunk by chunk. Content is handled as bytes: invalid UTF-8 is no error, and
 * patterns (all ASCII) run over a latin1 view so that string indexes are byte offsets.
 */
export class Scanner {
  readonly rules: readonly Rule[];
  /** Rules in priority order: where two matches overlap, the earlier rule keeps the span. */
  private readonly priority = new Map<Rule, number>();
  private readonly inFileChecks: Extract<Check, { kind: 'in-file' }>[];
  /** @internal */ readonly keywords: LiteralSearch;
  /** Keys in encoded forms and split literals (see src/core/decode); absent with `decode: false`. */
  /** @internal */ readonly decoding: Decoding | undefined;

  constructor(rules: readonly Rule[], options: { decode?: boolean } = {}) {
    this.rules = rules;
    for (const [i, rule] of rules.entries()) this.priority.set(rule, i);
    this.inFileChecks = [...new Set(rules.flatMap((r) => r.checks.filter(isInFile)))];
    this.decoding = options.decode === false ? undefined : new Decoding(rules);
    this.keywords = keywordSearch(rules, this.decoding?.triggers ?? []);
    this.decoding?.bind(this.keywords);
  }

  /** Finds every key in a whole content. */
  scan(content: Buffer): Match[] {
    return this.scanAt(content, 0);
  }

  /**
   * @internal A whole content `depth` decodings deep, decoding only what stands in `region` (the
   * decoded text: the context around it is the outer content's, decoded there).
   */
  scanAt(content: Buffer, depth: number, region?: [number, number]): Match[] {
    const stream = new ScanStream(this, depth, region);
    stream.push(content, true);
    return stream.end();
  }

  /** A scan of content that arrives in chunks (a huge file, stdin); memory stays bounded. */
  stream(): ScanStream {
    return new ScanStream(this, 0);
  }

  /**
   * Literals such that content containing none of them cannot yield a finding: what an external
   * prefilter (`git grep -F`) may search for without losing anything.
   */
  requiredLiterals(): RequiredLiteral[] {
    const out = new Map<string, RequiredLiteral>();
    for (const rule of this.rules) {
      // The most selective literal a match needs: its file context, a nearby mention, or a keyword.
      const gate = rule.checks.find(isInFile);
      const near = rule.checks.find((c): c is Extract<Check, { kind: 'near' }> => c.kind === 'near');
      const literals = gate
        ? [{ text: gate.keyword, ignoreCase: false }]
        : near
          ? [{ text: near.keyword, ignoreCase: true }]
          : rule.keywords.map((text) => ({ text, ignoreCase: rule.keywordsIgnoreCase === true }));
      for (const lit of literals) out.set(`${lit.ignoreCase}:${lit.text}`, lit);
    }
    return minimalLiterals([...out.values(), ...(this.decoding?.prefilter ?? [])]);
  }

  /** @internal */ rank(rule: Rule): number {
    return this.priority.get(rule) ?? Number.MAX_SAFE_INTEGER;
  }
  /** @internal */ fileChecks(): readonly Extract<Check, { kind: 'in-file' }>[] {
    return this.inFileChecks;
  }
}

interface Candidate {
  match: Match;
  waitingFor: Extract<Check, { kind: 'in-file' }>[];
}

/** One content's scan in progress. Push chunks in order, then `end()`. */
class ScanStream {
  private carry: Buffer = Buffer.alloc(0);
  /** Absolute offset of `carry[0]`. */
  private carryOffset = 0;
  /** Newlines before `carry[0]`. */
  private linesBefore = 0;
  /** UTF-16 length of the part of `carry[0]`'s line that lies before it. */
  private columnCarry = 0;
  /** Matches starting before this absolute offset have been decided. */
  private decidedTo = 0;
  private readonly found: Candidate[] = [];
  /** In-file checks satisfied so far, with the text that satisfied each. */
  private readonly seen = new Map<Check, string>();
  /** Decoding state across pushes: how far decoded forms reach, and the keys found in them. */
  private readonly decoded: DecodeState = new Map();
  private readonly derivedSeen = new Set<string>();
  private ended = false;

  constructor(
    private readonly scanner: Scanner,
    private readonly depth: number,
    private readonly region?: [number, number],
  ) {}

  /** Adds the next chunk. `last` marks the final one (then nothing needs to be carried over). */
  push(chunk: Buffer, last = false): void {
    if (this.ended) throw new Error('ScanStream: push after the last chunk');
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const base = this.carryOffset;
    const decideBefore = last ? base + data.length : base + data.length - SAFE_TAIL;
    const whole = last && base === 0;
    const hits = new KeywordHits(this.scanner.keywords.in(data), this.scanner.keywords);
    this.noteContexts(hits);
    if (decideBefore > this.decidedTo) this.scanData(data, base, decideBefore, whole, hits);
    if (last) {
      this.ended = true;
      return;
    }
    this.decidedTo = Math.max(this.decidedTo, decideBefore);
    const keepFrom = Math.max(0, data.length - OVERLAP);
    if (keepFrom > 0) {
      const dropped = data.subarray(0, keepFrom);
      this.linesBefore += countNewlines(dropped, 0, dropped.length);
      const lastNewline = dropped.lastIndexOf(NEWLINE);
      this.columnCarry =
        lastNewline >= 0
          ? utf16Length(dropped, lastNewline + 1, dropped.length)
          : this.columnCarry + utf16Length(dropped, 0, dropped.length);
    }
    // Copy: the caller may reuse its chunk buffer.
    this.carry = Buffer.from(data.subarray(keepFrom));
    this.carryOffset = base + keepFrom;
  }

  /** Finishes the scan and returns the matches, in content order. */
  end(): Match[] {
    if (!this.ended) this.push(Buffer.alloc(0), true);
    return this.found
      .filter((c) => c.waitingFor.every((check) => this.seen.has(check)))
      .map((c) => this.withContext(c.match))
      .sort((a, b) => a.start - b.start);
  }

  private withContext(match: Match): Match {
    const gates = match.rule.checks.filter(isInFile);
    if (gates.length > 0) match.context = gates.map((g) => this.seen.get(g) ?? '');
    return match;
  }

  private noteContexts(hits: KeywordHits): void {
    for (const check of this.scanner.fileChecks()) {
      if (this.seen.has(check)) continue;
      const found = fileContext(hits, check);
      if (found !== undefined) this.seen.set(check, found);
    }
  }

  private scanData(data: Buffer, base: number, decideBefore: number, whole: boolean, hits: KeywordHits): void {
    const candidates: Candidate[] = [];
    for (const rule of this.scanner.rules) {
      const gates = rule.checks.filter(isInFile);
      // With the whole content in hand, a rule whose file context is absent cannot match.
      if (whole && gates.some((g) => !this.seen.has(g))) continue;
      const windows = mergeWindows(rule, hits);
      for (const [from, to] of windows) {
        const text = data.toString('latin1', from, to);
        const pattern = rule.pattern;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          const start = from + m.index;
          const end = start + m[0].length;
          const absolute = base + start;
          const accept =
            m[0].length > 0 &&
            absolute >= this.decidedTo &&
            absolute < decideBefore &&
            boundaryBefore(data, start) &&
            boundaryAfter(data, end) &&
            passesChecks(rule, m[0], data, start, end);
          if (!accept) {
            pattern.lastIndex = m.index + 1;
            continue;
          }
          candidates.push({
            match: {
              rule,
              secret: m[0],
              start: absolute,
              end: base + end,
              line: 0,
              column: 0,
              endColumn: 0,
              allowed: false,
            },
            waitingFor: gates.filter((g) => !this.seen.has(g)),
          });
        }
      }
    }
    const derived = this.derive(data, base, decideBefore, hits, candidates);
    // Located in content order (resolveOverlaps relies on `candidates` being sorted by it too).
    candidates.sort((a, b) => a.match.start - b.match.start);
    this.locate(derived.length > 0 ? [...candidates, ...derived] : candidates, data, base);
    this.found.push(...this.resolveOverlaps(candidates), ...derived);
  }

  /** Keys in encoded forms and split literals whose triggers this pass decides (see Decoding). */
  private derive(data: Buffer, base: number, decideBefore: number, hits: KeywordHits, plain: Candidate[]): Candidate[] {
    const decoding = this.scanner.decoding;
    if (!decoding || this.depth >= MAX_DEPTH) return [];
    const view = {
      data,
      base,
      from: Math.max(0, this.decidedTo - base, this.region ? this.region[0] : 0),
      to: Math.min(decideBefore - base, this.region ? this.region[1] : Number.POSITIVE_INFINITY),
      positions: (id: number) => hits.positionsById(id),
    };
    const out: Candidate[] = [];
    const scan: ScanDerived = (content, depth, region) => this.scanner.scanAt(content, depth, region);
    for (const m of decoding.derive(view, this.depth, scan, this.decoded)) {
      const start = base + m.start;
      const end = base + m.end;
      // A key that also stands verbatim in the span was found as it is.
      if (plain.some((c) => c.match.secret === m.secret && c.match.start < end && c.match.end > start)) continue;
      const id = `${m.rule.id}\0${m.secret}\0${start}`;
      if (this.derivedSeen.has(id)) continue;
      this.derivedSeen.add(id);
      out.push({ match: { ...m, start, end }, waitingFor: [] });
    }
    return out;
  }

  /** Fills in line, column and the inline allow marker, walking the content once in order. */
  private locate(candidates: Candidate[], data: Buffer, base: number): void {
    candidates.sort((a, b) => a.match.start - b.match.start);
    let line = this.linesBefore + 1;
    let scanned = 0;
    for (const { match } of candidates) {
      const start = match.start - base;
      const end = match.end - base;
      line += countNewlines(data, scanned, start);
      scanned = start;
      const lineStart = lineStartOf(data, start);
      const prefix = utf16Length(data, lineStart, start) + (lineStart === 0 ? this.columnCarry : 0);
      let lineEnd = data.indexOf(NEWLINE, end);
      if (lineEnd < 0) lineEnd = data.length;
      match.line = line;
      match.column = prefix + 1;
      // An encoded key spans its encoded form (up to the end of its first line).
      const width = match.encoding ? utf16Length(data, start, Math.min(end, lineEnd)) : match.secret.length;
      match.endColumn = prefix + 1 + Math.max(1, width);
      match.allowed = match.allowed || data.subarray(lineStart, lineEnd).includes(ALLOW_MARKER);
    }
  }

  private resolveOverlaps(sorted: Candidate[]): Candidate[] {
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const last = kept[kept.length - 1];
      if (last && c.match.start < last.match.end) {
        if (this.scanner.rank(c.match.rule) < this.scanner.rank(last.match.rule)) kept[kept.length - 1] = c;
        continue;
      }
      kept.push(c);
    }
    return kept;
  }
}

function isInFile(check: Check): check is Extract<Check, { kind: 'in-file' }> {
  return check.kind === 'in-file';
}

/**
 * Keyword positions in one piece of content, shared by rules: every keyword of every rule is found
 * in one pass over the content (see LiteralSearch), the first time a rule asks for one.
 */
class KeywordHits {
  constructor(
    private readonly hits: LiteralHits,
    private readonly search: LiteralSearch,
  ) {}

  get data(): Buffer {
    return this.hits.data;
  }

  positions(keyword: string, ignoreCase: boolean): number[] {
    return this.hits.positions(this.search.idOf(keyword, ignoreCase));
  }

  positionsById(id: number): number[] {
    return this.hits.positions(id);
  }
}

/** One search for all the rules' keywords, the literals of their in-file checks, and the decoding triggers. */
function keywordSearch(rules: readonly Rule[], triggers: readonly Literal[]): LiteralSearch {
  return new LiteralSearch([
    ...rules.flatMap((rule) => [
      ...rule.keywords.map((text) => ({ text, ignoreCase: rule.keywordsIgnoreCase === true })),
      ...rule.checks.filter(isInFile).map((check) => ({ text: check.keyword, ignoreCase: false })),
    ]),
    ...triggers.map(({ text, ignoreCase }) => ({ text, ignoreCase })),
  ]);
}

/** The stretches of content where a rule's pattern can match: around its keywords, merged. */
function mergeWindows(rule: Rule, hits: KeywordHits): [number, number][] {
  const spans: [number, number][] = [];
  for (const keyword of rule.keywords) {
    for (const at of hits.positions(keyword, rule.keywordsIgnoreCase === true)) {
      spans.push([at - rule.maxLength, at + keyword.length + rule.maxLength]);
    }
  }
  if (spans.length === 0) return spans;
  spans.sort((a, b) => a[0] - b[0]);
  const dataLength = hits.data.length;
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const from = Math.max(0, s);
    const to = Math.min(dataLength, e);
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The byte before a key must not continue a token. Escapes count as separators: `\n`, `\"` or
 * `\u0022` in a JSON string, `%22` or `%3D` in a URL.
 */
function boundaryBefore(data: Buffer, start: number): boolean {
  if (start === 0) return true;
  const prev = data[start - 1] as number;
  if (!TOKEN[prev]) return true;
  if (prev === 0x6d && endsColourCode(data, start - 1)) return true;
  if (start >= 2 && data[start - 2] === BACKSLASH) return true;
  if (start >= 3 && data[start - 3] === PERCENT && HEX[prev] && HEX[data[start - 2] as number]) return true;
  if (start >= 6 && data[start - 6] === BACKSLASH && data[start - 5] === 0x75) {
    return (
      HEX[data[start - 4] as number] === 1 &&
      HEX[data[start - 3] as number] === 1 &&
      HEX[data[start - 2] as number] === 1 &&
      HEX[prev] === 1
    );
  }
  return false;
}

/**
 * True when the `m` at `at` ends an ANSI colour code (`ESC[0;31m`, written raw or escaped as
 * `\u001b[`, `\x1b[`, `\033[`, `\e[`): notebook tracebacks colour a key's string this way.
 */
function endsColourCode(data: Buffer, at: number): boolean {
  let i = at - 1;
  const param = (c: number | undefined) => c === 0x3b || (c !== undefined && c >= 0x30 && c <= 0x39);
  while (i >= 0 && at - i < 24 && param(data[i])) i--;
  if (i < 0 || data[i] !== 0x5b /* [ */) return false;
  if (data[i - 1] === 0x1b) return true;
  return /\\(?:u001b|x1b|033|e)$/i.test(data.toString('latin1', Math.max(0, i - 6), i));
}

/** The byte after a key must not continue a token (a backslash escape or `%` does not). */
function boundaryAfter(data: Buffer, end: number): boolean {
  return end >= data.length || !TOKEN[data[end] as number];
}

function passesChecks(rule: Rule, secret: string, data: Buffer, start: number, end: number): boolean {
  let body: string | undefined;
  const getBody = () => {
    if (body === undefined) {
      body = secret.startsWith(rule.redactPrefix) ? secret.slice(rule.redactPrefix.length) : secret;
      for (const keyword of rule.keywordsIgnoreCase ? [] : rule.keywords) body = body.split(keyword).join('');
    }
    return body;
  };
  for (const check of rule.checks) {
    switch (check.kind) {
      case 'entropy':
        if (shannonEntropy(getBody()) < check.min) return false;
        break;
      case 'not-patterned':
        if (isPatterned(getBody())) return false;
        break;
      case 'near': {
        const within = Math.min(check.within, MAX_CONTEXT);
        const text = data.toString('latin1', Math.max(0, start - within), Math.min(data.length, end + within));
        if (!check.pattern.test(text)) return false;
        break;
      }
      case 'label-before': {
        const lineStart = lineStartOf(data, start);
        const from = Math.max(lineStart, start - Math.min(check.within, MAX_CONTEXT));
        if (!check.pattern.test(data.toString('latin1', from, start))) return false;
        break;
      }
      case 'in-file':
        break; // decided per content, see ScanStream.noteContexts
    }
  }
  return true;
}

/** The text satisfying an in-file check in this data, if any. */
function fileContext(hits: KeywordHits, check: Extract<Check, { kind: 'in-file' }>): string | undefined {
  const data = hits.data;
  for (const i of hits.positions(check.keyword, false)) {
    const text = data.toString('latin1', Math.max(0, i - 128), Math.min(data.length, i + 128));
    const m = check.pattern.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/** Offset of the first byte of the line holding `at`. (A negative offset would search from the end.) */
function lineStartOf(data: Buffer, at: number): number {
  return at === 0 ? 0 : data.lastIndexOf(NEWLINE, at - 1) + 1;
}

function countNewlines(data: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = data.indexOf(NEWLINE, from); i >= 0 && i < to; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function utf16Length(data: Buffer, from: number, to: number): number {
  return to > from ? data.toString('utf8', from, to).length : 0;
}
