import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { SkguardError } from '../core/errors.js';

/**
 * Reads a settings file (`.skguard.json`, `.skguardignore`, a baseline) as input that may be
 * hostile: it must be a regular file (a FIFO or `/dev/zero` would block or never end) of bounded
 * size, and a file found in the repository by its default name must not be a symbolic link (a
 * repository can commit `.skguard.json -> /dev/zero`). A file the user names explicitly may be a
 * link: where it points is theirs to choose. Undefined when the file does not exist.
 */
export function readSettingsFile(
  file: string,
  options: { label: string; limit: number; followLinks: boolean },
): string | undefined {
  const fail = (why: string) => new SkguardError(`${options.label}: ${why}`, 'config');
  if (!options.followLinks) {
    try {
      if (lstatSync(file).isSymbolicLink()) {
        throw fail('is a symbolic link; a settings file found in the repository must be a regular file');
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW closes the race with the check above.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (options.followLinks ? 0 : constants.O_NOFOLLOW));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw fail(`cannot be read (${code ?? (e as Error).message})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw fail('is not a regular file');
    if (stat.size > options.limit)
      throw fail(`is ${stat.size} bytes, more than the ${options.limit} a settings file may hold`);
    const buffer = Buffer.alloc(options.limit + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buffer.length; n += r) r = readSync(fd, buffer, n, buffer.length - n, null);
    if (n > options.limit) throw fail(`holds more than the ${options.limit} bytes a settings file may hold`);
    return buffer.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** Settings files are small: these bounds are generous and still keep a hostile file from taking memory. */
export const CONFIG_LIMIT = 1024 * 1024;
export const IGNORE_LIMIT = 4 * 1024 * 1024;
export const BASELINE_LIMIT = 64 * 1024 * 1024;

/**
 * Where JSON.parse stopped, without quoting the file: its message quotes the text it choked on,
 * and a settings path may point at a file whose content must not reach a log.
 */
export function jsonProblem(text: string, error: Error): string {
  const at = /position (\d+)/.exec(error.message)?.[1];
  if (at === undefined) return 'not valid JSON';
  const before = text.slice(0, Number(at));
  const line = before.split('\n').length;
  const column = Number(at) - before.lastIndexOf('\n');
  return `not valid JSON (line ${line}, column ${column})`;
}
