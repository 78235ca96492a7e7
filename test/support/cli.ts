import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { gitEnv } from './repo.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast; for most tests). */
export async function runCli(
  args: string[],
  options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string | undefined> },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: options.cwd,
    env: { ...gitEnv, ...(options.env ?? {}) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

export const DIST_CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');

/** Runs the bundled CLI as a user would (for exit codes, stdin, TTY-less output). */
export function runDist(
  args: string[],
  options: { cwd: string; stdin?: string | Buffer; env?: Record<string, string | undefined> },
): CliResult {
  const r = spawnSync(process.execPath, [DIST_CLI, ...args], {
    cwd: options.cwd,
    input: options.stdin,
    env: { ...process.env, ...gitEnv, NO_COLOR: '1', ...(options.env ?? {}) },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
