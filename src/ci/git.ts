import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstLine, git, readBlobs, splitNul } from '../sources/git.js';

/**
 * The few git operations a CI adapter needs besides the scan itself, behind one narrow interface:
 * deciding whether a shallow checkout holds a range, fetching what it lacks, and reading files at
 * the head commit. Every git runs through the one hardened runner (`src/sources/git.ts`).
 */
export interface CiGit {
  readonly cwd: string;
  isShallow(): Promise<boolean>;
  /** The commits at a shallow clone's boundary (their parents were not fetched). */
  shallowCommits(): Promise<Set<string>>;
  /** The full id of a commit, or undefined when the clone does not hold it. */
  commitId(rev: string): Promise<string | undefined>;
  /** The commits `git rev-list` lists for these revisions. */
  revList(revs: string[]): Promise<string[]>;
  mergeBase(a: string, b: string): Promise<string | undefined>;
  /**
   * `git fetch [options] <remote> [refspecs]` from the repository's remote (`origin`, else the
   * GitHub repository), authenticated with the token. Resolves to git's error line, or undefined.
   */
  fetch(options: string[], refspecs: string[]): Promise<string | undefined>;
  /** The URL of the remote `origin`, if there is one. */
  originUrl(): Promise<string | undefined>;
  /** The blob id of every file in a commit's tree, by path. */
  treeBlobs(rev: string): Promise<Map<string, string>>;
  readBlobs(ids: string[]): Promise<Map<string, Buffer>>;
  /**
   * One file of a commit's tree, by its path from the repository's top: its bytes when it is a
   * regular file of at most `limit` bytes; otherwise what stands there instead.
   */
  fileAt(rev: string, file: string, limit: number): Promise<FileAt>;
  /** Whether `base...head` (what head brings since the two parted) changes `file`. */
  changes(base: string, head: string, file: string): Promise<boolean>;
  /** Lines of `head`'s side of the pull-request diff (`base...head`) of one file: where review comments may go. */
  diffLines(base: string, head: string, file: string): Promise<Set<number>>;
}

/** What a commit holds at a path (`CiGit.fileAt`). */
export type FileAt =
  | { kind: 'file'; data: Buffer }
  | { kind: 'missing' }
  /** A symbolic link, a folder, a submodule: never read as a settings file. */
  | { kind: 'not-a-file'; mode: string }
  | { kind: 'too-large'; size: number };

export interface GitAuth {
  /**
   * The whole `Authorization` header value for the server (the CI adapter builds it from its
   * token, and has it masked in its log); sent as an http extraheader, as actions/checkout does,
   * never on the command line. Undefined: no header.
   */
  header: string | undefined;
  /** `https://github.com`: the server the header is for, and where `repository` lives. */
  serverUrl: string;
  /** `owner/repo`: the remote when the clone has no `origin`. */
  repository: string | undefined;
}

export function createCiGit(cwd: string, auth: GitAuth): CiGit {
  const text = async (args: string[], ok: number[] = [0]) => {
    const r = await git(args, cwd, { ok });
    return { code: r.code, out: r.stdout.toString('utf8') };
  };
  return {
    cwd,
    async isShallow() {
      return (await text(['rev-parse', '--is-shallow-repository'])).out.trim() === 'true';
    },
    async shallowCommits() {
      const file = (await text(['rev-parse', '--git-path', 'shallow'])).out.trim();
      try {
        return new Set(readFileSync(path.resolve(cwd, file), 'utf8').split('\n').filter(Boolean));
      } catch {
        return new Set();
      }
    },
    async commitId(rev) {
      const r = await text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], [0, 1, 128]);
      return r.code === 0 ? r.out.trim() : undefined;
    },
    async revList(revs) {
      return (await text(['rev-list', ...revs, '--'])).out.split('\n').filter(Boolean);
    },
    async mergeBase(a, b) {
      const r = await text(['merge-base', a, b], [0, 1]);
      return r.code === 0 ? r.out.trim() : undefined;
    },
    async fetch(options, refspecs) {
      const remote = (await text(['remote', 'get-url', 'origin'], [0, 2, 128])).code === 0 ? 'origin' : remoteUrl(auth);
      if (remote === undefined) return 'the clone has no remote "origin" and GITHUB_REPOSITORY is not set';
      return runFetch(cwd, ['fetch', '--quiet', '--no-recurse-submodules', ...options, remote, ...refspecs], auth);
    },
    async originUrl() {
      const r = await text(['remote', 'get-url', 'origin'], [0, 2, 128]);
      return r.code === 0 ? r.out.trim() || undefined : undefined;
    },
    async treeBlobs(rev) {
      const out = (await git(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', rev], cwd)).stdout;
      const blobs = new Map<string, string>();
      for (const entry of splitNul(out)) {
        // `<mode> SP <type> SP <id> TAB <path>`
        const tab = entry.indexOf('\t');
        const [, type, id] = entry.slice(0, tab).split(' ');
        if (type === 'blob' && id) blobs.set(entry.slice(tab + 1), id);
      }
      return blobs;
    },
    readBlobs: (ids) => readBlobs(cwd, ids),
    async fileAt(rev, file, limit) {
      // The path is a literal, never a pattern, whatever characters the repository put in it.
      const r = await git(['ls-tree', '-l', '-z', '--full-tree', '--end-of-options', rev, '--', file], cwd, {
        env: { GIT_LITERAL_PATHSPECS: '1' },
      });
      for (const entry of splitNul(r.stdout)) {
        // `<mode> SP <type> SP <id> SP+ <size> TAB <path>`
        const tab = entry.indexOf('\t');
        if (entry.slice(tab + 1) !== file) continue;
        const [mode, type, id, size] = entry.slice(0, tab).split(/ +/);
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !id) {
          return { kind: 'not-a-file', mode: mode ?? '' };
        }
        if (Number(size) > limit) return { kind: 'too-large', size: Number(size) };
        const data = (await readBlobs(cwd, [id])).get(id);
        return data === undefined ? { kind: 'missing' } : { kind: 'file', data };
      }
      return { kind: 'missing' };
    },
    async changes(base, head, file) {
      const r = await git(
        ['diff', '--quiet', '--no-ext-diff', '--no-textconv', `${base}...${head}`, '--', `:(literal,top)${file}`],
        cwd,
        { ok: [0, 1] },
      );
      return r.code === 1;
    },
    async diffLines(base, head, file) {
      const r = await git(
        [
          'diff',
          '--no-color',
          '--no-ext-diff',
          '--no-textconv',
          '--unified=3',
          `${base}...${head}`,
          '--',
          `:(literal,top)${file}`,
        ],
        cwd,
      );
      return rightSideLines(r.stdout.toString('utf8'));
    },
  };
}

/** The `+` side's line numbers covered by a diff's hunks (context lines included, as GitHub allows). */
function rightSideLines(diff: string): Set<number> {
  const lines = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}

function remoteUrl(auth: GitAuth): string | undefined {
  return auth.repository ? `${auth.serverUrl}/${auth.repository}` : undefined;
}

/**
 * Runs `git fetch` with the header as an `http.<server>/.extraheader`, passed through
 * `GIT_CONFIG_*` variables: never in argv (which other processes can read), never printed. An
 * empty value first clears any header actions/checkout persisted, so that only one is sent.
 * Resolves to git's error line, or undefined when the fetch worked.
 */
async function runFetch(cwd: string, args: string[], auth: GitAuth): Promise<string | undefined> {
  const env: Record<string, string> = {};
  if (auth.header) {
    const key = `http.${auth.serverUrl}/.extraheader`;
    env.GIT_CONFIG_COUNT = '2';
    env.GIT_CONFIG_KEY_0 = key;
    env.GIT_CONFIG_VALUE_0 = '';
    env.GIT_CONFIG_KEY_1 = key;
    env.GIT_CONFIG_VALUE_1 = `AUTHORIZATION: ${auth.header}`;
  }
  const r = await git(args, cwd, { ok: [0, 1, 128, 129], env, maxOutput: 1024 * 1024 });
  return r.code === 0 ? undefined : firstLine(r.stderr) || `git fetch exited with ${r.code}`;
}
