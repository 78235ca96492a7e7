import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { SkguardError } from '../core/errors.js';

/**
 * The one way skguard runs git. Every git process — the hook's staged diff, the history stream, the
 * work-tree listing, the Action's fetch — starts here, with the same hardening:
 *
 * A repository is input, and input is hostile: a downloaded or cloned repository's `.git/config`
 * can name programs for git to run (`core.fsmonitor`, hooks, a pager, external diff and textconv
 * drivers, `gpg.program` through `log.showSignature`). skguard only ever reads, so every one of
 * those is switched off on the command line, where it overrides the repository's own config
 * (external diff and textconv drivers by `--no-ext-diff --no-textconv` on every diff: an empty
 * `diff.external` is not "none" in every git version).
 * Settings that would change what git prints (`diff.suppressBlankEmpty`, colour, relative paths)
 * are pinned too, so that parsers read the same format everywhere.
 */
const HARDENING = [
  'core.fsmonitor=false',
  'core.pager=cat',
  'core.untrackedCache=false',
  'log.showSignature=false',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.relative=false',
  'diff.suppressBlankEmpty=false',
  'color.ui=never',
  'protocol.ext.allow=never',
  'gc.auto=0',
  'maintenance.auto=false',
].flatMap((setting) => ['-c', setting]);

/**
 * The environment every git gets: a fixed locale (messages are parsed, and git is slower in a
 * UTF-8 one), no pager or prompt, no optional locks (never rewrite the index of the
 * repository being read), and never a lazy fetch from a partial clone's promisor remote (git ≥ 2.44
 * honours `GIT_NO_LAZY_FETCH`; older ones are kept off missing objects by `--missing=print`).
 */
const GIT_ENV = {
  LC_ALL: 'C',
  GIT_PAGER: 'cat',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_LAZY_FETCH: '1',
};

/** Most bytes of a child's stderr kept for its error message. */
const STDERR_LIMIT = 16 * 1024;

export interface GitOptions {
  /** Exit codes that are answers, not failures (default: 0 only). */
  ok?: readonly number[];
  /** Bytes written to git's standard input. */
  input?: Buffer | string;
  /** Extra environment (merged over the process's and the hardening's), e.g. an auth header. */
  env?: Record<string, string | undefined>;
  /** Output larger than this is an error rather than memory skguard cannot bound (default 256 MiB). */
  maxOutput?: number;
}

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/**
 * Commands that may run hooks (`fetch` runs `reference-transaction`): hooks are switched off for
 * those only, since `hook install` must read the real `core.hooksPath` with `git config`.
 */
const RUNS_HOOKS = new Set(['fetch']);
const NO_HOOKS = ['-c', 'core.hooksPath=/dev/null'];

/** The full command line of a git run: the hardening first, then the caller's arguments. */
function gitArgs(args: readonly string[]): string[] {
  let i = 0;
  while (args[i] === '-c') i += 2;
  return [...HARDENING, ...(RUNS_HOOKS.has(args[i] ?? '') ? NO_HOOKS : []), ...args];
}

function gitEnv(extra: Record<string, string | undefined> | undefined): NodeJS.ProcessEnv {
  return { ...process.env, ...GIT_ENV, ...(extra ?? {}) };
}

/** Runs git and collects its output (bounded). Rejects with a SkguardError naming the command. */
export function git(args: readonly string[], cwd: string, options: GitOptions = {}): Promise<GitResult> {
  const ok = options.ok ?? [0];
  const maxOutput = options.maxOutput ?? 256 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(args), { cwd, env: gitEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let tooLarge = false;
    child.stdout.on('data', (b: Buffer) => {
      outBytes += b.length;
      if (outBytes > maxOutput) {
        tooLarge = true;
        child.kill();
        return;
      }
      out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < STDERR_LIMIT) stderr += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnError(e)));
    child.on('close', (code) => {
      if (tooLarge) {
        reject(new SkguardError(`git ${args[0]} printed more than ${maxOutput} bytes: refusing to hold it`, 'git'));
        return;
      }
      const result = { stdout: Buffer.concat(out), stderr, code: code ?? 128 };
      if (ok.includes(result.code)) resolve(result);
      else reject(gitFailure(args, result.stderr, result.code));
    });
    child.stdin.on('error', () => {}); // git may exit before reading all input; its exit code tells
    child.stdin.end(options.input);
  });
}

/** A git child process whose output is read as a stream, never buffered whole. */
export interface GitStream {
  child: ChildProcess & {
    stdin: NonNullable<ChildProcess['stdin']>;
    stdout: NonNullable<ChildProcess['stdout']>;
  };
  /** Settles when git exits: rejects with a SkguardError naming the command when it fails. */
  exited: Promise<void>;
  /** Ends the process early (after an error elsewhere); it was started here, so it is ours to end. */
  kill(): void;
}

/** Starts a long-lived git whose standard input and output the caller streams. */
export function spawnGit(args: readonly string[], cwd: string, env?: Record<string, string | undefined>): GitStream {
  return startGit(args, cwd, 'pipe', env) as GitStream;
}

/** A git process whose standard output goes where the caller said (see `spawnGitInto`). */
export type GitWriting = Omit<GitStream, 'child'> & {
  child: ChildProcess & { stdin: NonNullable<ChildProcess['stdin']> };
};

/**
 * Starts git like `spawnGit`, with its standard output connected to `stdout` (the child gets a
 * copy of it): the history reader hands it one end of a socket it reads into a reused buffer.
 */
export function spawnGitInto(args: readonly string[], cwd: string, stdout: Socket): GitWriting {
  return startGit(args, cwd, stdout);
}

function startGit(
  args: readonly string[],
  cwd: string,
  stdout: 'pipe' | Socket,
  env?: Record<string, string | undefined>,
): GitWriting {
  const child = spawn('git', gitArgs(args), {
    cwd,
    env: gitEnv(env),
    stdio: ['pipe', stdout, 'pipe'],
  }) as GitStream['child'];
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    if (stderr.length < STDERR_LIMIT) stderr += b.toString('utf8');
  });
  // git may exit before reading all its input (after an error); its exit code tells what happened.
  child.stdin.on('error', () => {});
  let killed = false;
  const exited = new Promise<void>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => reject(spawnError(e)));
    child.on('close', (code, signal) => {
      if (code === 0 || killed) resolve();
      else reject(gitFailure(args, stderr, code ?? signal ?? 'unknown'));
    });
  });
  // Marked handled: callers await it when they are ready, and an early failure must not crash the process.
  exited.catch(() => {});
  return {
    child,
    exited,
    kill: () => {
      killed = true;
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

function spawnError(e: NodeJS.ErrnoException): SkguardError {
  return e.code === 'ENOENT'
    ? new SkguardError(
        'git was not found on the PATH: install git (skguard scan reads a plain directory without it)',
        'git-missing',
      )
    : new SkguardError(`could not run git: ${e.message}`, 'git');
}

/**
 * git's refusal, in skguard's words. A repository owned by another user is refused by git itself
 * (CVE-2022-24765) with a message that later commands turn into nonsense ("unknown option
 * `cached'"): name `safe.directory` instead.
 */
function gitFailure(args: readonly string[], stderr: string, code: number | string): SkguardError {
  if (/dubious ownership/i.test(stderr)) {
    const dir = /repository at '([^']*)'/.exec(stderr)?.[1];
    return new SkguardError(
      `git refuses to read the repository${dir ? ` at ${dir}` : ''}: it is owned by another user. If you trust it, run \`git config --global --add safe.directory <path>\` (skguard never runs the repository's own programs either way)`,
      'git-unsafe-repository',
    );
  }
  return new SkguardError(`git ${args[0]} failed: ${firstLine(stderr) || `exit code ${code}`}`, 'git');
}

/** git's first message line without its `fatal:`/`error:` prefix. */
export function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^(fatal|error): /, '') ?? ''
  );
}

/** Splits NUL-terminated git output (`-z`) into strings. */
export function splitNul(out: Buffer): string[] {
  const parts = out.toString('utf8').split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * Splits a byte stream into records ending with `separator` (a newline, or NUL for `-z` output),
 * carrying a partial record across chunks. Records are decoded as UTF-8 (git paths are bytes; UTF-8
 * is what nearly every repository holds, and an invalid byte only affects how a path is shown).
 */
export class RecordSplitter {
  private carry: Buffer | undefined;
  constructor(
    private readonly separator: number,
    private readonly onRecord: (record: string) => void,
  ) {}

  push(chunk: Buffer): void {
    let data = chunk;
    if (this.carry) {
      data = Buffer.concat([this.carry, chunk]);
      this.carry = undefined;
    }
    let at = 0;
    for (let end = data.indexOf(this.separator, at); end >= 0; end = data.indexOf(this.separator, at)) {
      this.onRecord(data.toString('utf8', at, end));
      at = end + 1;
    }
    if (at < data.length) this.carry = Buffer.from(data.subarray(at));
  }

  /** The input has ended: a last record without a separator still counts. */
  end(): void {
    if (this.carry && this.carry.length > 0) this.onRecord(this.carry.toString('utf8'));
    this.carry = undefined;
  }
}

/**
 * Finds the work tree around `dir`, or undefined when `dir` is not in one. Throws a SkguardError
 * with code `git-missing` when git cannot be run at all (callers decide what that means), and
 * `git-unsafe-repository` when git refuses a repository owned by another user.
 */
export async function findWorkTree(dir: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--show-toplevel'], dir, { ok: [0, 128] });
  if (r.code !== 0 && /dubious ownership/i.test(r.stderr)) throw gitFailure(['rev-parse'], r.stderr, r.code);
  const top = r.stdout.toString('utf8').trim();
  return r.code === 0 && top !== '' ? top : undefined;
}

/** Reads objects by id through one `git cat-file --batch` (small sets: the whole answer is held). */
export async function readBlobs(cwd: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  if (ids.length === 0) return result;
  const r = await git(['cat-file', '--batch'], cwd, { input: `${ids.join('\n')}\n` });
  const out = r.stdout;
  let at = 0;
  for (const id of ids) {
    const nl = out.indexOf(0x0a, at);
    if (nl < 0) break;
    const header = out.toString('utf8', at, nl);
    const [, type, size] = header.split(' ');
    if (type === undefined || size === undefined) {
      at = nl + 1; // "<id> missing"
      continue;
    }
    const length = Number(size);
    result.set(id, out.subarray(nl + 1, nl + 1 + length));
    at = nl + 1 + length + 1;
  }
  return result;
}
