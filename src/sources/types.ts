import type { Note, RequiredLiteral } from '../core/index.js';

/**
 * The source contract. A source produces content and says where it came from; it never scans and
 * never reports. The pipeline (`src/pipeline/run.ts`) hands each source a `BlobSink` and scans what
 * the source pushes into it, in order, before the push returns: a source may therefore pass views
 * of buffers it reuses (a file-read pool, git's output chunks) without copying.
 */

/** Where a blob came from. */
export interface Origin {
  /** Relative, `/`-separated path as findings report it; `-` for standard input. */
  path: string;
  /** The git object id, for blobs read from git (history): the same blob is read once, whatever holds it. */
  blob?: string;
  /** Only findings on these 1-based lines count (`staged`: the lines the commit adds). */
  lines?: ReadonlySet<number>;
  /**
   * Set by the pipeline for a member of an archive blob: the part of `path` inside the blob
   * (`!app/.env`, or `!inner.zip!app/.env`), which history puts after every path the blob had.
   */
  member?: string;
}

/**
 * A large blob, pushed in chunks so that memory stays bounded (a 2 GB log, stdin). `push` may return
 * a promise (an archive whose reader is loading): a source that can wait awaits it before the next chunk.
 */
export interface ChunkSink {
  push(chunk: Buffer): void | Promise<void>;
  end(): void;
}

/** Why a source passed something over without reading it. */
export type SkipReason = 'symlink' | 'excluded' | 'unreadable' | 'submodule';

/** What a source pushes its content into. */
export interface BlobSink {
  /**
   * A whole blob (`data` may be a view of a buffer the source reuses: it is scanned before this
   * returns, or copied). A promise returned (the first archive of a run, while its reader loads) may
   * be awaited by a source that can wait, so that archives do not pile up in memory meanwhile.
   */
  whole(origin: Origin, data: Buffer): void | Promise<void>;
  /** A blob that comes in chunks. */
  open(origin: Origin): ChunkSink;
  /** A file the prefilter searched and proved to hold none of the literals: scanned, never handed to the scanner. */
  cleared(path: string, bytes: number): void;
  /** Something passed over: counted, and a note when `why` says more. */
  skipped(reason: SkipReason, path?: string, why?: string): void;
  /** Something the user must know about what was (not) read. */
  note(note: Note): void;
  /** A path (or a file or folder name) the source saw without reading it: a name can hold a key too. */
  named(path: string): void;
}

/** What the pipeline tells a source before it reads. */
export interface SourceContext {
  /** Config `exclude`: paths the source leaves out (counted as skipped). */
  isExcluded: (path: string) => boolean;
  /** Literals of which any finding holds one: a source may use them for a prefilter. */
  literals: readonly RequiredLiteral[];
  /** Progress while reading (often: the caller throttles). */
  onProgress?: (progress: SourceProgress) => void;
}

/** How far a source has read. */
export type SourceProgress = { kind: 'files'; read: number; total: number; bytes: number } | HistoryProgress;

export interface HistoryProgress {
  kind: 'history';
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

/** What a source says about the whole read, once it is done. */
export interface SourceSummary {
  /** History: commits in scope, and unique blobs read. */
  commits?: number;
  blobs?: number;
  /** Some of the scope could not be read at all (a shallow clone's missing history): never "clean". */
  truncated?: boolean;
}

export type SourceKind = 'files' | 'stdin' | 'staged' | 'history';

export interface Source {
  readonly kind: SourceKind;
  /** Where `.skguard.json` and `.skguardignore` live: the repository's top, or the scanned root. */
  readonly root: string;
  /**
   * True when the source reads only part of the project (a commit's files): an ignore entry that
   * matches nothing here may match elsewhere, so it is no news.
   */
  readonly partial: boolean;
  read(sink: BlobSink, context: SourceContext): Promise<SourceSummary>;
}

/** The fingerprints of the keys one blob holds (a Set, or a Map keyed by fingerprint). */
export interface KeySet {
  has(fingerprint: string): boolean;
  keys(): Iterable<string>;
}

/** A commit that introduced a key at a path. */
export interface Introduction {
  fingerprint: string;
  path: string;
  /** The blob at `path` in that commit: where the key's line is read. */
  blob: string;
  commit: string;
  author: string;
  date: string;
}

/**
 * A source whose blobs have many origins (history: one blob, many commits and paths). After
 * `read`, the pipeline asks it which commit introduced each key it found.
 */
export interface AttributingSource extends Source {
  /**
   * Paths for blobs read without one (`Origin.path` empty: a whole object store read in pack order),
   * so that what is said about them (an archive that could not be read) names a file. A blob missing
   * from the answer is out of scope (no revision reaches it).
   */
  nameBlobs?(blobs: ReadonlySet<string>): Promise<Map<string, string>>;
  /**
   * `keysOf` answers, for a blob the pipeline scanned, the fingerprints of its keys. Blobs the walk
   * needs that were not read (a range's old sides) are pushed into `sink` first, so that `keysOf`
   * knows them too.
   */
  attribute(
    keysOf: (blob: string) => KeySet | undefined,
    sink: BlobSink,
    onProgress?: (progress: SourceProgress) => void,
  ): Promise<Attribution>;
}

export interface Attribution {
  introductions: Introduction[];
  /**
   * Every blob read lies in the tree of some commit in scope (no range excludes any): a key that no
   * introduction covers is then in a blob no commit adds (a tag pointing at a file), and is reported
   * without a commit rather than dropped.
   */
  exhaustive: boolean;
  /**
   * When the blobs read may include some out of scope (the whole object store was read: a rebase
   * leaves unreachable blobs), which of these blobs the scope reaches, each with a path it had
   * there. Asked only for blobs holding a key no introduction covers.
   */
  reachable?: (blobs: ReadonlySet<string>) => Promise<Map<string, string>>;
}

export function isAttributing(source: Source): source is AttributingSource {
  return typeof (source as Partial<AttributingSource>).attribute === 'function';
}
