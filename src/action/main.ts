import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import pkg from '../../package.json' with { type: 'json' };
import { SkguardError } from '../errors.js';
import { openSession } from '../pipeline/session.js';
import { annotations, type GithubView, jobSummary, type PlacedFinding, scannedLine } from '../report/github.js';
import { reporterFor } from '../report/index.js';
import { textReporter } from '../report/text.js';
import type { ScanReport } from '../report/types.js';
import { findWorkTree } from '../sources/git.js';
import { prepareHistory } from './commits.js';
import { type RunnerContext, readRunnerContext, repositoryFromUrl } from './context.js';
import { createActionGit } from './git.js';
import { type ActionInputs, getInputs } from './inputs.js';
import { placeFindings } from './place.js';
import { planScan, pullRequestOf } from './plan.js';
import { publishToPullRequest } from './pull-request.js';
import { type ScanOutcome, scanCommits, scanWorkTree } from './scan.js';

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

async function runAction(inputs: ActionInputs, context: RunnerContext): Promise<void> {
  const plan = planScan(context.eventName, context.payload, inputs.mode);
  const pr = pullRequestOf(context.eventName, context.payload);
  core.info(`skguard ${pkg.version}: ${plan.why}`);

  const top = await findWorkTree(context.workspace);
  if (!top && plan.kind !== 'tree') {
    throw new SkguardError(
      `${context.workspace} is not a git repository: add a step \`uses: actions/checkout@v4\` (with \`fetch-depth: 0\` for whole-history scans) before skguard`,
      'not-a-repository',
    );
  }
  const root = top ?? context.workspace;
  const git = top
    ? createActionGit(top, {
        token: inputs.token,
        serverUrl: context.serverUrl,
        repository: context.repository ? `${context.repository.owner}/${context.repository.repo}` : undefined,
        mask: (s) => core.setSecret(s),
      })
    : undefined;
  const fromWorkspace = (file: string | undefined) => (file ? path.resolve(context.workspace, file) : undefined);
  const session = await openSession({
    root,
    configFile: fromWorkspace(inputs.config),
    baselineFile: fromWorkspace(inputs.baseline),
  });

  let outcome: ScanOutcome;
  let head: string | undefined;
  let base: string | undefined;
  let scope: string = plan.why;
  if (plan.kind === 'none') {
    core.info(`skguard: ${plan.why}`);
    setOutputs(0, 0, undefined);
    return;
  }
  if (plan.kind === 'tree' || !git) {
    outcome = await scanWorkTree(session, root);
  } else {
    const prepared = await prepareHistory(plan, git, (line) => core.info(line));
    outcome = await scanCommits(session, root, prepared);
    scope = prepared.label;
    base = prepared.base;
    head = prepared.head;
    if (plan.kind === 'all') head = pr && (await git.commitId(pr.head)) ? pr.head : await git.commitId('HEAD');
    const commits = outcome.report.stats.commits ?? 0;
    if (commits === 0 && prepared.whole) {
      throw new SkguardError(
        `${scope}: no commit was read, so nothing can be said about the history. Check out the repository with \`fetch-depth: 0\`.`,
        'empty-scan',
      );
    }
    if (commits === 0) {
      outcome.report.notes.push({
        level: 'warning',
        code: 'empty-range',
        message: `${scope}: the range holds no commit, so nothing was scanned`,
      });
    }
  }

  // Every key is masked before anything that could hold it is printed: the runner then hides it
  // wherever it would appear in the log (the reports below only ever hold redacted forms).
  for (const secret of new Set(outcome.hits.map((h) => h.secret))) core.setSecret(secret);

  const { report } = outcome;
  core.info(`skguard: ${scannedLine(report)} (${scope})`);
  if (inputs.verify && report.findings.length > 0) await verify(outcome);

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

  core.info(
    textReporter(report, {
      toolName: 'skguard',
      toolVersion: pkg.version,
      rules: outcome.rules,
      color: false,
    }).trimEnd(),
  );
  for (const a of annotations(placed)) {
    const { message, ...properties } = a;
    core.error(message, properties);
  }

  const sarifFile = inputs.sarifFile ? path.resolve(context.workspace, inputs.sarifFile) : undefined;
  if (sarifFile) await writeSarif(sarifFile, outcome);
  const live = report.findings.filter((f) => f.verification?.status === 'live').length;
  setOutputs(report.findings.length, live, sarifFile);

  const problems: string[] = [];
  if (pr && context.repository && (inputs.comment || inputs.inlineComments)) {
    if (!inputs.token) {
      problems.push('skguard did not comment on the pull request: the github-token input is empty.');
      core.warning(problems[0] as string);
    } else {
      const octokit = getOctokit(inputs.token, { baseUrl: context.apiUrl });
      const published = await publishToPullRequest(
        octokit,
        { ...context.repository, number: pr.number, head: pr.head },
        report,
        placed,
        view,
        {
          comment: inputs.comment,
          inlineComments: inputs.inlineComments && git !== undefined && base !== undefined && head !== undefined,
          diffLines: (file) =>
            git && base && head ? git.diffLines(base, head, file) : Promise.resolve(new Set<number>()),
        },
        { info: (l) => core.info(l), warning: (l) => core.warning(l) },
      );
      problems.push(...published.problems);
    }
  }
  await writeSummary(report, placed, view, problems);

  const failing = inputs.failOn === 'never' ? false : inputs.failOn === 'live' ? live > 0 : report.findings.length > 0;
  if (failing) {
    const n = report.findings.length;
    core.setFailed(
      inputs.failOn === 'live'
        ? `skguard: ${live} of ${n} ${n === 1 ? 'key' : 'keys'} found ${live === 1 ? 'is' : 'are'} live: rotate ${live === 1 ? 'it' : 'them'} now (see the job summary)`
        : `skguard: ${n} ${n === 1 ? 'key' : 'keys'} found: rotate ${n === 1 ? 'it' : 'them'} and take ${n === 1 ? 'it' : 'them'} out of the code (see the job summary)`,
    );
  }
}

/** Checks each distinct reported key once with its provider (never a suppressed one). */
async function verify(outcome: ScanOutcome): Promise<void> {
  const { Verifier, verifyHits } = await import('../verify/index.js');
  const verifier = new Verifier({ env: process.env });
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
    toolVersion: pkg.version,
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

async function writeSummary(
  report: ScanReport,
  placed: PlacedFinding[],
  view: GithubView,
  problems: string[],
): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(jobSummary(report, placed, view, problems)).write();
}
