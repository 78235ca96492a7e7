/** Counts by character code, reused call after call (and left zeroed): a `Map` per key was a third of a dense scan. */
const COUNTS = new Uint32Array(65536);

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const distinct: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (COUNTS[c] === 0) distinct.push(c);
    COUNTS[c] = (COUNTS[c] as number) + 1;
  }
  let bits = 0;
  for (const c of distinct) {
    const p = (COUNTS[c] as number) / text.length;
    COUNTS[c] = 0;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * True for bodies a person typed rather than a generator drew: a short unit repeated
 * (`abcabc…`, `0000…`) or mostly ascending/descending runs (`abcdef…`, `0123…`). High entropy alone
 * does not catch `0123456789abcdef0123456789abcdef`, which has the maximum entropy for hex.
 */
export function isPatterned(text: string): boolean {
  const n = text.length;
  if (n < 4) return true;
  for (let period = 1; period <= n >> 1; period++) {
    let repeats = true;
    for (let i = period; i < n; i++) {
      if (text.charCodeAt(i) !== text.charCodeAt(i - period)) {
        repeats = false;
        break;
      }
    }
    if (repeats) return true;
  }
  let stepping = 0;
  for (let i = 1; i < n; i++) {
    const step = text.charCodeAt(i) - text.charCodeAt(i - 1);
    if (step === 1 || step === -1) stepping++;
  }
  return stepping >= (n - 1) / 2;
}
