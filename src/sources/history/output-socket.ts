import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Bytes read from the socket at a time, into one buffer reused for every read. */
const READ_BUFFER = 1 << 20;

/** Where a child process writes its output for this process to read (see `openOutputSocket`). */
export interface OutputSocket {
  /** Give this to the child as its stdout (`stdio[1]`), then call `handedOver()`. */
  childEnd: net.Socket;
  /** Closes this process's copy of the child's end: the output ends when the child's does. */
  handedOver(): void;
  /** Settles when the output has ended and every byte has been handed to `onData`. */
  ended: Promise<void>;
  /** Stops reading (after an error elsewhere). */
  destroy(): void;
}

/**
 * A connected pair of Unix sockets: the child writes into one end, and this process reads the other
 * into one reused buffer (`net.Socket`'s `onread`). A child's usual stdout pipe hands over a new
 * Buffer for every read, and allocating and collecting those is most of Node's cost of receiving
 * git's output: reading the blobs of a 355 MB history took 0.32–0.41 s of Node's CPU this way
 * against 0.62–0.75 s through the pipe. `onData` gets views of that buffer, valid during the call.
 *
 * The socket lives in a fresh directory only this user can enter (mkdtemp: mode 0700), and is
 * removed as soon as the two ends are connected. Undefined where Unix sockets are not available
 * (Windows) or the pair cannot be made: the caller then uses a pipe.
 */
export async function openOutputSocket(onData: (chunk: Buffer) => void): Promise<OutputSocket | undefined> {
  if (process.platform === 'win32') return undefined;
  let dir: string | undefined;
  try {
    dir = mkdtempSync(path.join(tmpdir(), 'skguard-'));
    const address = path.join(dir, 'out');
    const server = net.createServer();
    const accepted = new Promise<net.Socket>((resolve, reject) => {
      server.once('connection', resolve);
      server.once('error', reject);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(address, resolve);
    });
    const buffer = Buffer.allocUnsafe(READ_BUFFER);
    const reader = net.connect({
      path: address,
      onread: {
        buffer,
        callback: (n: number) => {
          onData(buffer.subarray(0, n));
          return true;
        },
      },
    });
    const connected = new Promise<void>((resolve, reject) => {
      reader.once('connect', resolve);
      reader.once('error', reject);
    });
    const [childEnd] = await Promise.all([accepted, connected]);
    server.close();
    childEnd.pause();
    const ended = new Promise<void>((resolve) => {
      reader.on('close', () => resolve());
      reader.on('error', () => {}); // the child's exit code tells what happened
    });
    return {
      childEnd,
      handedOver: () => childEnd.destroy(),
      ended,
      destroy: () => {
        reader.destroy();
        childEnd.destroy();
      },
    };
  } catch {
    return undefined;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
