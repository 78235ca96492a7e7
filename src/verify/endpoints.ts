import { isIP, isIPv4 } from 'node:net';
import { SkguardError } from '../core/errors.js';
import { baseUrlVariable, isCheckable, providers } from '../core/index.js';

/** Each checkable provider's `SKGUARD_<ID>_BASE_URL`, by provider id. */
export const BASE_URL_VARIABLES = Object.fromEntries(
  providers.filter((p) => isCheckable(p.check)).map((p) => [p.id, baseUrlVariable(p.id)]),
) as Readonly<Record<string, string>> & { readonly openai: string };

/** The rule every URL a key is sent to must pass, as error messages state it. */
const KEY_URL_RULE =
  'a key is only ever sent over https, or over plain http to a loopback address (127.0.0.0/8, ::1, localhost)';

/**
 * True for `localhost`, `127.0.0.0/8` and `::1` written as such. Names under `.localhost` are not
 * taken on trust: they are resolved like any name, and a resolver may send them anywhere.
 */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:(?:127\.|7f[0-9a-f]{2}:)/.test(bare);
  return false;
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
 * A host named beside a key (`contoso.openai.azure.com`, `https://langfuse.example.com`) as a URL: a
 * bare host is reached over https; a URL keeps its scheme and must pass the key URL policy.
 */
export function hostUrl(text: string, source: string): URL {
  const url = keyUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`, source);
  // Keep a path prefix (a gateway in front of the resource), drop query and fragment.
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}

/**
 * The `SKGUARD_<ID>_BASE_URL` overrides that are set, each checked against the key URL policy here,
 * before any request, whichever providers the run needs.
 */
export function resolveOverrides(env: Record<string, string | undefined>): Record<string, URL | undefined> {
  const out: Record<string, URL | undefined> = {};
  for (const module of providers) {
    const variable = baseUrlVariable(module.id);
    const value = env[variable];
    if (isCheckable(module.check) && value !== undefined && value.trim() !== '')
      out[module.id] = keyUrl(value.trim(), variable);
  }
  return out;
}

/**
 * `path` under `base`, keeping any path prefix the base has (`http://127.0.0.1:8080/openai` +
 * `/v1/models`). A base that already ends with the start of the path, as SDK base URLs do
 * (`https://proxy.example/v1`, `…/openai/v1`), is not given it twice: `/v1/models`, never `/v1/v1/models`.
 */
export function under(base: URL, path: string): URL {
  const url = new URL(base.href);
  const [pathname = '', search] = path.split('?', 2) as [string, string | undefined];
  const baseParts = url.pathname.split('/').filter(Boolean);
  const pathParts = pathname.split('/').filter(Boolean);
  let overlap = 0;
  for (let n = Math.min(baseParts.length, pathParts.length - 1); n > 0; n--) {
    if (baseParts.slice(baseParts.length - n).join('/') === pathParts.slice(0, n).join('/')) {
      overlap = n;
      break;
    }
  }
  url.pathname = `/${[...baseParts, ...pathParts.slice(overlap)].join('/')}`;
  url.search = search === undefined ? '' : `?${search}`;
  url.hash = '';
  return url;
}
