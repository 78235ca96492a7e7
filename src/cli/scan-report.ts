import { SkguardError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { type RunOptions, runScan, type ScanResult } from '../pipeline/run.js';
import { formatBytes, formatDuration, plural } from '../report/format.js';
import { FORMATS, type Format, reporterFor } from '../report/index.js';
import { closingLine } from '../report/text.js';
import type { HistoryProgress, Source, SourceProgress } from '../sources/types.js';
import type { OptionSpec } from './args.js';
import { EXIT_CLEAN, EXIT_FINDINGS, type ParsedLine } from './command.js';
import { type SafeIo, useColor } from './io.js';
import { formatOption, NO_COLOR } from './options.js';
import { Progress } from './progress.js';
import { newVerifier } from './verifier.js';

/**
 * What every scanning command (`scan`, `staged`, `history`, `hook run`) shares: the report options,
 * their settings, and the path from a source to an exit code — verify if asked, run the pipeline,
 * render, and the code `--fail-on` asks for.
 */

/** The report options, checked once: everything past `scanSettings` trusts them. */
export interface ScanSettings {
  format: Format;
  output: string | undefined;
  config: string | undefined;
  baseline: string | undefined;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
  verify: boolean;
  failOn: 'any' | 'live';
}

/** Options of every command that writes a report. */
export const REPORT_OPTIONS: OptionSpec[] = [
  formatOption(FORMATS),
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
  NO_COLOR,
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

export const VERBOSE: OptionSpec = {
  name: 'verbose',
  short: 'v',
  description: 'print the closing line even when the commit is clean',
};

/** The parsed report options as settings. The parser already held `--format` and `--fail-on` to their choices. */
export function scanSettings({ options }: ParsedLine): ScanSettings {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const settings: ScanSettings = {
    format: (str(options.format) ?? 'text') as Format,
    output: str(options.output),
    config: str(options.config),
    baseline: str(options.baseline),
    color: options.color !== false,
    quiet: options.quiet === true,
    verbose: options.verbose === true,
    verify: options.verify === true,
    failOn: str(options.failOn) === 'live' ? 'live' : 'any',
  };
  if (settings.failOn === 'live' && !settings.verify) {
    throw new SkguardError('--fail-on live needs --verify: without it no key is known to be live', 'usage');
  }
  return settings;
}

/**
 * Scans a source and reports: the verifier is made before the source is opened, so that a refused
 * `SKGUARD_*_BASE_URL` ends the run before anything is read.
 */
export async function scanAndReport(
  openSource: () => Promise<Source>,
  settings: ScanSettings,
  io: SafeIo,
): Promise<number> {
  const verifier = settings.verify ? await newVerifier(io) : undefined;
  const source = await openSource();
  const progress = new Progress(io.stderr, () => io.stderr.isTTY === true && !settings.quiet, io.progressDelayMs);
  const options: RunOptions = {
    configFile: settings.config,
    baselineFile: settings.baseline,
    verifier,
    onProgress: (p) => progress.update(() => progressLine(p), isComplete(p)),
  };
  let result: ScanResult;
  try {
    result = await runScan(source, options);
  } finally {
    progress.done();
  }
  // History: where each key stands now decides the way out (move it, or rotate and acknowledge).
  if (result.report.stats.source === 'history' && result.report.findings.length > 0) await placeAtHead(result, io.cwd);
  await render(result, settings, io);
  const { findings } = result.report;
  const failing =
    settings.failOn === 'live' ? findings.some((f) => f.verification?.status === 'live') : findings.length > 0;
  return failing ? EXIT_FINDINGS : EXIT_CLEAN;
}

async function render(result: ScanResult, settings: ScanSettings, io: SafeIo): Promise<void> {
  const { report, rules } = result;
  // The keys found, whatever their rule: wherever one would appear in output, its redacted form does.
  const prefixes = new Map(rules.map((r) => [r.id, r.redactPrefix]));
  for (const hit of result.hits) io.redactor.learn(hit.secret, prefixes.get(hit.finding.rule) ?? '');
  const toStdout = settings.output === undefined;
  const color = toStdout && settings.format === 'text' && useColor(io.stdout, io.env, settings.color);
  const reporter = await reporterFor(settings.format);
  const text = reporter(report, {
    toolName: 'skguard',
    toolVersion: VERSION,
    rules,
    color,
    quiet: settings.quiet,
    verbose: settings.verbose,
  });
  // The file writer (and node:crypto, which it loads) only when there is a file to write: a hook
  // whose commit is clean starts with neither.
  const toFile = async () =>
    (await import('../report/output.js')).writeReport(settings.output as string, io.redactor.scrub(text), {
      label: `--output ${settings.output}`,
      base: io.cwd,
    });
  if (text === '') {
    // Nothing to say (a clean commit, or --quiet and clean): an --output file is still written, empty.
    if (!toStdout) await toFile();
    return;
  }
  if (toStdout) io.stdout.write(text);
  else await toFile();
  // A machine format, or a report written to a file, leaves people without the closing line: stderr gets it.
  if (!settings.quiet && (settings.format !== 'text' || !toStdout)) {
    const where = toStdout ? '' : ` · report written to ${settings.output}`;
    io.stderr.write(`skguard: ${closingLine(report)}${where}\n`);
  }
}

/** Marks each history finding present, removed or deleted at HEAD (nothing when there is no HEAD). */
async function placeAtHead(result: ScanResult, cwd: string): Promise<void> {
  const { createCiGit } = await import('../ci/git.js');
  const { placeFindings } = await import('../ci/place.js');
  const git = createCiGit(cwd, { header: undefined, serverUrl: '', repository: undefined });
  const head = await git.commitId('HEAD');
  if (head) await placeFindings(result.report.findings, result.hits, git, head);
}

/** A step's last state: drawn whatever the time since the last draw, so the last line is true. */
function isComplete(p: SourceProgress): boolean {
  return p.kind === 'history' ? p.phase === 'reading' && p.listingDone && p.read >= p.listed : p.read === p.total;
}

/** The progress line of a scan, as its source reports it. */
function progressLine(p: SourceProgress): string {
  if (p.kind === 'history') return describeProgress(p);
  return `skguard: read ${p.read} of ${p.total} files (${formatBytes(p.bytes)})…`;
}

/** The history progress line's text (exported for tests). */
export function describeProgress(p: Omit<HistoryProgress, 'kind'>): string {
  const commits = p.commits === undefined ? '' : ` · ${plural(p.commits, 'commit')}`;
  if (p.phase === 'attributing') {
    return `skguard history: finding the commits that added the keys · ${p.walked.toLocaleString('en-US')}${p.commits === undefined ? '' : `/${p.commits.toLocaleString('en-US')}`} commits`;
  }
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  const total = p.listingDone ? `/${p.listed.toLocaleString('en-US')}` : '';
  let eta = '';
  if (p.listingDone && p.read > 0 && p.listed > p.read) {
    eta = ` · ETA ${formatDuration(((p.listed - p.read) * p.elapsedMs) / p.read)}`;
  }
  return `skguard history: ${p.read.toLocaleString('en-US')}${total} blobs${commits} · ${formatBytes(p.bytes)} · ${formatBytes(rate)}/s${eta}`;
}
