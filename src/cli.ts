#!/usr/bin/env node
import type { OutputStream } from './cli/io.js';
import { main } from './cli/main.js';

/**
 * process.stdout or stderr, opened when first written to or asked whether it is a terminal: Node
 * opens a stream when it is first touched (a terminal or a pipe loads net and tty), and a hook whose
 * commit is clean writes nothing. `skguard scan . | head -1`: the reader has gone, and that is no
 * error of the scan's. Later writes are dropped; the exit code stays what the scan decided.
 */
function lazy(open: () => NodeJS.WriteStream): OutputStream {
  let stream: NodeJS.WriteStream | undefined;
  const get = () => {
    if (stream === undefined) {
      stream = open();
      stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
      });
    }
    return stream;
  };
  return {
    write: (text: string) => get().write(text),
    get isTTY() {
      return get().isTTY;
    },
  };
}

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  // Opened when read (`scan -`, `verify`), for the same reason.
  stdin: {
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
    get isTTY() {
      return process.stdin.isTTY;
    },
  } as AsyncIterable<Buffer | string>,
  stdout: lazy(() => process.stdout),
  stderr: lazy(() => process.stderr),
}).then((code) => {
  process.exitCode = code;
});
