import { isIPv4 } from 'node:net';
import { SkguardError } from '../core/errors.js';

/** Providers whose checks go to a fixed host, each with the variable that overrides it. */
export const BASE_URL_VARIABLES = {
  openai: 'SKGUARD_OPENAI_BASE_URL',
  anthropic: 'SKGUARD_ANTHROPIC_BASE_URL',
  openrouter: 'SKGUARD_OPENROUTER_BASE_URL',
  deepseek: 'SKGUARD_DEEPSEEK_BASE_URL',
  'azure-openai': 'SKGUARD_AZURE_OPENAI_BASE_URL',
} as const;

export type FixedProvider = keyof typeof BASE_URL_VARIABLES;

/** The official hosts. Azure OpenAI has none: each resource has its own endpoint, found beside the key. */
export const DEFAULT_BASE_URLS: Record<FixedProvider, string | undefined> = {
  openai: 'https://api.openai.com',
  anthropic: 'https://api.anthropic.com',
  openrouter: 'https://openrouter.ai',
  deepseek: 'https://api.deepseek.com',
  'azure-openai': undefined,
};

/** The rule every URL a key is sent to must pass, as error messages state it. */
export const KEY_URL_RULE =
  'a key is only ever sent over https, or over plain http to a loopback address (127.0.0.0/8, ::1, localhost)';

/** True for `localhost`, `127.0.0.0/8` and `::1`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  return isIPv4(host) && host.startsWith('127.');
}

/** Whether a key may be sent to this URL. */
export function mayCarryKey(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** A URL as it may be printed: no user name or password. */
export function displayUrl(url: URL | string): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return String(url).replace(/\/\/[^/@\s]*@/, '//');
  }
}

/**
 * Parses a URL a key will be sent to and enforces the policy; `source` names where it came from
 * (a variable or an option) so the error says which setting to fix. Throws before any request.
 */
export function keyUrl(value: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SkguardError(`${source}: "${displayUrl(value)}" is not a URL; expected e.g. https://host`, 'usage');
  }
  if (!mayCarryKey(url)) {
    throw new SkguardError(
      `${source}=${displayUrl(url)}: refused, ${KEY_URL_RULE}; no request was made`,
      'endpoint-policy',
    );
  }
  return url;
}

/**
 * The base URL of each provider's checks: the official host unless its `SKGUARD_*_BASE_URL` is set.
 * Every override is checked here, before any request, whichever providers the run needs.
 */
export function resolveBaseUrls(env: Record<string, string | undefined>): Record<FixedProvider, URL | undefined> {
  const out = {} as Record<FixedProvider, URL | undefined>;
  for (const [provider, variable] of Object.entries(BASE_URL_VARIABLES) as [FixedProvider, string][]) {
    const override = env[variable];
    const fallback = DEFAULT_BASE_URLS[provider];
    if (override !== undefined && override.trim() !== '') out[provider] = keyUrl(override.trim(), variable);
    else out[provider] = fallback === undefined ? undefined : new URL(fallback);
  }
  return out;
}

/** `path` under `base`, keeping any path prefix the base has (`http://127.0.0.1:8080/openai` + `/v1/models`). */
export function under(base: URL, path: string): URL {
  const url = new URL(base.href);
  const [pathname, search] = path.split('?', 2) as [string, string | undefined];
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${pathname}`;
  url.search = search === undefined ? '' : `?${search}`;
  url.hash = '';
  return url;
}
