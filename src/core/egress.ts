import { base64Forms, escapedForms, hexForms } from './decode/forms.js';
import { LiteralSearch } from './literals/literal-search.js';
import { redact } from './redact.js';
import { Scanner } from './scanner.js';
import type { Rule } from './types.js';

/**
 * What leaves the process. Every string skguard prints or writes — reports in every format, notes,
 * error messages, progress, the Action's log, annotations, comments, summaries — goes through a
 * `Redactor` last, so that a key never leaves whole, wherever it came from: a file's content (the
 * findings), a file or folder name, a commit author, a command-line argument, a config value, or a
 * provider's echo. Findings are redacted where they are made; this is the net under everything else.
 */
export class Redactor {
  private scanner: Scanner | undefined;
  /**
   * Keys this run found (any rule, context-bound ones included) and their encoded forms (base64,
   * percent, escapes, hex: printing a key's base64 prints the key): replaced wherever they appear.
   */
  private readonly known = new Map<string, string>();
  /** Known texts by their first `HEAD` characters, rebuilt after `learn`. */
  private byHead: Map<string, string[]> | undefined;

  /**
   * `rules`: the shapes to look for in text that is not a scanned file. Only rules whose keywords
   * are exact literals take part (a key's own signature, such as `sk-ant-api03-` or `T3BlbkFJ`), and
   * without their context checks: a path or an author name has no surrounding file. Rules that are
   * bare shapes recognised only by context (32 hex digits beside an Azure endpoint) would redact
   * every digest and fingerprint, so they are covered by `learn` instead.
   */
  constructor(private readonly rules: readonly Rule[]) {}

  /** Built on first use: a clean commit prints nothing, and the hook's start-up does not pay for it. */
  private shapes(): Scanner {
    this.scanner ??= new Scanner(
      this.rules
        .filter((r) => !r.keywordsIgnoreCase)
        .map((r) => ({ ...r, checks: r.checks.filter((c) => c.kind === 'entropy' || c.kind === 'not-patterned') })),
    );
    return this.scanner;
  }

  /** A key this run found: it (or any encoded form of it) is replaced by a redacted form wherever it appears in output. */
  learn(secret: string, redactPrefix: string): void {
    if (secret.length < 8 || this.known.has(secret)) return;
    this.known.set(secret, redact(secret, redactPrefix));
    for (const form of encodedForms(secret)) if (!this.known.has(form)) this.known.set(form, redact(form, ''));
    this.byHead = undefined;
  }

  /**
   * Where known texts occur. Thousands of them (a run's keys, each in its encoded forms) are looked
   * up position by position by their first characters: one pass, however many there are.
   */
  private knownIn(text: string): Span[] {
    if (!this.byHead) {
      this.byHead = new Map();
      for (const known of this.known.keys()) {
        const head = known.slice(0, HEAD);
        const list = this.byHead.get(head);
        if (list) list.push(known);
        else this.byHead.set(head, [known]);
      }
    }
    const spans: Span[] = [];
    for (let i = 0; i + HEAD <= text.length; i++) {
      const candidates = this.byHead.get(text.slice(i, i + HEAD));
      if (!candidates) continue;
      for (const known of candidates) {
        if (text.startsWith(known, i))
          spans.push({ start: i, end: i + known.length, redacted: this.known.get(known) as string });
      }
    }
    return spans;
  }

  /** The text with every key in it redacted; zero-width characters cannot hide a key's letters from it. */
  scrub(text: string): string {
    if (text.length < 8) return text;
    const view = invisibleFree(text);
    const data = Buffer.from(view.text, 'latin1');
    const spans: Span[] = [];
    if (this.known.size > 0) {
      spans.push(...this.knownIn(view.text));
    }
    // Keys (and encoded keys) of a known shape: replaced wherever they occur, not only where matched
    // (the same key glued to a word elsewhere in the text is still the key).
    const found = new Map<string, string>();
    for (const match of this.shapes().scan(data)) {
      const form = match.encoding ? view.text.slice(match.start, match.end) : match.secret;
      if (!this.known.has(form)) found.set(form, redact(match.secret, match.encoding ? '' : match.rule.redactPrefix));
    }
    if (found.size > 0) {
      const search = new LiteralSearch(
        [...found.keys()].map((t) => ({ text: t, ignoreCase: false })),
        { kernel: false },
      );
      spans.push(...occurrences(search, data, found));
    }
    if (spans.length === 0) return text;
    // In order; where spans overlap (a key inside an encoded form), the region is replaced whole.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    let out = '';
    let at = 0;
    for (const span of spans) {
      if (span.end <= at) continue;
      if (span.start >= at) out += text.slice(view.origin(at), view.origin(span.start));
      out += span.redacted;
      at = span.end;
    }
    return out + text.slice(view.origin(at));
  }
}

/** Known texts are at least this long: the characters a position is looked up by. */
const HEAD = 8;

interface Span {
  start: number;
  end: number;
  redacted: string;
}

function occurrences(search: LiteralSearch, data: Buffer, redacted: ReadonlyMap<string, string>): Span[] {
  const hits = search.in(data);
  const spans: Span[] = [];
  for (const [id, lit] of search.literals.entries()) {
    for (const at of hits.positions(id)) {
      spans.push({ start: at, end: at + lit.text.length, redacted: redacted.get(lit.text) as string });
    }
  }
  return spans;
}

/**
 * What a key looks like once encoded: base64 (whole, and the part a key alone decides wherever it
 * stands in a longer encoded text), percent-encoding and escapes, hex.
 */
function encodedForms(secret: string): string[] {
  return [
    ...base64Forms(secret, 16).map((f) => f.text),
    ...base64Forms(secret, 16).map((f) => f.text.replace(/=+$/, '')),
    ...escapedForms(secret),
    ...hexForms(secret),
  ];
}

/**
 * Characters that render as nothing: zero-width spaces and joiners, word joiners, the byte-order mark,
 * soft hyphens, bidi marks. A provider's answer or a file name can put them between a key's letters.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: invisible characters are what this class is for
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

const BEYOND_LATIN1 = /[\u0100-\uffff]/g;

/**
 * The text without invisible characters, and a map from its offsets back to the original's. Other
 * characters beyond latin1 become `?` in the view so that the scanner's byte offsets stay string
 * offsets (keys are ASCII: nothing is lost).
 */
function invisibleFree(text: string): { text: string; origin: (i: number) => number } {
  const plain = text.replace(BEYOND_LATIN1, (c) => (INVISIBLE.test(c) ? c : '?'));
  if (!INVISIBLE.test(plain)) return { text: plain, origin: (i) => i };
  const kept: number[] = [];
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i] as string;
    if (INVISIBLE.test(c)) continue;
    kept.push(i);
    out += c;
  }
  kept.push(plain.length);
  return { text: out, origin: (i) => kept[i] ?? plain.length };
}

/**
 * Text from the input made safe for a terminal: control characters (escape sequences, carriage
 * returns that redraw a line, bells), DEL, C1 controls and bidi overrides (which reorder what a
 * reader sees) are shown as `\xNN` / `\u{NNNN}` instead of acting. Newlines are kept only when
 * `lines` is true (a multi-line message); a file name never breaks a line.
 */
export function printable(text: string, lines = false): string {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
    /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => {
      if (lines && c === '\n') return c;
      const code = c.charCodeAt(0);
      return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    },
  );
}
