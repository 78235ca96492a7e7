import { isIP } from 'node:net';
import { displayUrl } from '../endpoints.js';
import { netFailure, proxyFor, proxyVariables } from '../http.js';
import type { NetProbes } from '../reach.js';
import type { Add } from './types.js';

/**
 * How a live check reaches its host, said step by step: through the proxy the environment names
 * (the same rule the transport applies, `proxyFor`), or directly. Behind a proxy, the host's own
 * DNS, TCP and TLS are the proxy's business (a corporate network often resolves nothing directly),
 * so the steps are run on the proxy instead, and the live check through it tells the rest. A step
 * that fails says it could not tell, never that the key does not work. Returns whether the live
 * check is worth sending.
 */
export async function routeChecks(
  target: URL,
  env: Record<string, string | undefined>,
  net: NetProbes,
  timeoutMs: number,
  add: Add,
): Promise<boolean> {
  const proxy = proxyFor(target, env);
  const { http, https, noProxy } = proxyVariables(env);
  if (!proxy) {
    const set = https ?? http;
    if (set) {
      const why =
        target.protocol === 'http:' && !http
          ? `plain http only goes through HTTP_PROXY, which is not set`
          : `${noProxy?.name ?? 'NO_PROXY'} names it`;
      add({
        id: 'proxy',
        status: 'pass',
        message: `${set.name} (${displayUrl(set.value)}) is set, but requests to ${target.hostname} go direct: ${why}`,
      });
    } else {
      const all = ['ALL_PROXY', 'all_proxy'].find((n) => env[n]?.trim());
      if (all) {
        add({
          id: 'proxy',
          status: 'warn',
          message: `${all} (${displayUrl(env[all] ?? '')}) is set: curl and Python's httpx send requests through it, but Node and skguard go direct`,
          fix: 'behind a proxy, set HTTPS_PROXY (and HTTP_PROXY) as well: every client reads those',
        });
      }
    }
    return steps(target, net, timeoutMs, add);
  }
  let proxyUrl: URL | undefined;
  try {
    proxyUrl = new URL(proxy.value);
  } catch {
    proxyUrl = undefined;
  }
  // What undici's agent accepts: http(s), scheme and host only (a path, even `/x`, is refused).
  if (
    !proxyUrl ||
    !/^https?:$/.test(proxyUrl.protocol) ||
    proxyUrl.pathname !== '/' ||
    proxyUrl.search ||
    proxyUrl.hash
  ) {
    add({
      id: 'proxy',
      status: 'unknown',
      message: `${proxy.name}=${displayUrl(proxy.value)} is not a proxy URL: requests cannot go through it`,
      fix: `write it as scheme, host and port only: ${proxy.name}=http://host:port`,
    });
    return false;
  }
  add({
    id: 'proxy',
    status: 'pass',
    message: `requests to ${target.hostname} go through the proxy ${displayUrl(proxyUrl)} (${proxy.name}), and so does skguard's live check`,
  });
  const reached = await steps(proxyUrl, net, timeoutMs, add, 'the proxy ');
  if (reached) {
    add({
      id: 'tls',
      status: 'skip',
      message: `${target.hostname} is reached through the proxy's tunnel: the live check below tells whether it answers`,
    });
  }
  return reached;
}

/** DNS, then TCP, then TLS (for https) to a host; the first step that fails is reported as unknown. */
async function steps(target: URL, net: NetProbes, timeoutMs: number, add: Add, what = ''): Promise<boolean> {
  const host = target.hostname;
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const proxied = what !== '';
  const failed = (id: string, message: string, error: unknown, fix: string) => {
    const f = netFailure(error);
    add({ id, status: 'unknown', message: `${message}: ${f.code} (${f.meaning})`, fix });
    return false;
  };
  try {
    const addresses = await net.lookup(host);
    const literal = isIP(host.replace(/^\[|\]$/g, '')) !== 0;
    add({
      id: 'dns',
      status: 'pass',
      message: literal
        ? `${what}${host} is an IP address: no lookup needed`
        : `${what}${host} resolves (${addresses.slice(0, 3).join(', ')})`,
    });
  } catch (error) {
    return failed(
      'dns',
      `${what}${host} does not resolve`,
      error,
      proxied
        ? 'check the proxy host name in HTTPS_PROXY / HTTP_PROXY, and your DNS settings'
        : 'check the host name, your DNS settings and network connection; behind a corporate proxy set HTTPS_PROXY',
    );
  }
  try {
    await net.tcp(host, port, timeoutMs);
    add({ id: 'tcp', status: 'pass', message: `${what}${host}:${port} accepts connections` });
  } catch (error) {
    return failed(
      'tcp',
      `cannot connect to ${what}${host}:${port}`,
      error,
      proxied
        ? 'check the proxy address and port, and that the proxy is running'
        : 'a firewall or VPN may block it; behind a corporate proxy set HTTPS_PROXY',
    );
  }
  if (proxied) return true;
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
