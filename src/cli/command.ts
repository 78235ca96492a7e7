import type { CommandSpec, OptionValues } from './args.js';
import type { SafeIo } from './io.js';

/** The command line as the parser hands it to a command: positional arguments and option values. */
export interface ParsedLine {
  args: string[];
  options: OptionValues;
}

/**
 * One CLI command: its spec (words, arguments, options: what the parser and the help read), how
 * its parsed line becomes its typed settings (checked once, here, with errors that name the option),
 * and what it does. `run` returns the exit code: 0 clean, 1 findings (or a live key, a failing
 * diagnosis); 2 is thrown as a SkguardError and turned into a code by `main`.
 */
export interface Command<S> {
  spec: CommandSpec;
  settings(line: ParsedLine, io: SafeIo): S;
  run(settings: S, io: SafeIo): Promise<number>;
}

/** A command with its settings type erased, as the command table holds it. */
export interface AnyCommand {
  spec: CommandSpec;
  execute(line: ParsedLine, io: SafeIo): Promise<number>;
}

export function defineCommand<S>(command: Command<S>): AnyCommand {
  return { spec: command.spec, execute: (line, io) => command.run(command.settings(line, io), io) };
}

/** Exit codes: 0 no finding, 1 findings, 2 usage or runtime error. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
