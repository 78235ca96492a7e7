import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { emptyScan, type PreparedHistory, prepareHistory } from '../ci/commits.js';
import { type CiGit, createCiGit } from '../ci/git.js';
import { placeFindings } from '../ci/place.js';
import type { PullRequestRef, ScanPlan } from '../ci/plan.js';
import { SkguardError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { runScan, type ScanResult } from '../pipeline/run.js';
import { annotations, type GithubView, jobSummary, type PlacedFinding, scannedLine } from '../report/github.js';
import { reporterFor } from '../report/index.js';
import { textReporter } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { findWorkTree } from '../sources/git.js';
import { historySource } from '../sources/history.js';
import { pathsSource } from '../sources/paths.js';
import type { Verifier } from '../verify/index.js';
import { type RunnerContext, readRunnerContext, repositoryFromUrl } from './context.js';
import { planScan, pullRequestOf } from './event.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { publishToPullRequest } from './pull-request.js';
import { failureMessage } from './verdict.js';

/** Error annotations GitHub displays per step (the rest are dropped); the step's failure is one of them. */
const ANNOTATION_LIMIT = 10;

/**
 * The action: read the inputs once, scan what the event calls for, then tell GitHub (annotations,
 * job summary, pull-request comments, SARIF, outputs) and fail the check per `fail-on`. This is the
 * one place errors are caught.
 */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs((name) => core.getInput(name));
    const context = readRunnerContext(process.env, process.cwd());
    await runAction(inputs, context);
  } catch (error) {
    const message =
      error instanceof SkguardError
        ? error.message
        : `internal error: ${(error as Error)?.message ?? String(error)}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`;
    core.setFailed(`skguard: ${message}`);
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
}

async function runAction(inputs: ActionInputs, context: RunnerContext): Promise<void> {
  const plan = planScan(context.eventName, context.payload, inputs.mode);
  const pr = pullRequestOf(context.eventName, context.payload);
  core.info(`skguard ${VERSION}: ${plan.why}`);
  if (plan.kind === 'none') {
    setOutputs(0, 0, undefined);
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
        header: authHeader(inputs.token),
        serverUrl: context.serverUrl,
        repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
      })
    : undefined;

  const { result, scope, head, base } = await scan(plan, pr, inputs, context, top ?? context.workspace, git, verifier);
  // Every key is masked before anything that could show it is printed: the runner then hides it
  // wherever it would appear in the log (everything below only ever holds redacted forms).
  for (const secret of new Set(result.hits.map((h) => h.secret))) core.setSecret(secret);

  const { report } = result;
  core.info(`skguard: ${scannedLine(report)} (${scope})`);

  const placed = await placeFindings(report.findings, result.hits, plan.kind === 'tree' ? undefined : git, head);
  // Links go to the repository that was scanned: an org-wide scan checks out others than its own.
  const scanned = repositoryFromUrl(await git?.originUrl(), context.serverUrl) ?? context.repository;
  const view: GithubView = {
    serverUrl: context.serverUrl,
    repository: scanned ? `${scanned.owner}/${scanned.repo}` : undefined,
    head: head ?? context.sha,
    scope,
    verified: inputs.verify,
    runUrl: context.runUrl,
  };

  log(result, placed);
  const sarifFile = inputs.sarifFile ? path.resolve(context.workspace, inputs.sarifFile) : undefined;
  if (sarifFile) await writeSarif(sarifFile, result);
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  setOutputs(report.findings.length, live, sarifFile);

  const problems =
    pr && (inputs.comment || inputs.inlineComments)
      ? await publish(inputs, context, pr, report, placed, view, git, base, head)
      : [];
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(jobSummary(report, placed, view, problems)).write();

  const failure = failureMessage(inputs.failOn, report.findings.length, live);
  if (failure) core.setFailed(`skguard: ${failure}`);
}

/**
 * The job token as git's http extraheader wants it (the form actions/checkout persists), masked in
 * the log before git ever sees it.
 */
function authHeader(token: string): string | undefined {
  if (!token) return undefined;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  core.setSecret(basic);
  return `basic ${basic}`;
}

/** Runs the scan the plan calls for: the work tree, or the commits (fetching what a shallow checkout lacks). */
async function scan(
  plan: Exclude<ScanPlan, { kind: 'none' }>,
  pr: PullRequestRef | undefined,
  inputs: ActionInputs,
  context: RunnerContext,
  root: string,
  git: CiGit | undefined,
  verifier: Verifier | undefined,
): Promise<Scanned> {
  const fromWorkspace = (file: string | undefined) => (file ? path.resolve(context.workspace, file) : undefined);
  const options = { configFile: fromWorkspace(inputs.config), baselineFile: fromWorkspace(inputs.baseline), verifier };
  if (plan.kind === 'tree' || !git) {
    const result = await runScan(await pathsSource(['.'], root), options);
    return { result, scope: plan.why, head: undefined, base: undefined };
  }
  const prepared: PreparedHistory = await prepareHistory(plan, git, (line) => core.info(line));
  // A range was checked complete (commits.ts deepened the clone until it was): the clone being
  // shallow below the range's base says nothing about the range.
  const source = await historySource(root, { revs: prepared.revs, complete: !prepared.whole });
  const result = await runScan(source, options);
  result.report.notes.push(...prepared.notes);
  const empty = emptyScan(prepared, result.report.stats.commits ?? 0);
  if (empty) result.report.notes.push(empty);
  let head = prepared.head;
  // A whole-history scan of a pull request: "now" is the pull request's head when the clone has it.
  if (plan.kind === 'all') head = pr && (await git.commitId(pr.head)) ? pr.head : await git.commitId('HEAD');
  return { result, scope: prepared.label, head, base: prepared.base };
}

/** The report in the log, then one error annotation per finding whose file is there at head. */
function log(result: ScanResult, placed: PlacedFinding[]): void {
  const { report } = result;
  const context = { toolName: 'skguard', toolVersion: VERSION, rules: result.rules, color: false };
  core.info(textReporter(report, context).trimEnd());
  const marks = annotations(placed);
  for (const { message, ...properties } of marks) core.error(message, properties);
  if (marks.length >= ANNOTATION_LIMIT) {
    report.notes.push({
      level: 'info',
      code: 'annotation-limit',
      message: `GitHub shows at most ${ANNOTATION_LIMIT} error annotations per step: all ${report.findings.length} findings are in this summary and the SARIF report`,
    });
  }
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
): Promise<string[]> {
  const warn = (text: string) => {
    core.warning(text);
    return [text];
  };
  if (!context.repository) return warn('skguard did not comment on the pull request: GITHUB_REPOSITORY is not set.');
  if (!inputs.token) return warn('skguard did not comment on the pull request: the github-token input is empty.');
  const diff = git && base && head ? { git, base, head } : undefined;
  const published = await publishToPullRequest(
    getOctokit(inputs.token, { baseUrl: context.apiUrl }),
    { ...context.repository, number: pr.number, head: pr.head },
    report,
    placed,
    view,
    {
      comment: inputs.comment,
      inlineComments: inputs.inlineComments && diff !== undefined,
      diffLines: (file) => (diff ? diff.git.diffLines(diff.base, diff.head, file) : Promise.resolve(new Set<number>())),
    },
    { info: (l) => core.info(l), warning: (l) => core.warning(l) },
  );
  return published.problems;
}

async function makeVerifier(): Promise<Verifier> {
  const { Verifier } = await import('../verify/index.js');
  return new Verifier({ env: process.env });
}

async function writeSarif(file: string, result: ScanResult): Promise<void> {
  const reporter = await reporterFor('sarif');
  const text = reporter(result.report, {
    toolName: 'skguard',
    toolVersion: VERSION,
    rules: result.rules,
    color: false,
  });
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (e) {
    throw new SkguardError(
      `input sarif-file: cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'input',
    );
  }
  core.info(`skguard: SARIF written to ${file}`);
}

function setOutputs(findings: number, live: number, sarifFile: string | undefined): void {
  core.setOutput('findings', findings);
  core.setOutput('live', live);
  core.setOutput('sarif-file', sarifFile ?? '');
}
