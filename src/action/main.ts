import path from 'node:path';
import type { BaseSettings } from '../ci/base-settings.js';
import { fitSections } from '../ci/budget.js';
import { emptyScan, type PreparedHistory, prepareHistory } from '../ci/commits.js';
import { type CiGit, createCiGit } from '../ci/git.js';
import { placeFindings } from '../ci/place.js';
import type { PullRequestRef, ScanPlan } from '../ci/plan.js';
import { SkguardError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { runScan, type ScanResult } from '../pipeline/run.js';
import { annotations, type GithubView, jobSummary, type PlacedFinding, scannedLine } from '../report/github.js';
import { textReporter } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { findWorkTree } from '../sources/git.js';
import { historySource } from '../sources/history.js';
import { pathsSource } from '../sources/paths.js';
import type { Verifier } from '../verify/index.js';
import { createOctokit } from './api.js';
import { inputReader, type RunnerContext, readRunnerContext, repositoryFromUrl } from './context.js';
import { planScan, pullRequestOf, settingsBaseOf } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { ActionLog, ANNOTATIONS_PER_KIND, SUMMARY_BYTES } from './log.js';
import { publishToPullRequest } from './pull-request.js';
import { type Judged, logReview, readBase, reviewOf, settingsPaths } from './review.js';
import { writeSarifFile } from './sarif-file.js';
import { failureMessage } from './verdict.js';

/**
 * The action: read the inputs once, scan what the event calls for, then tell GitHub (annotations,
 * job summary, pull-request comments, SARIF, outputs) and fail the check per `fail-on`. This is the
 * one place errors are caught. Everything it says goes through one `ActionLog` (`log.ts`).
 */
export async function run(): Promise<void> {
  const log = new ActionLog();
  try {
    const inputs = getInputs(inputReader(process.env));
    const context = readRunnerContext(process.env, process.cwd());
    await runAction(inputs, context, log);
  } catch (error) {
    const message =
      error instanceof SkguardError
        ? error.message
        : `internal error: ${(error as Error)?.message ?? String(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`;
    log.fail(`skguard: ${message}`);
  } finally {
    log.close();
  }
}

/** What was scanned, and the commits that frame it. */
interface Scanned {
  result: ScanResult;
  /** What was scanned, in words. */
  scope: string;
  /** The commit whose files are "now" (undefined: the work tree). */
  head: string | undefined;
  /** The pull request's diff base, for review comments (undefined: none). */
  base: string | undefined;
  /** A change under review: the settings of the commit that judged it. */
  settings: BaseSettings | undefined;
}

async function runAction(inputs: ActionInputs, context: RunnerContext, log: ActionLog): Promise<void> {
  const plan = planScan(context.eventName, context.payload, inputs.mode);
  const pr = pullRequestOf(context.eventName, context.payload);
  const judged = settingsBaseOf(context.eventName, context.payload);
  // The plan can name a branch the input chose: the log redacts it (and masks a key in it) first.
  log.text(`skguard ${VERSION}: ${plan.why}`);
  if (plan.kind === 'none') {
    setOutputs(log, 0, 0, undefined);
    return;
  }
  // A refused SKGUARD_*_BASE_URL ends the run before the scan, not after.
  const verifier = inputs.verify ? await makeVerifier() : undefined;

  const top = await findWorkTree(context.workspace);
  if (!top && plan.kind !== 'tree') {
    throw new SkguardError(
      `${context.workspace} is not a git repository: add a step \`uses: actions/checkout@v4\` (with \`fetch-depth: 0\` for whole-history scans) before skguard`,
      'not-a-repository',
    );
  }
  const git = top
    ? createCiGit(top, {
        header: authHeader(inputs.token, log),
        serverUrl: context.serverUrl,
        repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
      })
    : undefined;

  if (judged && !git) {
    throw new SkguardError(
      `${context.workspace} is not a git repository: on ${judged.subject}, skguard reads its settings from the base commit (never from the files the change brings). Add a step \`uses: actions/checkout@v4\` before skguard`,
      'not-a-repository',
    );
  }
  const { result, scope, head, base, settings } = await scan(
    plan,
    pr,
    judged,
    inputs,
    context,
    top ?? context.workspace,
    git,
    verifier,
    log,
  );
  // Every key is masked before anything that could show it is printed, and redacted wherever it
  // would appear (in a path, an author, a note) in everything below; suppressed keys too.
  const prefixes = new Map(result.rules.map((r) => [r.id, r.redactPrefix]));
  for (const hit of [...result.hits, ...result.suppressed]) {
    log.learn(hit.secret, prefixes.get(hit.finding.rule) ?? '');
  }

  const { report } = result;
  log.text(`skguard: ${scannedLine(report)} (${scope})`);

  const placing = plan.kind === 'tree' ? undefined : git;
  const placed = await placeFindings(report.findings, result.hits, placing, head);
  const review =
    judged && settings ? await reviewOf(result, placed, settings, placing, head, plan.kind !== 'tree') : undefined;
  // Links go to the repository that was scanned: an org-wide scan checks out others than its own.
  const scanned = repositoryFromUrl(await git?.originUrl(), context.serverUrl) ?? context.repository;
  const sarifFile = inputs.sarifFile ? path.resolve(context.workspace, inputs.sarifFile) : undefined;
  const view: GithubView = {
    serverUrl: context.serverUrl,
    repository: scanned ? `${scanned.owner}/${scanned.repo}` : undefined,
    head: head ?? context.sha,
    scope,
    pullRequest: pr?.number,
    verified: inputs.verify,
    runUrl: context.runUrl,
    fullList: sarifFile ? `the SARIF file ${inputs.sarifFile}` : undefined,
    scrub: (text) => log.scrub(text),
    review,
  };

  // Decided before anything is written, so that the summary and the SARIF file carry the note.
  const marks = annotations(placed, view, ANNOTATIONS_PER_KIND - 1);
  const annotatable = placed.filter((p) => p.head.state !== 'deleted').length;
  if (annotatable > marks.length) {
    report.notes.push({
      level: 'info',
      code: 'annotation-limit',
      message: `GitHub shows ${ANNOTATIONS_PER_KIND} error annotations per step (one is the check's failure): ${marks.length} of ${annotatable} findings are annotated; the job summary counts them all${sarifFile ? ' and the SARIF file lists them all' : ''}`,
    });
  }

  let sarifError: string | undefined;
  if (sarifFile) {
    try {
      writeSarifFile(sarifFile, context.workspace, report, result.rules, (text) => log.scrub(text));
      log.text(`skguard: SARIF written to ${sarifFile}`);
    } catch (error) {
      if (!(error instanceof SkguardError)) throw error;
      sarifError = error.message;
      view.fullList = undefined;
    }
  }

  logReport(log, result, marks);
  if (review && settings && judged) logReview(review, settings, judged.subject, log);
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  const overridden = report.findings.filter((f) => f.suppression && f.verification?.status === 'live').length;
  setOutputs(log, report.findings.length, live, sarifError ? undefined : sarifFile);

  const problems =
    pr && (inputs.comment || inputs.inlineComments)
      ? await publish(inputs, context, pr, report, placed, view, git, base, head, log)
      : [];
  if (sarifError) problems.push(`skguard did not write the SARIF file: ${sarifError}`);
  await log.summary(fitSections(jobSummary(report, placed, view, problems), SUMMARY_BYTES));

  const failure = [failureMessage(inputs.failOn, report.findings.length, live, overridden), sarifError].filter(Boolean);
  if (failure.length > 0) log.fail(`skguard: ${failure.join('; ')}`);
}

/**
 * The job token as git's http extraheader wants it (the form actions/checkout persists), masked in
 * the log before git ever sees it.
 */
function authHeader(token: string, log: ActionLog): string | undefined {
  if (!token) return undefined;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  log.learn(basic, '');
  return `basic ${basic}`;
}

/**
 * Runs the scan the plan calls for: the work tree, or the commits (fetching what a shallow checkout
 * lacks). A change under review (`judged`) is scanned with its base commit's settings.
 */
async function scan(
  plan: Exclude<ScanPlan, { kind: 'none' }>,
  pr: PullRequestRef | undefined,
  judged: Judged | undefined,
  inputs: ActionInputs,
  context: RunnerContext,
  root: string,
  git: CiGit | undefined,
  verifier: Verifier | undefined,
  log: ActionLog,
): Promise<Scanned> {
  const fromWorkspace = (file: string | undefined) => (file ? path.resolve(context.workspace, file) : undefined);
  const options = { configFile: fromWorkspace(inputs.config), baselineFile: fromWorkspace(inputs.baseline), verifier };
  const judge = async (head: string | undefined) => {
    if (!judged || !git) return undefined;
    const paths = settingsPaths(inputs, context.workspace, root);
    return readBase(git, judged, head, root, paths, (line) => log.text(line));
  };
  if (plan.kind === 'tree' || !git) {
    // The work tree is compared with the base to tell whether the change edits the config.
    const settings = await judge(undefined);
    const result = await runScan(await pathsSource(['.'], root), { ...options, config: settings?.config });
    return { result, scope: plan.why, head: undefined, base: undefined, settings };
  }
  const prepared: PreparedHistory = await prepareHistory(plan, git, (line) => log.text(line));
  let head = prepared.head;
  // A whole-history scan of a pull request: "now" is the pull request's head when the clone has it.
  if (plan.kind === 'all') head = pr && (await git.commitId(pr.head)) ? pr.head : await git.commitId('HEAD');
  const settings = await judge(head);
  // A range was checked complete (commits.ts deepened the clone until it was): the clone being
  // shallow below the range's base says nothing about the range.
  const source = await historySource(root, { revs: prepared.revs, complete: !prepared.whole });
  const result = await runScan(source, { ...options, config: settings?.config });
  result.report.notes.push(...prepared.notes);
  const empty = emptyScan(prepared, result.report.stats.commits ?? 0);
  if (empty) result.report.notes.push(empty);
  return { result, scope: prepared.label, head, base: prepared.base, settings };
}

/** The report in the log (text the input chose, where no command acts), then the annotations. */
function logReport(log: ActionLog, result: ScanResult, marks: ReturnType<typeof annotations>): void {
  const context = { toolName: 'skguard', toolVersion: VERSION, rules: result.rules, color: false };
  log.text(textReporter(result.report, context).trimEnd());
  for (const { message, ...properties } of marks) log.error(message, properties);
}

/** Comments on the pull request; returns what went wrong (warnings already logged). */
async function publish(
  inputs: ActionInputs,
  context: RunnerContext,
  pr: PullRequestRef,
  report: ScanReport,
  placed: PlacedFinding[],
  view: GithubView,
  git: CiGit | undefined,
  base: string | undefined,
  head: string | undefined,
  log: ActionLog,
): Promise<string[]> {
  const warn = (text: string) => {
    log.warning(text);
    return [text];
  };
  if (!context.repository) return warn('skguard did not comment on the pull request: GITHUB_REPOSITORY is not set.');
  if (!inputs.token) return warn('skguard did not comment on the pull request: the github-token input is empty.');
  const diff = git && base && head ? { git, base, head } : undefined;
  const octokit = createOctokit(inputs.token, context.apiUrl, {
    text: (line) => log.text(line),
    scrub: (text) => log.scrub(text),
  });
  const published = await publishToPullRequest(
    octokit,
    { ...context.repository, number: pr.number, head: pr.head },
    report,
    placed,
    view,
    {
      comment: inputs.comment,
      inlineComments: inputs.inlineComments && diff !== undefined,
      diffLines: (file) => (diff ? diff.git.diffLines(diff.base, diff.head, file) : Promise.resolve(new Set<number>())),
    },
    { text: (l) => log.text(l), warning: (l) => log.warning(l) },
  );
  return published.problems;
}

async function makeVerifier(): Promise<Verifier> {
  const { Verifier } = await import('../verify/index.js');
  return new Verifier({ env: process.env });
}

function setOutputs(log: ActionLog, findings: number, live: number, sarifFile: string | undefined): void {
  log.output('findings', findings);
  log.output('live', live);
  log.output('sarif-file', sarifFile ?? '');
}
