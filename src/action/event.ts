import type { PullRequestRef, ScanMode, ScanPlan } from '../ci/plan.js';
import { SkguardError } from '../core/errors.js';
import type { EventPayload } from './context.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const FULL_HISTORY_EVENTS = new Set(['schedule', 'workflow_dispatch']);
const ZERO = /^0+$/;

/** The pull request of a `pull_request`/`pull_request_target` event, with its base and head SHAs checked. */
export function pullRequestOf(eventName: string, payload: EventPayload): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.has(eventName)) return undefined;
  const pr = field(payload, 'pull_request');
  const number = field(pr, 'number');
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
    throw payloadError(eventName, 'pull_request.number', number, 'a pull request number');
  }
  return {
    number,
    base: sha(eventName, 'pull_request.base.sha', field(field(pr, 'base'), 'sha')),
    head: sha(eventName, 'pull_request.head.sha', field(field(pr, 'head'), 'sha')),
  };
}

/**
 * The commit whose settings judge a change under review: a pull request's base, a merge group's
 * base. Its `.skguard.json` applies, never the one the change brings. Undefined for other events
 * (a push is judged by what it pushed: it is already on its branch).
 */
export function settingsBaseOf(
  eventName: string,
  payload: EventPayload,
): { base: string; subject: string } | undefined {
  const pr = pullRequestOf(eventName, payload);
  if (pr) return { base: pr.base, subject: `pull request #${pr.number}` };
  if (eventName === 'merge_group') {
    return {
      base: sha(eventName, 'merge_group.base_sha', field(field(payload, 'merge_group'), 'base_sha')),
      subject: 'the merge group',
    };
  }
  return undefined;
}

/** Decides what to scan from the event's name and payload and the `mode` input. */
export function planScan(eventName: string, payload: EventPayload, mode: ScanMode): ScanPlan {
  if (mode === 'tree') return { kind: 'tree', why: 'mode: tree (the checked-out files)' };
  if (mode === 'history') return { kind: 'all', why: 'mode: history (every branch and tag, whole history)' };

  const pr = pullRequestOf(eventName, payload);
  if (pr) {
    const why = `pull request #${pr.number}`;
    return pr.base === pr.head
      ? { kind: 'commit', head: pr.head, why }
      : { kind: 'range', base: pr.base, head: pr.head, why };
  }
  if (eventName === 'merge_group') {
    const group = field(payload, 'merge_group');
    const base = sha(eventName, 'merge_group.base_sha', field(group, 'base_sha'));
    const head = sha(eventName, 'merge_group.head_sha', field(group, 'head_sha'));
    const why = 'merge group';
    return base === head ? { kind: 'commit', head, why } : { kind: 'range', base, head, why };
  }
  if (eventName === 'push') return planPush(payload);
  if (FULL_HISTORY_EVENTS.has(eventName)) return { kind: 'all', why: `${eventName} (whole history)` };
  return { kind: 'all', why: `${eventName || 'unknown'} event (whole history)` };
}

function planPush(payload: EventPayload): ScanPlan {
  const ref = typeof payload.ref === 'string' ? payload.ref : '';
  const after = sha('push', 'after', payload.after, true);
  const before = sha('push', 'before', payload.before, true);
  if (payload.deleted === true || ZERO.test(after)) {
    return { kind: 'none', why: `the push deleted ${ref || 'a ref'}: there is nothing to scan` };
  }
  const defaultBranch = branchName(field(field(payload, 'repository'), 'default_branch'));
  if (ZERO.test(before)) {
    // A new ref: what it brings is its commits not already on the default branch.
    if (defaultBranch === undefined || ref === `refs/heads/${defaultBranch}`) {
      return { kind: 'ancestry', head: after, why: `push creating ${ref || 'a ref'} (every commit it holds)` };
    }
    return {
      kind: 'branch',
      head: after,
      defaultBranch,
      why: `push creating ${ref} (its commits not on ${defaultBranch})`,
    };
  }
  const why = `push to ${ref || 'a ref'}`;
  if (before === after) return { kind: 'commit', head: after, why };
  // A force-push whose old tip is gone from the remote falls back to "not on the default branch".
  return defaultBranch === undefined
    ? { kind: 'range', base: before, head: after, why }
    : { kind: 'range', base: before, head: after, why, fallbackBranch: defaultBranch };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** A commit id from the payload: only hex reaches git, so a payload can never smuggle in an option. */
function sha(event: string, name: string, value: unknown, zeroAllowed = false): string {
  if (
    typeof value === 'string' &&
    /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value) &&
    (zeroAllowed || !ZERO.test(value))
  ) {
    return value;
  }
  throw payloadError(event, name, value, 'a full commit SHA');
}

/** A branch name that is safe to put in a refspec (git's check-ref-format rules, conservatively). */
function branchName(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here.
  const bad = /[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/;
  return bad.test(value) ? undefined : value;
}

function payloadError(event: string, name: string, value: unknown, expected: string): SkguardError {
  const shown = typeof value === 'string' ? `"${value.slice(0, 80)}"` : value === undefined ? 'nothing' : typeof value;
  return new SkguardError(`${event} event payload: ${name} is ${shown}; expected ${expected}`, 'input');
}
