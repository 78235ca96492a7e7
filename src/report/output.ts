import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  type Stats,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';

/**
 * The one place a report is written to disk (`--output`, the Action's SARIF file). Reporters stay
 * pure; this writes what they return. A repository can commit symbolic links, so a report path may
 * point anywhere: nothing is written through a link, nothing into a `.git` folder, and a report is
 * written whole or not at all (a full disk leaves the previous report, not half of a new one).
 */
export function writeReport(
  file: string,
  text: string,
  options: {
    /** How the path is named in errors (`--output report.json`, `input sarif-file`). */
    label: string;
    /** The folder the path is relative to: links below it are the repository's and are refused. */
    base: string;
  },
): void {
  const target = path.resolve(options.base, file);
  const fail = (why: string) => new SkguardError(`${options.label}: ${why}`, 'io');
  if (target.split(path.sep).some((part) => part.toLowerCase() === '.git')) {
    throw fail('refusing to write into a .git folder (git would run what is written there)');
  }
  const dir = path.dirname(target);
  // Every folder between the base and the file, and the file itself: none may be a link.
  const rel = path.relative(options.base, target);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  if (!inside && lstatOrUndefined(dir)?.isDirectory() !== true) throw fail(`the folder ${dir} does not exist`);
  let at = inside ? options.base : dir;
  for (const part of inside ? rel.split(path.sep) : [path.basename(target)]) {
    at = path.join(at, part);
    const stat = lstatOrUndefined(at);
    if (stat === undefined) {
      if (at !== target) throw fail(`the folder ${path.relative(options.base, at) || at} does not exist`);
      break;
    }
    if (stat.isSymbolicLink()) {
      throw fail(`${path.relative(options.base, at) || at} is a symbolic link: refusing to write through it`);
    }
    if (at === target && stat.isDirectory()) throw fail('is a folder');
    if (at === target && !stat.isFile()) {
      // A device or a pipe the user named (`-o /dev/null`, `-o /dev/stdout`): written as it is; git
      // cannot commit one, so it is never the repository's doing.
      writeFileSync(target, text);
      return;
    }
    if (at !== target && !stat.isDirectory()) throw fail(`${path.relative(options.base, at)} is not a folder`);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    // O_EXCL: a name nobody could have prepared; the rename then replaces the target (never follows it).
    fd = openSync(temp, 'wx', 0o644);
    const data = Buffer.from(text, 'utf8');
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // Never created, or already renamed.
    }
    throw fail(`could not write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function lstatOrUndefined(file: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
