import type { ChecksumKind } from './types.js';

/**
 * Offline checksums of identifiable keys. Azure's 84-character keys (microsoft/security-utilities,
 * `IdentifiableSecrets`) end in a Marvin32 checksum of the rest: a key that fails it was not issued
 * by Azure (a typo, a truncated copy, a pattern-only test fixture).
 */

const ROTL = (x: number, n: number) => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Marvin, the 64-bit keyed hash .NET uses for strings: `[high, low]` 32-bit halves. */
function marvin64(data: Uint8Array, seed: bigint): [number, number] {
  let p0 = Number(seed & 0xffffffffn) >>> 0;
  let p1 = Number((seed >> 32n) & 0xffffffffn) >>> 0;
  const block = () => {
    p1 = (p1 ^ p0) >>> 0;
    p0 = ROTL(p0, 20);
    p0 = (p0 + p1) >>> 0;
    p1 = ROTL(p1, 9);
    p1 = (p1 ^ p0) >>> 0;
    p0 = ROTL(p0, 27);
    p0 = (p0 + p1) >>> 0;
    p1 = ROTL(p1, 19);
  };
  const u32 = (i: number) =>
    ((data[i] as number) |
      ((data[i + 1] as number) << 8) |
      ((data[i + 2] as number) << 16) |
      ((data[i + 3] as number) << 24)) >>>
    0;
  let i = 0;
  let n = data.length;
  while (n >= 4) {
    p0 = (p0 + u32(i)) >>> 0;
    block();
    i += 4;
    n -= 4;
  }
  // The tail and a 0x80 terminator make the last word.
  let last = 0x80;
  for (let k = n - 1; k >= 0; k--) last = ((last << 8) | (data[i + k] as number)) >>> 0;
  p0 = (p0 + last) >>> 0;
  block();
  block();
  return [p1, p0];
}

/** Marvin32: the two halves folded, as .NET's `Marvin.ComputeHash32`. */
function marvin32(data: Uint8Array, seed: bigint): number {
  const [high, low] = marvin64(data, seed);
  return (high ^ low) >>> 0;
}

/** The seed of Azure's common annotated keys: the ASCII of `Default0`, read as in `ComputeHisV1ChecksumSeed`. */
const AZURE_CHECKSUM_SEED = 0x44656661756c7430n;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Bytes as one big-endian base62 number, a leading zero byte kept as `0`. */
function base62(bytes: Uint8Array): string {
  let value = 0n;
  for (const b of bytes) value = (value << 8n) | BigInt(b);
  let out = '';
  while (value > 0n) {
    out = BASE62[Number(value % 62n)] + out;
    value /= 62n;
  }
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  return '0'.repeat(zeros) + (out || (zeros === 0 ? '0' : ''));
}

/**
 * The 4 checksum characters of an 84-character Azure key, given its first 80: Marvin32 of their
 * base64 decoding, little-endian bytes as base62 (the current form). `legacy` gives the older form:
 * base64 of the checksum's first 3 bytes.
 */
function azureChecksum(first80: string, legacy = false): string {
  const sum = marvin32(Buffer.from(first80, 'base64'), AZURE_CHECKSUM_SEED);
  const bytes = new Uint8Array([sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff, sum >>> 24]);
  return legacy ? Buffer.from(bytes.subarray(0, 3)).toString('base64') : base62(bytes).slice(0, 4);
}

/** Whether a key's own checksum holds (either form, for Azure keys). */
export function checksumHolds(kind: ChecksumKind, key: string): boolean {
  switch (kind) {
    case 'azure-marvin32': {
      if (key.length < 84) return false;
      const head = key.slice(0, 80);
      const tail = key.slice(80, 84);
      return azureChecksum(head) === tail || azureChecksum(head, true) === tail;
    }
  }
}

/** The checksum text a generated key of this kind ends with. */
export function checksumFor(kind: ChecksumKind, prefix: string): string {
  switch (kind) {
    case 'azure-marvin32':
      return azureChecksum(prefix.slice(0, 80));
  }
}
