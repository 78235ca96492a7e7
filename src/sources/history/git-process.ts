import { type ChildProcess, spawn } from 'node:child_process';
import type { Socket } from 'node:net';
import { SkguardError } from '../../errors.js';

/**
 * The environment of every git the history source starts (the same settings as `../git.ts`): a fixed
 * locale, no pager, no prompts, no optional locks, and never a lazy fetch from a partial clone's
 * promisor remote (git ≥ 2.44 honours `GIT_NO_LAZY_FETCH`; older ones are kept off missing objects by
 * `rev-list --missing=print`).
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

export function spawnGit(args: string[], cwd: string): GitStream {
  return startGit(args, cwd, 'pipe') as GitStream;
}

/** A git process whose stdout goes to a socket the caller reads itself (see output-socket.ts). */
export type GitWriting = Omit<GitStream, 'child'> & {
  child: ChildProcess & { stdin: NonNullable<ChildProcess['stdin']> };
};

/** Starts git like `spawnGit`, with its stdout connected to `stdout` (the child gets a copy of it). */
export function spawnGitInto(args: string[], cwd: string, stdout: Socket): GitWriting {
  return startGit(args, cwd, stdout) as GitWriting;
}

function startGit(args: string[], cwd: string, stdout: 'pipe' | Socket): GitWriting | GitStream {
  const child = spawn('git', args, {
    cwd,
    env: { ...process.env, ...GIT_ENV },
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
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'ENOENT'
          ? new SkguardError('git was not found on the PATH: `skguard history` needs git', 'git-missing')
          : new SkguardError(`could not run git: ${e.message}`, 'git'),
      );
    });
    child.on('close', (code, signal) => {
      if (code === 0 || killed) resolve();
      else reject(new SkguardError(`git ${args[0]} failed: ${firstLine(stderr) || `exit ${code ?? signal}`}`, 'git'));
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

export function firstLine(text: string): string {
  return (
    text
      .trim()
      .split('\n')[0]
      ?.replace(/^(fatal|error): /, '') ?? ''
  );
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
