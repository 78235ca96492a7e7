import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { git } from '../sources/git.js';

/**
 * How a repository runs its git hooks, as `skguard hook install` finds it:
 * - `husky`: husky v9 (`core.hooksPath` is `<dir>/.husky/_`, or a `.husky/` folder with no
 *   `core.hooksPath` yet): the hook is one line in `<dir>/.husky/pre-commit`.
 * - `hooks-dir`: git runs the scripts of a folder, `.git/hooks` or another `core.hooksPath`:
 *   the hook is a whole script there.
 */
export type HookSetup =
  | {
      kind: 'husky';
      top: string;
      /** The `.husky` folder (absolute). */
      huskyDir: string;
      /** False when `core.hooksPath` does not point at husky yet (husky's `prepare` has not run). */
      active: boolean;
      /** Where git looks for hooks, for uninstall to also clean up a script written there before. */
      hooksDir: string;
    }
  | {
      kind: 'hooks-dir';
      top: string;
      /** The folder git runs hooks from (absolute): `.git/hooks`, or `core.hooksPath`. */
      hooksDir: string;
      /** The `core.hooksPath` value, when one is set. */
      hooksPath: string | undefined;
    };

const HUSKY_HOOKS_PATH = /(?:^|[\\/])\.husky[\\/]_[\\/]*$/;

/** Finds the hook set-up of the repository around `cwd`. */
export async function detectSetup(cwd: string): Promise<HookSetup> {
  const rev = await git(['rev-parse', '--show-toplevel', '--git-path', 'hooks'], cwd, { ok: [0, 128] });
  const [top, hooks] = rev.stdout.toString('utf8').trim().split('\n');
  if (rev.code !== 0 || !top || !hooks) {
    throw new SkguardError(
      `not in a git work tree: ${cwd} (run skguard hook install inside the repository)`,
      'not-a-repository',
    );
  }
  // `--git-path` answers relative to the current directory; it already follows core.hooksPath
  // and, in a linked worktree, points at the hooks all worktrees share.
  const hooksDir = path.resolve(cwd, hooks);
  const config = await git(['config', '--get', 'core.hooksPath'], cwd, { ok: [0, 1] });
  const hooksPath = config.code === 0 ? config.stdout.toString('utf8').trim() || undefined : undefined;
  if (hooksPath && HUSKY_HOOKS_PATH.test(hooksPath)) {
    return { kind: 'husky', top, huskyDir: path.dirname(hooksDir), active: true, hooksDir };
  }
  if (!hooksPath) {
    const huskyDir = findHuskyDir(cwd, top);
    if (huskyDir) return { kind: 'husky', top, huskyDir, active: false, hooksDir };
  }
  return { kind: 'hooks-dir', top, hooksDir, hooksPath };
}

/** The nearest `.husky` folder from `cwd` up to the work tree's top, if any. */
function findHuskyDir(cwd: string, top: string): string | undefined {
  let dir = realpathSync(cwd);
  for (;;) {
    const candidate = path.join(dir, '.husky');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const rel = path.relative(top, dir);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    dir = path.dirname(dir);
  }
}
