/** `1 commit`, `2 commits`, `1,234 blobs`: a count with its noun, for every message skguard phrases. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/**
 * `1234567` as `1,234,567`, as `toLocaleString('en-US')` writes whole numbers: the first call of
 * that loads the ICU locale data (about 30 ms, on every scan's closing line).
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}
