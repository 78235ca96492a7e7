import { base64Forms, escapedForms, hexForms } from './decode/forms.js';
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
  /** The same texts by their last MIN_KEY characters, for `knownIn`. */
  private readonly byTail = new Map<string, string[]>();

  /**
   * `rules`: the shapes to look for in text that is not a scanned file. Only rules whose keywords
   * are exact literals take part (a key's own signature, such as `sk-ant-api03-` or `T3BlbkFJ`), and
   * without their context checks: a path or an author name has no surrounding file. Rules that are
   * bare shapes recognised only by context (32 hex digits beside an Azure endpoint) would redact
   * every digest and fingerprint, so they are covered by `learn` instead.
   *
   * `onFound`: told of each key `scrub` finds by its shape in text (a path, an author name, a branch)
   * before the redacted text is returned, so that a CI adapter can have the key masked before it
   * prints anything.
   */
  constructor(
    private readonly rules: readonly Rule[],
    private readonly onFound?: (secret: string) => void,
  ) {}

  /** Built on first use: a clean commit prints nothing, and the hook's start-up does not pay for it. */
  private shapes(): Scanner {
    this.scanner ??= new Scanner(
      this.rules
        .filter((r) => !r.keywordsIgnoreCase)
        .map((r) => ({ ...r, checks: r.checks.filter((c) => c.kind === 'entropy' || c.kind === 'not-patterned') })),
    );
    return this.scanner;
  }

  /** A key this run found: it, and each encoded form of it, is replaced by a redacted form wherever it appears in output. */
  learn(secret: string, redactPrefix: string): void {
    if (secret.length < MIN_KEY || this.known.has(secret)) return;
    this.remember(secret, redact(secret, redactPrefix));
    for (const form of encodedForms(secret)) if (!this.known.has(form)) this.remember(form, redact(form, ''));
  }

  private remember(text: string, redacted: string): void {
    this.known.set(text, redacted);
    const tail = text.slice(-MIN_KEY);
    const same = this.byTail.get(tail);
    if (same) same.push(text);
    else this.byTail.set(tail, [text]);
  }

  /** The text with every key in it redacted; zero-width characters cannot hide a key's letters from it. */
  scrub(text: string): string {
    if (text.length < MIN_KEY) return text;
    const view = invisibleFree(text);
    const hits = this.knownIn(view.text);
    // Keys (and encoded keys) of a known shape: replaced wherever they occur, not only where matched
    // (the same key glued to a word elsewhere in the text is still the key).
    const shaped = new Map<string, string>();
    for (const match of this.shapes().scan(Buffer.from(view.text, 'latin1'))) {
      const form = match.encoding ? view.text.slice(match.start, match.end) : match.secret;
      if (form.length < MIN_KEY || this.known.has(form) || shaped.has(form)) continue;
      shaped.set(form, redact(match.secret, match.encoding ? '' : match.rule.redactPrefix));
      this.onFound?.(match.secret);
      if (form !== match.secret) this.onFound?.(form);
      for (let i = view.text.indexOf(form); i >= 0; i = view.text.indexOf(form, i + 1)) {
        hits.push({ index: i, secret: form });
      }
    }
    if (hits.length === 0) return text;
    // Leftmost first, and at one place the longest; where texts overlap (a key inside an encoded
    // form of another), the region is replaced whole.
    hits.sort((a, b) => a.index - b.index || b.secret.length - a.secret.length);
    let out = '';
    let at = 0;
    for (const hit of hits) {
      const end = hit.index + hit.secret.length;
      if (end <= at) continue;
      if (hit.index >= at) out += text.slice(view.origin(at), view.origin(hit.index));
      out += this.known.get(hit.secret) ?? (shaped.get(hit.secret) as string);
      at = end;
    }
    return out + text.slice(view.origin(at));
  }

  /**
   * Every place a learned key or encoded form stands in `text`, in one pass: they are looked up by
   * their last characters (random, so each lookup finds one or none), however many the run found.
   */
  private knownIn(text: string): { index: number; secret: string }[] {
    const hits: { index: number; secret: string }[] = [];
    if (this.byTail.size === 0) return hits;
    for (let end = MIN_KEY; end <= text.length; end++) {
      const keys = this.byTail.get(text.slice(end - MIN_KEY, end));
      if (!keys) continue;
      for (const secret of keys) {
        const index = end - secret.length;
        if (index >= 0 && text.startsWith(secret, index)) hits.push({ index, secret });
      }
    }
    return hits;
  }
}

/** The shortest string taken for a key (shorter ones would redact ordinary words). */
const MIN_KEY = 8;

/**
 * What a key looks like once encoded: base64 (whole, and the part a key alone decides wherever it
 * stands in a longer encoded text), percent-encoding and escapes, hex.
 */
function encodedForms(secret: string): string[] {
  const base64 = base64Forms(secret, 16).map((f) => f.text);
  return [...base64, ...base64.map((f) => f.replace(/=+$/, '')), ...escapedForms(secret), ...hexForms(secret)];
}

/**
 * Characters that render as nothing: zero-width spaces and joiners, word joiners, the byte-order mark,
 * soft hyphens, bidi marks. A provider's answer or a file name can put them between a key's letters.
 */
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
