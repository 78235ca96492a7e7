import { labelBefore, labelNames, type PreparedAttribution, prepare, spellings } from './attribution.js';
import { HEX_BYTES, TOKEN_BYTES } from './bytes.js';
import { checksumHolds } from './checksum.js';
import { type DecodeState, Decoding, MAX_DEPTH, type ScanDerived } from './decode/decoding.js';
import { REACH } from './decode/spans.js';
import { minimalLiterals } from './decode/triggers.js';
import { isPatterned, shannonEntropy } from './entropy.js';
import { type Literal, type LiteralHits, LiteralSearch } from './literals/literal-search.js';
import type { Attribution, Check, Match, Rule } from './types.js';

type ContextEntry = Attribution['context'][number];
/** Bytes each side of a context keyword its pattern is tested in. */
const CONTEXT_WINDOW = 128;
/** Context positions kept per entry: enough for "nearest", bounded for hostile files. */
const MAX_CONTEXT_POSITIONS = 10_000;

/**
 * Key-shaped strings of shared shapes with no provider named on their line, held per content until
 * its end decides their provider: beyond this many (about 30 MB), the rest are counted, not kept.
 * A content holding more is a dump of hashes or an attack, not a config with a key.
 */
const MAX_UNLABELLED = 100_000;

/** Contents larger than this are scanned in pieces of SCAN_PIECE bytes (see Scanner.scan). */
const WHOLE_SCAN = 4 * 1024 * 1024;
const SCAN_PIECE = 1024 * 1024;

/** Bytes a scanner searches literal by literal before it builds the kernel (a commit's few files). */
const KERNEL_AFTER = 256 * 1024;

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
  /** @internal What each rule's scan needs, worked out once (not per content). */
  readonly plans: readonly RulePlan[];
  /** @internal */ readonly attributions = new Map<Rule, PreparedAttribution>();
  /** @internal */ readonly contextEntries: { entry: ContextEntry; spelt: string[] }[];
  /**
   * Literals the scan looks up besides the rules' keywords and in-file keywords: the names that
   * attribute shared shapes (gates and contexts). A multi-literal prefilter must search these too.
   */
  readonly attributionLookups: readonly string[];
  /** Keys in encoded forms and split literals (see src/core/decode); absent with `decode: false`. */
  /** @internal */ readonly decoding: Decoding | undefined;

  constructor(rules: readonly Rule[], options: { decode?: boolean } = {}) {
    this.rules = rules;
    for (const rule of rules) {
      const prepared = prepare(rule);
      if (prepared) this.attributions.set(rule, prepared);
    }
    const entries = [...new Set([...this.attributions.values()].flatMap((p) => p.attribution.context))];
    this.contextEntries = entries.map((entry) => ({ entry, spelt: spellings(entry.keyword) }));
    this.attributionLookups = [
      ...new Set([
        ...[...this.attributions.values()].flatMap((p) => p.literals),
        ...this.contextEntries.flatMap((e) => e.spelt),
      ]),
    ];
    for (const [i, rule] of rules.entries()) this.priority.set(rule, i);
    this.plans = withScreens(rules.map((rule) => planOf(rule, this.attributions.get(rule))));
    this.inFileChecks = [...new Set(rules.flatMap((r) => r.checks.filter(isInFile)))];
    this.decoding = options.decode === false ? undefined : new Decoding(rules);
    this.keywords = keywordSearch(rules, this.attributionLookups, this.decoding?.triggers ?? []);
    this.decoding?.bind(this.keywords);
  }

  /**
   * Finds every key in a whole content. A large one is scanned as a stream of pieces (the same
   * findings): what a scan keeps per keyword hit then grows with the piece, not with the content.
   */
  scan(content: Buffer): Match[] {
    return this.scanCounting(content).matches;
  }

  /** `scan`, and how many key-shaped strings were not kept (see MAX_UNLABELLED). */
  scanCounting(content: Buffer): { matches: Match[]; unkept: number } {
    const stream = this.pieces(content, 0);
    return { matches: stream.end(), unkept: stream.unkept };
  }

  /**
   * @internal A whole content `depth` decodings deep, decoding only what stands in `region` (the
   * decoded text: the context around it is the outer content's, decoded there).
   */
  scanAt(content: Buffer, depth: number, region?: [number, number]): Match[] {
    return this.pieces(content, depth, region).end();
  }

  /** A whole content pushed into a stream: at once, or in pieces when it is large. */
  private pieces(content: Buffer, depth: number, region?: [number, number]): ScanStream {
    const stream = new ScanStream(this, depth, region);
    if (content.length <= WHOLE_SCAN) stream.push(content, true);
    else {
      for (let at = 0; at < content.length; at += SCAN_PIECE) {
        stream.push(content.subarray(at, at + SCAN_PIECE), at + SCAN_PIECE >= content.length);
      }
    }
    return stream;
  }

  /** A scan of content that arrives in chunks (a huge file, stdin); memory stays bounded. */
  stream(): ScanStream {
    return new ScanStream(this, 0);
  }

  /**
   * Literals such that content containing none of them cannot yield a finding: what a file
   * prefilter (src/sources/probe.ts) may search for without losing anything.
   */
  requiredLiterals(): RequiredLiteral[] {
    const out = new Map<string, RequiredLiteral>();
    for (const rule of this.rules) {
      const attributed = this.attributions.get(rule);
      if (attributed) {
        // A label or a context must name the provider: one of its words is in the content. Given
        // case-insensitively, one literal stands for every spelling: fewer literals make fewer
        // false candidates for a prefilter.
        const a = attributed.attribution;
        const words = [...a.labelWords, ...(a.labels ?? []), ...a.context.map((c) => c.keyword)].map((w) =>
          w.toLowerCase(),
        );
        for (const text of words.filter((w) => !words.some((other) => other !== w && w.includes(other))))
          out.set(`true:${text}`, { text, ignoreCase: true });
        continue;
      }
      // The most selective literal a match needs: its file context, a nearby mention, or a keyword.
      const gate = rule.checks.find(isRequiredInFile);
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
  /** For shared shapes: this match's rule and the others of its group that matched the same span. */
  alternatives?: { rule: Rule; labelled: boolean }[];
}

/** One content's scan in progress. Push chunks in order, then `end()`. */
class ScanStream {
  /**
   * Key-shaped strings of a shared shape, with no provider named on their line, that were not kept
   * because MAX_UNLABELLED of them already wait for the end of the content (see `attribute`).
   */
  unkept = 0;
  private unlabelled = 0;
  private carry: Buffer = Buffer.alloc(0);
  /** Absolute offset of `carry[0]`. */
  private carryOffset = 0;
  /** Newlines before `carry[0]`. */
  private linesBefore = 0;
  /** UTF-16 length of the part of `carry[0]`'s line that lies before it. */
  private columnCarry = 0;
  /** Whether the part of `carry[0]`'s line that lies before it holds the allow marker. */
  private markedBefore = false;
  /** Matches starting before this absolute offset have been decided. */
  private decidedTo = 0;
  private readonly found: Candidate[] = [];
  /** In-file checks satisfied so far, with the text that satisfied each. */
  private readonly seen = new Map<Check, string>();
  /** Absolute offsets where each attribution context (a base URL, an SDK import) occurs. */
  private readonly contextAt = new Map<ContextEntry, number[]>();
  /** Context keywords before this absolute offset have been looked at. */
  private contextFrom = 0;
  /**
   * The last line of the data scanned so far (which the next data continues): where it starts,
   * whether it holds the allow marker, and the matches on it (see settleTail).
   */
  private tail: { start: number; marked: boolean; matches: Match[] } | undefined;
  /** The content, when it came whole (see `push`), with its keyword positions. */
  private whole: { data: Buffer; hits: KeywordHits } | undefined;
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
    // A whole content stays in hand: what only attributes or carries context is looked for at the
    // end, and only if a match needs it. A stream must note it as the chunks pass.
    const hits = new KeywordHits(this.scanner.keywords.in(data), this.scanner.keywords);
    this.noteContexts(hits, whole, last);
    if (whole) this.whole = { data, hits };
    else this.noteAttributionContexts(data, base, last, hits);
    this.settleTail(data, base);
    const pending: Match[] = [];
    if (decideBefore > this.decidedTo) this.scanData(data, base, decideBefore, whole, hits, pending);
    if (!last) this.advanceTail(data, base, pending);
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
      // Whether the line the next data starts in holds the allow marker in what is dropped here.
      const lineFrom = lastNewline + 1;
      const upTo = Math.min(data.length, keepFrom + ALLOW_MARKER.length - 1);
      const seen = upTo - lineFrom >= ALLOW_MARKER.length && data.subarray(lineFrom, upTo).includes(ALLOW_MARKER);
      this.markedBefore = lastNewline >= 0 ? seen : this.markedBefore || seen;
    }
    // Copy: the caller may reuse its chunk buffer.
    this.carry = Buffer.from(data.subarray(keepFrom));
    this.carryOffset = base + keepFrom;
  }

  /** Finishes the scan and returns the matches, in content order. */
  end(): Match[] {
    if (!this.ended) this.push(Buffer.alloc(0), true);
    const whole = this.whole;
    this.whole = undefined;
    if (whole && this.found.some((c) => c.alternatives)) this.noteAttributionContexts(whole.data, 0, true, whole.hits);
    const kept = this.found
      .filter((c) => c.waitingFor.every((check) => this.seen.has(check)))
      .filter((c) => this.attribute(c));
    // The context a kept match carries to the validator (an endpoint, a public key), for the rule it
    // was attributed to: a stream noted it as the chunks passed.
    for (const c of whole ? kept : []) {
      for (const check of c.match.rule.checks) {
        if (check.kind !== 'in-file' || this.seen.has(check)) continue;
        const text = fileContext((whole as { hits: KeywordHits }).hits, check);
        if (text !== undefined) this.seen.set(check, text);
      }
    }
    return kept.map((c) => this.withContext(c.match)).sort((a, b) => a.start - b.start);
  }

  private withContext(match: Match): Match {
    const gates = match.rule.checks.filter(isInFile);
    if (gates.length > 0) match.context = gates.map((g) => this.seen.get(g) ?? '');
    return match;
  }

  /**
   * A shared shape's match goes to the provider its label names, else to the one whose context is
   * nearest; with neither, it is no finding. Decided at the end: a context may come after the key.
   */
  private attribute(c: Candidate): boolean {
    if (!c.alternatives) return true;
    const labelled = c.alternatives.find((a) => a.labelled);
    if (labelled) {
      c.match.rule = labelled.rule;
      return true;
    }
    let best: { rule: Rule; distance: number } | undefined;
    for (const alt of c.alternatives) {
      const prepared = this.scanner.attributions.get(alt.rule);
      for (const entry of prepared?.attribution.context ?? []) {
        for (const at of this.contextAt.get(entry) ?? []) {
          const distance = Math.abs(at - c.match.start);
          if (!best || distance < best.distance) best = { rule: alt.rule, distance };
        }
      }
    }
    if (!best) return false;
    c.match.rule = best.rule;
    return true;
  }

  /** Records where each attribution context occurs; each position is looked at once, with its whole window. */
  private noteAttributionContexts(data: Buffer, base: number, last: boolean, hits: KeywordHits): void {
    const entries = this.scanner.contextEntries;
    if (entries.length === 0) return;
    const from = Math.max(0, this.contextFrom - base);
    const until = last ? data.length : data.length - CONTEXT_WINDOW;
    for (const { entry, spelt } of entries) {
      let positions = this.contextAt.get(entry);
      for (const word of spelt) {
        for (const i of hits.positions(word, false)) {
          if (i < from || i >= until) continue;
          if (positions && positions.length >= MAX_CONTEXT_POSITIONS) break;
          const text = data.toString(
            'latin1',
            Math.max(0, i - CONTEXT_WINDOW),
            Math.min(data.length, i + CONTEXT_WINDOW),
          );
          if (!entry.pattern.test(text)) continue;
          positions ??= [];
          positions.push(base + i);
          this.contextAt.set(entry, positions);
        }
      }
    }
    this.contextFrom = last ? Number.MAX_SAFE_INTEGER : Math.max(this.contextFrom, base + until);
  }

  private noteContexts(hits: KeywordHits, whole: boolean, last: boolean): void {
    for (const check of this.scanner.fileChecks()) {
      if (this.seen.has(check) || (whole && check.optional)) continue;
      const found = fileContext(hits, check, last);
      if (found !== undefined) this.seen.set(check, found);
    }
  }

  /**
   * The last line of the data scanned so far goes on in this data: its allow marker may be here
   * (carried over, the end of what was looked at is here too: a marker across the boundary is
   * whole). Found, it allows the matches already on that line.
   */
  private settleTail(data: Buffer, base: number): void {
    const tail = this.tail;
    if (!tail || tail.marked) return;
    const from = Math.max(0, tail.start - base);
    let end = data.indexOf(NEWLINE, from);
    if (end < 0) end = data.length;
    if (end - from >= ALLOW_MARKER.length && data.subarray(from, end).includes(ALLOW_MARKER)) {
      tail.marked = true;
      for (const match of tail.matches) match.allowed = true;
    }
  }

  /** After a data that is not the last: its last line, which the next data continues. */
  private advanceTail(data: Buffer, base: number, pending: Match[]): void {
    const newline = data.lastIndexOf(NEWLINE);
    // Still the same line (the data carried over may hold the newline it began after).
    if (this.tail && (newline < 0 || this.tail.start === base + newline + 1)) {
      for (const match of pending) this.tail.matches.push(match);
      return;
    }
    const from = newline + 1;
    const marked = data.length - from >= ALLOW_MARKER.length && data.subarray(from).includes(ALLOW_MARKER);
    this.tail = { start: base + from, marked, matches: pending };
  }

  private scanData(
    data: Buffer,
    base: number,
    decideBefore: number,
    whole: boolean,
    hits: KeywordHits,
    pending: Match[],
  ): void {
    const candidates: Candidate[] = [];
    // Per reach: the merged windows, and each window's text, cut once for all the rules sharing it.
    const merged = new Map<string, { windows: [number, number][]; texts: (string | undefined)[] }>();
    let contentText: string | undefined;
    // Keyword positions at a token boundary, per keyword set (the rules of one prefix share them).
    const starts = new Map<string, number[]>();
    const accept = (plan: RulePlan, secret: string, start: number, end: number): boolean => {
      const absolute = base + start;
      if (
        secret.length === 0 ||
        absolute < this.decidedTo ||
        absolute >= decideBefore ||
        !boundaryBefore(data, start) ||
        !boundaryAfter(data, end) ||
        !passesChecks(plan.rule, secret, data, start, end)
      ) {
        return false;
      }
      const { rule, gates, attributed } = plan;
      const labelled =
        attributed !== undefined &&
        labelNames(attributed.attribution, labelBefore(data, start), attributed.labelSpellings);
      if (attributed && !labelled) {
        // Held until the end of the content (a context may come after it): bounded, and said.
        if (this.unlabelled >= MAX_UNLABELLED) {
          this.unkept++;
          return true;
        }
        this.unlabelled++;
      }
      candidates.push({
        match: { rule, secret, start: absolute, end: base + end, line: 0, column: 0, endColumn: 0, allowed: false },
        waitingFor: gates.filter((g) => !this.seen.has(g)),
        ...(attributed ? { alternatives: [{ rule, labelled }] } : {}),
      });
      return true;
    };
    for (const plan of this.scanner.plans) {
      const { rule, gates, attributed, reach, prefixes, anchored } = plan;
      // With the whole content in hand, a rule whose file context is absent cannot match.
      if (whole && gates.some((g) => !this.seen.has(g))) continue;
      // Nor can a shared shape whose provider is named nowhere in it: where the rule's own keyword is
      // case-insensitive (`key` is almost everywhere, and costs a lower-cased copy of the content),
      // its names are looked for first. Other shared shapes have a rarer keyword: attribution at the
      // end decides, which costs less than looking for every name in every content.
      if (
        whole &&
        attributed &&
        rule.keywordsIgnoreCase &&
        !attributed.literals.some((l) => hits.positions(l, false).length > 0)
      )
        continue;
      if (anchored) {
        // Every key starts at a keyword: the pattern is tried there, on the content's one text.
        // After a key, the search goes on past its end (as a search through a window would).
        contentText ??= data.toString('latin1');
        const keywords = rule.keywords.join('\0');
        let positions = starts.get(keywords);
        if (!positions) {
          positions = prefixPositions(rule, hits);
          // Where no rule of these keywords can match, none is tried.
          const screen = plan.screen;
          if (screen) {
            const text = contentText;
            positions = positions.filter((at) => {
              screen.lastIndex = at;
              return screen.test(text);
            });
          }
          starts.set(keywords, positions);
        }
        let from = 0;
        for (const at of positions) {
          if (at < from) continue;
          anchored.lastIndex = at;
          const m = anchored.exec(contentText);
          if (m !== null && accept(plan, m[0], at, at + m[0].length)) from = at + m[0].length;
        }
        continue;
      }
      // Rules of one shared shape have the same keyword and reach: their windows are merged once.
      let shared = merged.get(reach);
      if (!shared) {
        shared = { windows: mergeWindows(rule, hits, prefixes), texts: [] };
        merged.set(reach, shared);
      }
      const { windows, texts } = shared;
      for (const [w, [from, to]] of windows.entries()) {
        let text = texts[w];
        if (text === undefined) {
          text = data.toString('latin1', from, to);
          texts[w] = text;
        }
        const pattern = rule.pattern;
        pattern.lastIndex = 0;
        for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
          const start = from + m.index;
          if (!accept(plan, m[0], start, start + m[0].length)) pattern.lastIndex = m.index + 1;
        }
      }
    }
    const derived = this.derive(data, base, decideBefore, hits, candidates);
    // Located in content order (resolveOverlaps relies on `candidates` being sorted by it too).
    candidates.sort((a, b) => a.match.start - b.match.start);
    this.locate(derived.length > 0 ? [...candidates, ...derived] : candidates, data, base, pending);
    // A loop, not a spread: a piece may hold hundreds of thousands of candidates (a spread of that
    // many arguments overflows the stack).
    for (const c of this.resolveOverlaps(candidates)) this.found.push(c);
    for (const c of derived) this.found.push(c);
  }

  /** Keys in encoded forms and split literals whose triggers this pass decides (see Decoding). */
  private derive(data: Buffer, base: number, decideBefore: number, hits: KeywordHits, plain: Candidate[]): Candidate[] {
    const decoding = this.scanner.decoding;
    if (!decoding || this.depth >= MAX_DEPTH) return [];
    const view = {
      data,
      base,
      from: Math.max(0, this.decidedTo - base, this.region ? this.region[0] - base : 0),
      to: Math.min(decideBefore - base, this.region ? this.region[1] - base : Number.POSITIVE_INFINITY),
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
  /** `pending`: receives the matches on this data's last line when it ends without a newline. */
  private locate(candidates: Candidate[], data: Buffer, base: number, pending: Match[]): void {
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
      if (lineEnd < 0) {
        lineEnd = data.length;
        // The line may go on in the next data, and its allow marker with it (see settleTail).
        pending.push(match);
      }
      // On a line that began before this data: its marker may have come before (see markedBefore).
      const markedBefore = lineStart === 0 && base > 0 && this.markedBefore;
      match.line = line;
      match.column = prefix + 1;
      // An encoded key spans its encoded form (up to the end of its first line).
      const width = match.encoding ? utf16Length(data, start, Math.min(end, lineEnd)) : match.secret.length;
      match.endColumn = prefix + 1 + Math.max(1, width);
      match.allowed =
        match.allowed ||
        markedBefore ||
        (lineEnd - lineStart >= ALLOW_MARKER.length && data.subarray(lineStart, lineEnd).includes(ALLOW_MARKER));
    }
  }

  private resolveOverlaps(sorted: Candidate[]): Candidate[] {
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const last = kept[kept.length - 1];
      // The same span claimed by rules of one shared shape: attribution decides between them, at the end.
      if (
        last?.alternatives &&
        c.alternatives &&
        c.match.start === last.match.start &&
        c.match.end === last.match.end &&
        c.match.rule.attribution?.group === last.match.rule.attribution?.group
      ) {
        for (const alt of c.alternatives) last.alternatives.push(alt);
        continue;
      }
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

/** An in-file check the file must satisfy (an optional one only carries context). */
function isRequiredInFile(check: Check): check is Extract<Check, { kind: 'in-file' }> {
  return check.kind === 'in-file' && check.optional !== true;
}

/**
 * Keyword positions in one piece of content, computed once per keyword and shared by rules. A
 * keyword that extends another (`sk-ant-api03-` extends `sk-`) is found among the shorter one's
 * hits rather than by another pass over the content.
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

/**
 * One search for every literal a scan looks up: the rules' keywords, the literals of their in-file
 * checks, the names that attribute shapes several providers share, and the decoding triggers.
 */
function keywordSearch(
  rules: readonly Rule[],
  attributionLookups: readonly string[],
  triggers: readonly Literal[],
): LiteralSearch {
  return new LiteralSearch(
    [
      ...rules.flatMap((rule) => [
        ...rule.keywords.map((text) => ({ text, ignoreCase: rule.keywordsIgnoreCase === true })),
        ...rule.checks.filter(isInFile).map((check) => ({ text: check.keyword, ignoreCase: false })),
      ]),
      ...attributionLookups.map((text) => ({ text, ignoreCase: false })),
      ...triggers.map(({ text, ignoreCase }) => ({ text, ignoreCase })),
    ],
    { kernelAfter: KERNEL_AFTER },
  );
}

/** What scanning with one rule needs, worked out once per Scanner. */
interface RulePlan {
  rule: Rule;
  /** In-file checks the rule cannot match without. */
  gates: Extract<Check, { kind: 'in-file' }>[];
  attributed: PreparedAttribution | undefined;
  /** Rules with the same keywords and reach share their windows. */
  reach: string;
  /** Keywords every key of the rule starts with. */
  prefixes: ReadonlySet<string>;
  /**
   * When every key starts with one of the keywords: the pattern, matching only where it is
   * started. It runs at each keyword position of the content's text, with no window cut out.
   */
  anchored: RegExp | undefined;
  /**
   * For anchored rules: every anchored pattern of the rules with the same keywords in one sticky
   * alternation. Where it fails, no such rule's pattern can match: content full of keywords that
   * start no key (`task sk-…`) costs one attempt per position, not one per rule.
   */
  screen?: RegExp | undefined;
}

/** Gives anchored plans that share their keywords one screen (when their patterns combine). */
function withScreens(plans: RulePlan[]): RulePlan[] {
  const groups = new Map<string, RulePlan[]>();
  for (const plan of plans) {
    if (!plan.anchored) continue;
    const key = plan.rule.keywords.join('\0');
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  for (const group of groups.values()) {
    const flags = new Set(group.map((p) => (p.anchored as RegExp).flags));
    const sources = [...new Set(group.map((p) => (p.anchored as RegExp).source))];
    let screen: RegExp | undefined;
    if (flags.size === 1 && group.length > 1) {
      try {
        screen = new RegExp(sources.map((source) => `(?:${source})`).join('|'), [...flags][0]);
      } catch {
        screen = undefined; // patterns that do not combine (the same group name twice): tried one by one
      }
    }
    for (const plan of group) plan.screen = screen;
  }
  return plans;
}

function planOf(rule: Rule, attributed: PreparedAttribution | undefined): RulePlan {
  const source = rule.pattern.source;
  const prefixes = new Set(
    rule.keywordsIgnoreCase
      ? []
      : rule.keywords.filter(
          (k) => !hasTopLevelAlternative(source) && source.startsWith(k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')),
        ),
  );
  return {
    rule,
    gates: rule.checks.filter(isRequiredInFile),
    attributed,
    reach: `${rule.keywordsIgnoreCase === true}:${rule.maxLength}:${rule.keywords.join('\0')}:${[...prefixes].join('\0')}`,
    prefixes,
    anchored:
      rule.keywords.length > 0 && prefixes.size === rule.keywords.length
        ? new RegExp(rule.pattern.source, `${rule.pattern.flags.replace(/[gy]/g, '')}y`)
        : undefined,
  };
}

/** True when a pattern's source has a `|` outside any group or class: then no prefix is shared by all keys. */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Where a rule whose keys start with its keywords may have a key: each keyword at a token boundary, in order. */
function prefixPositions(rule: Rule, hits: KeywordHits): number[] {
  const data = hits.data;
  const lists = rule.keywords.map((k) => hits.positions(k, false));
  const all = lists.length === 1 ? (lists[0] as number[]) : [...new Set(lists.flat())].sort((a, b) => a - b);
  return all.filter((at) => boundaryBefore(data, at));
}

/** The stretches of content where a rule's pattern can match: around its keywords, merged. */
function mergeWindows(rule: Rule, hits: KeywordHits, prefixes: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  const data = hits.data;
  for (const keyword of rule.keywords) {
    const positions = hits.positions(keyword, rule.keywordsIgnoreCase === true);
    if (prefixes.has(keyword)) {
      // A key starts with this keyword: it is a key's start only at a token boundary (`task-` is no
      // `sk-`), and the key lies after it.
      for (const at of positions) if (boundaryBefore(data, at)) spans.push([at, at + rule.maxLength]);
    } else {
      for (const at of positions) spans.push([at - rule.maxLength, at + keyword.length + rule.maxLength]);
    }
  }
  if (spans.length === 0) return spans;
  // One keyword's positions come in order already: sorting millions of them is most of the cost on
  // content made of keyword hits.
  if (rule.keywords.length > 1) spans.sort((a, b) => a[0] - b[0]);
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
  if (!TOKEN_BYTES[prev]) return true;
  if (prev === 0x6d && endsColourCode(data, start - 1)) return true;
  if (start >= 2 && data[start - 2] === BACKSLASH) return true;
  if (start >= 3 && data[start - 3] === PERCENT && HEX_BYTES[prev] && HEX_BYTES[data[start - 2] as number]) return true;
  if (start >= 6 && data[start - 6] === BACKSLASH && data[start - 5] === 0x75) {
    return (
      HEX_BYTES[data[start - 4] as number] === 1 &&
      HEX_BYTES[data[start - 3] as number] === 1 &&
      HEX_BYTES[data[start - 2] as number] === 1 &&
      HEX_BYTES[prev] === 1
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
  return end >= data.length || !TOKEN_BYTES[data[end] as number];
}

function passesChecks(rule: Rule, secret: string, data: Buffer, start: number, end: number): boolean {
  let body: string | undefined;
  const getBody = () => {
    if (body === undefined) {
      body = secret.startsWith(rule.redactPrefix) ? secret.slice(rule.redactPrefix.length) : secret;
      for (const keyword of rule.keywordsIgnoreCase ? [] : rule.keywords) {
        if (body.includes(keyword)) body = body.split(keyword).join('');
      }
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
      case 'checksum':
        if (!checksumHolds(check.checksum, secret)) return false;
        break;
      case 'in-file':
        break; // decided per content, see ScanStream.noteContexts
    }
  }
  return true;
}

/** The text satisfying an in-file check in this data, if any. */
function fileContext(
  hits: KeywordHits,
  check: Extract<Check, { kind: 'in-file' }>,
  complete = true,
): string | undefined {
  // The keyword's positions come from the one search for every literal, not a pass of their own.
  const data = hits.data;
  for (const i of hits.positions(check.keyword, false)) {
    const end = Math.min(data.length, i + 128);
    const text = data.toString('latin1', Math.max(0, i - 128), end);
    const m = check.pattern.exec(text);
    // A match running into the end of a chunk may go on in the next (a host cut short): it is
    // taken when the chunk that holds all of it comes.
    if (m && !complete && end === data.length && m.index + m[0].length === text.length) continue;
    if (m) return m.groups?.value ?? m[0];
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

/** UTF-16 units of `data[from..to)` read as UTF-8: its byte count when it is ASCII (most lines, no string made). */
function utf16Length(data: Buffer, from: number, to: number): number {
  if (to <= from) return 0;
  for (let i = from; i < to; i++) if ((data[i] as number) >= 0x80) return data.toString('utf8', from, to).length;
  return to - from;
}
