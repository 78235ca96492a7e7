/** What `mode` asks for: `auto` decides from the event; `history` the whole history; `tree` the checked-out files. */
export type ScanMode = 'auto' | 'history' | 'tree';

/**
 * What one run scans, decided from the CI event alone (pure: no git, no network); each CI adapter
 * maps its own events onto it (GitHub: `src/action/event.ts`). Fetching what a shallow checkout
 * lacks and falling back when a commit is gone happen later, in `commits.ts`.
 */
export type ScanPlan =
  /** The checked-out files only (`mode: tree`). */
  | { kind: 'tree'; why: string }
  /** Every ref's whole history (schedule, workflow_dispatch, `mode: history`). */
  | { kind: 'all'; why: string }
  /** What `head` adds over `base`: a pull request's commits, a push's `before..after`. */
  | { kind: 'range'; base: string; head: string; why: string; fallbackBranch?: string }
  /** One commit: a push whose `before` equals its `after`. */
  | { kind: 'commit'; head: string; why: string }
  /** A new branch: its commits that are not on the default branch. */
  | { kind: 'branch'; head: string; defaultBranch: string; why: string }
  /** A commit's whole ancestry: the first push of the default branch itself. */
  | { kind: 'ancestry'; head: string; why: string }
  /** Nothing to read: a push that deleted a branch. */
  | { kind: 'none'; why: string };

/** The pull request the run is about, when there is one: where comments go. */
export interface PullRequestRef {
  number: number;
  base: string;
  head: string;
}
