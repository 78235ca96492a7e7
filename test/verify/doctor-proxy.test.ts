import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type DoctorReport, runDoctor } from '../../src/verify/doctor/index.js';
import type { NetProbes } from '../../src/verify/reach.js';
import { doctorFixtures, runDoctorCli } from '../support/doctor.js';
import { answers, liveAnswer } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * `skguard doctor` behind a proxy (issue 13), with a real loopback proxy: its live checks go through
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY exactly as `--verify`'s do; its own DNS/TCP/TLS steps never
 * conclude anything of the key; and its verdict follows what was checked: a proxy that carries
 * nothing, a name that does not resolve or a 5xx is "could not tell" (exit 2), never "works" and
 * never "does not work".
 */
const fx = doctorFixtures({ proxy: true });

const doctor = (env: Record<string, string>, args: string[] = []) => runDoctorCli(fx.dir, env, args);

/** Both proxy variables: https targets (official hosts) and the plain-http fakes both go through it. */
const viaProxy = () => ({ HTTPS_PROXY: fx.proxy.url, HTTP_PROXY: fx.proxy.url });

/** Three providers' live keys, the fakes answering for them. */
function liveKeys(): Record<string, string> {
  const env = {
    OPENAI_API_KEY: makeKey('openai-project-key'),
    ANTHROPIC_API_KEY: makeKey('anthropic-api-key'),
    GROQ_API_KEY: makeKey('groq-api-key'),
  };
  fx.fake.on(env.OPENAI_API_KEY, liveAnswer('openai'));
  fx.fake.on(env.ANTHROPIC_API_KEY, liveAnswer('anthropic'));
  fx.fake.on(env.GROQ_API_KEY, liveAnswer('groq'));
  return env;
}

/** DNS as on a corporate network: nothing resolves directly; every name looked up is recorded. */
function corporateNet(): NetProbes & { looked: string[] } {
  const looked: string[] = [];
  return {
    looked,
    lookup: async (host) => {
      looked.push(host);
      if (host === '127.0.0.1') return [host];
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    },
    tcp: async (host) => {
      if (host !== '127.0.0.1') throw new Error(`no direct connection to ${host} may be tried`);
    },
    tls: async (host) => {
      throw new Error(`no direct TLS to ${host} may be tried`);
    },
  };
}

const verdicts = (report: DoctorReport | undefined) => report?.providers.map((p) => [p.provider, p.verdict]);

describe('doctor through a proxy that carries requests', () => {
  it('every live check goes through it, and the keys work (exit 0)', async () => {
    const r = await doctor({ ...fx.fake.env(), ...viaProxy(), ...liveKeys() });
    expect(r.code, r.text).toBe(0);
    expect(verdicts(r.report)).toEqual([
      ['openai', 'works'],
      ['anthropic', 'works'],
      ['groq', 'works'],
    ]);
    expect(fx.proxy.seen.length).toBeGreaterThan(0);
    expect(fx.proxy.seen.every((s) => s.method === 'CONNECT' && s.target === new URL(fx.fake.url).host)).toBe(true);
    expect(r.check('proxy', 'groq')[0]).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(`go through the proxy ${fx.proxy.url} (HTTP_PROXY)`),
    });
    // The reachability steps are the proxy's; the host's own TLS is the tunnel's, told by the live check.
    expect(r.check('dns', 'groq')[0]?.message).toBe('the proxy 127.0.0.1 is an IP address: no lookup needed');
    expect(r.check('tcp', 'groq')[0]?.message).toContain('the proxy 127.0.0.1:');
    expect(r.check('tls', 'groq')[0]?.status).toBe('skip');
  });

  it('NO_PROXY naming the host: requests go direct, and doctor says so', async () => {
    const r = await doctor({ ...fx.fake.env(), ...viaProxy(), NO_PROXY: '127.0.0.1', ...liveKeys() });
    expect(r.code).toBe(0);
    expect(fx.proxy.seen).toEqual([]);
    expect(r.check('proxy', 'anthropic')[0]?.message).toContain('go direct: NO_PROXY names it');
  });
});

describe('doctor through a proxy that forwards nothing: could not tell, never works, never does not work', () => {
  it('the issue 13 case: every key "could not tell", exit 2, nothing reached a provider, no key printed', async () => {
    fx.proxy.refuse();
    const env = liveKeys();
    const r = await doctor({ ...fx.fake.env(), ...viaProxy(), ...env });
    expect(r.code).toBe(2);
    expect(r.report).toMatchObject({ ok: false, verdict: 'could-not-tell' });
    expect(verdicts(r.report)).toEqual([
      ['openai', 'could-not-tell'],
      ['anthropic', 'could-not-tell'],
      ['groq', 'could-not-tell'],
    ]);
    for (const id of ['openai', 'anthropic', 'groq']) {
      expect(r.check('live', id)[0]).toMatchObject({ status: 'unknown', message: expect.stringMatching(/proxy/) });
      expect(r.key(id)?.verification?.status).toBe('unknown');
    }
    expect(r.text).not.toMatch(/The key works|The key does not work/);
    expect(r.text.match(/Could not tell whether the key works/g)).toHaveLength(3);
    expect(fx.proxy.seen.length).toBeGreaterThan(0);
    expect(fx.fake.requests).toEqual([]);
  });

  it('official hosts, HTTPS_PROXY refusing the tunnel, DNS that resolves nothing directly: never "works"', async () => {
    // What doctor did before: direct DNS failed, the live check was skipped, and it said "The key works".
    fx.proxy.refuse();
    const net = corporateNet();
    const report = await runDoctor(
      { env: { OPENAI_API_KEY: makeKey('openai-project-key'), HTTPS_PROXY: fx.proxy.url }, cwd: fx.dir },
      { net },
    );
    expect(report).toMatchObject({ ok: false, verdict: 'could-not-tell' });
    const checks = report.providers[0]?.keys[0]?.checks ?? [];
    expect(checks.find((c) => c.id === 'live')).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('the proxy did not carry the request to OpenAI at api.openai.com'),
    });
    // Only the proxy was looked up: api.openai.com's own DNS is the proxy's business.
    expect(net.looked).toEqual(['127.0.0.1']);
    expect(fx.proxy.seen).toEqual([{ method: 'CONNECT', target: 'api.openai.com:443', authorization: undefined }]);
    expect(checks.filter((c) => c.status === 'fail')).toEqual([]);
  });

  it('the same through the CLI: exit 2, the proxy named, nothing beyond loopback', async () => {
    fx.proxy.refuse();
    const r = await doctor({ XAI_API_KEY: makeKey('xai-api-key'), HTTPS_PROXY: fx.proxy.url });
    expect(r.code).toBe(2);
    expect(r.key('xai')?.verdict).toBe('could-not-tell');
    expect(fx.proxy.seen.map((s) => s.target)).toEqual(['api.x.ai:443', 'api.x.ai:443']);
  });

  it('a proxy that is not running: the step that fails is named, could not tell (exit 2)', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const r = await doctor({ ...fx.fake.env(), HTTP_PROXY: `http://127.0.0.1:${port}`, ...liveKeys() });
    expect(r.code).toBe(2);
    expect(r.check('tcp', 'groq')[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining(`cannot connect to the proxy 127.0.0.1:${port}: ECONNREFUSED`),
    });
    expect(r.check('live', 'groq')[0]?.status).toBe('skip');
    expect(fx.fake.requests).toEqual([]);
  });

  it('a proxy variable that is not a URL: said, could not tell', async () => {
    const r = await doctor({ ...fx.fake.env(), HTTP_PROXY: 'proxy.corp:3128', GROQ_API_KEY: makeKey('groq-api-key') });
    expect(r.code).toBe(2);
    expect(r.check('proxy', 'groq')[0]).toMatchObject({
      status: 'unknown',
      fix: expect.stringContaining('HTTP_PROXY=http://host:port'),
    });
    expect(fx.fake.requests).toEqual([]);
  });
});

describe('unreachable is never "does not work"', () => {
  it('a 5xx from any provider: could not tell (exit 2)', async () => {
    const key = makeKey('anthropic-api-key');
    fx.fake.on(key, answers.anthropic.serverError());
    const r = await doctor({ ...fx.fake.env(), ANTHROPIC_API_KEY: key });
    expect(r.code).toBe(2);
    expect(r.check('live', 'anthropic')[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('500'),
    });
    expect(r.key('anthropic')?.verdict).toBe('could-not-tell');
  });

  it('a host that does not resolve: could not tell, and no request is made', async () => {
    const seen: string[] = [];
    const report = await runDoctor(
      { env: { GROQ_API_KEY: makeKey('groq-api-key'), SKGUARD_GROQ_BASE_URL: 'http://localhost:9' }, cwd: fx.dir },
      {
        net: {
          lookup: () => Promise.reject(Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' })),
          tcp: () => Promise.reject(new Error('not reached')),
          tls: () => Promise.reject(new Error('not reached')),
        },
        fetch: async (url) => {
          seen.push(String(url));
          return new Response('{}');
        },
      },
    );
    expect(report.verdict).toBe('could-not-tell');
    const checks = report.providers[0]?.keys[0]?.checks ?? [];
    expect(checks.find((c) => c.id === 'dns')).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('EAI_AGAIN'),
    });
    expect(checks.find((c) => c.id === 'live')?.status).toBe('skip');
    expect(seen).toEqual([]);
  });
});
