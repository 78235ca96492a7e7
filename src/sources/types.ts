/**
 * A content a source hands to the pipeline. Small contents come whole; large ones (a 2 GB log,
 * stdin) come as chunks so that memory stays bounded.
 */
export interface Content {
  /** Relative, `/`-separated path as findings report it; `-` for stdin. */
  file: string;
  data: Buffer | AsyncIterable<Buffer> | Iterable<Buffer>;
  /** Only findings on these 1-based lines count (`staged`: the lines the commit adds). */
  lines?: ReadonlySet<number> | 'all';
  commit?: string;
}

/** Contents with a NUL byte in their first 8,000 bytes are binary, as git decides. */
export const BINARY_SNIFF_BYTES = 8000;

export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}
