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

/**
 * Lines that prepare the script rather than check anything: blank lines, comments (and a shebang),
 * sourcing a file (`. ~/.nvm/nvm.sh`, husky v8's `husky.sh`), variable assignments and `set`
 * options. The skguard line goes after them, since it may need what they set up (node on the PATH).
 */
const SETUP_LINE =
  /^\s*(?:$|#|(?:\.|source)\s|(?:export|readonly|unset|umask)\s|set\s+[-+]|[A-Za-z_][A-Za-z0-9_]*=(?:"[^"]*"|'[^']*'|[^\s;&|'"]*)\s*(?:#.*)?$)/;

/**
 * The hook file with `line` as its first command, keeping everything that is there: the key check
 * takes a few milliseconds and should block a commit before the slow steps (husky's sample
 * `npm test`, lint-staged) run, and an `exit` or `exec` further down cannot skip it.
 */
export function insertLine(content: string, line: string): string {
  if (content === '') return `${line}\n`;
  const lines = (content.endsWith('\n') ? content.slice(0, -1) : content).split('\n');
  let at = 0;
  while (at < lines.length && SETUP_LINE.test(lines[at] ?? '')) at++;
  // A block of setup lines ends at the last one that is not blank or a comment: the skguard line
  // goes right after it, and a comment heading the next command stays with that command.
  while (at > 0 && /^\s*(?:$|#(?!!))/.test(lines[at - 1] ?? '') && at < lines.length) at--;
  lines.splice(at, 0, line);
  return `${lines.join('\n')}\n`;
}

/** The hook file without the lines `huskyLine` wrote; `removed` says how many there were. */
export function removeLines(content: string): { content: string; removed: number } {
  const lines = content.split('\n');
  const kept = lines.filter((l) => !OUR_LINE.test(l));
  return { content: kept.join('\n'), removed: lines.length - kept.length };
}
