import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../core/index.js';
import { SkguardError } from '../errors.js';
import type { Hit } from '../pipeline/scan-contents.js';
import { FORMATS, reporterFor } from '../report/index.js';
import { closingLine } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { VERSION } from '../version.js';
import { type CommandSpec, type OptionSpec, type OptionValues, parseCommandLine } from './args.js';
import type { DoctorOptions } from './commands/doctor.js';
import { stagedCommand } from './commands/staged.js';
import type { VerifyCommandOptions } from './commands/verify.js';
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
  let debug = argv.includes('--debug');
  try {
    const line = parseCommandLine(argv, COMMANDS, ABOUT);
    if (line.kind === 'help') {
      io.stdout.write(line.text);
      return EXIT_CLEAN;
    }
    if (line.kind === 'version') {
      io.stdout.write(`${VERSION}\n`);
      return EXIT_CLEAN;
    }
    debug = line.options.debug === true;
    return await dispatch(line.spec.words.join(' '), line.args, line.options, io);
  } catch (error) {
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

/** Runs one parsed command; only `staged` is loaded up front (the hook's path), the rest on demand. */
async function dispatch(command: string, args: string[], options: OptionValues, io: CliIo): Promise<number> {
  const report = (run: (settings: ReportSettings) => Promise<CommandResult>) =>
    runReport(run, options as CommonOptions & VerifyFlags, io);
  switch (command) {
    case 'scan':
      return report(async (s) => (await import('./commands/scan.js')).scanCommand(args, s, io));
    case 'staged':
      return report((s) => stagedCommand(s, io));
    case 'history':
      return report(async (s) => (await import('./commands/history.js')).historyCommand(args, s, io));
    case 'hook run':
      return report(async (s) => (await import('./commands/hook.js')).hookRunCommand(args, s, io));
    case 'hook install':
      await (await import('./commands/hook.js')).hookInstallCommand(args, { force: options.force === true }, io);
      return EXIT_CLEAN;
    case 'hook uninstall':
      await (await import('./commands/hook.js')).hookUninstallCommand(io);
      return EXIT_CLEAN;
    case 'verify':
      return (await import('./commands/verify.js')).verifyCommand(options as VerifyCommandOptions, io);
    case 'doctor':
      return (await import('./commands/doctor.js')).doctorCommand(options as DoctorOptions, io);
    default:
      throw new SkguardError(`no handler for command '${command}'`);
  }
}

/** The scanning commands' common path: verify if asked, render, and the exit code `--fail-on` asks for. */
async function runReport(
  run: (settings: ReportSettings) => Promise<CommandResult>,
  options: CommonOptions & VerifyFlags,
  io: CliIo,
): Promise<number> {
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
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
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

const ABOUT = 'Find leaked AI-provider API keys (OpenAI, Anthropic, OpenRouter, DeepSeek, Azure OpenAI).';

/** Options of every command that writes a report. */
const REPORT_OPTIONS: OptionSpec[] = [
  { name: 'format', short: 'f', value: '<format>', description: 'output format', choices: FORMATS, default: 'text' },
  { name: 'output', short: 'o', value: '<file>', description: 'write the report to a file instead of stdout' },
  {
    name: 'config',
    short: 'c',
    value: '<file>',
    description: 'config file (default: .skguard.json at the repository root)',
  },
  {
    name: 'baseline',
    short: 'b',
    value: '<file>',
    description: 'an earlier JSON report: findings already in it are not reported again',
  },
  { name: 'no-color', description: 'no colour, even on a terminal (NO_COLOR is honoured too)' },
  { name: 'quiet', short: 'q', description: 'print findings only: no notes, no closing line' },
  { name: 'debug', description: 'show stack traces for errors' },
  { name: 'verify', description: "ask each key's provider whether it still works (sends each distinct key once)" },
  {
    name: 'fail-on',
    value: '<when>',
    description: 'exit 1 for any finding, or only for a live key (needs --verify)',
    choices: ['any', 'live'],
    default: 'any',
  },
];
const VERBOSE: OptionSpec = {
  name: 'verbose',
  short: 'v',
  description: 'print the closing line even when the commit is clean',
};
const TEXT_OR_JSON: OptionSpec = {
  name: 'format',
  short: 'f',
  value: '<format>',
  description: 'output format',
  choices: ['text', 'json'],
  default: 'text',
};
const TIMEOUT: OptionSpec = {
  name: 'timeout',
  value: '<seconds>',
  description: 'per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)',
};
const NO_COLOR: OptionSpec = { name: 'no-color', description: 'no colour, even on a terminal' };

/** Every command, in the order `skguard --help` lists them. */
const COMMANDS: readonly CommandSpec[] = [
  {
    words: ['scan'],
    description: 'scan files under each PATH (default: the current directory); "-" reads standard input',
    args: { name: 'paths', description: 'files or directories; in a git work tree, what git tracks or would track' },
    options: REPORT_OPTIONS,
  },
  {
    words: ['staged'],
    description: 'scan what the next commit records (the index), reporting only keys on lines it adds',
    options: [...REPORT_OPTIONS, VERBOSE],
  },
  {
    words: ['history'],
    description: 'every key ever committed (default: all refs), with the commit that added it',
    args: {
      name: 'rev-range',
      description: 'revisions as git takes them: main..feature, A..B, or one revision (its ancestry)',
    },
    options: REPORT_OPTIONS,
  },
  {
    words: ['verify'],
    description: 'check keys read from standard input, one per line: live, invalid or unknown (exit 1 if any is live)',
    options: [
      TEXT_OR_JSON,
      TIMEOUT,
      {
        name: 'azure-endpoint',
        value: '<url>',
        description: 'endpoint of the Azure OpenAI resource, for Azure keys given alone',
      },
      {
        name: 'provider',
        value: '<id>',
        description: 'the provider of keys whose shape several share (sk- + 32 hex: deepseek or dashscope…)',
      },
      NO_COLOR,
    ],
  },
  {
    words: ['doctor'],
    description:
      'diagnose the OpenAI key in OPENAI_API_KEY: is it set, clean, reachable, accepted (exit 1 if it does not work)',
    options: [
      TEXT_OR_JSON,
      { name: 'env-file', value: '<file>', description: 'read OPENAI_API_KEY (and OPENAI_*) from this .env file' },
      { name: 'model', value: '<name>', description: 'also check that the key may use this model' },
      TIMEOUT,
      NO_COLOR,
    ],
  },
  {
    words: ['hook', 'install'],
    description: 'run `skguard staged` before each commit: husky, core.hooksPath or .git/hooks, whichever is in use',
    args: { name: 'args', description: 'extra arguments for `skguard staged` in the hook, after --' },
    options: [{ name: 'force', description: 'replace a hook skguard did not write (it is kept and runs first)' }],
  },
  { words: ['hook', 'uninstall'], description: 'take out what `skguard hook install` put in', options: [] },
  {
    words: ['hook', 'run'],
    description: "the pre-commit framework's entry: staged FILEs as the commit records them, others as they are",
    args: { name: 'files', description: 'files to check (default: what the next commit records)' },
    options: [...REPORT_OPTIONS, VERBOSE],
  },
];

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
