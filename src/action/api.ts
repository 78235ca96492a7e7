import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

/** Where the client reports what it does: the Action's log. */
export interface ApiLog {
  text: (line: string) => void;
  scrub: (text: string) => string;
}

/**
 * The longest wait for a rate limit skguard accepts: a job should not idle for the hour a primary
 * limit can take to reset. Past it, the request fails and the run says so (a warning; the check's
 * result does not depend on comments).
 */
const MAX_WAIT_SECONDS = 60;
const MAX_RETRIES = 2;

/**
 * The REST client, as GitHub asks integrators to behave (docs: "Best practices for using the REST
 * API", "Rate limits for the REST API"): one request at a time (skguard awaits each), a pause between
 * writes and longer between writes that notify, and on 403/429 for a rate limit a wait of
 * `retry-after` seconds, or until `x-ratelimit-reset` when `x-ratelimit-remaining` is 0, or a minute
 * for a secondary limit that names no time, then a retry. `@octokit/plugin-throttling` (octokit's own,
 * used by Probot and the GitHub CLI's extensions) does exactly that and follows GitHub's changes to
 * these signals. Every parameter sent is redacted first (the net under the bodies skguard writes).
 */
export function createOctokit(token: string, apiUrl: string, log: ApiLog): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
      const request = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (retryCount >= MAX_RETRIES || retryAfter > MAX_WAIT_SECONDS) {
        log.text(
          `skguard: GitHub's ${kind} stops ${request}: it asks to wait ${retryAfter} s; giving up on this request`,
        );
        return false;
      }
      log.text(`skguard: GitHub's ${kind} on ${request}: waiting ${retryAfter} s as it asks, then retrying`);
      return true;
    };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl,
      log: {
        debug: () => {},
        info: () => {},
        warn: (message: string) => log.text(`skguard: GitHub API: ${message}`),
        error: (message: string) => log.text(`skguard: GitHub API: ${message}`),
      },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    throttling,
  );
  octokit.hook.before('request', (options) => {
    for (const [name, value] of Object.entries(options)) {
      if (!ROUTE_FIELDS.has(name)) (options as Record<string, unknown>)[name] = scrubDeep(value, log.scrub);
    }
  });
  return octokit;
}

/** Request options that are the route itself, not data sent. */
const ROUTE_FIELDS = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType']);

function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, scrub)]));
  }
  return value;
}

/** The HTTP status of a failed request, if it was one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
