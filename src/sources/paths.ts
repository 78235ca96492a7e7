import { readRoot, rootOf, type ScanRoot } from './files.js';
import type { BlobSink, Source, SourceContext, SourceSummary } from './types.js';

/** Standard input as `skguard scan -` reads it: chunks, never the whole stream in memory. */
export type StdinStream = AsyncIterable<Buffer | string>;

/**
 * `skguard scan [PATH...]`: the files under each PATH, and standard input for `-`. Findings'
 * paths are relative to the work tree's top (or, outside git, the scanned directory), which is also
 * where `.skguard.json` is looked for (that of the first PATH).
 */
export async function pathsSource(
  targets: readonly string[],
  cwd: string,
  stdin: StdinStream = emptyStdin(),
): Promise<Source> {
  const paths = targets.length > 0 ? targets : ['.'];
  const roots = await Promise.all(paths.map((p) => (p === '-' ? undefined : rootOf(p, cwd))));
  const onlyStdin = roots.every((r) => r === undefined);
  return {
    kind: onlyStdin ? 'stdin' : 'files',
    root: roots.find((r): r is ScanRoot => r !== undefined)?.base ?? cwd,
    partial: false,
    async read(sink: BlobSink, context: SourceContext): Promise<SourceSummary> {
      for (const root of roots) {
        if (root) await readRoot(root, sink, context);
        else await readStdin(stdin, sink);
      }
      return {};
    },
  };
}

async function readStdin(stdin: StdinStream, sink: BlobSink): Promise<void> {
  const chunks = sink.open({ path: '-' });
  for await (const chunk of stdin) await chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  chunks.end();
}

async function* emptyStdin(): AsyncGenerator<Buffer> {}
