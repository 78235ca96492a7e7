#!/usr/bin/env node
import { main } from './cli/main.js';

// `skguard scan . | head -1`: the reader has gone, and that is no error of the scan's. Later writes
// are dropped; the exit code stays what the scan decided.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
