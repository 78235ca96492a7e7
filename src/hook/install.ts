import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { PACKAGE_NAME } from '../core/version.js';
import { hasSkguardLine, huskyLine, insertLine, removeLines } from './husky.js';
import { BACKUP_NAME, hookScript, isOurScript, isPreCommitFramework, type ScriptOptions } from './script.js';
import { detectSetup, type HookSetup } from './setup.js';
import { temporaryPlace } from './temporary.js';

export interface InstallOptions extends ScriptOptions {
  cwd: string;
  /** Replace a hook skguard did not write (it is kept as a backup and run first). */
  force: boolean;
  /** The OS temporary folder: a node or CLI under it is no place for a hook to record. */
  tmpdir: string;
}

/** What one install or uninstall step did, for the CLI to phrase. Paths are absolute. */
export type HookChange =
  | { action: 'added-line'; file: string; line: string; created: boolean }
  | { action: 'line-present'; file: string }
  | { action: 'wrote-script'; file: string; backup?: string }
  | { action: 'updated-script'; file: string }
  | { action: 'script-current'; file: string }
  | { action: 'removed-line'; file: string; deletedFile: boolean }
  | { action: 'removed-script'; file: string; restored?: string }
  | { action: 'left-foreign'; file: string };

export interface HookResult {
  setup: HookSetup;
  changes: HookChange[];
  /** Things the user should know (husky not active yet, skguard not installed where the line looks). */
  warnings: string[];
}

const PRE_COMMIT = 'pre-commit';

/** `skguard hook install`: puts `skguard staged` where this repository's set-up runs it. */
export async function installHook(options: InstallOptions): Promise<HookResult> {
  const setup = await detectSetup(options.cwd);
  const result: HookResult = { setup, changes: [], warnings: [] };
  if (setup.kind === 'husky') {
    const file = path.join(setup.huskyDir, PRE_COMMIT);
    const existing = readHookFile(setup, file);
    if (existing !== undefined && hasSkguardLine(existing)) {
      result.changes.push({ action: 'line-present', file });
    } else {
      const line = huskyLine(setup.top, setup.huskyDir, options.args);
      mkdirSync(setup.huskyDir, { recursive: true });
      writeHookFile(file, insertLine(existing ?? '', line), existing === undefined ? 0o755 : undefined);
      result.changes.push({ action: 'added-line', file, line, created: existing === undefined });
    }
    const pkg = path.dirname(setup.huskyDir);
    const bins = [...new Set([pkg, setup.top])].map((dir) => path.join(dir, 'node_modules', '.bin', 'skguard'));
    if (!bins.some((bin) => existsSync(bin))) {
      result.warnings.push(
        `skguard is not installed in ${rel(setup, path.join(pkg, 'node_modules'))}: add it as a dev dependency (npm install --save-dev ${PACKAGE_NAME}), or the hook cannot find it`,
      );
    }
    if (!setup.active) {
      result.warnings.push(
        'husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or `npm install`, which runs its prepare script)',
      );
    }
    return result;
  }

  refuseTemporary(options);
  const file = path.join(setup.hooksDir, PRE_COMMIT);
  const script = hookScript(options);
  const existing = readHookFile(setup, file);
  if (existing !== undefined && isOurScript(existing)) {
    if (existing === script) result.changes.push({ action: 'script-current', file });
    else {
      writeHookFile(file, script, 0o755);
      result.changes.push({ action: 'updated-script', file });
    }
    return result;
  }
  const backup = path.join(setup.hooksDir, BACKUP_NAME);
  if (existing !== undefined) {
    if (!options.force) {
      const framework = isPreCommitFramework(existing)
        ? " It is the pre-commit framework's hook: add skguard to .pre-commit-config.yaml instead (see the README)."
        : '';
      throw new SkguardError(
        `${rel(setup, file)} already exists and was not written by skguard.${framework} To keep it and run it before skguard, use \`skguard hook install --force\` (it is moved to ${BACKUP_NAME}).`,
        'hook',
      );
    }
    if (existsSync(backup)) {
      throw new SkguardError(
        `${rel(setup, backup)} already exists: move it away first, so that --force does not overwrite an earlier backup`,
        'hook',
      );
    }
    renameSync(file, backup);
  }
  mkdirSync(setup.hooksDir, { recursive: true });
  writeHookFile(file, script, 0o755);
  result.changes.push(
    existing === undefined ? { action: 'wrote-script', file } : { action: 'wrote-script', file, backup },
  );
  return result;
}

/**
 * `skguard hook uninstall`: takes out what install put in, wherever it finds it — the husky line,
 * and skguard's script in the hooks folder (putting back the hook it replaced). Anything else is
 * left as it is.
 */
export async function uninstallHook(cwd: string): Promise<HookResult> {
  const setup = await detectSetup(cwd);
  const result: HookResult = { setup, changes: [], warnings: [] };
  if (setup.kind === 'husky') {
    const file = path.join(setup.huskyDir, PRE_COMMIT);
    const link = linkOnTheWay(setup, file);
    if (link !== undefined) result.warnings.push(`${rel(setup, link)} is a symbolic link: left as it is`);
    const existing = link === undefined ? readHookFile(setup, file) : undefined;
    if (existing !== undefined) {
      const { content, removed } = removeLines(existing);
      if (removed > 0) {
        const deletedFile = content.trim() === '';
        if (deletedFile) unlinkSync(file);
        else writeHookFile(file, content);
        result.changes.push({ action: 'removed-line', file, deletedFile });
      }
    }
  }
  // A hooks folder may hold skguard's script from before husky (or another core.hooksPath) was set up.
  // skguard never writes a link: one there is not its own, and is left alone.
  const file = path.join(setup.hooksDir, PRE_COMMIT);
  const linked = isLink(file);
  const existing = linked ? undefined : readHookFile(setup, file);
  if (existing !== undefined && isOurScript(existing)) {
    unlinkSync(file);
    const backup = path.join(setup.hooksDir, BACKUP_NAME);
    if (existsSync(backup)) {
      renameSync(backup, file);
      result.changes.push({ action: 'removed-script', file, restored: backup });
    } else result.changes.push({ action: 'removed-script', file });
  } else if ((existing !== undefined || linked) && setup.kind === 'hooks-dir') {
    result.changes.push({ action: 'left-foreign', file });
  }
  return result;
}

/**
 * A plain git hook records the node and the CLI that installed it. One that a package runner
 * fetched for this run (`npx @skguard/cli hook install`) is deleted without notice, and then the
 * hook cannot check anything, nor can `skguard hook uninstall` run: refuse, and say how to install
 * skguard where it stays.
 */
function refuseTemporary(options: InstallOptions): void {
  for (const [what, file] of [
    ['skguard', options.cli],
    ['node', options.node],
  ] as const) {
    const place = file === undefined ? undefined : temporaryPlace(file, options.tmpdir);
    if (place === undefined) continue;
    throw new SkguardError(
      `${what} is running from ${place} (${file}), which is emptied without notice: a hook recording it would stop working. ` +
        `Install skguard where it stays, then install the hook with it: \`npm install --save-dev ${PACKAGE_NAME}\` and \`npx skguard hook install\` in a Node project, or \`npm install --global ${PACKAGE_NAME}\` and \`skguard hook install\``,
      'hook',
    );
  }
}

/**
 * The hook file's content, or undefined when there is none. A symbolic link is refused: a
 * repository can commit `.husky/pre-commit` (or a file in a `core.hooksPath` folder) as a link to
 * any file of the user's, and install would write there. So is a `.husky` folder that is a link.
 */
function readHookFile(setup: HookSetup, file: string): string | undefined {
  const link = linkOnTheWay(setup, file);
  if (link !== undefined) {
    throw new SkguardError(
      `${rel(setup, link)} is a symbolic link: skguard does not write through links. Replace it with the file it points to, or add \`skguard staged\` to that file yourself`,
      'hook',
    );
  }
  try {
    if (!lstatSync(file).isFile()) {
      throw new SkguardError(`${rel(setup, file)} exists and is not a file: skguard leaves it alone`, 'hook');
    }
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e instanceof SkguardError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SkguardError(
      `could not read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'io',
    );
  }
}

/** The hook file, or the `.husky` folder holding it, when it is a symbolic link. */
function linkOnTheWay(setup: HookSetup, file: string): string | undefined {
  return (setup.kind === 'husky' ? [setup.huskyDir, file] : [file]).find(isLink);
}

function isLink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Writes a hook file, never through a link: O_NOFOLLOW makes the open itself fail on a link that
 * appeared after `readHookFile` looked. `mode`, when given, is set whatever the umask.
 */
function writeHookFile(file: string, content: string, mode?: number): void {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
  let fd: number;
  try {
    fd = openSync(file, flags, mode ?? 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new SkguardError(`${file} is a symbolic link: skguard does not write through links`, 'hook');
    throw new SkguardError(`could not write ${file}: ${code ?? (e as Error).message}`, 'io');
  }
  try {
    writeSync(fd, content);
    if (mode !== undefined) fchmodSync(fd, mode);
  } finally {
    closeSync(fd);
  }
}

/** A path as the user sees it: relative to the work tree's top when inside it. */
export function rel(setup: HookSetup, file: string): string {
  const r = path.relative(setup.top, file);
  return r.startsWith('..') || path.isAbsolute(r) ? file : r.split(path.sep).join('/');
}
