import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { addLine, endsEarly, hasSkguardLine, huskyLine, removeLines } from './husky.js';
import { BACKUP_NAME, hookScript, isOurScript, isPreCommitFramework, type ScriptOptions } from './script.js';
import { detectSetup, type HookSetup } from './setup.js';

export interface InstallOptions extends ScriptOptions {
  cwd: string;
  /** Replace a hook skguard did not write (it is kept as a backup and run first). */
  force: boolean;
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
  /** Things the user should know (husky not active yet, a line that ends the script early). */
  warnings: string[];
}

const PRE_COMMIT = 'pre-commit';

/** `skguard hook install`: puts `skguard staged` where this repository's set-up runs it. */
export async function installHook(options: InstallOptions): Promise<HookResult> {
  const setup = await detectSetup(options.cwd);
  const result: HookResult = { setup, changes: [], warnings: [] };
  if (setup.kind === 'husky') {
    const file = path.join(setup.huskyDir, PRE_COMMIT);
    const existing = readIfFile(file);
    if (existing !== undefined && hasSkguardLine(existing)) {
      result.changes.push({ action: 'line-present', file });
    } else {
      const line = huskyLine(setup.top, setup.huskyDir, options.args);
      mkdirSync(setup.huskyDir, { recursive: true });
      writeFileSync(file, addLine(existing ?? '', line));
      if (existing === undefined) chmodSync(file, 0o755);
      result.changes.push({ action: 'added-line', file, line, created: existing === undefined });
      const early = existing === undefined ? undefined : endsEarly(existing);
      if (early)
        result.warnings.push(
          `${rel(setup, file)} has \`${early.trim()}\` before the new line: move \`skguard staged\` above it, or it never runs`,
        );
    }
    const pkg = path.dirname(setup.huskyDir);
    const bins = [...new Set([pkg, setup.top])].map((dir) => path.join(dir, 'node_modules', '.bin', 'skguard'));
    if (!bins.some((bin) => existsSync(bin))) {
      result.warnings.push(
        `skguard is not installed in ${rel(setup, path.join(pkg, 'node_modules'))}: add it as a dev dependency (npm install --save-dev skguard), or the hook cannot find it`,
      );
    }
    if (!setup.active) {
      result.warnings.push(
        'husky is not set up in this clone yet (core.hooksPath is not set): run `npx husky` (or `npm install`, which runs its prepare script)',
      );
    }
    return result;
  }

  const file = path.join(setup.hooksDir, PRE_COMMIT);
  const script = hookScript(options);
  const existing = readIfFile(file);
  if (existing !== undefined && isOurScript(existing)) {
    if (existing === script) result.changes.push({ action: 'script-current', file });
    else {
      writeScript(file, script);
      result.changes.push({ action: 'updated-script', file });
    }
    return result;
  }
  if (existing === undefined && existsSync(file)) {
    throw new SkguardError(`${rel(setup, file)} exists and is not a file: skguard leaves it alone`, 'hook');
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
  writeScript(file, script);
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
    const existing = readIfFile(file);
    if (existing !== undefined) {
      const { content, removed } = removeLines(existing);
      if (removed > 0) {
        const deletedFile = content.trim() === '';
        if (deletedFile) unlinkSync(file);
        else writeFileSync(file, content);
        result.changes.push({ action: 'removed-line', file, deletedFile });
      }
    }
  }
  // A hooks folder may hold skguard's script from before husky (or another core.hooksPath) was set up.
  const file = path.join(setup.hooksDir, PRE_COMMIT);
  const existing = readIfFile(file);
  if (existing !== undefined && isOurScript(existing)) {
    unlinkSync(file);
    const backup = path.join(setup.hooksDir, BACKUP_NAME);
    if (existsSync(backup)) {
      renameSync(backup, file);
      result.changes.push({ action: 'removed-script', file, restored: backup });
    } else result.changes.push({ action: 'removed-script', file });
  } else if (existing !== undefined && setup.kind === 'hooks-dir') {
    result.changes.push({ action: 'left-foreign', file });
  }
  return result;
}

function readIfFile(file: string): string | undefined {
  try {
    return statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SkguardError(
      `could not read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'io',
    );
  }
}

function writeScript(file: string, script: string): void {
  writeFileSync(file, script, { mode: 0o755 });
  chmodSync(file, 0o755); // writeFileSync's mode applies only to a new file (and is masked by umask)
}

/** A path as the user sees it: relative to the work tree's top when inside it. */
export function rel(setup: HookSetup, file: string): string {
  const r = path.relative(setup.top, file);
  return r.startsWith('..') || path.isAbsolute(r) ? file : r.split(path.sep).join('/');
}
