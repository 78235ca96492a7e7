import type { getOctokit } from '@actions/github';
import {
  type GithubView,
  inlineComment,
  inlineMarker,
  isSummaryComment,
  type PlacedFinding,
  resolvedComment,
  summaryComment,
} from '../report/github.js';
import type { ScanReport } from '../report/types.js';

export type Octokit = ReturnType<typeof getOctokit>;

/** The pull request comments go to. */
export interface PullRequestTarget {
  owner: string;
  repo: string;
  number: number;
  /** The head commit: review comments are made on it. */
  head: string;
}

export interface PublishOptions {
  comment: boolean;
  inlineComments: boolean;
  /** Lines of the pull request's diff in a file (head side): review comments elsewhere would be refused. */
  diffLines: (file: string) => Promise<Set<number>>;
}

export interface PublishResult {
  /** What happened to the summary comment. */
  summary: 'created' | 'updated' | 'unchanged' | 'none' | 'failed';
  /** Review comments made in this run. */
  inline: number;
  /** What went wrong, for the job summary (each also logged as a warning). */
  problems: string[];
}

interface Log {
  info: (line: string) => void;
  warning: (line: string) => void;
}

/**
 * Keeps the pull request up to date: one summary comment, found by its marker among all the
 * issue's comments (every page) and edited in place, and a review comment on each diff line where
 * a key stands at head, unless an earlier run made it. Nothing here ends the run: a refused call (a
 * read-only token on a pull request from a fork, a line off the diff) becomes a warning, and the
 * check's result stays what the findings make it.
 */
export async function publishToPullRequest(
  octokit: Octokit,
  target: PullRequestTarget,
  report: ScanReport,
  placed: readonly PlacedFinding[],
  view: GithubView,
  options: PublishOptions,
  log: Log,
): Promise<PublishResult> {
  const result: PublishResult = { summary: 'none', inline: 0, problems: [] };
  const problem = (what: string, error: unknown) => {
    const text = describeFailure(what, error);
    result.problems.push(text);
    log.warning(text);
  };
  const { owner, repo, number } = target;

  if (options.comment) {
    try {
      result.summary = await upsertSummary(octokit, target, report, placed, view, log);
    } catch (error) {
      result.summary = 'failed';
      problem('update the pull request comment', error);
      if (isPermissionError(error)) return result;
    }
  }

  if (!options.inlineComments) return result;
  try {
    const wanted = await inlineCandidates(placed, options.diffLines);
    if (wanted.length === 0) return result;
    const existing = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    });
    const made = new Set(existing.map((c) => c.body ?? ''));
    const already = (p: PlacedFinding) => [...made].some((body) => body.includes(inlineMarker(p.finding)));
    for (const p of wanted) {
      if (already(p) || p.head.state !== 'present') continue;
      try {
        await octokit.rest.pulls.createReviewComment({
          owner,
          repo,
          pull_number: number,
          commit_id: target.head,
          path: p.finding.file,
          line: p.head.line,
          side: 'RIGHT',
          body: inlineComment(p.finding),
        });
        result.inline++;
      } catch (error) {
        if (statusOf(error) === 422) {
          // GitHub decides what is on the diff; a line it refuses is in the summary and the annotations.
          log.info(
            `skguard: no review comment on ${p.finding.file}:${p.head.line}: GitHub refused the line (HTTP 422, not part of the diff)`,
          );
          continue;
        }
        throw error;
      }
    }
  } catch (error) {
    problem('add review comments to the pull request', error);
  }
  return result;
}

async function upsertSummary(
  octokit: Octokit,
  target: PullRequestTarget,
  report: ScanReport,
  placed: readonly PlacedFinding[],
  view: GithubView,
  log: Log,
): Promise<PublishResult['summary']> {
  const { owner, repo, number } = target;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: number,
    per_page: 100,
  });
  const existing = comments.find((c) => isSummaryComment(c.body));
  const body =
    report.findings.length > 0
      ? summaryComment(report, placed, view)
      : existing
        ? resolvedComment(report, view)
        : undefined;
  if (body === undefined) return 'none';
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    log.info(`skguard: updated the summary comment on pull request #${number}`);
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  log.info(`skguard: commented on pull request #${number}`);
  return 'created';
}

/** Findings standing at head on a line of the diff, one per key and file. */
async function inlineCandidates(
  placed: readonly PlacedFinding[],
  diffLines: (file: string) => Promise<Set<number>>,
): Promise<PlacedFinding[]> {
  const out: PlacedFinding[] = [];
  const seen = new Set<string>();
  const lines = new Map<string, Set<number>>();
  for (const p of placed) {
    if (p.head.state !== 'present') continue;
    const id = inlineMarker(p.finding);
    if (seen.has(id)) continue;
    let inDiff = lines.get(p.finding.file);
    if (!inDiff) {
      inDiff = await diffLines(p.finding.file);
      lines.set(p.finding.file, inDiff);
    }
    if (!inDiff.has(p.head.line)) continue;
    seen.add(id);
    out.push(p);
  }
  return out;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function isPermissionError(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403 || status === 404;
}

function describeFailure(what: string, error: unknown): string {
  const status = statusOf(error);
  const message = firstLine((error as Error | undefined)?.message ?? String(error));
  if (isPermissionError(error)) {
    return (
      `skguard could not ${what} (HTTP ${status}: ${message}). The token cannot write to this pull request: ` +
      'a pull request from a fork gets a read-only token, and otherwise the job needs `permissions: pull-requests: write`. ' +
      'The findings are in the job summary, the annotations and the SARIF file; the check result is unaffected.'
    );
  }
  return `skguard could not ${what}${status ? ` (HTTP ${status})` : ''}: ${message}. The check result is unaffected.`;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').slice(0, 300);
}
