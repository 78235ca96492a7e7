import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIST_CLI } from '../support/cli.js';
import { gitEnv } from '../support/repo.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The OS temporary folder (TMPDIR) that `hook install` and hooks see in these tests: a folder of its
 * own, so that neither this checkout (CI may clone it under /tmp) nor the tests' temp folders count
 * as a temporary place to install from. Tests of that refusal set TMPDIR themselves.
 */
export const HOOK_TMPDIR = path.join(tmpdir(), 'skguard-hook-tmpdir');
mkdirSync(HOOK_TMPDIR, { recursive: true });

/**
 * The environment hooks run in: the test git identity, no machine config, TMPDIR as above.
 * NODE_EXTRA_CA_CERTS is dropped only because it adds ~60 ms to every Node start here (PERF.md).
 */
export function hookEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...gitEnv, NO_COLOR: '1', TMPDIR: HOOK_TMPDIR, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  for (const [k, v] of Object.entries(extra)) if (v === undefined) delete env[k];
  return env;
}

/** Runs a command and returns its exit code and output, never throwing on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = hookEnv(),
  options: SpawnSyncOptions = {},
): Run {
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

export const gitIn = (cwd: string, args: string[], env?: NodeJS.ProcessEnv) => run('git', args, cwd, env);

/** The bundled CLI, as a user runs it. */
export const skguardIn = (cwd: string, args: string[], env?: NodeJS.ProcessEnv) =>
  run(process.execPath, [DIST_CLI, ...args], cwd, env);

/** Makes `node_modules/.bin/skguard` in a project point at the freshly built CLI, as `npm install` would. */
export function linkBin(projectDir: string): string {
  const bin = path.join(projectDir, 'node_modules', '.bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(DIST_CLI, path.join(bin, 'skguard'));
  return path.join(bin, 'skguard');
}

/** `git rev-parse HEAD`, or undefined before the first commit. */
export function head(cwd: string): string | undefined {
  const r = gitIn(cwd, ['rev-parse', '--verify', '-q', 'HEAD']);
  return r.code === 0 ? r.stdout.trim() : undefined;
}
