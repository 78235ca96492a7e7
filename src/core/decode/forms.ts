/**
 * The encoded forms of a known string: what a literal becomes once base64'd, percent-encoded,
 * escaped or hex-encoded. Decoding triggers are built from them (a keyword's encoded forms are fixed
 * strings, so they join the one-pass literal search), and so is the redaction of every encoded form
 * of a key the run found.
 */

/** A base64 form of a string: the characters its bytes alone decide, at one of the three alignments. */
export interface Base64Form {
  text: string;
  /** Where `text` starts inside its 4-character group (0, 2 or 3): how to find the group boundary. */
  phase: number;
  /** Bytes of other content before the string in its 3-byte group (0, 1 or 2). */
  alignment: number;
}

/**
 * The base64 forms of `text` (bytes as latin1) at each alignment, in the standard and the URL-safe
 * alphabets (one entry when they agree). A string at alignment 1 or 2 shares its first and last
 * groups with unknown bytes: only the characters it alone decides are kept, and forms shorter than
 * `min` are left out (they would occur by chance).
 */
export function base64Forms(text: string, min = 3): Base64Form[] {
  const bytes = Buffer.from(text, 'latin1');
  const forms: Base64Form[] = [];
  for (const alignment of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(alignment), bytes]).toString('base64');
    // Characters before `start` hold bits of the unknown leading bytes; from `end` on, of what follows.
    const start = [0, 2, 3][alignment] as number;
    const end = Math.floor(((alignment + bytes.length) * 8) / 6);
    const std = encoded.slice(start, end);
    if (std.length < min) continue;
    forms.push({ text: std, phase: start, alignment });
    const url = std.replaceAll('+', '-').replaceAll('/', '_');
    if (url !== std) forms.push({ text: url, phase: start, alignment });
  }
  return forms;
}

const hex = (code: number, width: number, upper: boolean) => {
  const digits = code.toString(16).padStart(width, '0');
  return upper ? digits.toUpperCase() : digits;
};

/** How one character is written by each escaping scheme (hex digits in lower or upper case). */
export const ESCAPES: Record<string, (code: number, upper?: boolean) => string> = {
  percent: (c, u = false) => `%${hex(c, 2, u)}`,
  unicode: (c, u = false) => `\\u${hex(c, 4, u)}`,
  hexEscape: (c, u = false) => `\\x${hex(c, 2, u)}`,
  htmlDecimal: (c) => `&#${c};`,
  htmlHex: (c, u = false) => `&#x${hex(c, 2, u)};`,
};

/**
 * The escaped forms of a string: its punctuation escaped by each scheme (what a URL encoder or a
 * minifier writes), and every character percent-encoded (a "fully" URL-encoded key), in lower- and
 * upper-case hex.
 */
export function escapedForms(text: string): string[] {
  const out = new Set<string>();
  for (const escapeOf of Object.values(ESCAPES)) {
    for (const upper of [false, true])
      out.add(text.replace(/[^A-Za-z0-9]/g, (ch) => escapeOf(ch.charCodeAt(0), upper)));
  }
  out.delete(text);
  const full = percentAll(text);
  out.add(full);
  out.add(full.toUpperCase());
  return [...out];
}

/** Every byte of a text percent-encoded, in lower-case hex (`%73%6b%2d`). */
export function percentAll(text: string): string {
  return Buffer.from(text, 'latin1').toString('hex').replace(/../g, '%$&');
}

/** The hex encoding of a string's bytes, lower and upper case. */
export function hexForms(text: string): string[] {
  const lower = Buffer.from(text, 'latin1').toString('hex');
  return [lower, lower.toUpperCase()];
}
