import { SkguardError } from '../errors.js';
import { findWorkTree, git, readBlobs } from './git.js';
import type { Content } from './types.js';

const GITLINK = '160000';
const SYMLINK = '120000';

export interface StagedFile {
  path: string;
  blob: string;
  /** The 1-based lines of the index version that the commit adds. */
  added: Set<number>;
}

export interface StagedChanges {
  top: string;
  files: StagedFile[];
  /** Entries passed over: submodules (gitlinks) and symbolic links. */
  skipped: { submodule: number; symlink: number };
}

/**
 * What `git commit` would record, from the index, never the work tree: every added or changed
 * file's index blob, and the lines it adds against HEAD (all lines in a repository with no commit
 * yet). Renames are followed, so moving a file adds no line. Read-only: nothing here writes to the
 * repository, the index or the work tree (`GIT_OPTIONAL_LOCKS=0` even keeps git from refreshing
 * the index).
 */
export async function stagedChanges(cwd: string): Promise<StagedChanges> {
  // One diff gives both the raw entries (NUL-separated, paths verbatim) and the zero-context patch
  // whose hunk headers say which lines are added; sections come in the same order as raw entries.
  // It runs beside `rev-parse` rather than after it: start-up time is most of a hook's cost.
  const [topResult, diffResult] = await Promise.allSettled([
    findWorkTree(cwd),
    git(
      [
        'diff',
        '--cached',
        '--no-relative',
        '-M',
        '--raw',
        '--patch',
        '-U0',
        '-z',
        '--no-abbrev',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--text',
        '--ignore-submodules=none',
        '--diff-filter=ACMRT',
      ],
      cwd,
    ),
  ]);
  if (topResult.status === 'rejected') {
    const e = topResult.reason;
    throw e instanceof SkguardError && e.code === 'git-missing'
      ? new SkguardError('git was not found on the PATH: skguard staged reads the index through git', 'git-missing')
      : e;
  }
  const top = topResult.value;
  if (!top) throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, 'not-a-repository');
  if (diffResult.status === 'rejected') throw diffResult.reason;
  const diff = diffResult.value;
  const { entries, patch } = parseRawThenPatch(diff.stdout);
  const hunks = addedLinesBySection(patch);
  const result: StagedChanges = { top, files: [], skipped: { submodule: 0, symlink: 0 } };
  if (hunks.length !== entries.length) {
    throw new SkguardError(
      `could not read the staged diff (${entries.length} entries, ${hunks.length} patches)`,
      'git',
    );
  }
  entries.forEach((entry, i) => {
    if (entry.mode === GITLINK) result.skipped.submodule++;
    else if (entry.mode === SYMLINK) result.skipped.symlink++;
    else result.files.push({ path: entry.path, blob: entry.blob, added: hunks[i] ?? new Set() });
  });
  return result;
}

/** The staged contents, ready for the pipeline: each restricted to its added lines. */
export async function stagedContents(changes: StagedChanges): Promise<Content[]> {
  const withLines = changes.files.filter((f) => f.added.size > 0);
  if (withLines.length === 0) return [];
  const blobs = await readBlobs(
    changes.top,
    withLines.map((f) => f.blob),
  );
  return withLines.map((f) => ({ file: f.path, data: blobs.get(f.blob) ?? Buffer.alloc(0), lines: f.added }));
}

interface RawEntry {
  mode: string;
  blob: string;
  path: string;
}

/**
 * `git diff --raw -z --patch`: raw records `:<mode> <mode> <sha> <sha> <status>\0<path>\0` (two
 * paths for renames and copies), an empty record, then the patch text.
 */
function parseRawThenPatch(out: Buffer): { entries: RawEntry[]; patch: string } {
  const entries: RawEntry[] = [];
  let at = 0;
  const next = () => {
    const end = out.indexOf(0, at);
    const s = out.toString('utf8', at, end < 0 ? out.length : end);
    at = end < 0 ? out.length : end + 1;
    return s;
  };
  while (at < out.length && out[at] === 0x3a /* ':' */) {
    const [, dstMode, , dstBlob, status] = next().slice(1).split(' ');
    let file = next();
    if (status?.startsWith('R') || status?.startsWith('C')) file = next();
    entries.push({ mode: dstMode ?? '', blob: dstBlob ?? '', path: file });
  }
  if (out[at] === 0) at++; // the separator between raw and patch output
  return { entries, patch: out.toString('latin1', at) };
}

/** For each `diff --git` section, the new-side line numbers that hunks add. */
function addedLinesBySection(patch: string): Set<number>[] {
  const sections: Set<number>[] = [];
  let current: Set<number> | undefined;
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
      current = new Set();
      sections.push(current);
      continue;
    }
    if (!current || !line.startsWith('@@')) continue;
    const m = hunk.exec(line);
    if (!m) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let n = start; n < start + count; n++) current.add(n);
  }
  return sections;
}
