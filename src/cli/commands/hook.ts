import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HookChange, type HookResult, installHook, rel, uninstallHook } from '../../hook/install.js';
import { hookScope, worktreeListing } from '../../hook/scope.js';
import { tmpdirOf } from '../../hook/temporary.js';
import { type Hit, newTally, scanContents } from '../../pipeline/scan-contents.js';
import { closeSession, openSession } from '../../pipeline/session.js';
import type { ScanReport } from '../../report/types.js';
import { readFiles } from '../../sources/files.js';
import { stagedContents } from '../../sources/staged.js';
import { PACKAGE_NAME } from '../../version.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../main.js';
import type { ReportSettings } from '../settings.js';

/** `skguard hook install [--force] [-- ARGS...]`: ARGS go on the hook's `skguard staged` line. */
export async function hookInstallCommand(args: string[], options: { force?: boolean }, io: CliIo): Promise<void> {
  const result = await installHook({
    cwd: io.cwd,
    force: options.force === true,
    node: process.execPath,
    cli: installedCli(),
    args,
    tmpdir: tmpdirOf(io.env),
  });
  print(result, io);
}

/** `skguard hook uninstall`: takes out what install put in. */
export async function hookUninstallCommand(io: CliIo): Promise<void> {
  const result = await uninstallHook(io.cwd);
  if (result.changes.length === 0) io.stdout.write('skguard: no skguard pre-commit hook found: nothing to remove\n');
  print(result, io);
}

/**
 * `skguard hook run [FILE...]`: what the pre-commit framework calls (`.pre-commit-hooks.yaml`).
 * Staged files are checked as the commit records them; files that are not staged (under
 * `pre-commit run --all-files` / `--files`) as they are in the work tree, whole. See `hookScope`.
 */
export async function hookRunCommand(files: string[], settings: ReportSettings, io: CliIo): Promise<CommandResult> {
  const scope = await hookScope(io.cwd, files);
  const session = await openSession({
    root: scope.kind === 'staged' ? scope.changes.top : scope.top,
    configFile: settings.config,
    baselineFile: settings.baseline,
  });
  const tally = newTally();
  let report: ScanReport;
  let hits: Hit[];
  if (scope.kind === 'staged') {
    const { changes } = scope;
    const kept = changes.files.filter((f) => !session.isExcluded(f.path));
    hits = await scanContents(await stagedContents({ ...changes, files: kept }), session.scanner, tally);
    report = closeSession(session, hits, tally, 'staged', {
      ...changes.skipped,
      excluded: changes.files.length - kept.length,
      unreadable: 0,
    });
  } else {
    const listing = worktreeListing(scope.top, scope.files, session.isExcluded);
    for (const file of listing.unreadable) {
      session.notes.push({ level: 'warning', code: 'unreadable-file', message: `could not read ${file}` });
    }
    const contents = readFiles(listing.files, (file, error) => {
      listing.skipped.unreadable++;
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      session.notes.push({ level: 'warning', code: 'unreadable-file', message: `could not read ${file}: ${code}` });
    });
    hits = await scanContents(contents, session.scanner, tally);
    report = closeSession(session, hits, tally, 'files', listing.skipped);
  }
  // Only some files were read: a fingerprint in .skguardignore that matched nothing here may well
  // match elsewhere, so saying so would be noise on every commit.
  report.notes = report.notes.filter((n) => n.code !== 'unused-ignore');
  return { report, rules: session.rules, hits };
}

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

function print(result: HookResult, io: CliIo): void {
  for (const change of result.changes) io.stdout.write(`skguard: ${describe(change, result)}\n`);
  for (const warning of result.warnings) io.stderr.write(`skguard: warning: ${warning}\n`);
}

function describe(change: HookChange, result: HookResult): string {
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
