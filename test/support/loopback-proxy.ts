import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/**
 * A real forward proxy on loopback: CONNECT tunnels (what undici's agent opens, for http targets
 * too) and plain-http requests in absolute form are carried to loopback only, or refused per test. It records what it was asked, so a
 * test can tell that requests went through it. Nothing here reaches beyond 127.0.0.1.
 */
export class LoopbackProxy {
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
