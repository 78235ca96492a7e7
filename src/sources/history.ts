import { fingerprint, type Match, toFinding } from '../core/index.js';
import type { Hit, Tally } from '../pipeline/scan-contents.js';
import { newTally } from '../pipeline/scan-contents.js';
import type { ScanSession } from '../pipeline/session.js';
import type { Note } from '../report/types.js';
import { STREAM_THRESHOLD } from './files.js';
import { git } from './git.js';
import { type BlobHandler, BlobReader, type BlobRef } from './history/blob-reader.js';
import { type Enumeration, nameReachableBlobs, requestBlobs } from './history/enumeration.js';
import { type BlobKeys, collectChanges, decideIntroductions, oldBlobsOf } from './history/provenance.js';
import { openRepository, type Repository, resolveRevisions } from './history/revisions.js';
import { BINARY_SNIFF_BYTES, looksBinary, textOf } from './types.js';

export { openRepository, type Repository } from './history/revisions.js';

export interface HistoryOptions {
  /** A directory in the repository (a work tree or a bare repository). */
  cwd: string;
  /**
   * Revisions as `git rev-list` takes them: `A..B`, `A...B`, `^A B`, or a single revision (its
   * whole ancestry). Default: every ref (branches, tags, remote refs, stash) and HEAD.
   */
  revs?: readonly string[];
  /** The repository at `cwd`, when the caller has opened it already. */
  repository?: Repository;
  /** Called as the scan advances (often: throttle before drawing). */
  onProgress?: (progress: HistoryProgress) => void;
}

export interface HistoryProgress {
  phase: 'reading' | 'attributing';
  /** Commits in scope (known shortly after the start). */
  commits: number | undefined;
  /** Blobs listed so far, and whether the listing is complete (then it is the total). */
  listed: number;
  listingDone: boolean;
  /** Blobs read so far, and their bytes. */
  read: number;
  bytes: number;
  /** While attributing: commits whose diffs have been walked. */
  walked: number;
  elapsedMs: number;
}

export interface HistoryResult {
  /** One hit per (key, path) where a commit in scope introduced the key. */
  hits: Hit[];
  /** Text blobs scanned (`files`), their bytes, binaries skipped, findings dropped by `skguard:allow`. */
  tally: Tally;
  /** Commits in scope. */
  commits: number;
  /** Unique blobs read (text and binary). */
  blobs: number;
  /** Excluded: (key, path) introductions whose path the config excludes. */
  skipped: { excluded: number; submodule: number };
  /** What the user must know (also appended to `session.notes`). */
  notes: Note[];
}

interface FoundBlob {
  name: string;
  keys: BlobKeys<Match>;
}

/**
 * Scans every blob ever committed in scope, once each, then attributes each key to the commit that
 * introduced it at each path. Reads through one long-lived `git cat-file --batch`, in the order
 * `git rev-list --objects` lists blobs (pack recency order); the diff walk that finds introducing
 * commits runs only when some blob holds a key, and keeps only changes touching such blobs. Memory
 * grows with the keys found, not with the repository.
 */
export async function scanHistory(session: ScanSession, options: HistoryOptions): Promise<HistoryResult> {
  const started = performance.now();
  const [repo, revisions, version] = await Promise.all([
    options.repository ?? openRepository(options.cwd),
    resolveRevisions(options.cwd, options.revs ?? []),
    git(['version'], options.cwd),
  ]);
  const notes: Note[] = [];
  const tally = newTally();
  const result: HistoryResult = {
    hits: [],
    tally,
    commits: 0,
    blobs: 0,
    skipped: { excluded: 0, submodule: 0 },
    notes,
  };
  const note = (n: Note) => {
    notes.push(n);
    session.notes.push(n);
  };
  if (repo.shallow) note(shallowNote());

  const progress: HistoryProgress = {
    phase: 'reading',
    commits: undefined,
    listed: 0,
    listingDone: false,
    read: 0,
    bytes: 0,
    walked: 0,
    elapsedMs: 0,
  };
  const report = () => {
    if (!options.onProgress) return;
    progress.elapsedMs = performance.now() - started;
    progress.read = result.blobs;
    progress.bytes = tally.bytes;
    options.onProgress(progress);
  };

  const counting = git(['rev-list', '--count', ...revisions.args, '--'], options.cwd).then((r) => {
    progress.commits = Number(r.stdout.toString('utf8').trim()) || 0;
    return progress.commits;
  });
  counting.catch(() => {}); // awaited below; an early failure elsewhere must not leave it unhandled

  const found = new Map<string, FoundBlob>();
  const reader = new BlobReader(options.cwd, blobScanner(session, tally, result, found), STREAM_THRESHOLD);
  reader.onRead = () => {
    if (options.onProgress && result.blobs % 64 === 0) report();
  };
  const blobsOnly = canFilterBlobs(version.stdout.toString('utf8'));
  let enumeration: Enumeration;
  try {
    enumeration = await requestBlobs(
      options.cwd,
      revisions,
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
  result.commits = await counting;
  report();

  if (result.commits === 0) {
    note(
      revisions.isDefault
        ? {
            level: 'info',
            code: 'empty-repository',
            message: 'the repository has no commits yet: there is no history to scan',
          }
        : { level: 'info', code: 'empty-range', message: `${revisions.label} holds no commits: nothing to scan` },
    );
  }
  if (enumeration.missing > 0) {
    note({
      level: 'warning',
      code: 'missing-objects',
      message: `${enumeration.missing.toLocaleString('en-US')} objects are not in this clone (a partial clone?) and were not read: fetch them, or scan a full clone`,
    });
  }
  if (enumeration.submodules) {
    note({
      level: 'info',
      code: 'submodules',
      message:
        'the history has submodules (.gitmodules): their contents are not entered; scan each submodule repository on its own',
    });
  }
  if (found.size === 0) return result;

  progress.phase = 'attributing';
  const changes = await collectChanges(
    options.cwd,
    revisions.args,
    (blob) => found.has(blob),
    revisions.isRange,
    (walked) => {
      progress.walked = walked;
      report();
    },
  );
  // In a range, a diff's old side may be a blob the enumeration left out (it is in the excluded
  // end): read those few too, so that "was the key already there?" has an answer.
  const extra = new Map<string, BlobKeys<Match>>();
  if (revisions.isRange) {
    const unknown = [...oldBlobsOf(changes)].filter((id) => !found.has(id));
    if (unknown.length > 0) await lookupKeys(options.cwd, session, unknown, extra);
  }
  const keysOf = (blob: string) => found.get(blob)?.keys ?? extra.get(blob);
  const introductions = decideIntroductions(changes, keysOf);

  const decided = new Set<string>();
  const excludedPaths = new Set<string>();
  for (const intro of introductions) {
    decided.add(intro.fingerprint);
    const key = keysOf(intro.blob)?.get(intro.fingerprint);
    if (!key) continue;
    if (session.isExcluded(intro.path)) {
      excludedPaths.add(intro.path);
      continue;
    }
    if (key.allowedOnly) {
      tally.inline++;
      continue;
    }
    const origin = { file: intro.path, commit: intro.commit, author: intro.author, date: intro.date };
    result.hits.push({ finding: toFinding(key.match, origin), secret: key.match.secret });
  }
  result.skipped.excluded = excludedPaths.size;

  // Outside a range every blob read is in some commit's tree, so every key has an introducing
  // commit, except in a blob only a tag (or other non-commit ref) points at: report those too.
  if (!revisions.isRange) {
    // Blobs read from the object store may be unreachable (left over from a rebase): keep those the revisions reach.
    const names =
      enumeration.source === 'object-store'
        ? await nameReachableBlobs(options.cwd, revisions.args, undecidedBlobs(found, decided), blobsOnly)
        : undefined;
    let unattributed = 0;
    for (const [id, blob] of found) {
      const name = names ? names.get(id) : blob.name;
      if (name === undefined) continue;
      for (const [fp, key] of blob.keys) {
        if (decided.has(fp) || key.allowedOnly) continue;
        decided.add(fp);
        unattributed++;
        const file = name || `(blob ${id.slice(0, 12)})`;
        result.hits.push({ finding: toFinding(key.match, { file }), secret: key.match.secret });
      }
    }
    if (unattributed > 0) {
      note({
        level: 'warning',
        code: 'unattributed-key',
        message: `${unattributed} ${unattributed === 1 ? 'key is' : 'keys are'} in blobs that no commit in scope adds (a tag pointing at a file?): reported without a commit`,
      });
    }
  }
  return result;
}

/**
 * The handler that scans each blob as the reader hands it over: binaries (a NUL in the first 8,000
 * bytes) are counted and skipped; large blobs stream through the scanner; the keys of a blob are
 * kept only when it has some.
 */
function blobScanner(
  session: ScanSession,
  tally: Tally,
  result: { blobs: number },
  found: Map<string, FoundBlob>,
): BlobHandler {
  const scanner = session.scanner;
  let streaming:
    | { blob: BlobRef; stream: ReturnType<typeof scanner.stream>; head: Buffer | undefined; binary: boolean }
    | undefined;
  const keep = (blob: BlobRef, matches: Match[]) => {
    if (matches.length > 0) found.set(blob.id, { name: blob.name, keys: keysByFingerprint(matches) });
  };
  return {
    whole(blob, data) {
      result.blobs++;
      const text = textOf(data);
      if (text === undefined) {
        tally.binary++;
        return;
      }
      tally.files++;
      tally.bytes += data.length;
      keep(blob, scanner.scan(text));
    },
    start(blob) {
      result.blobs++;
      streaming = { blob, stream: scanner.stream(), head: Buffer.alloc(0), binary: false };
    },
    chunk(data) {
      if (!streaming || streaming.binary) return;
      if (streaming.head !== undefined) {
        streaming.head = Buffer.concat([streaming.head, data.subarray(0, BINARY_SNIFF_BYTES)]);
        if (looksBinary(streaming.head)) {
          streaming.binary = true;
          return;
        }
        if (streaming.head.length >= BINARY_SNIFF_BYTES) streaming.head = undefined;
      }
      tally.bytes += data.length;
      streaming.stream.push(data);
    },
    end() {
      if (!streaming) return;
      if (streaming.binary) tally.binary++;
      else {
        tally.files++;
        keep(streaming.blob, streaming.stream.end());
      }
      streaming = undefined;
    },
    skip() {},
  };
}

/** The blobs holding a key no introduction has decided. */
function undecidedBlobs(found: ReadonlyMap<string, FoundBlob>, decided: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  for (const [id, blob] of found) {
    for (const [fp, key] of blob.keys) if (!decided.has(fp) && !key.allowedOnly) ids.add(id);
  }
  return ids;
}

/** A blob's matches, one per key: the first occurrence not marked `skguard:allow`, if any. */
function keysByFingerprint(matches: Match[]): BlobKeys<Match> {
  const keys: BlobKeys<Match> = new Map();
  for (const match of matches) {
    const fp = fingerprint(match.secret);
    const seen = keys.get(fp);
    if (!seen) keys.set(fp, { match, allowedOnly: match.allowed });
    else if (seen.allowedOnly && !match.allowed) keys.set(fp, { match, allowedOnly: false });
  }
  return keys;
}

/** Reads and scans a few blobs by id (not counted in the scan's totals). */
async function lookupKeys(
  cwd: string,
  session: ScanSession,
  ids: string[],
  into: Map<string, BlobKeys<Match>>,
): Promise<void> {
  const found = new Map<string, FoundBlob>();
  const reader = new BlobReader(cwd, blobScanner(session, newTally(), { blobs: 0 }, found), STREAM_THRESHOLD);
  for (const id of ids) reader.request({ id, name: '' });
  await reader.finish();
  for (const [id, blob] of found) into.set(id, blob.keys);
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
