import type { Note } from '../core/index.js';
import { plural } from '../core/plural.js';
import { STREAM_THRESHOLD } from './files.js';
import { git } from './git.js';
import { type BlobHandler, BlobReader } from './history/blob-reader.js';
import { type Enumeration, isPartialClone, nameReachableBlobs, requestBlobs } from './history/enumeration.js';
import { collectChanges, decideIntroductions, oldBlobsOf } from './history/provenance.js';
import { openRepository, type Repository, resolveRevisions } from './history/revisions.js';
import { lfsAware } from './lfs.js';
import type {
  AttributingSource,
  Attribution,
  BlobSink,
  ChunkSink,
  HistoryProgress,
  SourceContext,
  SourceProgress,
  SourceSummary,
} from './types.js';

export interface HistoryOptions {
  /**
   * Revisions as `git rev-list` takes them: `A..B`, `A...B`, `^A B`, or a single revision (its
   * whole ancestry). Default: every ref (branches, tags, remote refs, stash) and HEAD.
   */
  revs?: readonly string[];
  /**
   * The caller made sure the clone holds every commit the revisions need (the Action deepens a
   * shallow checkout until its range is complete): the clone being shallow below that says nothing
   * about the scan, so it is neither a note nor a truncated result.
   */
  complete?: boolean;
}

/** The history source: what `scan` reads, the commits that introduced each key, and what it could not read. */
export interface HistorySource extends AttributingSource {
  readonly kind: 'history';
  readonly repository: Repository;
}

/**
 * Every blob ever committed in scope, once each, then (when some blob holds a key) the commit that
 * introduced each key at each path. Reads through one long-lived `git cat-file --batch`, in the
 * order `git rev-list --objects` lists blobs (pack recency order); the diff walk that finds
 * introducing commits runs only when asked, and keeps only changes touching blobs with keys.
 * Memory grows with the keys found, not with the repository.
 */
export async function historySource(cwd: string, options: HistoryOptions = {}): Promise<HistorySource> {
  const repository = await openRepository(cwd);
  const truncated = repository.shallow && options.complete !== true;
  let revisions: Awaited<ReturnType<typeof resolveRevisions>> | undefined;
  let enumeration: Enumeration | undefined;
  let blobsOnly = true;
  const started = performance.now();
  const progress: HistoryProgress = {
    kind: 'history',
    phase: 'reading',
    commits: undefined,
    listed: 0,
    listingDone: false,
    read: 0,
    bytes: 0,
    walked: 0,
    elapsedMs: 0,
  };
  const report = (onProgress: ((p: SourceProgress) => void) | undefined) => {
    if (!onProgress) return;
    progress.elapsedMs = performance.now() - started;
    onProgress(progress);
  };

  return {
    kind: 'history',
    root: repository.root,
    partial: false,
    repository,

    async read(raw: BlobSink, context: SourceContext): Promise<SourceSummary> {
      const sink = lfsAware(raw, repository.root);
      const [resolved, version] = await Promise.all([resolveRevisions(cwd, options.revs ?? []), git(['version'], cwd)]);
      revisions = resolved;
      if (truncated) sink.note(shallowNote());
      const counting = git(['rev-list', '--count', ...resolved.args, '--'], cwd).then((r) => {
        progress.commits = Number(r.stdout.toString('utf8').trim()) || 0;
        return progress.commits;
      });
      counting.catch(() => {}); // awaited below; an early failure elsewhere must not leave it unhandled

      let blobs = 0;
      const reader = new BlobReader(cwd, handlerFor(sink, progress), STREAM_THRESHOLD);
      reader.onRead = () => {
        blobs++;
        if (context.onProgress && blobs % 64 === 0) report(context.onProgress);
      };
      blobsOnly = canFilterBlobs(version.stdout.toString('utf8'));
      try {
        enumeration = await requestBlobs(
          cwd,
          resolved,
          reader,
          (listed, done) => {
            progress.listed = listed;
            progress.listingDone = done;
          },
          blobsOnly,
        );
      } catch (e) {
        reader.abort();
        throw e;
      }
      const commits = await counting;
      report(context.onProgress);

      if (commits === 0) {
        sink.note(
          resolved.isDefault
            ? {
                level: 'info',
                code: 'empty-repository',
                message: 'the repository has no commits yet: there is no history to scan',
              }
            : { level: 'info', code: 'empty-range', message: `${resolved.label} holds no commits: nothing to scan` },
        );
      }
      if (enumeration.missing > 0) {
        for (let i = 0; i < enumeration.missing; i++) sink.skipped('unreadable');
        sink.note({
          level: 'warning',
          code: 'missing-objects',
          message: `${plural(enumeration.missing, 'object')} ${enumeration.missing === 1 ? 'is' : 'are'} not in this clone (a partial clone?) and ${enumeration.missing === 1 ? 'was' : 'were'} not read: fetch them, or scan a full clone`,
        });
      }
      for (const id of enumeration.unreadable) {
        sink.skipped('unreadable', `object ${id}`, 'git could not read it (corrupt?)');
      }
      if (enumeration.submodules) {
        sink.note({
          level: 'info',
          code: 'submodules',
          message:
            'the history has submodules (.gitmodules): their contents are not entered; scan each submodule repository on its own',
        });
      }
      return { commits, blobs: progress.read, ...(truncated ? { truncated } : {}) };
    },

    async nameBlobs(ids) {
      if (!revisions || enumeration?.source !== 'object-store') return new Map();
      return nameReachableBlobs(cwd, revisions.args, ids, blobsOnly);
    },

    async attribute(keysOf, raw, onProgress): Promise<Attribution> {
      const sink = lfsAware(raw, repository.root);
      if (!revisions) throw new Error('history: attribute() before read()');
      const { args, isRange } = revisions;
      progress.phase = 'attributing';
      const changes = await collectChanges(
        cwd,
        args,
        (blob) => keysOf(blob) !== undefined,
        isRange,
        (walked) => {
          progress.walked = walked;
          report(onProgress);
        },
      );
      // In a range, a diff's old side may be a blob the enumeration left out (it is in the excluded
      // end): read those few too, so that "was the key already there?" has an answer.
      if (isRange) {
        const wanted = [...oldBlobsOf(changes)].filter((id) => keysOf(id) === undefined);
        const { present, missing } = await presentObjects(cwd, wanted);
        if (present.length > 0) {
          const reader = new BlobReader(cwd, handlerFor(sink), STREAM_THRESHOLD);
          for (const id of present) reader.request({ id, name: '' });
          await reader.finish();
        }
        if (missing > 0) {
          sink.note({
            level: 'warning',
            code: 'missing-objects',
            message: `${plural(missing, 'earlier version')} of files holding keys ${missing === 1 ? 'is' : 'are'} not in this partial clone: the range's commits are taken to add those keys (fetch the objects, or scan a full clone, to know whether they only kept them)`,
          });
        }
      }
      // Outside a range a key no commit introduces sits in a blob only a tag (or another non-commit
      // ref) points at; blobs read from the whole object store may also be unreachable (left over
      // from a rebase): those the revisions do not reach are not in scope.
      const introductions = decideIntroductions(changes, keysOf);
      if (isRange) return { introductions, exhaustive: false };
      if (enumeration?.source !== 'object-store') return { introductions, exhaustive: true };
      return { introductions, exhaustive: true, reachable: (ids) => nameReachableBlobs(cwd, args, ids, blobsOnly) };
    },
  };
}

/** Hands what the blob reader reads to the sink, counting blobs and bytes for progress. */
function handlerFor(sink: BlobSink, progress?: HistoryProgress): BlobHandler {
  let open: ChunkSink | undefined;
  return {
    whole(blob, data) {
      if (progress) {
        progress.read++;
        progress.bytes += data.length;
      }
      sink.whole({ path: blob.name, blob: blob.id }, data);
    },
    start(blob) {
      if (progress) progress.read++;
      open = sink.open({ path: blob.name, blob: blob.id });
    },
    chunk(data) {
      if (progress) progress.bytes += data.length;
      open?.push(data);
    },
    end() {
      open?.end();
      open = undefined;
    },
    tree(_tree, data) {
      // Entries are `<mode> <name>\0<binary id>`: the id is 20 bytes (SHA-1) or 32 (SHA-256).
      const idLength = _tree.id.length === 64 ? 32 : 20;
      for (let at = 0; at < data.length; ) {
        const space = data.indexOf(0x20, at);
        const nul = space < 0 ? -1 : data.indexOf(0, space);
        if (nul < 0) break;
        sink.named(data.toString('utf8', space + 1, nul));
        at = nul + 1 + idLength;
      }
    },
    skip(blob, reason) {
      // Listed as present, yet git cannot read it: a corrupt object. Never a silent skip.
      if (reason === 'missing') {
        sink.skipped(
          'unreadable',
          blob.name || `blob ${blob.id}`,
          `git could not read object ${blob.id.slice(0, 12)} (corrupt?)`,
        );
      }
    },
  };
}

/**
 * Which of `ids` this clone holds. A partial clone lacks objects its promisor remote has, and
 * `git cat-file` dies on the first such object when lazy fetching is off (it must be: scanning never
 * fetches). So in a partial clone the local objects are listed first; elsewhere every object is.
 */
async function presentObjects(cwd: string, ids: string[]): Promise<{ present: string[]; missing: number }> {
  if (ids.length === 0 || !(await isPartialClone(cwd))) return { present: ids, missing: 0 };
  const local = await git(['cat-file', '--batch-all-objects', '--batch-check=%(objectname)', '--unordered'], cwd);
  const have = new Set(local.stdout.toString('latin1').split('\n'));
  const present = ids.filter((id) => have.has(id));
  return { present, missing: ids.length - present.length };
}

/** `rev-list --filter=object:type=blob` came with git 2.32. */
export function canFilterBlobs(gitVersion: string): boolean {
  const m = /(\d+)\.(\d+)/.exec(gitVersion);
  if (!m) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 2 || (major === 2 && minor >= 32);
}

function shallowNote(): Note {
  return {
    level: 'warning',
    code: 'shallow-history',
    message:
      'this is a shallow clone: history is truncated, and commits older than its depth were not read (no claim is made about them). ' +
      'Keys found in its oldest commits may have been introduced earlier. Fetch the whole history with `git fetch --unshallow` ' +
      '(in GitHub Actions: `fetch-depth: 0` in actions/checkout), then scan again.',
  };
}
