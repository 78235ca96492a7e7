import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { SkguardError } from '../errors.js';
import { openSession } from '../pipeline/session.js';
import { annotations, type GithubView, jobSummary, type PlacedFinding, scannedLine } from '../report/github.js';
import { reporterFor } from '../report/index.js';
import { textReporter } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { findWorkTree } from '../sources/git.js';
import type { Verifier } from '../verify/index.js';
import { VERSION } from '../version.js';
import { prepareHistory } from './commits.js';
import { type RunnerContext, readRunnerContext, repositoryFromUrl } from './context.js';
import { type ActionGit, createActionGit } from './git.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { placeFindings } from './place.js';
import { type PullRequestRef, planScan, pullRequestOf, type ScanPlan } from './plan.js';
import { publishToPullRequest } from './pull-request.js';
import { type ScanOutcome, scanCommits, scanWorkTree } from './scan.js';
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
  outcome: ScanOutcome;
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
    ? createActionGit(top, {
        token: inputs.token,
        serverUrl: context.serverUrl,
        repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
        mask: (s) => core.setSecret(s),
      })
    : undefined;

  const { outcome, scope, head, base } = await scan(plan, pr, inputs, context, top ?? context.workspace, git);
  // Every key is masked before anything that could show it is printed: the runner then hides it
  // wherever it would appear in the log (everything below only ever holds redacted forms).
  for (const secret of new Set(outcome.hits.map((h) => h.secret))) core.setSecret(secret);

  const { report } = outcome;
  core.info(`skguard: ${scannedLine(report)} (${scope})`);
  if (verifier && report.findings.length > 0) await verify(outcome, verifier);

  const placed = await placeFindings(report.findings, outcome.hits, plan.kind === 'tree' ? undefined : git, head);
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

  log(outcome, placed);
  const sarifFile = inputs.sarifFile ? path.resolve(context.workspace, inputs.sarifFile) : undefined;
  if (sarifFile) await writeSarif(sarifFile, outcome);
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

/** Runs the scan the plan calls for: the work tree, or the commits (fetching what a shallow checkout lacks). */
async function scan(
  plan: Exclude<ScanPlan, { kind: 'none' }>,
  pr: PullRequestRef | undefined,
  inputs: ActionInputs,
  context: RunnerContext,
  root: string,
  git: ActionGit | undefined,
): Promise<Scanned> {
  const fromWorkspace = (file: string | undefined) => (file ? path.resolve(context.workspace, file) : undefined);
  const session = await openSession({
    root,
    configFile: fromWorkspace(inputs.config),
    baselineFile: fromWorkspace(inputs.baseline),
  });
  if (plan.kind === 'tree' || !git) {
    return { outcome: await scanWorkTree(session, root), scope: plan.why, head: undefined, base: undefined };
  }
  const prepared = await prepareHistory(plan, git, (line) => core.info(line));
  const outcome = await scanCommits(session, root, prepared);
  let head = prepared.head;
  // A whole-history scan of a pull request: "now" is the pull request's head when the clone has it.
  if (plan.kind === 'all') head = pr && (await git.commitId(pr.head)) ? pr.head : await git.commitId('HEAD');
  const commits = outcome.report.stats.commits ?? 0;
  if (commits === 0 && prepared.whole) {
    throw new SkguardError(
      `${prepared.label}: no commit was read, so nothing can be said about the history. Check out the repository with \`fetch-depth: 0\`.`,
      'empty-scan',
    );
  }
  if (commits === 0) {
    outcome.report.notes.push({
      level: 'warning',
      code: 'empty-range',
      message: `${prepared.label}: the range holds no commit, so nothing was scanned`,
    });
  }
  return { outcome, scope: prepared.label, head, base: prepared.base };
}

/** The report in the log, then one error annotation per finding whose file is there at head. */
function log(outcome: ScanOutcome, placed: PlacedFinding[]): void {
  const { report } = outcome;
  const context = { toolName: 'skguard', toolVersion: VERSION, rules: outcome.rules, color: false };
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
  git: ActionGit | undefined,
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

/** Checks each distinct reported key once with its provider (never a suppressed one). */
async function verify(outcome: ScanOutcome, verifier: Verifier): Promise<void> {
  const { verifyHits } = await import('../verify/index.js');
  const reported = new Set(outcome.report.findings.map((f) => f.fingerprint));
  const verdicts = await verifyHits(
    outcome.hits.filter((h) => reported.has(h.finding.fingerprint)),
    verifier,
  );
  for (const f of outcome.report.findings) {
    const v = verdicts.get(f.fingerprint);
    if (v) f.verification = v;
  }
}

async function writeSarif(file: string, outcome: ScanOutcome): Promise<void> {
  const reporter = await reporterFor('sarif');
  const text = reporter(outcome.report, {
    toolName: 'skguard',
    toolVersion: VERSION,
    rules: outcome.rules,
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
