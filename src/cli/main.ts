import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { Rule } from '../core/index.js';
import { SkguardError } from '../errors.js';
import { formatBytes, formatDuration, plural } from '../report/format.js';
import { FORMATS, reporterFor } from '../report/index.js';
import type { ScanReport } from '../report/types.js';
import { scanCommand } from './commands/scan.js';
import { stagedCommand } from './commands/staged.js';
import { type CliIo, useColor } from './io.js';
import { type CommonOptions, type ReportSettings, reportSettings } from './settings.js';

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/**
 * Runs the CLI and returns its exit code: 0 no finding, 1 findings, 2 usage or runtime error.
 * Only the bin file turns that into the process's exit code.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let exitCode = EXIT_CLEAN;
  let debug = argv.includes('--debug');
  const program = buildProgram(io, async (run, options) => {
    debug = options.debug === true;
    const settings = reportSettings(options);
    const { report, rules } = await run(settings);
    await render(report, rules, settings, io);
    exitCode = report.findings.length > 0 ? EXIT_FINDINGS : EXIT_CLEAN;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are answers, not errors; commander has already printed its message.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0
        ? EXIT_CLEAN
        : EXIT_ERROR;
    }
    if (error instanceof SkguardError) {
      io.stderr.write(`skguard: error: ${error.message}\n`);
    } else {
      io.stderr.write(
        `skguard: internal error: ${(error as Error)?.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`,
      );
    }
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT_ERROR;
  }
}

/** What a scanning command returns: the report and the rules it ran (SARIF lists them). */
export interface CommandResult {
  report: ScanReport;
  rules: readonly Rule[];
}

type Action = (run: (settings: ReportSettings) => Promise<CommandResult>, options: CommonOptions) => Promise<void>;

function buildProgram(io: CliIo, action: Action): Command {
  const program = new Command('skguard')
    .description('Find leaked AI-provider API keys (OpenAI, Anthropic, OpenRouter, DeepSeek, Azure OpenAI).')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError('(run skguard --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const withCommon = (command: Command) =>
    command
      .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
      .option('-o, --output <file>', 'write the report to a file instead of stdout')
      .option('-c, --config <file>', 'config file (default: .skguard.json at the repository root)')
      .option('-b, --baseline <file>', 'an earlier JSON report: findings already in it are not reported again')
      .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
      .option('-q, --quiet', 'print findings only: no notes, no closing line')
      .option('--debug', 'show stack traces for errors')
      .exitOverride();

  withCommon(
    program
      .command('scan')
      .description('scan files under each PATH (default: the current directory); "-" reads standard input')
      .argument('[paths...]', 'files or directories; in a git work tree, what git tracks or would track'),
  ).action((paths: string[], options: CommonOptions) => action((s) => scanCommand(paths, s, io), options));

  withCommon(
    program
      .command('staged')
      .description('scan what the next commit records (the index), reporting only keys on lines it adds')
      .option('-v, --verbose', 'print the closing line even when the commit is clean'),
  ).action((options: CommonOptions) => action((s) => stagedCommand(s, io), options));

  return program;
}

async function render(report: ScanReport, rules: readonly Rule[], settings: ReportSettings, io: CliIo): Promise<void> {
  const target = settings.output === undefined ? io.stdout : undefined;
  const color = target !== undefined && settings.format === 'text' && useColor(io.stdout, io.env, settings.color);
  const silentWhenClean = report.stats.source === 'staged' && !settings.verbose;
  const reporter = await reporterFor(settings.format);
  const shown: ScanReport = settings.quiet ? { ...report, notes: [] } : report;
  if (
    settings.format === 'text' &&
    report.findings.length === 0 &&
    (settings.quiet || (silentWhenClean && report.notes.length === 0))
  ) {
    if (settings.output) writeFileSync(path.resolve(io.cwd, settings.output), '');
    return;
  }
  let text = reporter(shown, { toolName: 'skguard', toolVersion: pkg.version, rules, color });
  if (settings.quiet && settings.format === 'text') text = text.replace(/[^\n]*scanned [^\n]*\n$/, '');
  if (target) {
    target.write(text);
    return;
  }
  try {
    writeFileSync(path.resolve(io.cwd, settings.output as string), text);
  } catch (e) {
    throw new SkguardError(
      `--output ${settings.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'io',
    );
  }
  if (!settings.quiet) {
    const n = report.findings.length;
    const s = report.stats;
    io.stderr.write(
      `skguard: ${n === 0 ? 'no keys found' : plural(n, 'finding')} · ${plural(s.files, 'file')} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)} · report written to ${settings.output}\n`,
    );
  }
}
