import { lstatSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { PACKAGE_NAME, VERSION } from '../core/version.js';
import { parseCommandLine } from './args.js';
import { type AnyCommand, EXIT_CLEAN, EXIT_ERROR } from './command.js';
import { doctorCommand } from './commands/doctor.js';
import { historyCommand } from './commands/history.js';
import { hookInstallCommand, hookRunCommand, hookUninstallCommand } from './commands/hook.js';
import { ignoreCommand } from './commands/ignore.js';
import { scanCommand } from './commands/scan.js';
import { stagedCommand } from './commands/staged.js';
import { verifyCommand } from './commands/verify.js';
import { type CliIo, errorLine, safeIo } from './io.js';

const ABOUT = `Find leaked AI-provider API keys (OpenAI, Anthropic, Gemini, xAI, Groq, Mistral, Hugging Face and 24 more). npm package: ${PACKAGE_NAME}.`;

/**
 * Every command, in the order `skguard --help` lists them. Each module is small; what a command
 * needs beyond parsing (the validator, the history source, the hook installer) it loads on demand,
 * so that `skguard staged` in a pre-commit hook starts with the least code.
 */
const COMMANDS: readonly AnyCommand[] = [
  scanCommand,
  stagedCommand,
  historyCommand,
  ignoreCommand,
  verifyCommand,
  doctorCommand,
  hookInstallCommand,
  hookUninstallCommand,
  hookRunCommand,
];

/**
 * Runs the CLI and returns its exit code: 0 no finding, 1 findings, 2 usage or runtime error.
 * Only the bin file turns that into the process's exit code; this is the one place errors are caught.
 */
export async function main(argv: string[], raw: CliIo): Promise<number> {
  // Everything the CLI prints goes through the redactor: a key in an argument, a path or an error
  // message is printed redacted, like the keys of the findings.
  const io = safeIo(raw);
  let debug = argv.includes('--debug');
  try {
    const specs = COMMANDS.map((c) => c.spec);
    const line = parseCommandLine(argv, specs, ABOUT, (arg) => exists(path.resolve(io.cwd, arg)));
    if (line.kind === 'help') {
      io.stdout.write(line.text);
      return EXIT_CLEAN;
    }
    if (line.kind === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_CLEAN;
    }
    debug = line.options.debug === true;
    const command = COMMANDS.find((c) => c.spec === line.spec) as AnyCommand;
    return await command.execute({ args: line.args, options: line.options }, io);
  } catch (error) {
    if (error instanceof SkguardError) {
      io.stderr.write(`skguard: error: ${errorLine(error.message)}\n`);
    } else {
      io.stderr.write(
        `skguard: internal error: ${errorLine((error as Error)?.message ?? String(error))}${debug ? '' : ' (run with --debug for details)'}\n`,
      );
    }
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
