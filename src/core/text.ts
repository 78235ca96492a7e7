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
 * The text of a whole content, ready for the scanner: as it is, or transcoded to UTF-8 when it
 * starts with a UTF-16 byte-order mark (Windows editors save `.env` files so: full of NUL bytes,
 * yet text). Undefined for binary content.
 */
export function textOf(data: Buffer): Buffer | undefined {
  const text = fromUtf16(data) ?? data;
  return looksBinary(text) ? undefined : text;
}

/** Byte-order marks of UTF-16 little and big endian. */
export const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

function fromUtf16(data: Buffer): Buffer | undefined {
  if (data.length < 2) return undefined;
  if (data[0] === 0xff && data[1] === 0xfe) return Buffer.from(data.subarray(2).toString('utf16le'), 'utf8');
  if (data[0] === 0xfe && data[1] === 0xff) {
    const swapped = Buffer.from(data.subarray(2, data.length - (data.length % 2)));
    return Buffer.from(swapped.swap16().toString('utf16le'), 'utf8');
  }
  return undefined;
}
