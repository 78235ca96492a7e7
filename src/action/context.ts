import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../core/errors.js';

/** A webhook payload as the runner hands it over (GITHUB_EVENT_PATH); read defensively. */
export type EventPayload = Record<string, unknown>;

/** What the runner tells the action about the run, read once from its environment. */
export interface RunnerContext {
  /** GITHUB_EVENT_NAME: `pull_request`, `push`, `schedule`, … */
  eventName: string;
  payload: EventPayload;
  /** GITHUB_WORKSPACE: where actions/checkout put the repository. */
  workspace: string;
  /** GITHUB_REPOSITORY split: undefined outside a runner. */
  repository: { owner: string; repo: string } | undefined;
  /** GITHUB_SHA: the commit the workflow runs on (for pull requests, the test merge commit). */
  sha: string | undefined;
  apiUrl: string;
  serverUrl: string;
  /** Link to this workflow run, for the comment's footer. */
  runUrl: string | undefined;
}

export function readRunnerContext(env: Record<string, string | undefined>, cwd: string): RunnerContext {
  const eventPath = env.GITHUB_EVENT_PATH;
  let payload: EventPayload = {};
  if (eventPath && existsSync(eventPath)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
      if (typeof parsed === 'object' && parsed !== null) payload = parsed as EventPayload;
    } catch {
      throw new SkguardError(
        `GITHUB_EVENT_PATH ${eventPath}: not valid JSON (expected the event's webhook payload)`,
        'input',
      );
    }
  }
  const full = env.GITHUB_REPOSITORY ?? '';
  const slash = full.indexOf('/');
  const repository = slash > 0 ? { owner: full.slice(0, slash), repo: full.slice(slash + 1) } : undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = env.GITHUB_RUN_ID;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    workspace: path.resolve(cwd, env.GITHUB_WORKSPACE || '.'),
    repository,
    sha: env.GITHUB_SHA || undefined,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl: repository && runId ? `${serverUrl}/${full}/actions/runs/${runId}` : undefined,
  };
}

/**
 * The `owner/repo` a clone came from, when its remote is on this GitHub server: an org-wide scan
 * checks out other repositories than the workflow's, and links must point at the scanned one.
 */
export function repositoryFromUrl(
  url: string | undefined,
  serverUrl: string,
): { owner: string; repo: string } | undefined {
  if (!url) return undefined;
  let parsed: URL;
  let server: URL;
  try {
    parsed = new URL(url);
    server = new URL(serverUrl);
  } catch {
    return undefined;
  }
  if (parsed.host.toLowerCase() !== server.host.toLowerCase()) return undefined;
  const m = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(parsed.pathname);
  return m ? { owner: decodeURIComponent(m[1] as string), repo: decodeURIComponent(m[2] as string) } : undefined;
}

/**
 * Reads an input as the runner passes it: `INPUT_` + the name upper-cased with spaces as `_`
 * (what `core.getInput` reads, without importing the module that writes to the log).
 */
export function inputReader(env: Record<string, string | undefined>): (name: string) => string {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
