import { isIP } from 'node:net';
import { BASE_URL_VARIABLES, displayUrl, isLoopbackHost, mayCarryKey, under } from '../endpoints.js';
import { netFailure } from '../http.js';
import type { NetProbes } from '../reach.js';
import type { Add } from './types.js';

const DEFAULT_OPENAI_API = 'https://api.openai.com/v1';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/** Where the SDK sends requests (OPENAI_BASE_URL or the default), and where skguard's own check goes. */
export function requestTarget(
  env: Record<string, string | undefined>,
  override: URL | undefined,
  add: Add,
): { sdk: URL; api: URL; sendable: boolean } {
  if (env.OPENAI_API_BASE && !env.OPENAI_BASE_URL) {
    add({
      id: 'endpoint',
      status: 'warn',
      message: 'OPENAI_API_BASE is set, but only openai-python before 1.0 reads it',
      fix: 'rename it to OPENAI_BASE_URL, which current SDKs read',
    });
  }
  const raw = env.OPENAI_BASE_URL?.trim();
  let api = new URL(DEFAULT_OPENAI_API);
  let sendable = true;
  if (raw) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      add({
        id: 'endpoint',
        status: 'fail',
        message: `OPENAI_BASE_URL is not a URL (${displayUrl(raw)})`,
        fix: `set it to a full URL such as ${DEFAULT_OPENAI_API}, or unset it`,
      });
    }
    if (url) {
      const shown = displayUrl(url);
      if (!mayCarryKey(url)) {
        sendable = override !== undefined;
        add({
          id: 'endpoint',
          status: 'fail',
          message: `OPENAI_BASE_URL=${shown}: requests go over plain http, so the key travels in clear text`,
          fix: 'use https (plain http is fine only for a server on this machine)',
        });
      } else if (url.host === 'api.openai.com') {
        add({
          id: 'endpoint',
          status: /\/v1\/?$/.test(url.pathname) ? 'pass' : 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL)`,
          ...(/\/v1\/?$/.test(url.pathname)
            ? {}
            : { fix: `the OpenAI API lives under /v1: set OPENAI_BASE_URL=${DEFAULT_OPENAI_API}, or unset it` }),
        });
      } else {
        add({
          id: 'endpoint',
          status: 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL), not to api.openai.com: the key must be one that this service accepts`,
          fix: 'unset OPENAI_BASE_URL to talk to OpenAI directly',
        });
      }
      api = url;
    }
  } else {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `requests go to ${DEFAULT_OPENAI_API} (the default; OPENAI_BASE_URL is not set)`,
    });
  }
  if (override) {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `skguard's own checks go to ${displayUrl(override)} (${BASE_URL_VARIABLES.openai})`,
    });
    return { sdk: api, api: under(override, '/v1'), sendable };
  }
  return { sdk: api, api, sendable };
}

/** Proxy variables: where SDKs that honour them send requests. Returns true when a proxy is in the way. */
export function proxyCheck(env: Record<string, string | undefined>, api: URL, add: Add): boolean {
  const name = PROXY_VARIABLES.find((n) => env[n]?.trim());
  if (!name) return false;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^\*?\./, ''))
    .filter(Boolean);
  const bypassed =
    noProxy.some((n) => n === '*' || api.hostname === n || api.hostname.endsWith(`.${n}`)) ||
    isLoopbackHost(api.hostname);
  if (bypassed) {
    add({
      id: 'proxy',
      status: 'pass',
      message: `${name} is set, but NO_PROXY (or a loopback host) sends requests to ${api.hostname} directly`,
    });
    return false;
  }
  add({
    id: 'proxy',
    status: 'warn',
    message: `requests to ${api.hostname} go through the proxy ${displayUrl(env[name] ?? '')} (${name}) in SDKs that honour it; skguard's checks go direct, so results may differ`,
    fix: `if requests fail only in your app, check the proxy, or add ${api.hostname} to NO_PROXY`,
  });
  return true;
}

/** DNS, then TCP, then TLS to the host the live check goes to; the first step that fails is reported (a warning behind a proxy). */
export async function reachability(
  target: URL,
  net: NetProbes,
  timeoutMs: number,
  proxied: boolean,
  add: Add,
): Promise<boolean> {
  const host = target.hostname;
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const severity = proxied ? 'warn' : 'fail';
  const failed = (id: string, what: string, error: unknown, fix: string) => {
    const f = netFailure(error);
    add({ id, status: severity, message: `${what}: ${f.code} (${f.meaning})`, fix });
    return false;
  };
  try {
    const addresses = await net.lookup(host);
    const literal = isIP(host.replace(/^\[|\]$/g, '')) !== 0;
    add({
      id: 'dns',
      status: 'pass',
      message: literal
        ? `${host} is an IP address: no lookup needed`
        : `${host} resolves (${addresses.slice(0, 3).join(', ')})`,
    });
  } catch (error) {
    return failed(
      'dns',
      `${host} does not resolve`,
      error,
      'check the host name in OPENAI_BASE_URL, your DNS settings and network connection',
    );
  }
  try {
    await net.tcp(host, port, timeoutMs);
    add({ id: 'tcp', status: 'pass', message: `${host}:${port} accepts connections` });
  } catch (error) {
    return failed(
      'tcp',
      `cannot connect to ${host}:${port}`,
      error,
      'a firewall or VPN may block it; behind a corporate proxy set HTTPS_PROXY',
    );
  }
  if (target.protocol !== 'https:') {
    add({ id: 'tls', status: 'skip', message: `plain http to ${host} (loopback): no TLS` });
    return true;
  }
  try {
    await net.tls(host, port, timeoutMs);
    add({ id: 'tls', status: 'pass', message: `TLS with ${host} works and its certificate is valid` });
  } catch (error) {
    return failed(
      'tls',
      `TLS with ${host} failed`,
      error,
      'a TLS-inspecting proxy or antivirus needs its CA certificate trusted: NODE_EXTRA_CA_CERTS (Node), SSL_CERT_FILE or REQUESTS_CA_BUNDLE (Python)',
    );
  }
  return true;
}
