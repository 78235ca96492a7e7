import { printable, Redactor } from '../core/egress.js';
import { builtinRules } from '../core/index.js';

/** What the CLI touches of its process, injected so tests can run it in-process. */
export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdin: AsyncIterable<Buffer | string>;
  stdout: OutputStream;
  stderr: OutputStream;
  /** How long a scan runs before progress shows (default 500 ms); tests set 0. */
  progressDelayMs?: number;
}

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Colour only on a terminal, never with `NO_COLOR` or `--no-color`; `FORCE_COLOR` forces it. */
export function useColor(stream: OutputStream, env: CliIo['env'], flag: boolean): boolean {
  if (!flag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * The CLI's output, made safe once for everything it prints: every write goes through the run's
 * redactor (a key never leaves whole, whether it came from a file, a path, an argument or an answer).
 * Commands that find keys teach it those keys (`learn`) before rendering.
 */
export interface SafeIo extends CliIo {
  redactor: Redactor;
}

export function safeIo(io: CliIo): SafeIo {
  const redactor = new Redactor(builtinRules);
  // `isTTY` is read when asked, not now: on process.stdout, asking opens the stream.
  const scrubbed = (stream: OutputStream): OutputStream => ({
    write: (text: string) => stream.write(redactor.scrub(text)),
    get isTTY() {
      return stream.isTTY;
    },
  });
  return { ...io, stdout: scrubbed(io.stdout), stderr: scrubbed(io.stderr), redactor };
}

/** A one-line error message for people: what the input put in it cannot act on the terminal. */
export function errorLine(message: string): string {
  return printable(message);
}
