import { type SpawnOptions, spawn } from 'node:child_process';
import { SkguardError } from '../errors.js';

/**
 * The few git calls the hot paths need, run directly: simple-git buffers whole outputs and adds
 * start-up cost, and the staged hook and the history stream want neither. Commands run with a
 * fixed locale and without the user's pager, colour or external diff settings.
 */
const GIT_ENV = { LC_ALL: 'C', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** Runs git and collects its output. `okCodes` lists exit codes that are answers, not failures. */
export function git(args: string[], cwd: string, okCodes: number[] = [0], input?: Buffer): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const options: SpawnOptions = { cwd, env: { ...process.env, ...GIT_ENV }, stdio: ['pipe', 'pipe', 'pipe'] };
    const child = spawn('git', args, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'ENOENT'
          ? new SkguardError(
              'git was not found on the PATH: install git, or run `skguard scan` outside a repository',
              'git-missing',
            )
          : new SkguardError(`could not run git: ${e.message}`, 'git'),
      );
    });
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 128 };
      if (okCodes.includes(result.code)) resolve(result);
      else
        reject(
          new SkguardError(`git ${args[0]} failed: ${firstLine(result.stderr) || `exit code ${result.code}`}`, 'git'),
        );
    });
    child.stdin?.on('error', () => {}); // git may exit before reading all input; its exit code tells
    child.stdin?.end(input);
  });
}

function firstLine(text: string): string {
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
 * Finds the work tree around `dir`, or undefined when `dir` is not in one. Throws a SkguardError
 * with code `git-missing` when git cannot be run at all: callers decide what that means.
 */
export async function findWorkTree(dir: string): Promise<string | undefined> {
  const r = await git(['rev-parse', '--show-toplevel'], dir, [0, 128]);
  const top = r.stdout.toString('utf8').trim();
  return r.code === 0 && top !== '' ? top : undefined;
}

/** A long-lived `git cat-file --batch` reading many objects through one process, in order. */
export async function readBlobs(cwd: string, ids: string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>();
  if (ids.length === 0) return result;
  const r = await git(['cat-file', '--batch'], cwd, [0], Buffer.from(`${ids.join('\n')}\n`));
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
