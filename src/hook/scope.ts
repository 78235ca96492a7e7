import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../errors.js';
import { type FileListing, listGivenFiles } from '../sources/files.js';
import { type StagedChanges, stagedChanges } from '../sources/staged.js';

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
export type HookScope = { kind: 'staged'; changes: StagedChanges } | { kind: 'files'; top: string; files: string[] };

export async function hookScope(cwd: string, given: readonly string[]): Promise<HookScope> {
  const changes = await stagedChanges(cwd);
  if (given.length === 0) return { kind: 'staged', changes };
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
    return { kind: 'staged', changes: { ...changes, files: only } };
  }
  return { kind: 'files', top: changes.top, files };
}

/**
 * The work-tree files of a `files` scope, as `readFiles` takes them. Symbolic links and folders
 * (submodules) are passed over, as `skguard scan` does; a name that no longer exists is no error.
 */
export function worktreeListing(
  top: string,
  files: readonly string[],
  isExcluded: (rel: string) => boolean,
): FileListing {
  return listGivenFiles(top, files, isExcluded);
}
