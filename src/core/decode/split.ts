import { TOKEN_BYTES } from '../bytes.js';

/**
 * Split keys: string literals joined in code — `"sk-proj-" + "…"` (JS, TS, Python, Java, C#, Go…, on
 * one line or across lines), Python's implicit concatenation inside parentheses, adjacent literals
 * (`"a" "b"`), a backslash line continuation. Only literals made of key characters take part, so a
 * lookalike prefix joined to words (`"sk-" + "learn"`) yields a string the rules reject.
 */

const QUOTES = new Set([0x22, 0x27, 0x60]);
/** Letters that may stand before a quote as a string prefix: Python's `f"…"`, `r'…'`, `b"…"`, `u"…"`. */
const STRING_PREFIX = new Set([...'rRbBuUfF'].map((c) => c.charCodeAt(0)));
const MAX_FRAGMENT = 512;
const MAX_FRAGMENTS = 24;
/** Longest joined text considered (a key is at most 512 characters). */
const MAX_JOINED = 1024;
/** How far back an unclosed `(` is looked for. */
const PAREN_LOOKBACK = 512;
const NL = 0x0a;
const CR = 0x0d;
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09;
const isBlank = (c: number | undefined) => isSpace(c) || c === NL || c === CR;

/** A chain of joined literals: where its first fragment's text starts, its last one's ends, the text. */
export interface Chain {
  start: number;
  end: number;
  joined: Buffer;
}

interface Fragment {
  /** The opening and closing quote's offsets. */
  open: number;
  close: number;
}

/** The fragments and joins of one content, looked at within [lo, hi) (the decoder's reach). */
class Walker {
  constructor(
    private readonly data: Buffer,
    private readonly lo: number,
    private readonly hi: number,
  ) {}

  private at(i: number): number | undefined {
    return i >= this.lo && i < this.hi ? this.data[i] : undefined;
  }

  /** The literal holding `at` (its text made of key characters only), if any. */
  fragmentAround(at: number): Fragment | undefined {
    let s = at;
    while (s > this.lo && at - s < MAX_FRAGMENT && TOKEN_BYTES[this.at(s - 1) as number]) s--;
    const quote = this.at(s - 1);
    if (quote === undefined || !QUOTES.has(quote)) return undefined;
    let e = at;
    while (e < this.hi && e - at < MAX_FRAGMENT && TOKEN_BYTES[this.at(e) as number]) e++;
    return this.at(e) === quote ? { open: s - 1, close: e } : undefined;
  }

  /** A literal opening at `open` (a quote), closed on the same line, made of key characters. */
  fragmentAt(open: number): Fragment | undefined {
    const quote = this.at(open);
    if (quote === undefined || !QUOTES.has(quote)) return undefined;
    let e = open + 1;
    while (e < this.hi && e - open <= MAX_FRAGMENT && TOKEN_BYTES[this.at(e) as number]) e++;
    return this.at(e) === quote ? { open, close: e } : undefined;
  }

  /** A literal closing at `close` (a quote), opened on the same line, made of key characters. */
  fragmentEndingAt(close: number): Fragment | undefined {
    const quote = this.at(close);
    if (quote === undefined || !QUOTES.has(quote)) return undefined;
    let s = close;
    while (s > this.lo && close - s <= MAX_FRAGMENT && TOKEN_BYTES[this.at(s - 1) as number]) s--;
    return this.at(s - 1) === quote ? { open: s - 1, close } : undefined;
  }

  /** Skips blanks, newlines and line comments (`// …`, `# …`) forward. */
  skipForward(i: number): { at: number; newline: boolean } {
    let newline = false;
    for (;;) {
      while (i < this.hi && isBlank(this.at(i))) {
        if (this.at(i) === NL) newline = true;
        i++;
      }
      const c = this.at(i);
      if (!(c === 0x23 || (c === 0x2f && this.at(i + 1) === 0x2f))) return { at: i, newline };
      while (i < this.hi && this.at(i) !== NL) i++;
    }
  }

  /**
   * The next fragment after one closing at `close`, when the two are joined: by `+`, a backslash
   * continuation, adjacency on the line, or (inside parentheses) a newline.
   */
  next(close: number, inParens: boolean): Fragment | undefined {
    let i = close + 1;
    while (isSpace(this.at(i))) i++;
    let joined = false;
    const c = this.at(i);
    if (c === 0x2b /* + */) {
      joined = true;
      i++;
    } else if (c === 0x5c /* \ */ && (this.at(i + 1) === NL || (this.at(i + 1) === CR && this.at(i + 2) === NL))) {
      joined = true;
      i++;
    }
    const skipped = this.skipForward(i);
    i = skipped.at;
    if (!joined && this.at(i) === 0x2b) {
      // `"a"\n  + "b"`: the operator leads the next line.
      joined = true;
      i = this.skipForward(i + 1).at;
    }
    if (!joined && skipped.newline && !inParens) return undefined;
    while (STRING_PREFIX.has(this.at(i) as number) && i - close < 64) i++;
    return this.fragmentAt(i);
  }

  /** The fragment before one opening at `open`, when the two are joined (the same forms, backwards). */
  previous(open: number, inParens: boolean): Fragment | undefined {
    let i = open;
    while (STRING_PREFIX.has(this.at(i - 1) as number) && open - i < 2) i--;
    let joined = false;
    let newline = false;
    const back = () => {
      while (i > this.lo && isBlank(this.at(i - 1))) {
        if (this.at(i - 1) === NL) newline = true;
        i--;
      }
    };
    back();
    if (this.at(i - 1) === 0x2b) {
      joined = true;
      i--;
      back();
    } else if (newline && this.at(i - 1) === 0x5c) {
      joined = true;
      i--;
      back();
    }
    if (!joined && newline && !inParens) return undefined;
    return this.fragmentEndingAt(i - 1);
  }

  /** True when an unclosed `(` stands before `at` in the same statement (Python's implicit joins). */
  insideParens(at: number): boolean {
    let depth = 0;
    for (let i = at - 1; i >= this.lo && at - i <= PAREN_LOOKBACK; i--) {
      const c = this.at(i);
      if (c === 0x29) depth++;
      else if (c === 0x28) {
        if (depth === 0) return true;
        depth--;
      } else if (c === 0x3b || c === 0x7b || c === 0x7d) return false;
    }
    return false;
  }
}

/**
 * The chain of joined literals holding `at`, looked for within [lo, hi) of `data`: its first
 * fragment is found walking back, then the chain is read forward from it. `skipTo` says how far the
 * chain reaches even when it is no key (one fragment, or longer than any key): keywords before it
 * need no second look.
 */
export function chainAt(data: Buffer, at: number, lo = 0, hi = data.length): { chain?: Chain; skipTo: number } {
  const walk = new Walker(data, lo, hi);
  const holding = walk.fragmentAround(at);
  if (!holding) return { skipTo: at + 1 };
  const inParens = walk.insideParens(holding.open);
  let first = holding;
  for (let n = 0, f = walk.previous(first.open, inParens); f && n < MAX_FRAGMENTS; n++) {
    first = f;
    f = walk.previous(f.open, inParens);
  }
  const fragments: Fragment[] = [first];
  let length = first.close - first.open - 1;
  let last = first;
  for (let f = walk.next(first.close, inParens); f; f = walk.next(f.close, inParens)) {
    last = f;
    length += f.close - f.open - 1;
    if (length > MAX_JOINED || fragments.length >= MAX_FRAGMENTS) return { skipTo: chainEnd(walk, f, inParens) };
    fragments.push(f);
  }
  if (fragments.length < 2) return { skipTo: last.close };
  return {
    chain: {
      start: first.open + 1,
      end: last.close,
      joined: Buffer.concat(fragments.map((f) => data.subarray(f.open + 1, f.close))),
    },
    skipTo: last.close,
  };
}

/** Where an over-long chain ends (bounded by the walker's reach). */
function chainEnd(walk: Walker, from: Fragment, inParens: boolean): number {
  let end = from.close;
  for (let f = walk.next(from.close, inParens); f; f = walk.next(f.close, inParens)) end = f.close;
  return end;
}
