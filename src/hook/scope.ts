import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { givenFilesSource } from '../sources/files.js';
import { stagedChanges, stagedSource } from '../sources/staged.js';
import type { Source } from '../sources/types.js';

/**
 * What `skguard hook run [FILE...]` checks. The pre-commit framework calls it with file names:
 *
 * - At commit time (and `pre-commit run` with no file options) it passes the staged files, having
 *   set unstaged changes aside. Every name is then a staged file, and the check is the commit's:
 *   the index, only the lines the commit adds, as `skguard staged` does, limited to those files
 *   (the framework's `files`/`exclude` filters apply).
 * - Under `pre-commit run --all-files` or `--files`, it passes files that are not staged. The
 *   check is then of those files as they are in the work tree, whole: a key already committed is
 *   reported too. That is what those runs are for, in CI above all.
 *
 * With no names at all (`pass_filenames: false`), it is `skguard staged`.
 */
export async function hookSource(cwd: string, given: readonly string[]): Promise<Source> {
  const changes = await stagedChanges(cwd);
  if (given.length === 0) return stagedSource(changes);
  // git answers with the real path of the top: compare like with like.
  const base = realpathSync(cwd);
  const files = [
    ...new Set(
      given.map((f) => {
        const rel = path.relative(changes.top, path.resolve(base, f));
        if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) {
          throw new SkguardError(`${f}: not a file in the repository at ${changes.top}`, 'usage');
        }
        return rel.split(path.sep).join('/');
      }),
    ),
  ];
  const staged = new Map(changes.files.map((f) => [f.path, f]));
  if (files.every((f) => staged.has(f))) {
    const only = files.map((f) => staged.get(f)).filter((f) => f !== undefined);
    return stagedSource({ ...changes, files: only });
  }
  return givenFilesSource(changes.top, files);
}
