import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Rule } from '../core/index.js';
import { SkguardError } from '../errors.js';
import type { Hit } from '../pipeline/scan-contents.js';
import { FORMATS, reporterFor } from '../report/index.js';
import { closingLine } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { VERSION } from '../version.js';
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
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = buildProgram(io, setExit, async (run, options) => {
    debug = options.debug === true;
    const settings = reportSettings(options);
    const failOn = failOnSetting(options);
    // Loaded only for --verify (network code stays off the hook's start-up); bad endpoints fail before the scan.
    const verify = options.verify ? await (await import('./commands/verify.js')).prepareVerify(io) : undefined;
    const result = await run(settings);
    if (verify) await verify(result);
    const { report, rules } = result;
    await render(report, rules, settings, io);
    const failing =
      failOn === 'live' ? report.findings.some((f) => f.verification?.status === 'live') : report.findings.length > 0;
    exitCode = failing ? EXIT_FINDINGS : EXIT_CLEAN;
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
  /** The findings with their keys, for `--verify` (which checks only those still in `report`). */
  hits?: readonly Hit[];
}

/** `--verify` and `--fail-on`, on the commands that take them. */
interface VerifyFlags {
  verify?: boolean;
  failOn?: string;
}

type Action = (
  run: (settings: ReportSettings) => Promise<CommandResult>,
  options: CommonOptions & VerifyFlags,
) => Promise<void>;

function failOnSetting(options: VerifyFlags): 'any' | 'live' {
  const failOn = options.failOn ?? 'any';
  if (failOn !== 'any' && failOn !== 'live') {
    throw new SkguardError(`--fail-on: unknown value "${failOn}"; expected any or live`, 'usage');
  }
  if (failOn === 'live' && !options.verify) {
    throw new SkguardError('--fail-on live needs --verify: without it no key is known to be live', 'usage');
  }
  return failOn;
}

function buildProgram(io: CliIo, setExit: (code: number) => void, action: Action): Command {
  const program = new Command('skguard')
    .description('Find leaked AI-provider API keys (OpenAI, Anthropic, OpenRouter, DeepSeek, Azure OpenAI).')
    .version(VERSION, '-V, --version')
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
  const withVerify = (command: Command) =>
    command
      .option('--verify', "ask each key's provider whether it still works (sends each distinct key once)")
      .addOption(
        new Option('--fail-on <when>', 'exit 1 for any finding, or only for a live key (needs --verify)')
          .choices(['any', 'live'])
          .default('any'),
      );

  withVerify(
    withCommon(
      program
        .command('scan')
        .description('scan files under each PATH (default: the current directory); "-" reads standard input')
        .argument('[paths...]', 'files or directories; in a git work tree, what git tracks or would track'),
    ),
  ).action((paths: string[], options: CommonOptions) =>
    action(async (s) => (await import('./commands/scan.js')).scanCommand(paths, s, io), options),
  );

  withVerify(
    withCommon(
      program
        .command('staged')
        .description('scan what the next commit records (the index), reporting only keys on lines it adds')
        .option('-v, --verbose', 'print the closing line even when the commit is clean'),
    ),
  ).action((options: CommonOptions) => action((s) => stagedCommand(s, io), options));

  withVerify(
    withCommon(
      program
        .command('history')
        .description('every key ever committed (default: all refs), with the commit that added it')
        .argument('[rev-range...]', 'revisions as git takes them: main..feature, A..B, or one revision (its ancestry)'),
    ),
  ).action((revs: string[], options: CommonOptions) =>
    action(async (s) => (await import('./commands/history.js')).historyCommand(revs, s, io), options),
  );

  const hook = program.command('hook').description('install, remove or run the pre-commit hook');
  hook
    .command('install')
    .description('run `skguard staged` before each commit: husky, core.hooksPath or .git/hooks, whichever is in use')
    .argument('[args...]', 'extra arguments for `skguard staged` in the hook, after --')
    .option('--force', 'replace a hook skguard did not write (it is kept and runs first)')
    .action(async (args: string[], options: { force?: boolean }) =>
      (await import('./commands/hook.js')).hookInstallCommand(args, options, io),
    );
  hook
    .command('uninstall')
    .description('take out what `skguard hook install` put in')
    .action(async () => (await import('./commands/hook.js')).hookUninstallCommand(io));
  withVerify(
    withCommon(
      hook
        .command('run')
        .description("the pre-commit framework's entry: staged FILEs as the commit records them, others as they are")
        .argument('[files...]', 'files to check (default: what the next commit records)')
        .option('-v, --verbose', 'print the closing line even when the commit is clean'),
    ),
  ).action((files: string[], options: CommonOptions) =>
    action(async (s) => (await import('./commands/hook.js')).hookRunCommand(files, s, io), options),
  );

  const jsonOrText = () =>
    new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text');
  program
    .command('verify')
    .description('check keys read from standard input, one per line: live, invalid or unknown (exit 1 if any is live)')
    .addOption(jsonOrText())
    .option('--timeout <seconds>', 'per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)')
    .option('--azure-endpoint <url>', 'endpoint of the Azure OpenAI resource, for Azure keys given alone')
    .option('--no-color', 'no colour, even on a terminal')
    .exitOverride()
    .action(async (options) => setExit(await (await import('./commands/verify.js')).verifyCommand(options, io)));
  program
    .command('doctor')
    .description(
      'diagnose the OpenAI key in OPENAI_API_KEY: is it set, clean, reachable, accepted (exit 1 if it does not work)',
    )
    .addOption(jsonOrText())
    .option('--env-file <file>', 'read OPENAI_API_KEY (and OPENAI_*) from this .env file')
    .option('--model <name>', 'also check that the key may use this model')
    .option('--timeout <seconds>', 'per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)')
    .option('--no-color', 'no colour, even on a terminal')
    .exitOverride()
    .action(async (options) => setExit(await (await import('./commands/doctor.js')).doctorCommand(options, io)));

  return program;
}

async function render(report: ScanReport, rules: readonly Rule[], settings: ReportSettings, io: CliIo): Promise<void> {
  const target = settings.output === undefined ? io.stdout : undefined;
  const color = target !== undefined && settings.format === 'text' && useColor(io.stdout, io.env, settings.color);
  const silentWhenClean = report.stats.source === 'staged' && !settings.verbose;
  const reporter = await reporterFor(settings.format);
  const shown: ScanReport = settings.quiet ? { ...report, notes: [] } : report;
  if (settings.format === 'text' && report.findings.length === 0 && (settings.quiet || silentWhenClean)) {
    if (settings.output) writeFileSync(path.resolve(io.cwd, settings.output), '');
    return;
  }
  let text = reporter(shown, { toolName: 'skguard', toolVersion: VERSION, rules, color });
  if (settings.quiet && settings.format === 'text') text = text.replace(/[^\n]*scanned [^\n]*\n$/, '');
  if (target) target.write(text);
  else {
    try {
      writeFileSync(path.resolve(io.cwd, settings.output as string), text);
    } catch (e) {
      throw new SkguardError(
        `--output ${settings.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        'io',
      );
    }
  }
  // A machine format, or a report written to a file, leaves people without the closing line: stderr gets it.
  if (!settings.quiet && (settings.format !== 'text' || settings.output !== undefined)) {
    const where = settings.output === undefined ? '' : ` · report written to ${settings.output}`;
    io.stderr.write(`skguard: ${closingLine(report)}${where}\n`);
  }
}
