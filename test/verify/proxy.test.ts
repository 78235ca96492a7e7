import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Verifier } from '../../src/verify/index.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * A real forward proxy on loopback: CONNECT tunnels (what undici's agent opens, for http targets
 * too) and plain-http requests in absolute form are carried to loopback only, or refused per test. It records what it was asked, so a
 * test can tell that requests went through it. Nothing here reaches beyond 127.0.0.1.
 */
class LoopbackProxy {
  readonly seen: { method: string; target: string; authorization: string | undefined }[] = [];
  /** `forward`: carry requests; `refuse`: answer 502 to everything (a proxy that forwards nothing). */
  mode: 'forward' | 'refuse' = 'forward';
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<LoopbackProxy> {
    let proxy: LoopbackProxy | undefined;
    const server = createServer((req, res) => {
      const target = new URL(req.url ?? '/');
      proxy?.seen.push({ method: req.method ?? '', target: target.host, authorization: req.headers.authorization });
      if (proxy?.mode !== 'forward' || target.hostname !== '127.0.0.1') {
        res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad gateway</body></html>');
        return;
      }
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: target.port,
          path: `${target.pathname}${target.search}`,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    // Tunnels are opened to loopback only: CONNECT to any other host (an official https host) is
    // refused, so nothing leaves 127.0.0.1.
    server.on('connect', (req, socket: Socket, head: Buffer) => {
      proxy?.seen.push({ method: 'CONNECT', target: req.url ?? '', authorization: req.headers.authorization });
      const [host, port] = (req.url ?? '').split(':');
      if (proxy?.mode !== 'forward' || host !== '127.0.0.1') {
        socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
        return;
      }
      const upstream = connect(Number(port), '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
      proxy?.sockets.add(upstream);
    });
    server.on('connection', (socket) => {
      proxy?.sockets.add(socket);
      socket.on('close', () => proxy?.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new LoopbackProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  /** From now on forward nothing, and drop the tunnels already open. */
  refuse(): void {
    this.mode = 'refuse';
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let fake: FakeProviders;
let proxy: LoopbackProxy;
beforeAll(async () => {
  fake = await FakeProviders.start();
  proxy = await LoopbackProxy.start();
});
afterAll(async () => {
  await fake.close();
  await proxy.close();
});
beforeEach(() => {
  fake.reset();
  proxy.seen.length = 0;
  proxy.mode = 'forward';
});

const verifier = (env: Record<string, string>) =>
  new Verifier({ env: { ...fake.env(), ...env }, retries: 0, timeoutMs: 5_000 });

describe('provider requests go through HTTPS_PROXY / HTTP_PROXY, honouring NO_PROXY', () => {
  it('carries a check through the proxy and reads the provider answer that comes back', async () => {
    const key = makeKey('groq-api-key');
    fake.on(key, answers.openai.models());
    const v = await verifier({ HTTP_PROXY: proxy.url }).verify({ secret: key, provider: 'groq', rule: 'groq-api-key' });
    expect(v.status).toBe('live');
    expect(proxy.seen.map((s) => s.method)).toEqual(['CONNECT']);
    expect(fake.requestsFor(key)).toHaveLength(1);
  });

  it('reads the lower-case variable too', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.models());
    const v = await verifier({ http_proxy: proxy.url }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });
    expect(v.status).toBe('live');
    expect(proxy.seen).toHaveLength(1);
  });

  it('goes around the proxy for hosts NO_PROXY names', async () => {
    const key = makeKey('openai-project-key');
    fake.on(key, answers.openai.models());
    const v = await verifier({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' }).verify({
      secret: key,
      provider: 'openai',
      rule: 'openai-project-key',
    });
    expect(v.status).toBe('live');
    expect(proxy.seen).toHaveLength(0);
  });

  it('a proxy that forwards nothing gives unknown, never invalid, and no key whole anywhere', async () => {
    proxy.refuse();
    const key = makeKey('anthropic-api-key');
    const v = await verifier({ HTTP_PROXY: proxy.url }).verify({
      secret: key,
      provider: 'anthropic',
      rule: 'anthropic-api-key',
    });
    expect(v.status).toBe('unknown');
    expect(JSON.stringify(v)).not.toContain(key);
    expect(fake.requestsFor(key)).toHaveLength(0);
  });

  it('tunnels https through CONNECT: a refused tunnel is unknown, and the key never reaches the proxy', async () => {
    const key = makeKey('xai-api-key');
    // The official host, through the proxy: the proxy refuses the tunnel, so nothing leaves loopback.
    const v = await new Verifier({ env: { HTTPS_PROXY: proxy.url }, retries: 0, timeoutMs: 5_000 }).verify({
      secret: key,
      provider: 'xai',
      rule: 'xai-api-key',
    });
    expect([v.status, v.reason]).toEqual(['unknown', 'network_error']);
    expect(v.detail).toMatch(/proxy/);
    expect(proxy.seen).toEqual([{ method: 'CONNECT', target: 'api.x.ai:443', authorization: undefined }]);
    expect(JSON.stringify(v)).not.toContain(key);
  });
});
