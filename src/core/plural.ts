/** `1 commit`, `2 commits`, `1,234 blobs`: a count with its noun, for every message skguard phrases. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
