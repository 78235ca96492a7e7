import { byteClass, TOKEN_BYTES } from '../bytes.js';
import type { Literal, LiteralSearch } from '../literals/literal-search.js';
import type { Match, Rule } from '../types.js';
import { type Decoded, decodeBase64, decodeEscapes, decodeHex, decodeHtml, decodePercent, REACH } from './spans.js';
import { chainAt } from './split.js';
import { type DecoderKind, deriveTriggers, type Trigger } from './triggers.js';

/** How many decodings deep a key is still looked for (`base64>split`, `html>escape>escape`). */
export const MAX_DEPTH = 3;
/** Bytes of the surrounding content kept on either side of decoded text: what a rule's checks look at. */
const CONTEXT = 1024;
/** A base64 trigger this far inside a window already decoded is in that window's decoded text. */
const KEY_ROOM = 720;

/** Where a decoder may look: the content, and which part of it this pass decides. */
export interface DecodeView {
  data: Buffer;
  /** Offset of `data[0]` in the whole content (a stream's pushes share one `DecodeState`). */
  base: number;
  /** Triggers are handled where they start in [from, to); `data` holds `REACH` + context beyond both. */
  from: number;
  to: number;
  /** The positions of a literal of the search (by id) in `data`. */
  positions: (id: number) => number[];
}

/**
 * Per decoder, how far (in the whole content) the encoded forms already decoded reach: a trigger
 * inside one is skipped. Kept across a stream's pushes, so that chunked content decodes as whole
 * content does, and adversarial content (a megabyte of triggers) stays linear.
 */
export type DecodeState = Map<DecoderKind, number>;

/** Scans derived content one level deeper, decoding only within `region` of it. */
export type ScanDerived = (content: Buffer, depth: number, region: [number, number]) => Match[];

const QUOTE = byteClass('"\'`');

/**
 * Decoding inside the scanner's pass: the triggers of a rule set, found by the same one-pass literal
 * search as the keywords. Where a trigger stands, the encoded form around it is decoded and the
 * decoded text — between the content that surrounds the encoded form, so that a rule's context
 * checks still see its label — is scanned by the same scanner, recursively to `MAX_DEPTH`. A key found
 * so is reported where its encoded form starts, with how it was encoded.
 */
export class Decoding {
  readonly triggers: readonly Trigger[];
  /** Literals a file-level prefilter must add so that no file a trigger could fire in is passed over. */
  readonly prefilter: readonly Literal[];
  private ids: number[] = [];

  constructor(rules: readonly Rule[]) {
    const set = deriveTriggers(rules);
    this.triggers = set.triggers;
    this.prefilter = set.prefilter;
  }

  /** Learns each trigger's id in the scanner's literal search (which was given `triggers`). */
  bind(search: LiteralSearch): void {
    this.ids = this.triggers.map((t) => search.idOf(t.text, t.ignoreCase));
  }

  /**
   * Keys in the encoded forms whose triggers start in the view's decided part. Offsets of the
   * returned matches are `data`'s, spanning the encoded form; line and column are left to the caller.
   */
  derive(view: DecodeView, depth: number, scan: ScanDerived, covered: DecodeState): Match[] {
    const found: Match[] = [];
    const { data, from, to, base } = view;
    const work: { at: number; trigger: Trigger }[] = [];
    // Hot: runs on every content with a trigger's literal (a source tree's `sk-` CSS classes included).
    for (let i = 0; i < this.triggers.length; i++) {
      const trigger = this.triggers[i] as Trigger;
      const positions = view.positions(this.ids[i] as number);
      const opens = trigger.opensLiteral === true;
      for (let k = 0; k < positions.length; k++) {
        const at = positions[k] as number;
        if (at < from || at >= to) continue;
        // A key's prefix in a literal follows its opening quote, and the literal holds nothing but key
        // characters: elsewhere (`class="sk-a sk-b"`) it splits nothing.
        if (opens && !wholeLiteral(data, at)) continue;
        work.push({ at, trigger });
      }
    }
    if (work.length === 0) return found;
    work.sort((a, b) => a.at - b.at);
    for (const { at, trigger } of work) {
      const kind = resolveKind(data, at, trigger);
      if (kind === undefined) continue;
      if (base + at < (covered.get(kind) ?? -1)) continue;
      if (kind === 'split') {
        const { chain, skipTo } = chainAt(data, at, Math.max(0, at - REACH), Math.min(data.length, at + REACH));
        covered.set(kind, base + skipTo);
        if (chain)
          found.push(
            ...this.scanDecoded(data, { start: chain.start, end: chain.end, bytes: chain.joined }, kind, depth, scan),
          );
        continue;
      }
      const decoded = decodeAt(data, at, kind, trigger);
      if (!decoded) continue;
      covered.set(kind, base + (kind === 'base64' ? decoded.end - KEY_ROOM : decoded.end));
      if (decoded.bytes.length === 0 || decoded.bytes.equals(data.subarray(decoded.start, decoded.end))) continue;
      found.push(...this.scanDecoded(data, decoded, kind, depth, scan));
    }
    return found;
  }

  private scanDecoded(data: Buffer, decoded: Decoded, kind: DecoderKind, depth: number, scan: ScanDerived): Match[] {
    const before = data.subarray(Math.max(0, decoded.start - CONTEXT), decoded.start);
    const after = data.subarray(decoded.end, Math.min(data.length, decoded.end + CONTEXT));
    // A separator where the decoded text would otherwise run into a word (the rules check boundaries).
    const lead = before.length > 0 && TOKEN_BYTES[before[before.length - 1] as number] ? SPACE : EMPTY;
    const trail = after.length > 0 && TOKEN_BYTES[after[0] as number] ? SPACE : EMPTY;
    const content = Buffer.concat([before, lead, decoded.bytes, trail, after]);
    const inner0 = before.length + lead.length;
    const inner1 = inner0 + decoded.bytes.length;
    const out: Match[] = [];
    for (const m of scan(content, depth + 1, [inner0, inner1])) {
      // Only keys inside the decoded text: the context around it is the outer content's, scanned there.
      if (m.start < inner0 || m.end > inner1) continue;
      const match: Match = {
        ...m,
        start: decoded.start,
        end: decoded.end,
        encoding: m.encoding ? `${kind}>${m.encoding}` : kind,
      };
      out.push(match);
    }
    return out;
  }
}

const SPACE = Buffer.from(' ');
const EMPTY = Buffer.alloc(0);

/** True when a quote opens right before `at` and the same quote closes the key characters from `at` on. */
function wholeLiteral(data: Buffer, at: number): boolean {
  const quote = data[at - 1] as number;
  if (QUOTE[quote] !== 1) return false;
  let e = at;
  while (e < data.length && e - at < 512 && TOKEN_BYTES[data[e] as number] === 1) e++;
  return data[e] === quote;
}

/** An HTML reference starts with `&` (or, escaped twice, `&amp;`): `#45;` elsewhere is no entity. */
function resolveKind(data: Buffer, at: number, trigger: Trigger): DecoderKind | undefined {
  if (trigger.decoder === 'html') return data[at - 1] === 0x26 || data[at - 1] === 0x3b ? 'html' : undefined;
  return trigger.decoder;
}

function decodeAt(data: Buffer, at: number, kind: DecoderKind, trigger: Trigger): Decoded | undefined {
  switch (kind) {
    case 'base64':
      return decodeBase64(data, at, trigger.phase ?? 0);
    case 'percent':
      return decodePercent(data, at);
    case 'escape':
      return decodeEscapes(data, at);
    case 'html':
      return decodeHtml(data, at);
    case 'hex':
      return decodeHex(data, at);
    case 'split':
      return undefined; // see derive
  }
}
