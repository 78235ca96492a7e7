import path from 'node:path';
import { shQuote } from './shell.js';

/**
 * The line `skguard hook install` adds to `.husky/pre-commit`. Husky v9 runs that file with `sh -e`
 * from the top of the work tree, with `node_modules/.bin` (relative) first on the PATH, so a bare
 * `skguard staged` finds the project's skguard: no `npx`, which would be slower and could download.
 * When the `.husky` folder sits in a sub-folder of the repository (a package in a monorepo), that
 * package's `node_modules/.bin` is put on the PATH too: the hook runs from the repository's top.
 */
export function huskyLine(top: string, huskyDir: string, args: readonly string[]): string {
  const command = ['skguard', 'staged', ...args.map(shQuote)].join(' ');
  const pkg = path.relative(top, path.dirname(huskyDir)).split(path.sep).join('/');
  if (pkg === '') return command;
  return `PATH=${shQuote(`${pkg}/node_modules/.bin`)}:"$PATH" ${command}`;
}

/** A line that runs `skguard staged` already (written by us or by hand): installing again adds nothing. */
const RUNS_SKGUARD = /^[^#\n]*(?:^|[\s;&|(])skguard\s+staged(?:\s|$)/m;

/** Exactly the lines `huskyLine` writes, whatever their arguments: what uninstall removes. */
const OUR_LINE = /^(?:PATH=(?:'[^']*'|[^\s']+):"\$PATH" )?skguard staged(?: [^\n]*)?$/;

export function hasSkguardLine(content: string): boolean {
  return RUNS_SKGUARD.test(content);
}

/** The hook file with `line` appended, keeping everything that is there. */
export function addLine(content: string, line: string): string {
  if (content === '') return `${line}\n`;
  return `${content}${content.endsWith('\n') ? '' : '\n'}${line}\n`;
}

/** The hook file without the lines `huskyLine` wrote; `removed` says how many there were. */
export function removeLines(content: string): { content: string; removed: number } {
  const lines = content.split('\n');
  const kept = lines.filter((l) => !OUR_LINE.test(l));
  return { content: kept.join('\n'), removed: lines.length - kept.length };
}

/**
 * A line that ends the script before an appended line could run (`exit`, `exec …`), outside any
 * block: install warns, since the appended `skguard staged` would never run.
 */
export function endsEarly(content: string): string | undefined {
  return content.split('\n').find((l) => /^(?:exit\b|exec\s)/.test(l.trim()));
}
