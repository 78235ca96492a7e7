import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';
import { findWorkTree, git } from './git.js';
import { lfsAware } from './lfs.js';
import type { Source } from './types.js';

const GITLINK = '160000';
const SYMLINK = '120000';

export interface StagedFile {
  path: string;
  blob: string;
  /** The 1-based lines of the index version that the commit adds. */
  added: Set<number>;
  /** The index version's content, rebuilt from the full-context patch (empty when nothing is added). */
  content: Buffer;
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
    // No `rev-parse` when the folder says where the work tree is: one git process, not two.
    topFromFolders(cwd) ?? findWorkTree(cwd),
    git(
      [
        'diff',
        '--cached',
        '--no-relative',
        '-M',
        '--raw',
        '--patch',
        // The whole file as context: the patch then holds the index version entirely, so no
        // `git cat-file` is needed to read it (one process fewer on every commit).
        `-U${FULL_CONTEXT}`,
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
  if (diffResult.status === 'rejected') {
    // git refuses a repository owned by another user in words `diff --cached` turns into "unknown
    // option"; asking where the work tree is gets the refusal named (only on this failure path).
    await findWorkTree(cwd);
    throw diffResult.reason;
  }
  const diff = diffResult.value;
  const { entries, patch } = parseRawThenPatch(diff.stdout);
  const hunks = sectionsOf(patch);
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
    else {
      const section = hunks[i];
      result.files.push({
        path: entry.path,
        blob: entry.blob,
        added: section?.added ?? new Set(),
        content: section?.content ?? Buffer.alloc(0),
      });
    }
  });
  return result;
}

/**
 * What the next commit records, as a source: each staged file's index version, restricted to the
 * lines the commit adds (a file that adds no line is not read at all).
 */
export function stagedSource(changes: StagedChanges): Source {
  return {
    kind: 'staged',
    root: changes.top,
    partial: true,
    async read(raw, context) {
      const sink = lfsAware(raw, changes.top);
      for (let i = 0; i < changes.skipped.submodule; i++) sink.skipped('submodule');
      for (let i = 0; i < changes.skipped.symlink; i++) sink.skipped('symlink');
      for (const f of changes.files) {
        if (context.isExcluded(f.path)) sink.skipped('excluded', f.path);
        else if (f.added.size > 0) await sink.whole({ path: f.path, blob: f.blob, lines: f.added }, f.content);
      }
      return {};
    },
  };
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

/** Context wide enough to hold any file whole (git reads `-U` as an int). */
const FULL_CONTEXT = 2_000_000_000;

interface Section {
  added: Set<number>;
  content: Buffer;
}

/**
 * For each `diff --git` section of a full-context patch: the new-side line numbers that hunks add,
 * and the new side itself (context and added lines, byte for byte: the patch is read as latin1).
 */
function sectionsOf(patch: string): Section[] {
  const sections: Section[] = [];
  let added: Set<number> | undefined;
  let lines: string[] = [];
  let newEndsWithNewline = true;
  let inHunk = false;
  let line = 0;
  let last = '';
  const close = () => {
    if (!added) return;
    const text = lines.length === 0 ? '' : `${lines.join('\n')}${newEndsWithNewline ? '\n' : ''}`;
    sections.push({ added, content: Buffer.from(text, 'latin1') });
  };
  const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
  for (const text of patch.split('\n')) {
    if (text.startsWith('diff --git ') || text.startsWith('diff --cc ')) {
      close();
      added = new Set();
      lines = [];
      newEndsWithNewline = true;
      inHunk = false;
      continue;
    }
    if (!added) continue;
    if (text.startsWith('@@')) {
      const m = hunk.exec(text);
      if (m) {
        inHunk = true;
        // `+0,0` (an emptied file) starts before line 1; otherwise the hunk's first new line is m[1].
        line = Number(m[1]) - (m[2] === '0' ? 0 : 1);
      }
      continue;
    }
    if (!inHunk) continue;
    const kind = text[0];
    if (kind === '+' || kind === ' ') {
      line++;
      lines.push(text.slice(1));
      if (kind === '+') added.add(line);
      last = kind;
    } else if (kind === '-') {
      last = kind;
    } else if (kind === '\\' && last !== '-') {
      // "\ No newline at end of file" after a new-side line: the index version has no final newline.
      newEndsWithNewline = false;
    }
  }
  close();
  return sections;
}

/**
 * The work tree's top, from the folders alone, when nothing can move it elsewhere: the nearest
 * folder holding `.git` (a folder, or a file in a linked worktree or submodule). Undefined when
 * GIT_DIR or GIT_WORK_TREE is set (git itself sets GIT_DIR for hooks in a linked worktree) or no
 * `.git` is found: `git rev-parse` decides then.
 */
function topFromFolders(cwd: string): Promise<string> | undefined {
  if (process.env.GIT_DIR || process.env.GIT_WORK_TREE) return undefined;
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return Promise.resolve(realpathSync(dir));
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
