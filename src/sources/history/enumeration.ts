import { existsSync } from 'node:fs';
import path from 'node:path';
import { type GitStream, git, RecordSplitter, spawnGit } from '../git.js';
import type { BlobReader } from './blob-reader.js';
import { requestStoredBlobs } from './pack-order.js';
import type { Revisions } from './revisions.js';

/** Most blobs asked of cat-file ahead of reading them: bounds memory, yet lets the count run ahead for an ETA. */
const MAX_PENDING = 100_000;
const LF = 0x0a;

/** What the enumeration read, and what the caller must know about it. */
export interface Enumeration {
  /** Blobs asked of the reader (each once). */
  listed: number;
  /** Objects the repository lacks (a partial clone): not read. */
  missing: number;
  /** A `.gitmodules` file appears in the history: submodule contents are not entered. */
  submodules: boolean;
  /** Objects the store lists but git cannot read (corrupt): not read, and said. */
  unreadable: string[];
  /**
   * How the blobs were found. `revisions`: listed from the revisions (`git rev-list --objects`), each
   * with a path it had. `object-store`: every blob the repository stores, in pack order, without
   * paths; a blob read this way may be unreachable from the revisions (left over from a rebase), so
   * a key that no commit in scope introduces is reported only if `nameReachableBlobs` names its blob.
   */
  source: 'revisions' | 'object-store';
}

/**
 * Has `reader` read every blob in scope, once each, and returns when all are read. For every ref (`revisions.isDefault`) in a self-contained repository, that
 * is every blob the object store holds, listed and read in pack order: git then inflates each delta
 * base once, where the order of `git rev-list --objects` makes it inflate bases again and again
 * (3x slower on a clone of vim). Otherwise (a range, a revision, a partial clone, borrowed objects)
 * the revisions list the blobs, so that only what is in scope is read and missing objects are counted.
 * `blobsOnly` (git ≥ 2.32) lets `rev-list` leave trees out of its list.
 */
export async function requestBlobs(
  cwd: string,
  revisions: Pick<Revisions, 'args' | 'isDefault'>,
  reader: BlobReader,
  onListed: (listed: number, done: boolean) => void,
  blobsOnly: boolean,
): Promise<Enumeration> {
  if (revisions.isDefault && (await selfContained(cwd))) {
    const stored = await requestStoredBlobs(cwd, revisions.args, reader, (list, onLine) =>
      feed(list, reader, onLine, onListed),
    );
    return { ...stored, missing: 0, source: 'object-store' };
  }
  const listed = await requestReachableBlobs(cwd, revisions.args, reader, onListed, blobsOnly);
  await reader.finish();
  return listed;
}

/**
 * Lists every blob reachable from `revArgs` (`git rev-list --objects`, each blob once, with a path
 * it had) and asks `reader` for each as the list streams in. Missing objects (a partial clone) are
 * counted, never asked for: asking would fetch them.
 */
export async function requestReachableBlobs(
  cwd: string,
  revArgs: string[],
  reader: BlobReader,
  onListed: (listed: number, done: boolean) => void,
  blobsOnly: boolean,
): Promise<Enumeration> {
  const result: Enumeration = { listed: 0, missing: 0, submodules: false, unreadable: [], source: 'revisions' };
  const revList = listObjects(cwd, revArgs, blobsOnly);
  result.listed = await feed(
    revList,
    reader,
    (line) => {
      if (line.startsWith('?')) {
        result.missing++;
        return;
      }
      const space = line.indexOf(' ');
      if (space < 0) return; // a commit line
      const name = line.slice(space + 1);
      if (name === '.gitmodules' || name.endsWith('/.gitmodules')) result.submodules = true;
      reader.request({ id: line.slice(0, space), name });
      return true;
    },
    onListed,
  );
  return result;
}

/**
 * Of `ids`, the blobs reachable from `revArgs`, each with a path it had there (empty when a ref
 * names the blob itself). One `git rev-list --objects` walk: for the few blobs that hold a key no
 * commit in scope introduces, after an `object-store` enumeration.
 */
export async function nameReachableBlobs(
  cwd: string,
  revArgs: string[],
  ids: ReadonlySet<string>,
  blobsOnly: boolean,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.size === 0) return names;
  const revList = listObjects(cwd, revArgs, blobsOnly);
  const lines = new RecordSplitter(LF, (line) => {
    const space = line.indexOf(' ');
    const id = space < 0 ? line : line.slice(0, space);
    if (ids.has(id) && !names.has(id)) names.set(id, space < 0 ? '' : line.slice(space + 1));
  });
  revList.child.stdout.on('data', (chunk: Buffer) => lines.push(chunk));
  await revList.exited;
  lines.end();
  return names;
}

function listObjects(cwd: string, revArgs: string[], blobsOnly: boolean): GitStream {
  const filter = blobsOnly ? ['--filter=object:type=blob'] : [];
  return spawnGit(['rev-list', '--objects', ...filter, '--missing=print', ...revArgs, '--'], cwd);
}

/**
 * Feeds the lines of a listing to `onLine` (which returns true when it asked the reader for a blob),
 * pausing the listing while the reader has `MAX_PENDING` blobs to read. Resolves with the count of
 * blobs asked for once the listing has ended.
 */
async function feed(
  list: GitStream,
  reader: BlobReader,
  onLine: (line: string) => boolean | undefined,
  onListed: (listed: number, done: boolean) => void,
): Promise<number> {
  let listed = 0;
  let paused = false;
  const previous = reader.onRead;
  reader.onRead = () => {
    previous();
    if (paused && reader.pending < MAX_PENDING / 2) {
      paused = false;
      list.child.stdout.resume();
    }
  };
  const lines = new RecordSplitter(LF, (line) => {
    if (!onLine(line)) return;
    listed++;
    if (!paused && reader.pending >= MAX_PENDING) {
      paused = true;
      list.child.stdout.pause();
    }
  });
  let lastReport = 0;
  list.child.stdout.on('data', (chunk: Buffer) => {
    lines.push(chunk);
    if (listed - lastReport >= 1000) {
      lastReport = listed;
      onListed(listed, false);
    }
  });
  try {
    await list.exited;
  } catch (e) {
    reader.abort();
    throw e;
  }
  lines.end();
  onListed(listed, true);
  return listed;
}

/**
 * A repository whose object store holds exactly its own objects: not a partial clone (whose missing
 * blobs only the revisions can count) and borrowing from no other store (`objects/info/alternates`,
 * e.g. a `--reference` clone, whose objects are mostly another repository's).
 */
async function selfContained(cwd: string): Promise<boolean> {
  if (process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES) return false;
  const [where, partial] = await Promise.all([
    git(['rev-parse', '--git-path', 'objects/info/alternates'], cwd),
    isPartialClone(cwd),
  ]);
  return !partial && !existsSync(path.resolve(cwd, where.stdout.toString('utf8').trim()));
}

/**
 * A partial clone has a promisor remote (`remote.<name>.promisor true`, and `extensions.partialClone
 * <remote>` in repositories of format version 1): objects may be missing, and must not be fetched.
 */
export async function isPartialClone(cwd: string): Promise<boolean> {
  const config = await git(['config', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'], cwd, {
    ok: [0, 1],
  });
  return config.stdout
    .toString('utf8')
    .split('\n')
    .some((line) => /^extensions\.partialclone \S/.test(line) || / true$/.test(line));
}
