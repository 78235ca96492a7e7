import pRetry from 'p-retry';
import { type Finding, fingerprint, type ProviderId } from '../core/index.js';
import { verdict } from './answer.js';
import { anthropicCheck } from './anthropic.js';
import { azureOpenaiCheck } from './azure-openai.js';
import { deepseekCheck } from './deepseek.js';
import { type FixedProvider, resolveBaseUrls } from './endpoints.js';
import { type Fetch, type NetFailure, probe, retryAfterMs } from './http.js';
import { openaiCheck } from './openai.js';
import { openrouterCheck } from './openrouter.js';
import type { KeyContext, ProbeAnswer, ProviderCheck, Reason, Verdict } from './types.js';
import { scrubbed } from './untrusted.js';

/** The provider checks, one per provider id. */
export const CHECKS: Readonly<Record<string, ProviderCheck>> = {
  openai: openaiCheck,
  anthropic: anthropicCheck,
  openrouter: openrouterCheck,
  deepseek: deepseekCheck,
  'azure-openai': azureOpenaiCheck,
};

/** How the validator behaves; every field has a default fit for a CLI run. */
export interface VerifyOptions {
  /** Where `SKGUARD_*_BASE_URL` overrides are read. Default: none (the official hosts). */
  env?: Record<string, string | undefined>;
  /** The transport. Default: the global `fetch`. */
  fetch?: Fetch;
  /** Per-request timeout, body included. Default 10 s. */
  timeoutMs?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Retries after a throttled (429), 5xx or dropped answer. Default 2 (so 3 attempts). */
  retries?: number;
  /** First backoff; doubles each retry up to `maxBackoffMs`. Defaults 500 ms and 4 s. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** A `retry-after` longer than this is not waited for: the last answer stands. Default 10 s. */
  maxRetryAfterMs?: number;
  /** The Azure OpenAI endpoint for Azure keys found without one. */
  azureEndpoint?: string;
}

/** A key to check, as the scanner found it. */
export interface KeyToVerify {
  secret: string;
  provider: ProviderId;
  rule: string;
  /** Azure OpenAI: the resource endpoint (host or URL) named beside the key. */
  endpoint?: string | undefined;
}

/** What `verifyHits` takes: the scanner's hits (`src/pipeline/scan-contents.ts`), from any source. */
export interface VerifiableHit {
  finding: Finding;
  secret: string;
  /** What satisfied the rule's in-file checks: for Azure OpenAI keys, the endpoint host. */
  context?: string[];
}

/** Reasons worth another attempt: the next answer may tell more. `insufficient_quota` never is. */
const RETRYABLE = new Set<Reason>(['rate_limited', 'server_error', 'overloaded', 'network_error']);

class RetryableVerdict extends Error {
  constructor(
    readonly verdict: Verdict,
    readonly retryAfter: number | undefined,
  ) {
    super(`retryable verdict ${verdict.reason}`);
  }
}

/**
 * Checks keys against their providers. One instance per run: it checks each distinct key once
 * (results are cached by fingerprint), keeps at most `concurrency` requests in flight, and retries
 * throttled or failing answers with capped exponential backoff, honouring `retry-after`.
 * Construction checks every `SKGUARD_*_BASE_URL` and throws a `SkguardError` before any request.
 */
export class Verifier {
  private readonly bases: Record<FixedProvider, URL | undefined>;
  private readonly fetch: Fetch;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly retries: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly azureEndpoint: string | undefined;
  private readonly cache = new Map<string, Promise<Verdict>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Requests made so far (every attempt counts). */
  requests = 0;

  constructor(options: VerifyOptions = {}) {
    this.bases = resolveBaseUrls(options.env ?? {});
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.retries = Math.max(0, options.retries ?? 2);
    this.minBackoffMs = options.minBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 4_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
    this.azureEndpoint = options.azureEndpoint;
  }

  /** The verdict on one key; a key already checked in this run is not checked again. */
  verify(key: KeyToVerify): Promise<Verdict> {
    const endpoint = key.endpoint ?? (key.provider === 'azure-openai' ? this.azureEndpoint : undefined);
    const id = `${fingerprint(key.secret)}\0${endpoint ?? ''}`;
    let pending = this.cache.get(id);
    if (!pending) {
      pending = this.limited(() => this.check(key.secret, key.provider, { rule: key.rule, endpoint })).then((v) =>
        scrubbed(v, key.secret),
      );
      this.cache.set(id, pending);
    }
    return pending;
  }

  private async limited<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async check(secret: string, provider: ProviderId, context: KeyContext): Promise<Verdict> {
    const check = CHECKS[provider];
    if (!check) {
      return verdict(
        'unknown',
        'unsupported_key',
        `skguard cannot check ${provider} keys: the key's status is unknown`,
      );
    }
    const request = check.request(secret, context, this.bases[provider as FixedProvider]);
    if (!('url' in request)) return request;
    const host = request.url.host;
    const attempt = async (): Promise<Verdict> => {
      this.requests++;
      const result = await probe(request, this.fetch, this.timeoutMs);
      const v =
        'answer' in result ? check.classify(result.answer, context) : failureVerdict(check.name, host, result.failure);
      if (RETRYABLE.has(v.reason))
        throw new RetryableVerdict(v, 'answer' in result ? retryWait(result.answer) : undefined);
      return v;
    };
    const backoff = (consumed: number) => Math.min(this.minBackoffMs * 2 ** consumed, this.maxBackoffMs);
    const willRetry = (error: Error, retriesLeft: number) =>
      error instanceof RetryableVerdict &&
      retriesLeft > 0 &&
      (error.retryAfter === undefined || error.retryAfter <= this.maxRetryAfterMs);
    try {
      return await pRetry(attempt, {
        retries: this.retries,
        factor: 2,
        minTimeout: this.minBackoffMs,
        maxTimeout: this.maxBackoffMs,
        // p-retry waits the backoff; a longer retry-after is made up here, so the wait is the larger of the two.
        onFailedAttempt: async ({ error, retriesLeft, retriesConsumed }) => {
          if (!willRetry(error, retriesLeft)) return;
          const extra = ((error as RetryableVerdict).retryAfter ?? 0) - backoff(retriesConsumed);
          if (extra > 0) await new Promise((resolve) => setTimeout(resolve, extra));
        },
        shouldRetry: ({ error, retriesLeft }) => willRetry(error, retriesLeft),
      });
    } catch (error) {
      if (error instanceof RetryableVerdict) return error.verdict;
      throw error;
    }
  }
}

function retryWait(answer: ProbeAnswer): number | undefined {
  return answer.status === 429 || answer.status >= 500 ? retryAfterMs(answer.headers) : undefined;
}

/** No HTTP answer: a timeout, DNS, TLS or connection failure, named. Never invalid. */
export function failureVerdict(name: string, host: string, failure: NetFailure): Verdict {
  const facts = { errorCode: failure.code };
  switch (failure.kind) {
    case 'timeout':
      return verdict(
        'unknown',
        'timeout',
        `${name} (${host}) did not answer in time (${failure.meaning}): the key's status is unknown`,
        facts,
      );
    case 'dns':
      return verdict(
        'unknown',
        'dns_error',
        `could not resolve ${host} (${failure.code}, ${failure.meaning})${name === 'Azure OpenAI' ? ': for an Azure endpoint this means the resource does not exist' : ''}; the key's status is unknown`,
        facts,
      );
    case 'tls':
      return verdict(
        'unknown',
        'tls_error',
        `TLS with ${host} failed (${failure.code}, ${failure.meaning}): the key's status is unknown; a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS`,
        facts,
      );
    default:
      return verdict(
        'unknown',
        'network_error',
        `could not reach ${name} at ${host} (${failure.code}, ${failure.meaning}): the key's status is unknown`,
        facts,
      );
  }
}

/**
 * Verifies the keys behind scan hits and sets `verification` on each hit's finding. Each distinct key
 * is checked once however many hits hold it. Any source (files, staged, history) can call this with
 * its hits. Returns the verdicts by fingerprint.
 */
export async function verifyHits(
  hits: readonly VerifiableHit[],
  options: VerifyOptions | Verifier = {},
): Promise<Map<string, Verdict>> {
  const verifier = options instanceof Verifier ? options : new Verifier(options);
  const byKey = new Map<string, VerifiableHit[]>();
  for (const hit of hits) {
    const list = byKey.get(hit.finding.fingerprint) ?? [];
    list.push(hit);
    byKey.set(hit.finding.fingerprint, list);
  }
  const verdicts = new Map<string, Verdict>();
  await Promise.all(
    [...byKey].map(async ([fp, group]) => {
      const first = group[0] as VerifiableHit;
      // Any hit of this key that names its Azure endpoint tells where it belongs.
      const endpoint = group.find((h) => h.context?.[0])?.context?.[0];
      const v = await verifier.verify({
        secret: first.secret,
        provider: first.finding.provider,
        rule: first.finding.rule,
        endpoint,
      });
      verdicts.set(fp, v);
      for (const h of group) h.finding.verification = v;
    }),
  );
  return verdicts;
}
