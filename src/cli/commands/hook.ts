import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_NAME } from '../../core/version.js';
import type { HookChange, HookResult } from '../../hook/install.js';
import { hookSource } from '../../hook/scope.js';
import { defineCommand, EXIT_CLEAN } from '../command.js';
import type { SafeIo } from '../io.js';
import { REPORT_OPTIONS, type ScanSettings, scanAndReport, scanSettings, VERBOSE } from '../scan-report.js';

/** `skguard hook install [--force] [-- ARGS...]`: ARGS go on the hook's `skguard staged` line. */
export const hookInstallCommand = defineCommand<{ force: boolean; args: string[] }>({
  spec: {
    words: ['hook', 'install'],
    description: 'run `skguard staged` before each commit: husky, core.hooksPath or .git/hooks, whichever is in use',
    args: { name: 'args', description: 'extra arguments for `skguard staged` in the hook, after --' },
    options: [{ name: 'force', description: 'replace a hook skguard did not write (it is kept and runs first)' }],
  },
  settings: ({ args, options }) => ({ force: options.force === true, args }),
  async run(s, io) {
    // Loaded on demand, as every command's heavy part: the pre-commit hook's start-up never pays for it.
    const { installHook } = await import('../../hook/install.js');
    const { tmpdirOf } = await import('../../hook/temporary.js');
    const result = await installHook({
      cwd: io.cwd,
      force: s.force,
      node: process.execPath,
      cli: installedCli(),
      args: s.args,
      tmpdir: tmpdirOf(io.env),
    });
    await print(result, io);
    return EXIT_CLEAN;
  },
});

/** `skguard hook uninstall`: takes out what install put in. */
export const hookUninstallCommand = defineCommand<Record<string, never>>({
  spec: { words: ['hook', 'uninstall'], description: 'take out what `skguard hook install` put in', options: [] },
  settings: () => ({}),
  async run(_s, io) {
    const { uninstallHook } = await import('../../hook/install.js');
    const result = await uninstallHook(io.cwd);
    if (result.changes.length === 0) io.stdout.write('skguard: no skguard pre-commit hook found: nothing to remove\n');
    await print(result, io);
    return EXIT_CLEAN;
  },
});

/**
 * `skguard hook run [FILE...]`: what the pre-commit framework calls (`.pre-commit-hooks.yaml`).
 * Staged files are checked as the commit records them; files that are not staged (under
 * `pre-commit run --all-files` / `--files`) as they are in the work tree, whole. See `hookSource`.
 */
export const hookRunCommand = defineCommand<ScanSettings & { files: string[] }>({
  spec: {
    words: ['hook', 'run'],
    description: "the pre-commit framework's entry: staged FILEs as the commit records them, others as they are",
    args: { name: 'files', description: 'files to check (default: what the next commit records)' },
    options: [...REPORT_OPTIONS, VERBOSE],
  },
  settings: (line) => ({ ...scanSettings(line), files: line.args }),
  run: (s, io) => scanAndReport(() => hookSource(io.cwd, s.files), s, io),
});

/**
 * The CLI file of the skguard that is running, as its package (`@skguard/cli`) declares it
 * (`bin.skguard`): the plain git hook records it, like `pre-commit install` records its
 * interpreter. Undefined when not found (the hook then relies on the PATH).
 */
function installedCli(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; bin?: Record<string, string> };
        const bin = pkg.name === PACKAGE_NAME ? pkg.bin?.skguard : undefined;
        if (bin) {
          const cli = path.resolve(dir, bin);
          return existsSync(cli) ? cli : undefined;
        }
      } catch {
        // Not our manifest: keep looking up.
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

async function print(result: HookResult, io: SafeIo): Promise<void> {
  const { rel } = await import('../../hook/install.js');
  for (const change of result.changes) io.stdout.write(`skguard: ${describe(change, result, rel)}\n`);
  for (const warning of result.warnings) io.stderr.write(`skguard: warning: ${warning}\n`);
}

function describe(change: HookChange, result: HookResult, rel: typeof import('../../hook/install.js').rel): string {
  const shown = rel(result.setup, change.file);
  const where =
    result.setup.kind === 'husky'
      ? ' (husky)'
      : result.setup.hooksPath
        ? ` (core.hooksPath ${result.setup.hooksPath})`
        : '';
  switch (change.action) {
    case 'added-line':
      return `${change.created ? 'created' : 'added to'} ${shown}${where}: ${change.line}`;
    case 'line-present':
      return `${shown}${where} already runs skguard staged: nothing to do`;
    case 'wrote-script':
      return `installed the pre-commit hook: ${shown}${where}${change.backup ? `; the hook that was there is kept as ${rel(result.setup, change.backup)} and runs first` : ''}`;
    case 'updated-script':
      return `updated the pre-commit hook: ${shown}${where}`;
    case 'script-current':
      return `the pre-commit hook is already installed: ${shown}${where}`;
    case 'removed-line':
      return `removed skguard from ${shown}${change.deletedFile ? ' (and the file, which held nothing else)' : ''}`;
    case 'removed-script':
      return `removed the pre-commit hook ${shown}${change.restored ? '; the hook it had replaced is back in its place' : ''}`;
    case 'left-foreign':
      return `${shown} was not written by skguard: left as it is`;
  }
}
