import { RecordSplitter, spawnGit } from '../git.js';
import type { Introduction, KeySet } from '../types.js';

/**
 * One line of a commit's diff against one parent that touches a blob with keys on either side.
 * Only these are kept: memory grows with the keys found, not with the history.
 */
interface Change {
  parent: number;
  path: string;
  before: string;
  after: string;
}

interface CommitChanges {
  /** Position in `--topo-order` (children first): a larger number is never a descendant of a smaller one. */
  order: number;
  commit: string;
  author: string;
  date: string;
  parents: number;
  changes: Change[];
  /** Some change touches a blob with keys: the commit is kept. */
  relevant: boolean;
}

const GITLINK = '160000';
const ZERO = /^0+$/;
/** Stands for "no blob" on a side of a change (a submodule's commit id is not a blob). */
const ZERO_ID = '0';

/**
 * Walks the commits of `revArgs` once (`git rev-list --topo-order --parents` feeding
 * `git diff-tree --stdin`, one tree diff per commit and parent; no blob is read) and keeps the
 * changes that touch a blob of `interesting`. Tree diffs against each parent are asked for one by
 * one (`<commit> <parent>` lines), so that an empty diff against a merge's parent is still seen.
 *
 * `withUnreadBefore` (ranges: blobs reachable from the excluded end were not read) also keeps, in a
 * commit that is kept, every change whose old side is a blob: whether that old blob held the key
 * decides whether the commit adds it or moves it. Only one commit's changes are held at a time.
 */
export async function collectChanges(
  cwd: string,
  revArgs: string[],
  interesting: (blob: string) => boolean,
  withUnreadBefore: boolean,
  onCommit: (commits: number) => void,
): Promise<CommitChanges[]> {
  const revList = spawnGit(['rev-list', '--topo-order', '--parents', ...revArgs, '--'], cwd);
  const diffTree = spawnGit(
    [
      'diff-tree',
      '--stdin',
      '-r',
      '-z',
      '--raw',
      '--root',
      '--always',
      '--no-abbrev',
      '--no-renames',
      '--format=%x01%H%x00%an%x00%aI',
    ],
    cwd,
  );
  /** The (commit order, parent index, parent count) of each line written to diff-tree, in order. */
  const sections: { order: number; parent: number; parents: number }[] = [];
  let sectionHead = 0;
  let order = 0;
  const revLines = new RecordSplitter(0x0a, (line) => {
    const [commit, ...parents] = line.split(' ');
    if (!commit) return;
    const n = Math.max(1, parents.length);
    if (parents.length === 0) {
      sections.push({ order, parent: 0, parents: 1 });
      diffTree.child.stdin.write(`${commit}\n`);
    } else {
      for (const [i, parent] of parents.entries()) {
        sections.push({ order, parent: i, parents: n });
        diffTree.child.stdin.write(`${commit} ${parent}\n`);
      }
    }
    order++;
  });
  revList.child.stdout.on('data', (chunk: Buffer) => {
    revLines.push(chunk);
    // diff-tree is the slower side: wait for it rather than queue the whole history in memory.
    if (diffTree.child.stdin.writableNeedDrain) revList.child.stdout.pause();
  });
  diffTree.child.stdin.on('drain', () => revList.child.stdout.resume());
  revList.child.stdout.on('end', () => {
    revLines.end();
    diffTree.child.stdin.end();
  });

  const kept: CommitChanges[] = [];
  let current: CommitChanges | undefined;
  let section = sections[0];
  let done = 0;
  // diff-tree -z: `\x01<commit>\0<author>\0<date>\0` per section, then `:<modes> <ids> <status>\0<path>\0` per change.
  let expect: 'any' | 'author' | 'date' | 'path' = 'any';
  let header = { commit: '', author: '' };
  let change: { before: string; after: string } | undefined;
  const records = new RecordSplitter(0, (raw) => {
    switch (expect) {
      case 'author':
        header.author = raw;
        expect = 'date';
        return;
      case 'date': {
        expect = 'any';
        section = sections[sectionHead++];
        if (!section) throw new Error('git diff-tree returned more commits than were asked for');
        if (current?.order !== section.order) {
          if (current?.relevant) kept.push(current);
          current = {
            order: section.order,
            commit: header.commit,
            author: header.author,
            date: raw,
            parents: section.parents,
            changes: [],
            relevant: false,
          };
          if (++done % 500 === 0) onCommit(done);
        }
        if (sectionHead > 4096 && sectionHead * 2 > sections.length) {
          sections.splice(0, sectionHead);
          sectionHead = 0;
        }
        return;
      }
      case 'path':
        expect = 'any';
        if (change && current && section) {
          current.changes.push({ parent: section.parent, path: raw, before: change.before, after: change.after });
        }
        change = undefined;
        return;
      case 'any': {
        const text = raw.charCodeAt(0) === 0x0a ? raw.slice(1) : raw;
        if (text.charCodeAt(0) === 0x01) {
          header = { commit: text.slice(1), author: '' };
          expect = 'author';
          return;
        }
        // `:<old mode> <new mode> <old id> <new id> <status>`, then the path.
        const [oldMode, newMode, before, after] = text.slice(1).split(' ');
        expect = 'path';
        if (!before || !after || !current) return;
        const oldBlob = oldMode === GITLINK ? ZERO_ID : before;
        const newBlob = newMode === GITLINK ? ZERO_ID : after;
        if (interesting(newBlob) || interesting(oldBlob)) {
          current.relevant = true;
          change = { before: oldBlob, after: newBlob };
        } else if (withUnreadBefore && !ZERO.test(oldBlob)) {
          change = { before: oldBlob, after: newBlob };
        }
      }
    }
  });
  let failure: unknown;
  diffTree.child.stdout.on('data', (chunk: Buffer) => {
    if (failure !== undefined) return;
    try {
      records.push(chunk);
    } catch (e) {
      failure = e;
      revList.kill();
      diffTree.kill();
    }
  });
  try {
    await Promise.all([revList.exited, diffTree.exited]);
  } catch (e) {
    revList.kill();
    diffTree.kill();
    throw e;
  }
  if (failure !== undefined) throw failure;
  records.end();
  if (current?.relevant) kept.push(current);
  onCommit(done);
  return kept;
}

/**
 * Decides which commit introduced each key at each path. A commit introduces key K at path P when,
 * against every one of its parents, P's new version holds K and its old one does not, and the same
 * diff does not take K out of another path (a rename or move adds nothing). Merges are diffed against
 * every parent, so a key a merge brings from a side branch is introduced by that branch's commit,
 * never again by the merge; a root commit (or a shallow clone's boundary) introduces all it holds.
 * Of several commits introducing the same (K, P), the most ancestral wins.
 */
export function decideIntroductions(
  commits: readonly CommitChanges[],
  keysOf: (blob: string) => KeySet | undefined,
): Introduction[] {
  const chosen = new Map<string, { order: number; intro: Introduction }>();
  const keys = (blob: string) => (ZERO.test(blob) ? undefined : keysOf(blob));
  for (const c of commits) {
    const added: Map<string, { fingerprint: string; path: string; blob: string }>[] = [];
    const removed: Set<string>[] = [];
    for (let i = 0; i < c.parents; i++) {
      added.push(new Map());
      removed.push(new Set());
    }
    for (const ch of c.changes) {
      const after = keys(ch.after);
      const before = keys(ch.before);
      for (const fp of after?.keys() ?? []) {
        if (!before?.has(fp))
          added[ch.parent]?.set(`${fp}\0${ch.path}`, { fingerprint: fp, path: ch.path, blob: ch.after });
      }
      for (const fp of before?.keys() ?? []) {
        if (!after?.has(fp)) removed[ch.parent]?.add(fp);
      }
    }
    for (const [id, add] of added[0] ?? []) {
      let isNew = true;
      for (let i = 0; i < c.parents && isNew; i++) {
        isNew = added[i]?.has(id) === true && removed[i]?.has(add.fingerprint) !== true;
      }
      if (!isNew) continue;
      const previous = chosen.get(id);
      if (previous && previous.order > c.order) continue;
      chosen.set(id, { order: c.order, intro: { ...add, commit: c.commit, author: c.author, date: c.date } });
    }
  }
  return [...chosen.values()].map((v) => v.intro);
}

/**
 * The old sides of the changes: in a range, those not read yet are looked up, since whether a
 * parent's version held a key decides whether a commit adds it. (New sides are never looked up: a
 * blob the range's enumeration left out is in the excluded end, so its keys existed before.)
 */
export function oldBlobsOf(commits: readonly CommitChanges[]): Set<string> {
  const ids = new Set<string>();
  for (const c of commits) {
    for (const ch of c.changes) if (!ZERO.test(ch.before)) ids.add(ch.before);
  }
  return ids;
}
