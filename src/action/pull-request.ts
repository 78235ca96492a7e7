import { cutToBytes, fitSections } from '../ci/budget.js';
import {
  type GithubView,
  hasReviewNews,
  type InlineNote,
  inlineMarker,
  inlineNote,
  isSummaryComment,
  markersIn,
  type PlacedFinding,
  type PresentFinding,
  resolvedComment,
  reviewBody,
  summaryComment,
} from '../report/github.js';
import type { ScanReport } from '../report/types.js';
import { type Octokit, statusOf } from './api.js';
import { type Identity, isAuthor, tokenIdentity } from './identity.js';

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
  text: (line: string) => void;
  warning: (line: string) => void;
}

/** GitHub's limit on an issue comment's body: 65,536 characters (bytes of UTF-8 are never fewer). */
export const COMMENT_BYTES = 65_536;
/** Most review comments in the one review a run makes; the rest are in the summaries. */
export const REVIEW_COMMENTS = 30;
/** Most files whose diff is read to place review comments (each is a git process). */
const DIFF_FILES = 200;

/**
 * Keeps the pull request up to date: one summary comment of skguard's own, found among all the
 * issue's comments (every page) by its author and its marker and edited in place, and one review
 * whose comments mark the diff lines where keys stand at head, unless an earlier run of skguard
 * marked them. A comment is skguard's only when the token's identity wrote it: anyone can paste the
 * marker. Nothing here ends the run: a refused call (a read-only token on a pull request from a
 * fork, a line GitHub will not place) becomes a warning or a log line, and the check's result stays
 * what the findings make it.
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

  let me: Identity;
  try {
    me = await tokenIdentity(octokit);
  } catch (error) {
    problem('tell which comments are its own (GET /user)', error);
    return result;
  }

  if (options.comment) {
    try {
      result.summary = await upsertSummary(octokit, target, report, placed, view, me, log);
    } catch (error) {
      result.summary = 'failed';
      problem('update the pull request comment', error);
      if (isPermissionError(error)) return result;
    }
  }

  if (options.inlineComments) {
    try {
      result.inline = await review(octokit, target, placed, view, options.diffLines, me, log);
    } catch (error) {
      problem('add review comments to the pull request', error);
    }
  }
  return result;
}

async function upsertSummary(
  octokit: Octokit,
  target: PullRequestTarget,
  report: ScanReport,
  placed: readonly PlacedFinding[],
  view: GithubView,
  me: Identity,
  log: Log,
): Promise<PublishResult['summary']> {
  const { owner, repo, number } = target;
  const every = { owner, repo, per_page: 100 };
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...every, issue_number: number });
  const existing = comments.find((c) => isAuthor(c.user, me) && isSummaryComment(c.body));
  // Keys, or what reviewers must see without a key (suppressions it adds, a settings change).
  const markdown = hasReviewNews(report, view)
    ? fitSections(summaryComment(report, placed, view), COMMENT_BYTES)
    : existing
      ? resolvedComment(report, view)
      : undefined;
  if (markdown === undefined) return 'none';
  const body = cutToBytes(view.scrub(markdown), COMMENT_BYTES);
  if (existing) {
    if (existing.body === body) return 'unchanged';
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
    log.text(`skguard: updated its summary comment on pull request #${number}`);
    return 'updated';
  }
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  log.text(`skguard: commented on pull request #${number}`);
  return 'created';
}

/**
 * One review marking up to REVIEW_COMMENTS keys that stand at head on lines of the diff and that
 * no earlier review of skguard's marked. Returns how many it marked.
 */
async function review(
  octokit: Octokit,
  target: PullRequestTarget,
  placed: readonly PlacedFinding[],
  view: GithubView,
  diffLines: (file: string) => Promise<Set<number>>,
  me: Identity,
  log: Log,
): Promise<number> {
  const present = placed.filter((p): p is PresentFinding => p.head.state === 'present');
  if (present.length === 0) return 0;
  const { owner, repo, number } = target;
  const every = { owner, repo, per_page: 100 };
  const existing = await octokit.paginate(octokit.rest.pulls.listReviewComments, { ...every, pull_number: number });
  const marked = new Set(existing.filter((c) => isAuthor(c.user, me)).flatMap((c) => markersIn(c.body)));
  const { notes, unmarked } = await candidates(present, view, marked, diffLines);
  if (notes.length === 0) return 0;
  try {
    await octokit.rest.pulls.createReview({
      owner,
      repo,
      pull_number: number,
      commit_id: target.head,
      event: 'COMMENT',
      body: reviewBody(notes.length, notes.length + unmarked),
      comments: notes.map((n) => ({ path: n.path, line: n.line, side: 'RIGHT' as const, body: n.body })),
    });
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    // GitHub decides what is on the diff, and refuses the whole review for one line it will not
    // place: the keys are in the summary comment, the annotations and the job summary.
    log.text(
      `skguard: GitHub refused the review marking ${notes.length} ${notes.length === 1 ? 'line' : 'lines'} (HTTP 422: ${firstLine((error as Error).message)}): the keys are in the summary comment and the job summary`,
    );
    return 0;
  }
  log.text(
    `skguard: marked ${notes.length} ${notes.length === 1 ? 'line' : 'lines'} in a review on pull request #${number}`,
  );
  return notes.length;
}

/**
 * The review comments to make (one per key and file, on a line of the diff, not marked before, at
 * most REVIEW_COMMENTS), and how many keys standing at head stay unmarked besides. A path that holds
 * a key is never sent as a review comment's path.
 */
async function candidates(
  present: readonly PresentFinding[],
  view: GithubView,
  marked: Set<string>,
  diffLines: (file: string) => Promise<Set<number>>,
): Promise<{ notes: InlineNote[]; unmarked: number }> {
  const notes: InlineNote[] = [];
  const seen = new Set<string>();
  const lines = new Map<string, Set<number>>();
  let unmarked = 0;
  for (const p of present) {
    const marker = inlineMarker(p.finding);
    if (seen.has(marker) || marked.has(marker)) continue;
    seen.add(marker);
    const file = p.finding.file;
    let inDiff = lines.get(file);
    if (!inDiff && notes.length < REVIEW_COMMENTS && lines.size < DIFF_FILES && view.scrub(file) === file) {
      inDiff = await diffLines(file);
      lines.set(file, inDiff);
    }
    if (notes.length < REVIEW_COMMENTS && inDiff?.has(p.head.line)) notes.push(inlineNote(p, view));
    else unmarked++;
  }
  return { notes, unmarked };
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
