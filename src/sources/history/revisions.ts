import { SkguardError } from '../../core/errors.js';
import { findWorkTree, git } from '../git.js';

/** The repository a history scan reads. */
export interface Repository {
  /** Where `.skguard.json` and `.skguardignore` are looked for: the work tree's top, or a bare repository's directory. */
  root: string;
  /** A shallow clone: commits beyond its depth are not there to read. */
  shallow: boolean;
}

/** Finds the repository around `cwd` (a work tree or a bare repository). */
export async function openRepository(cwd: string): Promise<Repository> {
  const r = await git(['rev-parse', '--is-bare-repository', '--show-toplevel', '--is-shallow-repository'], cwd, {
    ok: [0, 128],
  });
  if (r.code !== 0) {
    await findWorkTree(cwd); // names git's refusal of a repository owned by another user, if that is it
    const bare = await git(['rev-parse', '--is-bare-repository', '--is-shallow-repository'], cwd, { ok: [0, 128] });
    const [isBare, isShallow] = bare.stdout.toString('utf8').split('\n');
    if (bare.code === 0 && isBare === 'true') return { root: cwd, shallow: isShallow === 'true' };
    throw new SkguardError(`not a git repository (or any parent up to the root): ${cwd}`, 'not-a-repository');
  }
  const [, top, isShallow] = r.stdout.toString('utf8').split('\n');
  return { root: top || cwd, shallow: isShallow === 'true' };
}

/** What to walk, as `git rev-list` arguments, and whether it excludes anything (a range). */
export interface Revisions {
  args: string[];
  /** True when some commits are excluded (`A..B`, `^A`): only what the range adds is reported. */
  isRange: boolean;
  /** No revisions given: every ref. */
  isDefault: boolean;
  /** How the scope is described in notes: `all refs` or the user's revisions. */
  label: string;
}

/**
 * Turns the user's revisions into `git rev-list` arguments after checking that every endpoint names
 * a commit: a range with a missing end is an error that names it, never an empty (clean) scan.
 * Without revisions: every ref (branches, tags, remote refs, `refs/stash`, HEAD even detached) and
 * every older stash entry, which only the stash's reflog holds.
 */
export async function resolveRevisions(cwd: string, revs: readonly string[]): Promise<Revisions> {
  if (revs.length === 0) {
    const stash = await git(['reflog', 'show', '--format=%H', 'refs/stash', '--'], cwd, { ok: [0, 128] });
    const entries = stash.code === 0 ? stash.stdout.toString('utf8').split('\n').filter(Boolean) : [];
    return { args: ['--all', ...entries.slice(1)], isRange: false, isDefault: true, label: 'all refs' };
  }
  for (const rev of revs) {
    if (rev.startsWith('-') || rev.trim() === '' || rev.includes('\n')) {
      throw new SkguardError(`history: "${rev}" is not a revision or range (expected e.g. main..feature)`, 'usage');
    }
  }
  const endpoints = [...new Set(revs.flatMap(endpointsOf))];
  const check = await git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], cwd, {
    input: endpoints.map((e) => `${e}^{commit}\n`).join(''),
  });
  const answers = check.stdout.toString('utf8').split('\n');
  const missing = endpoints.filter((_, i) => !/^[0-9a-f]+ commit$/.test(answers[i] ?? ''));
  if (missing.length > 0) {
    const names = missing.map((m) => `"${m}"`).join(', ');
    const shallow = await git(['rev-parse', '--is-shallow-repository'], cwd, { ok: [0, 128] });
    const hint =
      shallow.stdout.toString('utf8').trim() === 'true'
        ? ': this clone is shallow, so the commit may lie beyond its depth (fetch it with `git fetch --unshallow`, or `fetch-depth: 0` in actions/checkout)'
        : '';
    throw new SkguardError(
      `history: ${missing.length === 1 ? 'revision' : 'revisions'} ${names} not found in this repository${hint}`,
      'revision',
    );
  }
  const isRange = revs.some((r) => r.includes('..') || r.startsWith('^') || /\^[!-]/.test(r));
  return { args: [...revs], isRange, isDefault: false, label: revs.join(' ') };
}

/** The commits a revision argument names: both ends of `A..B` / `A...B` (an empty end is HEAD), `A` of `^A`, `A^!`, `A^@`, `A^-`. */
export function endpointsOf(rev: string): string[] {
  const sides = rev.includes('...') ? rev.split('...') : rev.includes('..') ? rev.split('..') : [rev];
  return sides.map((side) => {
    const name = side.replace(/^\^/, '').replace(/\^(?:!|@|-\d*)$/, '');
    return name === '' ? 'HEAD' : name;
  });
}
