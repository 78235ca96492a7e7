import { type Finding, type Match, type Scanner, toFinding } from '../core/index.js';
import { BINARY_SNIFF_BYTES, type Content, looksBinary, textOf } from '../sources/types.js';

/** A finding with its key, kept in memory for `--verify`; reporters only ever see `finding`. */
export interface Hit {
  finding: Finding;
  secret: string;
  /** What satisfied the rule's in-file checks (the Azure OpenAI endpoint host): where the key belongs. */
  context?: string[];
}

/** Running totals a scan keeps while it reads. */
export interface Tally {
  files: number;
  bytes: number;
  binary: number;
  /** Findings dropped by an inline `skguard:allow`. */
  inline: number;
}

export const newTally = (): Tally => ({ files: 0, bytes: 0, binary: 0, inline: 0 });

/**
 * Runs the scanner over contents and collects hits. Binary contents (a NUL in the first 8,000
 * bytes) are counted and passed over; chunked contents stream through the scanner.
 */
export async function scanContents(
  contents: Iterable<Content> | AsyncIterable<Content>,
  scanner: Scanner,
  tally: Tally,
  /** Called after each content, for progress displays. */
  onContent?: (tally: Tally) => void,
): Promise<Hit[]> {
  const hits: Hit[] = [];
  for await (const content of contents) {
    const matches = Buffer.isBuffer(content.data)
      ? scanWhole(content.data, scanner, tally)
      : await scanChunks(content.data, scanner, tally);
    if (matches) collect(matches, content, tally, hits);
    onContent?.(tally);
  }
  return hits;
}

function scanWhole(raw: Buffer, scanner: Scanner, tally: Tally): Match[] | undefined {
  const text = textOf(raw);
  if (text === undefined) {
    tally.binary++;
    return undefined;
  }
  tally.files++;
  tally.bytes += raw.length;
  return scanner.scan(text);
}

async function scanChunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>,
  scanner: Scanner,
  tally: Tally,
): Promise<Match[] | undefined> {
  const stream = scanner.stream();
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of chunks) {
    if (head !== undefined) {
      // Decide binary-or-text on the first 8,000 bytes, however the content is chunked.
      head = Buffer.concat([head, chunk.subarray(0, BINARY_SNIFF_BYTES)]);
      if (looksBinary(head)) {
        tally.binary++;
        return undefined;
      }
      if (head.length >= BINARY_SNIFF_BYTES) head = undefined;
    }
    tally.bytes += chunk.length;
    stream.push(chunk);
  }
  tally.files++;
  return stream.end();
}

function collect(matches: Match[], content: Content, tally: Tally, hits: Hit[]): void {
  const lines = content.lines ?? 'all';
  for (const match of matches) {
    if (lines !== 'all' && !lines.has(match.line)) continue;
    if (match.allowed) {
      tally.inline++;
      continue;
    }
    const hit: Hit = { finding: toFinding(match, { file: content.file }), secret: match.secret };
    if (match.context) hit.context = match.context;
    hits.push(hit);
  }
}
