import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../errors.js';
import { git, readBlobs, splitNul } from '../sources/git.js';

/**
 * The few git operations the action needs besides the history scan itself, behind one narrow
 * interface: deciding whether a shallow checkout holds a range, fetching what it lacks, and reading
 * files at the head commit.
 */
export interface ActionGit {
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
  /** Lines of `head`'s side of the pull-request diff (`base...head`) of one file: where review comments may go. */
  diffLines(base: string, head: string, file: string): Promise<Set<number>>;
}

export interface GitAuth {
  /** Token sent as an http extraheader (as actions/checkout does), never on the command line. */
  token: string;
  serverUrl: string;
  /** `owner/repo`: the remote when the clone has no `origin`. */
  repository: string | undefined;
  /** Registers a value with the runner's log masking. */
  mask: (secret: string) => void;
}

export function createActionGit(cwd: string, auth: GitAuth): ActionGit {
  const text = async (args: string[], ok: number[] = [0]) => {
    const r = await git(args, cwd, ok);
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
      const out = (await git(['ls-tree', '-r', '-z', '--full-tree', rev], cwd)).stdout;
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
    async diffLines(base, head, file) {
      const r = await git(
        ['diff', '--no-color', '--no-ext-diff', '--unified=3', `${base}...${head}`, '--', `:(literal,top)${file}`],
        cwd,
      );
      return rightSideLines(r.stdout.toString('utf8'));
    },
  };
}

/** The `+` side's line numbers covered by a diff's hunks (context lines included, as GitHub allows). */
export function rightSideLines(diff: string): Set<number> {
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
 * Runs `git fetch` with the token as an `http.<server>/.extraheader`, passed through
 * `GIT_CONFIG_*` variables: never in argv (which other processes can read), never printed. An
 * empty value first clears any header actions/checkout persisted, so that only one is sent.
 */
function runFetch(cwd: string, args: string[], auth: GitAuth): Promise<string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LC_ALL: 'C',
    GIT_TERMINAL_PROMPT: '0',
  };
  if (auth.token) {
    const basic = Buffer.from(`x-access-token:${auth.token}`, 'utf8').toString('base64');
    auth.mask(basic);
    const key = `http.${auth.serverUrl}/.extraheader`;
    env.GIT_CONFIG_COUNT = '2';
    env.GIT_CONFIG_KEY_0 = key;
    env.GIT_CONFIG_VALUE_0 = '';
    env.GIT_CONFIG_KEY_1 = key;
    env.GIT_CONFIG_VALUE_1 = `AUTHORIZATION: basic ${basic}`;
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 8192) stderr += b.toString('utf8');
    });
    child.on('error', (e) => reject(new SkguardError(`could not run git: ${e.message}`, 'git')));
    child.on('close', (code) => {
      if (code === 0) resolve(undefined);
      else {
        const line = stderr
          .split('\n')
          .map((l) => l.replace(/^(fatal|error): /, '').trim())
          .find(Boolean);
        resolve(line ?? `git fetch exited with ${code}`);
      }
    });
  });
}
