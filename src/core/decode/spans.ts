import { ALNUM_CHARS, byteClass, HEX_BYTES } from '../bytes.js';

/**
 * Decoders: given a trigger's position in some content, find the encoded form around it and decode
 * it. Each looks at most `REACH` bytes on either side of the trigger (so that a content scanned in
 * chunks decodes exactly as when scanned whole), and decodes only a window around the trigger: a key
 * is short, so a few kilobytes around its encoded start hold it whole, with context.
 */

/** Farthest a decoder looks from its trigger, in bytes, on either side. */
export const REACH = 4096;
/** Base64 characters decoded on either side of a trigger (a key's encoding is far shorter). */
const BASE64_WINDOW = 2048;
/** Shortest encoded run worth decoding: the shortest key, encoded, is longer. */
const MIN_BASE64 = 24;
const MIN_HEX = 40;

/** An encoded form found around a trigger, and what it decodes to. */
export interface Decoded {
  /** Where the encoded form (or the decoded window of a long one) starts and ends in the content. */
  start: number;
  end: number;
  bytes: Buffer;
}

/** Both alphabets: standard (`+/`) and URL-safe (`-_`). Node's decoder reads either. */
const BASE64 = byteClass(`${ALNUM_CHARS}+/-_`);
/** What an encoded token may be made of, per scheme: the key's own characters and the escapes. */
const PERCENT_TOKEN = byteClass(`${ALNUM_CHARS}%._~+-`);
const ESCAPE_TOKEN = byteClass(`${ALNUM_CHARS}\\._-`);
const HTML_TOKEN = byteClass(`${ALNUM_CHARS}&#;._-`);
const NEWLINE = 0x0a;
const CR = 0x0d;

/** The bounds a decoder may look within around `at`. */
const bounds = (data: Buffer, at: number) => ({ lo: Math.max(0, at - REACH), hi: Math.min(data.length, at + REACH) });

/** A run of bytes of one class around `at`, within the decoder's reach. */
function runAround(data: Buffer, at: number, cls: Uint8Array): [number, number] {
  const { lo, hi } = bounds(data, at);
  let s = at;
  while (s > lo && cls[data[s - 1] as number]) s--;
  let e = at;
  while (e < hi && cls[data[e] as number]) e++;
  return [s, e];
}

/**
 * Base64 around a trigger that starts `phase` characters into its 4-character group. The run may be
 * wrapped over several lines (PEM blocks, `base64` output, YAML block scalars): a full line of a
 * multiple of 4 characters continues on the next one.
 */
export function decodeBase64(data: Buffer, at: number, phase: number): Decoded | undefined {
  const { lo, hi } = bounds(data, at);
  const [s, e] = runAround(data, at, BASE64);
  const segments: [number, number][] = [[s, e]];
  // Earlier lines of a wrapped block.
  for (let first = s; ; ) {
    const prevEnd = lineBreakBefore(data, first, lo);
    if (prevEnd === undefined) break;
    let ps = prevEnd;
    while (ps > lo && BASE64[data[ps - 1] as number]) ps--;
    const len = prevEnd - ps;
    if (len < 16 || len % 4 !== 0) break;
    segments.unshift([ps, prevEnd]);
    first = ps;
    if (!startsLine(data, ps)) break;
  }
  // Later lines.
  for (let last = segments[segments.length - 1] as [number, number]; ; ) {
    if ((last[1] - last[0]) % 4 !== 0 || last[1] - last[0] < 16) break;
    const next = lineStartAfter(data, last[1], hi);
    if (next === undefined) break;
    let ne = next;
    while (ne < hi && BASE64[data[ne] as number]) ne++;
    if (ne === next) break;
    last = [next, ne];
    segments.push(last);
  }
  // The characters of the run, line breaks left out, and where each came from.
  let text = '';
  let atIndex = 0;
  const origin: number[] = [];
  for (const [from, to] of segments) {
    if (at >= from && at < to) atIndex = text.length + (at - from);
    origin.push(text.length, from);
    text += data.toString('latin1', from, to);
  }
  if (text.length < MIN_BASE64) return undefined;
  const group = atIndex - phase;
  const aligned = ((group % 4) + 4) % 4;
  const w0 = Math.max(aligned, group - BASE64_WINDOW);
  let w1 = Math.min(text.length, group + BASE64_WINDOW);
  w1 -= (w1 - w0) % 4 === 1 ? 1 : 0; // a lone trailing character decodes to nothing
  if (w1 - w0 < MIN_BASE64) return undefined;
  const toData = (index: number) => {
    let best = 0;
    for (let k = 0; k < origin.length; k += 2) if ((origin[k] as number) <= index) best = k;
    return (origin[best + 1] as number) + index - (origin[best] as number);
  };
  return { start: toData(w0), end: toData(w1 - 1) + 1, bytes: Buffer.from(text.slice(w0, w1), 'base64') };
}

/** The end of the line before the one holding `at`, when `at` starts its line (after indentation). */
function lineBreakBefore(data: Buffer, at: number, lo: number): number | undefined {
  let i = at;
  while (i > lo && (data[i - 1] === 0x20 || data[i - 1] === 0x09)) i--;
  if (i <= lo || data[i - 1] !== NEWLINE) return undefined;
  i--;
  if (i > lo && data[i - 1] === CR) i--;
  return i;
}

/** True when only indentation stands between the line's start and `at`. */
function startsLine(data: Buffer, at: number): boolean {
  let i = at;
  while (i > 0 && (data[i - 1] === 0x20 || data[i - 1] === 0x09)) i--;
  return i === 0 || data[i - 1] === NEWLINE;
}

/** Where the next line's content starts (after indentation), when `at` ends a line. */
function lineStartAfter(data: Buffer, at: number, hi: number): number | undefined {
  let i = at;
  if (data[i] === CR) i++;
  if (i >= hi || data[i] !== NEWLINE) return undefined;
  i++;
  while (i < hi && (data[i] === 0x20 || data[i] === 0x09)) i++;
  return i < hi ? i : undefined;
}

const hexValue = (c: number) => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
const isHex = (data: Buffer, from: number, n: number) => {
  if (from + n > data.length) return false;
  for (let i = from; i < from + n; i++) if (!HEX_BYTES[data[i] as number]) return false;
  return true;
};
const hexAt = (data: Buffer, from: number, n: number) => {
  let v = 0;
  for (let i = from; i < from + n; i++) v = v * 16 + hexValue(data[i] as number);
  return v;
};

/** Appends a code point as UTF-8 (ASCII as one byte). */
function pushCodePoint(out: number[], code: number): void {
  if (code < 0x80) out.push(code);
  else out.push(...Buffer.from(String.fromCodePoint(Math.min(code, 0x10ffff)), 'utf8'));
}

/** A percent-encoded token around a trigger (`sk%2Dproj%2D…`, `%73%6B%2D…`). */
export function decodePercent(data: Buffer, at: number): Decoded | undefined {
  const [s, e] = runAround(data, at, PERCENT_TOKEN);
  const out: number[] = [];
  for (let i = s; i < e; i++) {
    const c = data[i] as number;
    if (c === 0x25 && i + 2 < e && isHex(data, i + 1, 2)) {
      out.push(hexAt(data, i + 1, 2));
      i += 2;
    } else out.push(c);
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}

/**
 * A token with backslash escapes around a trigger: `\u002d`, `\x2d`, `\\` (one level at a time:
 * `\\u002d` decodes to `\u002d`, which the next level decodes in turn).
 */
export function decodeEscapes(data: Buffer, at: number): Decoded | undefined {
  const [s, e] = runAround(data, at, ESCAPE_TOKEN);
  const out: number[] = [];
  for (let i = s; i < e; i++) {
    const c = data[i] as number;
    if (c !== 0x5c || i + 1 >= e) {
      out.push(c);
      continue;
    }
    const next = data[i + 1];
    if (next === 0x75 /* u */ && isHex(data, i + 2, 4) && i + 6 <= e) {
      pushCodePoint(out, hexAt(data, i + 2, 4));
      i += 5;
    } else if (next === 0x78 /* x */ && isHex(data, i + 2, 2) && i + 4 <= e) {
      out.push(hexAt(data, i + 2, 2));
      i += 3;
    } else if (next === 0x5c) {
      out.push(0x5c);
      i += 1;
    } else out.push(c);
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}

/** A token with HTML character references around a trigger: `&#45;`, `&#x2d;`, `&amp;#45;`. */
export function decodeHtml(data: Buffer, at: number): Decoded | undefined {
  const [s, e] = runAround(data, at, HTML_TOKEN);
  const text = data.toString('latin1', s, e);
  const out: number[] = [];
  const ref = /&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));|&amp;/giy;
  for (let i = 0; i < text.length; ) {
    ref.lastIndex = i;
    const m = text[i] === '&' ? ref.exec(text) : null;
    if (!m) {
      out.push(text.charCodeAt(i));
      i++;
      continue;
    }
    if (m[0].toLowerCase() === '&amp;') out.push(0x26);
    else pushCodePoint(out, m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]));
    i += m[0].length;
  }
  return { start: s, end: e, bytes: Buffer.from(out) };
}

/** A run of hex digits around a trigger, decoded from the byte boundary the trigger stands on. */
export function decodeHex(data: Buffer, at: number): Decoded | undefined {
  const [s, e] = runAround(data, at, HEX_BYTES);
  const start = s + ((at - s) % 2);
  const end = e - ((e - start) % 2);
  if (end - start < MIN_HEX) return undefined;
  return { start, end, bytes: Buffer.from(data.toString('latin1', start, end), 'hex') };
}
