import type { Literal } from '../literals/literal-search.js';
import type { Rule } from '../types.js';
import { base64Forms, ESCAPES, hexForms, percentAll } from './forms.js';

/** How the content around a trigger is decoded. */
export type DecoderKind = 'base64' | 'percent' | 'escape' | 'html' | 'hex' | 'split';

/** A literal whose presence starts a decoder, found in the scanner's one pass with the keywords. */
export interface Trigger extends Literal {
  decoder: DecoderKind;
  /** base64: where the literal starts inside its 4-character group. */
  phase?: number;
  /** split: the literal starts a key (a prefix), so it opens a string literal: a quote stands before it. */
  opensLiteral?: boolean;
}

/** Every trigger of a rule set, and the literals a file-level prefilter must add for them. */
export interface TriggerSet {
  triggers: Trigger[];
  /** Literals that every content a trigger could fire in holds (a superset of the triggers' texts). */
  prefilter: Literal[];
}

const ALNUM = /^[A-Za-z0-9]$/;
const ALNUM_ONLY = /^[A-Za-z0-9]+$/;

/**
 * The literal start of a rule's keys (`sk-proj-`, `sk-ant-api03-`), when its keys have one: the first
 * part of its shape, or the prefix its redaction keeps.
 */
function leadingLiteral(rule: Rule): string | undefined {
  const first = rule.shape?.[0];
  const prefix = typeof first === 'string' ? first : rule.redactPrefix;
  return prefix.length >= 3 ? prefix : undefined;
}

/**
 * The start of a prefix up to and including its `n`-th punctuation character (`sk-` for n = 1,
 * `sk-ant-` for n = 2), or undefined when it has fewer.
 */
function throughPunctuation(prefix: string, n: number): string | undefined {
  let seen = 0;
  for (let i = 0; i < prefix.length; i++) {
    if (ALNUM.test(prefix[i] as string)) continue;
    if (++seen === n) return prefix.slice(0, i + 1);
  }
  return undefined;
}

/**
 * The decoding triggers of a rule set, derived from the rules so that every rule (custom ones and
 * new providers included) is covered:
 * - base64: the forms of each key family's first segment (`sk-` → `c2st`, `NrL`, `zay`) at the three
 *   alignments: a key's encoding holds one of them wherever the key stands in the encoded text.
 * - percent, `\u`/`\x` escapes, HTML entities: the escaped forms of the punctuation in those segments
 *   (`%2D`, `\u002d`, `&#45;`): what an encoder must write for a key that holds it.
 * - hex: the hex of each first segment.
 * - split literals: the first segments themselves (a split key's first fragment starts with one), or
 *   for keys with no literal start, their keywords (one fragment holds it).
 */
export function deriveTriggers(rules: readonly Rule[]): TriggerSet {
  const triggers = new Map<string, Trigger>();
  const add = (t: Trigger) => {
    const id = `${t.ignoreCase}:${t.ignoreCase ? t.text.toLowerCase() : t.text}`;
    if (!triggers.has(id)) triggers.set(id, t);
  };
  const stems: string[] = [];
  for (const rule of rules) {
    const prefix = leadingLiteral(rule);
    const segment = prefix && (throughPunctuation(prefix, 1) ?? prefix);
    if (prefix && segment) {
      for (const form of base64Forms(segment))
        add({ text: form.text, ignoreCase: false, decoder: 'base64', phase: form.phase });
      add({ text: hexForms(segment)[0] as string, ignoreCase: true, decoder: 'hex' });
      add({ text: segment, ignoreCase: false, decoder: 'split', opensLiteral: true });
      // Every character percent-encoded (`%41%49%7A%61…`): needed only for a segment with no
      // punctuation, which has no other percent trigger (`%2D` finds `%73%6B%2D…` too).
      if (ALNUM_ONLY.test(segment)) add({ text: percentAll(segment), ignoreCase: true, decoder: 'percent' });
      for (const ch of new Set(segment.replace(/[A-Za-z0-9]/g, ''))) {
        const code = ch.charCodeAt(0);
        add({ text: ESCAPES.percent!(code), ignoreCase: true, decoder: 'percent' });
        // `\u002d` is in double-escaped text (`\\u002d`) too; a backslash makes a rare, fast literal.
        add({ text: ESCAPES.unicode!(code), ignoreCase: true, decoder: 'escape' });
        add({ text: ESCAPES.hexEscape!(code), ignoreCase: true, decoder: 'escape' });
        // Without the `&`: `&amp;#45;` (escaped twice) holds `#45;` too.
        add({ text: ESCAPES.htmlDecimal!(code).slice(1), ignoreCase: false, decoder: 'html' });
        add({ text: ESCAPES.htmlHex!(code).slice(1), ignoreCase: true, decoder: 'html' });
      }
      // A split key's first fragment starts with the segment (`"sk-" + …`, `"sk-ant-" + "api03-…"`): it
      // finds every chain. For the prefilter, the stem of a longer prefix replaces the keywords that
      // start with it, which a split there would break (`sk-ant-` for `sk-ant-api03-`).
      const stem = throughPunctuation(prefix, 2);
      if (stem && rule.keywords.some((k) => k.startsWith(stem) && k !== stem)) stems.push(stem);
    } else {
      // Keys with no literal start: a chain is found from the fragment that holds the keyword. A
      // keyword inside the key (Azure AI's `JQQJ9` at character 52) is in its base64 at one of three
      // alignments and in its hex whatever its place: the decoders read outwards from it.
      for (const keyword of rule.keywordsIgnoreCase ? [] : rule.keywords) {
        add({ text: keyword, ignoreCase: false, decoder: 'split' });
        if (keyword.length < 4) continue;
        for (const form of base64Forms(keyword))
          add({ text: form.text, ignoreCase: false, decoder: 'base64', phase: form.phase });
        add({ text: hexForms(keyword)[0] as string, ignoreCase: true, decoder: 'hex' });
        add({ text: percentAll(keyword), ignoreCase: true, decoder: 'percent' });
      }
    }
  }
  const list = [...triggers.values()];
  // The prefilter needs the decoders' triggers, not the split ones: a split key's fragments hold a
  // rule keyword (already required), or a stem that replaces the keywords that start with it.
  const prefilter: Literal[] = list
    .filter((t) => t.decoder !== 'split')
    .map((t) => ({ text: t.text, ignoreCase: t.ignoreCase }));
  for (const stem of stems) prefilter.push({ text: stem, ignoreCase: false });
  return { triggers: list, prefilter };
}

/**
 * The fewest literals that a content holding any of `literals` holds one of: a literal that
 * contains another one is dropped (the shorter one finds every file the longer one would). Fewer
 * literals make the file prefilter faster: its false candidates grow with their number.
 */
export function minimalLiterals(literals: readonly Literal[]): Literal[] {
  const lower = literals.map((l) => l.text.toLowerCase());
  // `a` covers `b` when every content holding `b` holds `a`.
  const covers = (a: number, b: number) => {
    const la = literals[a] as Literal;
    const lb = literals[b] as Literal;
    return la.ignoreCase
      ? (lower[b] as string).includes(lower[a] as string)
      : !lb.ignoreCase && lb.text.includes(la.text);
  };
  return literals.filter(
    (lit, i) =>
      !literals.some((other, j) => {
        if (j === i || other.text.length > lit.text.length || !covers(j, i)) return false;
        if (other.text.length !== lit.text.length) return true;
        // Equal texts: the case-insensitive one stays, or else the first.
        return other.ignoreCase !== lit.ignoreCase ? other.ignoreCase : j < i;
      }),
  );
}
