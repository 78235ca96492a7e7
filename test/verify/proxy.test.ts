import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { proxyFor } from '../../src/verify/http.js';
import { Verifier } from '../../src/verify/index.js';
import { answers, FakeProviders } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';
import { LoopbackProxy } from '../support/loopback-proxy.js';

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

describe('what doctor says of the route is the route the agent takes', () => {
  // proxyFor() is written out (undici does not expose its choice); each case is sent for real and
  // the proxy's log says whether the agent went through it. Each case names the proxy with its own
  // user name, so that no case reuses another's agent and its open tunnel.
  it.each([
    [{ HTTP_PROXY: 'P' }, true],
    [{ HTTPS_PROXY: 'P' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: '127.0.0.1' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: '127.0.0.1:PORT' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: '127.0.0.1:1' }, true],
    [{ HTTP_PROXY: 'P', NO_PROXY: '.0.0.1' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: '*.0.1' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: '0.0.1' }, true],
    [{ HTTP_PROXY: 'P', NO_PROXY: '*' }, false],
    [{ HTTP_PROXY: 'P', NO_PROXY: 'example.com 127.0.0.1' }, false],
    [{ HTTP_PROXY: 'P', no_proxy: 'localhost' }, true],
    [{ http_proxy: 'P', NO_PROXY: '' }, true],
  ])('%j: through the proxy = %s', async (vars, through) => {
    const port = new URL(fake.url).port;
    const own = proxy.url.replace('//', `//case${Object.keys(vars).join('')}${JSON.stringify(vars).length}@`);
    const env = Object.fromEntries(
      Object.entries(vars).map(([k, v]) => [k, v.replace(/^P$/, own).replace('PORT', port)]),
    );
    const key = makeKey('groq-api-key');
    fake.on(key, answers.openai.models());
    const v = await verifier(env).verify({ secret: key, provider: 'groq', rule: 'groq-api-key' });
    expect(v.status, v.detail).toBe('live');
    expect(proxy.seen.length > 0).toBe(through);
    expect(proxyFor(new URL(fake.base('groq')), env) !== undefined).toBe(through);
  });
});
