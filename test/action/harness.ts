import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { gitEnv, TestRepo, tempDir } from '../support/repo.js';

/** The repository root: where action.yml and dist/action.js are. */
export const ACTION_ROOT = path.resolve(import.meta.dirname, '../..');
const DIST_ACTION = path.join(ACTION_ROOT, 'dist/action.js');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function actionYml(): ActionYml {
  return parse(readFileSync(path.join(ACTION_ROOT, 'action.yml'), 'utf8')) as ActionYml;
}

/** The runner's name for an input's variable: `INPUT_` + the name upper-cased, spaces to `_` (dashes stay). */
function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * INPUT_* variables as the runner sets them: every input of action.yml with its default (the
 * `${{ github.token }}` expression evaluated to `token`), then the workflow's `with:` values.
 */
export function inputEnv(token: string, given: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYml().inputs)) {
    const value = String(spec.default ?? '').replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`action.yml: input ${name} has a default the harness cannot evaluate`);
    env[inputVariable(name)] = value;
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in actionYml().inputs)) throw new Error(`action.yml has no input ${name}`);
    env[inputVariable(name)] = value;
  }
  return env;
}

export interface ActionRunOptions {
  workspace: string;
  event: string;
  payload: object;
  token: string;
  /** `with:` values. */
  inputs?: Record<string, string>;
  apiUrl?: string;
  repository?: string;
  sha?: string;
  runId?: string;
  env?: Record<string, string>;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the action wrote to GITHUB_OUTPUT, parsed. */
  outputs: Record<string, string>;
  /** The raw GITHUB_OUTPUT file. */
  outputFile: string;
  /** What the action appended to GITHUB_STEP_SUMMARY. */
  summary: string;
}

/**
 * Runs the bundled action as the runner does: `node dist/action.js` in GITHUB_WORKSPACE, with the
 * event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and INPUT_* variables.
 * Asynchronous, so that a fake server in this process can answer it.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = tempDir('skguard-runner-');
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && !k.startsWith('RUNNER_'),
    ),
  );
  const env: Record<string, string | undefined> = {
    ...inherited,
    ...gitEnv,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: options.repository ?? 'octo/widgets',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_RUN_ID: options.runId ?? '1001',
    RUNNER_TEMP: dir,
    ...(options.sha ? { GITHUB_SHA: options.sha } : {}),
    ...inputEnv(options.token, options.inputs),
    ...(options.env ?? {}),
  };
  const child = spawn(process.execPath, [DIST_ACTION], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => {
    stdout += b.toString('utf8');
  });
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString('utf8');
  });
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const outputFile = readFileSync(outputPath, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputFile),
    outputFile,
    summary: existsSync(summaryPath) ? readFileSync(summaryPath, 'utf8') : '',
  };
}

/** GITHUB_OUTPUT's `name<<delimiter` … `delimiter` records. */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i] as string);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
      out[m[1] as string] = value.join('\n');
    } else if (lines[i]?.includes('=')) {
      const at = (lines[i] as string).indexOf('=');
      out[(lines[i] as string).slice(0, at)] = (lines[i] as string).slice(at + 1);
    }
  }
  return out;
}

/** Lines of the log that are not the runner's masking commands (which carry the value to mask, by design). */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** A bare "origin" repository made from a work repository, with every ref (pull refs included). */
export function bareOrigin(source: TestRepo): string {
  const dir = path.join(tempDir('skguard-origin-'), 'origin.git');
  source.git('clone', '-q', '--mirror', source.dir, dir);
  return dir;
}

/**
 * A workspace as actions/checkout makes it: `git init`, remote `origin`, one fetch of the commit
 * at `depth` (default 1, checkout's default; 0 fetches everything) and a detached checkout.
 */
export function checkout(origin: string, sha: string, ref: string, depth = 1): TestRepo {
  const ws = new TestRepo({ init: false });
  ws.git('init', '-q');
  ws.git('remote', 'add', 'origin', `file://${origin}`);
  if (depth > 0) ws.git('fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', `+${sha}:${ref}`);
  else ws.git('fetch', '-q', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*', `+${sha}:${ref}`);
  ws.git('checkout', '-q', '--detach', sha);
  return ws;
}
