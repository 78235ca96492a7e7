import { describe, expect, it } from 'vitest';
import { planScan, pullRequestOf, settingsBaseOf } from '../../src/action/event.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const repository = { default_branch: 'main' };

const pr = (base = A, head = B) => ({
  number: 7,
  pull_request: { number: 7, base: { sha: base }, head: { sha: head } },
  repository,
});

describe('settingsBaseOf: the commit whose settings judge a change under review', () => {
  it('a pull request and a merge group are judged by their base, whatever the mode; a push by itself', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(settingsBaseOf(event, pr())).toEqual({ base: A, subject: 'pull request #7' });
    }
    expect(settingsBaseOf('merge_group', { merge_group: { base_sha: A, head_sha: B } })).toEqual({
      base: A,
      subject: 'the merge group',
    });
    expect(settingsBaseOf('push', { ref: 'refs/heads/main', before: A, after: B, repository })).toBeUndefined();
    expect(settingsBaseOf('schedule', {})).toBeUndefined();
  });

  it('a base that is not a full commit SHA is refused: only hex reaches git', () => {
    expect(() => settingsBaseOf('merge_group', { merge_group: { base_sha: '--upload-pack=x' } })).toThrow(
      /merge_group\.base_sha is "--upload-pack=x"; expected a full commit SHA/,
    );
  });
});

describe('planScan: which commits an event calls for', () => {
  it('pull_request and pull_request_target: base..head from the payload', () => {
    for (const event of ['pull_request', 'pull_request_target']) {
      expect(planScan(event, pr(), 'auto')).toEqual({ kind: 'range', base: A, head: B, why: 'pull request #7' });
    }
  });

  it('a pull request whose base equals its head: that one commit, not an error', () => {
    expect(planScan('pull_request', pr(B, B), 'auto')).toMatchObject({ kind: 'commit', head: B });
  });

  it('merge_group: base_sha..head_sha', () => {
    const payload = { merge_group: { base_sha: A, head_sha: B } };
    expect(planScan('merge_group', payload, 'auto')).toMatchObject({ kind: 'range', base: A, head: B });
  });

  it('push: before..after, falling back to the default branch should before be gone', () => {
    const payload = { ref: 'refs/heads/feature', before: A, after: B, repository };
    expect(planScan('push', payload, 'auto')).toEqual({
      kind: 'range',
      base: A,
      head: B,
      why: 'push to refs/heads/feature',
      fallbackBranch: 'main',
    });
  });

  it('push of a new branch (all-zero before): its commits not on the default branch', () => {
    const payload = { ref: 'refs/heads/feature', before: ZERO, after: B, created: true, repository };
    expect(planScan('push', payload, 'auto')).toMatchObject({ kind: 'branch', head: B, defaultBranch: 'main' });
  });

  it('first push of the default branch itself: its whole ancestry', () => {
    const payload = { ref: 'refs/heads/main', before: ZERO, after: B, created: true, repository };
    expect(planScan('push', payload, 'auto')).toMatchObject({ kind: 'ancestry', head: B });
  });

  it('push with before equal to after: that one commit', () => {
    const payload = { ref: 'refs/heads/main', before: B, after: B, repository };
    expect(planScan('push', payload, 'auto')).toMatchObject({ kind: 'commit', head: B });
  });

  it('push deleting a branch: nothing to scan', () => {
    const payload = { ref: 'refs/heads/old', before: A, after: ZERO, deleted: true, repository };
    expect(planScan('push', payload, 'auto')).toMatchObject({ kind: 'none' });
  });

  it('schedule, workflow_dispatch and other events: the whole history', () => {
    for (const event of ['schedule', 'workflow_dispatch', 'release']) {
      expect(planScan(event, {}, 'auto').kind).toBe('all');
    }
  });

  it('mode history and mode tree override the event', () => {
    expect(planScan('pull_request', pr(), 'history').kind).toBe('all');
    expect(planScan('push', {}, 'tree').kind).toBe('tree');
  });

  it('refuses a payload SHA that is not a full hex id, naming the field (nothing else ever reaches git)', () => {
    expect(() => planScan('pull_request', pr('--upload-pack=evil', B), 'auto')).toThrow(
      /pull_request event payload: pull_request\.base\.sha is "--upload-pack=evil"; expected a full commit SHA/,
    );
    expect(() => planScan('push', { before: A, after: 'HEAD' }, 'auto')).toThrow(/push event payload: after is "HEAD"/);
  });

  it('ignores a default branch name git would refuse, scanning the ancestry instead of building a bad refspec', () => {
    const payload = { ref: 'refs/heads/x', before: ZERO, after: B, repository: { default_branch: 'a:b' } };
    expect(planScan('push', payload, 'auto')).toMatchObject({ kind: 'ancestry' });
  });
});

describe('pullRequestOf', () => {
  it('gives the pull request of a pull_request event and nothing for a push', () => {
    expect(pullRequestOf('pull_request', pr())).toEqual({ number: 7, base: A, head: B });
    expect(pullRequestOf('push', pr())).toBeUndefined();
  });

  it('names the field when the number is missing', () => {
    expect(() => pullRequestOf('pull_request', { pull_request: { base: { sha: A }, head: { sha: B } } })).toThrow(
      /pull_request\.number is nothing; expected a pull request number/,
    );
  });
});
