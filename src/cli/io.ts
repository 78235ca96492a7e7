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
