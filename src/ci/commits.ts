import { SkguardError } from '../core/errors.js';
import type { Note } from '../core/index.js';
import type { CiGit } from './git.js';
import type { ScanPlan } from './plan.js';

/** A history scan, ready to run: the clone holds every commit it needs. */
export interface PreparedHistory {
  /** `git rev-list` revisions for the history scan; empty: every ref. */
  revs: string[];
  /** The commit whose files count as "now": where annotations and review comments point. */
  head: string | undefined;
  /** The scan's bottom, when it is a range: the pull request's diff is `base...head`. */
  base: string | undefined;
  /** How the scope is described in the log, the summary and the comment. */
  label: string;
  /** True for a whole-history scan: reading no commit at all is then an error, never "clean". */
  whole: boolean;
  notes: Note[];
}

/** How many commits each deepening step asks for before giving up on steps and unshallowing. */
const DEEPEN_STEPS = [50, 250, 1000];

const FETCH_DEPTH_HINT =
  'Set `fetch-depth: 0` on actions/checkout (or make sure the job can fetch from the repository).';

/**
 * Makes sure the clone holds what the plan scans, fetching what a shallow checkout (actions/checkout
 * fetches one commit by default) lacks: the range's ends by SHA, then deeper history until no commit
 * of the range sits at the shallow boundary and its two ends meet, or the whole history. When that
 * cannot be fetched the run fails and says how to fix it: it never reports "clean" for commits it
 * did not read.
 */
export async function prepareHistory(
  plan: Exclude<ScanPlan, { kind: 'tree' } | { kind: 'none' }>,
  git: CiGit,
  log: (line: string) => void,
): Promise<PreparedHistory> {
  const notes: Note[] = [];
  switch (plan.kind) {
    case 'all': {
      if (await git.isShallow()) {
        log('skguard: the checkout is shallow: fetching the whole history (every branch and tag)');
        const error = await git.fetch(['--unshallow', '--tags'], ['+refs/heads/*:refs/remotes/origin/*']);
        if (error) throw shallowError('the whole history', error);
      }
      return { revs: [], head: 'HEAD', base: undefined, label: plan.why, whole: true, notes };
    }
    case 'ancestry': {
      await ensureCommits(git, [plan.head], plan.why, log);
      await ensureComplete(git, [plan.head], undefined, [plan.head], plan.why, log, true);
      return { revs: [plan.head], head: plan.head, base: undefined, label: plan.why, whole: true, notes };
    }
    case 'commit': {
      await ensureCommits(git, [plan.head], plan.why, log);
      const revs = [`${plan.head}^!`];
      await ensureComplete(git, revs, undefined, [plan.head], plan.why, log);
      return {
        revs,
        head: plan.head,
        base: undefined,
        label: `${plan.why}: commit ${short(plan.head)}`,
        whole: false,
        notes,
      };
    }
    case 'branch':
      return prepareBranch(git, plan.head, plan.defaultBranch, plan.why, log, notes);
    case 'range': {
      const missing = await missingCommits(git, [plan.base, plan.head]);
      if (missing.length > 0) {
        const error = await fetchCommits(git, missing, log);
        const still = await missingCommits(git, [plan.base, plan.head]);
        if (still.includes(plan.base) && !still.includes(plan.head) && plan.fallbackBranch !== undefined) {
          // A force-push whose old tip the remote no longer has: what the branch holds beyond the default branch.
          notes.push({
            level: 'info',
            code: 'before-unavailable',
            message: `the push's previous tip ${short(plan.base)} is gone (a force-push?): scanning the branch's commits not on ${plan.fallbackBranch} instead`,
          });
          return prepareBranch(git, plan.head, plan.fallbackBranch, plan.why, log, notes);
        }
        if (still.length > 0) throw missingError(plan.why, still, error);
      }
      const revs = [`${plan.base}..${plan.head}`];
      await ensureComplete(git, revs, plan.base, [plan.base, plan.head], plan.why, log);
      return {
        revs,
        head: plan.head,
        base: plan.base,
        label: `${plan.why}: ${short(plan.base)}..${short(plan.head)}`,
        whole: false,
        notes,
      };
    }
  }
}

async function prepareBranch(
  git: CiGit,
  head: string,
  defaultBranch: string,
  why: string,
  log: (line: string) => void,
  notes: Note[],
): Promise<PreparedHistory> {
  await ensureCommits(git, [head], why, log);
  const tracking = `refs/remotes/origin/${defaultBranch}`;
  let base = await git.commitId(tracking);
  if (base === undefined) {
    const depth = (await git.isShallow()) ? [`--depth=${DEEPEN_STEPS[0]}`] : [];
    const error = await git.fetch(depth, [`+refs/heads/${defaultBranch}:${tracking}`]);
    base = await git.commitId(tracking);
    if (base === undefined) {
      throw new SkguardError(
        `${why}: could not fetch the default branch ${defaultBranch} to tell the new branch's commits apart (${error ?? 'not found'}). ${FETCH_DEPTH_HINT}`,
        'shallow',
      );
    }
  }
  const revs = [head, `^${base}`];
  await ensureComplete(git, revs, base, [base, head], why, log);
  return { revs, head, base, label: `${why}: ${short(base)}..${short(head)}`, whole: false, notes };
}

async function missingCommits(git: CiGit, shas: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const sha of new Set(shas)) if ((await git.commitId(sha)) === undefined) missing.push(sha);
  return missing;
}

/** Fetches commits by SHA (GitHub serves any reachable commit, pull-request heads from forks included). */
async function fetchCommits(git: CiGit, shas: string[], log: (line: string) => void): Promise<string | undefined> {
  const shallow = await git.isShallow();
  log(`skguard: fetching ${shas.map(short).join(', ')}: not in the ${shallow ? 'shallow ' : ''}checkout`);
  return git.fetch(shallow ? [`--depth=${DEEPEN_STEPS[0]}`] : [], shas);
}

/** Makes sure the clone holds these commits, fetching them by SHA; throws naming the fix when it cannot. */
export async function ensureCommits(
  git: CiGit,
  shas: string[],
  why: string,
  log: (line: string) => void,
): Promise<void> {
  const missing = await missingCommits(git, shas);
  if (missing.length === 0) return;
  const error = await fetchCommits(git, missing, log);
  const still = await missingCommits(git, shas);
  if (still.length > 0) throw missingError(why, still, error);
}

/**
 * Deepens a shallow clone until the walk over `revs` is exact: no commit it lists sits at the
 * shallow boundary (so every parent is there to diff against), and `base` and the head meet (so
 * the walk stops where the base's history begins instead of running into history it cannot see).
 * `toEnd`: the whole ancestry is wanted, so go straight to `--unshallow`.
 */
async function ensureComplete(
  git: CiGit,
  revs: string[],
  base: string | undefined,
  ends: string[],
  why: string,
  log: (line: string) => void,
  toEnd = false,
): Promise<void> {
  const steps = toEnd ? [] : [...DEEPEN_STEPS];
  for (;;) {
    if (!(await git.isShallow())) return;
    const shallow = await git.shallowCommits();
    const commits = await git.revList(revs);
    const head = ends[ends.length - 1] as string;
    const connected = base === undefined || (await git.mergeBase(base, head)) !== undefined;
    if (connected && !commits.some((c) => shallow.has(c))) return;
    const step = steps.shift();
    const options = step === undefined ? ['--unshallow'] : [`--deepen=${step}`];
    log(
      `skguard: the checkout is shallow: fetching ${step === undefined ? 'the rest of the history' : `${step} more commits`} (${why})`,
    );
    const error = await git.fetch(options, ends);
    if (error) throw shallowError(why, error);
  }
}

function missingError(why: string, missing: string[], error: string | undefined): SkguardError {
  const list = missing.map(short).join(', ');
  return new SkguardError(
    `${why}: ${missing.length === 1 ? 'commit' : 'commits'} ${list} ${missing.length === 1 ? 'is' : 'are'} not in the checkout and could not be fetched${error ? ` (${error})` : ''}. ${FETCH_DEPTH_HINT}`,
    'shallow',
  );
}

function shallowError(what: string, error: string): SkguardError {
  return new SkguardError(
    `${what}: the checkout is shallow (actions/checkout fetches a single commit by default) and the rest of the history could not be fetched (${error}), so skguard cannot tell which keys these commits add. ${FETCH_DEPTH_HINT}`,
    'shallow',
  );
}

/** A commit id as people read it (12 characters); anything else as it is. */
export function short(sha: string): string {
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha.slice(0, 12) : sha;
}

/**
 * What a history scan that read no commit means: for a whole-history scan, that the checkout holds
 * nothing (an error: nothing can be said about the history); for a range, that the range is empty
 * (a note: nothing to scan). Undefined when commits were read.
 */
export function emptyScan(prepared: PreparedHistory, commits: number): Note | undefined {
  if (commits > 0) return undefined;
  if (prepared.whole) {
    throw new SkguardError(
      `${prepared.label}: no commit was read, so nothing can be said about the history. Check out the repository with \`fetch-depth: 0\`.`,
      'empty-scan',
    );
  }
  return {
    level: 'warning',
    code: 'empty-range',
    message: `${prepared.label}: the range holds no commit, so nothing was scanned`,
  };
}
