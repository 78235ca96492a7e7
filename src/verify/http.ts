import type { ProbeAnswer, ProbeRequest } from './types.js';

/** Answers larger than this are cut: a model list is a few tens of KiB. */
const MAX_BODY = 1024 * 1024;

/** The fetch the validator uses: injected, so tests and embedders choose the transport. */
export type Fetch = typeof globalThis.fetch;

/** Why no HTTP answer came back. */
export interface NetFailure {
  kind: 'timeout' | 'dns' | 'tls' | 'proxy' | 'network';
  /** The system or library code (`ECONNREFUSED`, `ENOTFOUND`, `CERT_HAS_EXPIRED`, `UND_ERR_SOCKET`…). */
  code: string;
  /** What it means, in a few words: `connection refused`. */
  meaning: string;
}

export type ProbeResult = { answer: ProbeAnswer } | { failure: NetFailure };

/** How requests leave: an injected fetch, or the global one through the proxy `env` names. */
export interface Transport {
  fetch?: Fetch | undefined;
  /** Where `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY` (either case) are read. */
  env?: Record<string, string | undefined>;
}

/** A proxy variable that is set: its name as written (`HTTPS_PROXY` or `https_proxy`) and its value. */
export interface ProxyVariable {
  name: string;
  value: string;
}

/** The upper-case name first, then the lower-case one; a blank value counts as unset. */
function proxyVariable(env: Record<string, string | undefined>, upper: string): ProxyVariable | undefined {
  for (const name of [upper, upper.toLowerCase()]) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return undefined;
}

/** The proxy variables `env` sets: `https` falls back to `http`'s proxy, as curl and undici read them. */
export function proxyVariables(env: Record<string, string | undefined>): {
  http?: ProxyVariable;
  https?: ProxyVariable;
  noProxy?: ProxyVariable;
} {
  const http = proxyVariable(env, 'HTTP_PROXY');
  const https = proxyVariable(env, 'HTTPS_PROXY') ?? http;
  const noProxy = proxyVariable(env, 'NO_PROXY');
  return { ...(http ? { http } : {}), ...(https ? { https } : {}), ...(noProxy ? { noProxy } : {}) };
}

/** The proxy settings in `env`, or undefined when none is set. */
function proxySettings(
  env: Record<string, string | undefined>,
): { httpProxy?: string; httpsProxy?: string; noProxy?: string } | undefined {
  const { http, https, noProxy } = proxyVariables(env);
  if (!http && !https) return undefined;
  return {
    ...(http ? { httpProxy: http.value } : {}),
    ...(https ? { httpsProxy: https.value } : {}),
    ...(noProxy ? { noProxy: noProxy.value } : {}),
  };
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/**
 * The proxy variable a request to `target` goes through, or undefined when it goes direct: the
 * rule undici's `EnvHttpProxyAgent` applies (https targets take `HTTPS_PROXY`, else `HTTP_PROXY`;
 * http targets only `HTTP_PROXY`; a `NO_PROXY` entry matches its host exactly, or as a suffix when it
 * starts with `.` or `*`, and its port when it names one; `*` matches every host). Written out so
 * that `doctor` can say where a request goes; `test/verify/proxy.test.ts` holds it to what the
 * agent does.
 */
export function proxyFor(target: URL, env: Record<string, string | undefined>): ProxyVariable | undefined {
  const { http, https, noProxy } = proxyVariables(env);
  const proxy = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : undefined;
  if (!proxy) return undefined;
  const hostname = target.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(target.port, 10) || DEFAULT_PORTS[target.protocol] || 0;
  const value = noProxy?.value ?? '';
  if (value === '*') return undefined;
  for (const entry of value.split(/[,\s]/)) {
    if (!entry) continue;
    const parsed = /^(.+):(\d+)$/.exec(entry);
    const host = (parsed ? (parsed[1] as string) : entry).toLowerCase();
    const entryPort = parsed ? Number.parseInt(parsed[2] as string, 10) : 0;
    if (entryPort && entryPort !== port) continue;
    if (/^[.*]/.test(host) ? hostname.endsWith(host.replace(/^\*/, '')) : hostname === host) return undefined;
  }
  return proxy;
}

const proxied = new Map<string, Promise<Fetch>>();

/**
 * The fetch to use: the injected one; else, when a proxy variable is set, undici's fetch with its
 * `EnvHttpProxyAgent` (HTTPS through CONNECT, `NO_PROXY` honoured), loaded only then; else the
 * global fetch. The key's own URL has passed the https-or-loopback rule before it gets here: the
 * proxy only ever sees a tunnel (https) or a loopback request.
 */
async function transportFetch(transport: Transport): Promise<Fetch> {
  if (transport.fetch) return transport.fetch;
  const settings = proxySettings(transport.env ?? {});
  if (!settings) return globalThis.fetch;
  const id = JSON.stringify(settings);
  let pending = proxied.get(id);
  if (!pending) {
    pending = import('undici').then(({ EnvHttpProxyAgent, fetch }) => {
      // Every setting given, blank where unset: the agent would otherwise fall back to this
      // process's own variables, and the run's `env` is the one that counts.
      const dispatcher = quietly(
        () =>
          new EnvHttpProxyAgent({
            httpProxy: settings.httpProxy ?? '',
            httpsProxy: settings.httpsProxy ?? '',
            noProxy: settings.noProxy ?? '',
          }),
      );
      return ((input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) =>
        fetch(input as never, { ...(init as object), dispatcher } as never)) as unknown as Fetch;
    });
    proxied.set(id, pending);
  }
  return pending;
}

/** undici marks EnvHttpProxyAgent experimental with a process warning: not the user's concern on every run. */
function quietly<T>(make: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' ? (rest[0] as { code?: string })?.code : rest[1];
    if (code === 'UNDICI-EHPA') return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emit;
  }
}

/**
 * Makes one request. Redirects are not followed (a redirect could carry the key's header to another
 * host); the timeout covers the whole exchange, body included.
 */
export async function probe(
  request: ProbeRequest,
  transport: Transport | Fetch,
  timeoutMs: number,
): Promise<ProbeResult> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const fetch = await transportFetch(typeof transport === 'function' ? { fetch: transport } : transport);
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers: { accept: 'application/json', 'user-agent': 'skguard-verify', ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: 'manual',
      signal,
    });
    const text = await readBounded(response);
    let json: unknown;
    try {
      json = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { answer: { status: response.status, headers: response.headers, text, json } };
  } catch (error) {
    if (signal.aborted)
      return { failure: { kind: 'timeout', code: 'TIMEOUT', meaning: `no answer within ${seconds(timeoutMs)}` } };
    return { failure: netFailure(error) };
  }
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size >= MAX_BODY) {
      await reader.cancel().catch(() => {});
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

const MEANINGS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CLOSED: 'connection closed',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name lookup failed (temporary)',
  EAI_NONAME: 'host not found',
  EAI_FAIL: 'name lookup failed',
  CERT_HAS_EXPIRED: 'certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain (a TLS-inspecting proxy?)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not verifiable',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate issuer unknown (a TLS-inspecting proxy?)',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate is for another host name',
  EPROTO: 'TLS protocol error',
};

/** Names a network error by its code, walking `cause` (fetch wraps the socket's error). */
export function netFailure(error: unknown): NetFailure {
  const code = errorCode(error) ?? 'UNKNOWN';
  const proxy = proxyMessage(error);
  if (proxy) return { kind: 'proxy', code, meaning: proxy };
  return { kind: classifyCode(code), code, meaning: MEANINGS[code] ?? describeTls(code) ?? 'network error' };
}

function classifyCode(code: string): NetFailure['kind'] {
  if (code === 'TIMEOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code.startsWith('EAI_')) return 'dns';
  if (isTlsCode(code)) return 'tls';
  return 'network';
}

function isTlsCode(code: string): boolean {
  return /^ERR_(TLS|SSL)_|CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)|^EPROTO$/.test(code);
}

function describeTls(code: string): string | undefined {
  return isTlsCode(code) ? 'TLS certificate problem' : undefined;
}

/** undici says a tunnel failed in words (`Proxy response (502) !== 200 when HTTP Tunneling`): keep them. */
function proxyMessage(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const message = (e as { message?: unknown }).message;
    if (typeof message === 'string' && /proxy|tunnel/i.test(message)) {
      const status = /\((\d{3})\)/.exec(message)?.[1];
      return status ? `the proxy answered ${status} to the tunnel request` : 'the proxy refused or dropped the tunnel';
    }
  }
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== '') return code;
    if ((e as { name?: unknown }).name === 'TimeoutError') return 'TIMEOUT';
  }
  return undefined;
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
