/**
 * What counts as text: the binary/text policy every source's content goes through (in the
 * pipeline), and the transcoding of UTF-16 files into what the scanner reads.
 */

/** Contents with a NUL byte in their first 8,000 bytes are binary, as git decides. */
export const BINARY_SNIFF_BYTES = 8000;

export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/**
 * The text of a whole content, ready for the scanner: as it is, or transcoded to UTF-8 when it is
 * UTF-16 (Windows editors save `.env` files so: full of NUL bytes, yet text), with a byte-order mark
 * or without one. Undefined for binary content.
 */
export function textOf(data: Buffer): Buffer | undefined {
  const order = utf16Order(data);
  const text = order ? transcodeUtf16(data.subarray(order.bom ? 2 : 0), order.endian) : data;
  return looksBinary(text) ? undefined : text;
}

export interface Utf16Order {
  endian: 'le' | 'be';
  /** The content starts with a byte-order mark (to be left out). */
  bom: boolean;
}

/**
 * Whether a content's start is UTF-16: a byte-order mark, or (without one) the NUL pattern of mostly
 * ASCII text: every other byte NUL, the bytes between them printable. Binary formats with 16-bit
 * fields do not have that pattern for long.
 */
export function utf16Order(head: Buffer): Utf16Order | undefined {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { endian: 'le', bom: true };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { endian: 'be', bom: true };
  // ASCII text in UTF-16 has a NUL as its first or second byte: anything else is looked at no further.
  if (head[0] !== 0 && head[1] !== 0) return undefined;
  const n = Math.min(head.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 8) return undefined;
  const pairs = n / 2;
  let nulHigh = 0; // [char, NUL]: little endian
  let nulLow = 0; // [NUL, char]: big endian
  let printable = 0;
  for (let i = 0; i < n; i += 2) {
    const a = head[i] as number;
    const b = head[i + 1] as number;
    if (b === 0 && a !== 0) {
      nulHigh++;
      if (isPrintable(a)) printable++;
    } else if (a === 0 && b !== 0) {
      nulLow++;
      if (isPrintable(b)) printable++;
    }
  }
  if (printable < pairs * 0.9) return undefined;
  if (nulHigh >= pairs * 0.9) return { endian: 'le', bom: false };
  if (nulLow >= pairs * 0.9) return { endian: 'be', bom: false };
  return undefined;
}

const isPrintable = (c: number) => c === 0x09 || c === 0x0a || c === 0x0d || (c >= 0x20 && c < 0x7f) || c >= 0xa0;

/** UTF-16 bytes (an even count is read; a trailing odd byte is left out) as UTF-8. */
export function transcodeUtf16(data: Buffer, endian: 'le' | 'be'): Buffer {
  const even = data.subarray(0, data.length - (data.length % 2));
  const le = endian === 'le' ? even : Buffer.from(even).swap16();
  return Buffer.from(le.toString('utf16le'), 'utf8');
}
