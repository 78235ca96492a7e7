import { lookup } from 'node:dns/promises';
import { isIP, Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

/** How `doctor` reaches a host, step by step; injected so tests can stage DNS failures. */
export interface NetProbes {
  /** Addresses of `host`; rejects with an error carrying `code` (`ENOTFOUND`, `EAI_AGAIN`). */
  lookup(host: string): Promise<string[]>;
  /** Opens and closes a TCP connection. */
  tcp(host: string, port: number, timeoutMs: number): Promise<void>;
  /** A TLS handshake that verifies the certificate for `host`; rejects with the TLS error. */
  tls(host: string, port: number, timeoutMs: number): Promise<void>;
}

function timeoutError(what: string): Error {
  return Object.assign(new Error(`${what} timed out`), { code: 'ETIMEDOUT' });
}

export const systemNet: NetProbes = {
  async lookup(host) {
    if (isIP(host.replace(/^\[|\]$/g, ''))) return [host];
    const addresses = await lookup(host, { all: true });
    return addresses.map((a) => a.address);
  },
  tcp(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
      const socket = new Socket();
      const timer = setTimeout(() => {
        socket.destroy();
        reject(timeoutError('TCP connect'));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.destroy();
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.connect(port, host.replace(/^\[|\]$/g, ''));
    });
  },
  tls(host, port, timeoutMs) {
    return new Promise((resolve, reject) => {
      const bare = host.replace(/^\[|\]$/g, '');
      const socket = tlsConnect({
        host: bare,
        port,
        servername: isIP(bare) ? undefined : bare,
        rejectUnauthorized: true,
      });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(timeoutError('TLS handshake'));
      }, timeoutMs);
      socket.once('secureConnect', () => {
        clearTimeout(timer);
        socket.end();
        resolve();
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      });
    });
  },
};
