import pRetry from 'p-retry';
import {
  type Finding,
  fingerprint,
  isCheckable,
  type ProviderCheck,
  type ProviderId,
  type ProviderModule,
  providerOf,
  retryAfterMs,
  scrubbed,
  verdict,
} from '../core/index.js';
import { checkRequests, classifyAnswer } from './check.js';
import { resolveOverrides } from './endpoints.js';
import { type Fetch, type NetFailure, probe, seconds } from './http.js';
import type { KeyContext, ProbeAnswer, ProbeRequest, Reason, Verdict } from './types.js';

/** How the validator behaves; every field has a default fit for a CLI run. */
export interface VerifyOptions {
  /** Where `SKGUARD_*_BASE_URL` and the proxy variables are read. Default: none (official hosts, no proxy). */
  env?: Record<string, string | undefined>;
  /** The transport. Default: fetch through the proxy `env` names, if any (see `http.ts`). */
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
  /** The Azure resource endpoint for Azure keys found without one. */
  azureEndpoint?: string;
  /**
   * Distinct keys checked per run at most (default 100): a pull request can plant thousands, and
   * each would be a request to someone's provider. Keys past it are `unknown`, `not_checked`.
   */
  maxKeys?: number;
  /** The whole run's verification time at most (default 120 s); keys not started by then are `not_checked`. */
  budgetMs?: number;
}

/** A key to check, as the scanner found it. */
export interface KeyToVerify {
  secret: string;
  provider: ProviderId;
  rule: string;
  /** What the rule's in-file checks found beside the key (Azure endpoint, Langfuse public key and host). */
  context?: readonly string[] | undefined;
  /** Azure: the resource endpoint (host or URL), when not in `context`. */
  endpoint?: string | undefined;
}

/** What `verifyHits` takes: the scanner's hits (`src/pipeline/scan-contents.ts`), from any source. */
export interface VerifiableHit {
  finding: Finding;
  secret: string;
  /** What satisfied the rule's in-file checks: for Azure keys, the endpoint host. */
  context?: string[];
}

/** What a run left unchecked, for a note: how many keys, and why. */
export interface Unchecked {
  keys: number;
  why: 'max-keys' | 'budget';
  limit: number;
}

/** Reasons worth another attempt: the next answer may tell more. `insufficient_quota` never is. */
const RETRYABLE = new Set<Reason>(['rate_limited', 'server_error', 'overloaded', 'network_error']);
const AZURE = new Set(['azure-openai', 'azure-ai-services']);

class RetryableVerdict extends Error {
  constructor(
    readonly verdict: Verdict,
    readonly retryAfter: number | undefined,
  ) {
    super(`retryable verdict ${verdict.reason}`);
  }
}

/**
 * Checks keys against their providers (the registry's checks, interpreted by `check.ts`). One
 * instance per run: it checks each distinct key once (results are cached by fingerprint), keeps at
 * most `concurrency` requests in flight, retries throttled or failing answers with capped
 * exponential backoff honouring `retry-after`, and stops at `maxKeys` keys or `budgetMs`.
 * Construction checks every `SKGUARD_*_BASE_URL` and throws a `SkguardError` before any request.
 */
export class Verifier {
  private readonly bases: Record<string, URL | undefined>;
  private readonly fetch: Fetch | undefined;
  private readonly env: Record<string, string | undefined>;
  private readonly timeoutMs: number;
  private readonly concurrency: number;
  private readonly retries: number;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly azureEndpoint: string | undefined;
  private readonly maxKeys: number;
  private readonly deadline: number;
  private readonly budgetMs: number;
  private readonly cache = new Map<string, Promise<Verdict>>();
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Requests made so far (every attempt counts). */
  requests = 0;
  /** Distinct keys given a check (sent, or answered at once). */
  private started = 0;
  /** Keys refused by the caps, by cause. */
  readonly skipped = { 'max-keys': 0, budget: 0 };

  constructor(options: VerifyOptions = {}) {
    this.env = options.env ?? {};
    this.bases = resolveOverrides(this.env);
    this.fetch = options.fetch;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.retries = Math.max(0, options.retries ?? 2);
    this.minBackoffMs = options.minBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 4_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
    this.azureEndpoint = options.azureEndpoint;
    this.maxKeys = Math.max(0, options.maxKeys ?? 100);
    this.budgetMs = options.budgetMs ?? 120_000;
    this.deadline = Date.now() + this.budgetMs;
  }

  /** The verdict on one key; a key already checked in this run is not checked again. */
  verify(key: KeyToVerify): Promise<Verdict> {
    const context = [...(key.context ?? [])];
    const endpoint = key.endpoint ?? (AZURE.has(key.provider) ? this.azureEndpoint : undefined);
    if (endpoint && !context[0]) context[0] = endpoint;
    const id = `${fingerprint(key.secret)}\0${context.join('\0')}`;
    let pending = this.cache.get(id);
    if (!pending) {
      pending = this.limited(() => this.guarded(key, { provider: key.provider, rule: key.rule, context })).then((v) =>
        scrubbed(v, key.secret),
      );
      this.cache.set(id, pending);
    }
    return pending;
  }

  /** What the caps left unchecked so far. */
  unchecked(): Unchecked[] {
    const out: Unchecked[] = [];
    if (this.skipped['max-keys'] > 0)
      out.push({ keys: this.skipped['max-keys'], why: 'max-keys', limit: this.maxKeys });
    if (this.skipped.budget > 0) out.push({ keys: this.skipped.budget, why: 'budget', limit: this.budgetMs });
    return out;
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

  private async guarded(key: KeyToVerify, context: KeyContext): Promise<Verdict> {
    if (this.started >= this.maxKeys) {
      this.skipped['max-keys']++;
      return verdict(
        'unknown',
        'not_checked',
        `not checked: skguard checks at most ${this.maxKeys} keys per run, and this run found more; the key's status is unknown`,
      );
    }
    if (Date.now() >= this.deadline) {
      this.skipped.budget++;
      return verdict(
        'unknown',
        'not_checked',
        `not checked: the run's verification time (${seconds(this.budgetMs)}) ran out; the key's status is unknown`,
      );
    }
    this.started++;
    return this.check(key.secret, context);
  }

  private async check(secret: string, context: KeyContext): Promise<Verdict> {
    const module = providerOf(context.provider);
    if (!module) {
      return verdict(
        'unknown',
        'unsupported_key',
        `skguard cannot check ${context.provider} keys: the key's status is unknown`,
      );
    }
    if (!isCheckable(module.check)) return verdict('unknown', 'not_checkable', module.check.notCheckable);
    const check = module.check;
    const requests = checkRequests(module, check, secret, context, this.bases[module.id]);
    if (!Array.isArray(requests)) return requests;
    // Regions in turn: a key is invalid only when every region says so.
    let last: Verdict | undefined;
    for (const request of requests) {
      last = await this.send(module, check, request, context);
      if (last.status !== 'invalid') return last;
    }
    return last as Verdict;
  }

  private async send(
    module: ProviderModule,
    check: ProviderCheck,
    request: ProbeRequest,
    context: KeyContext,
  ): Promise<Verdict> {
    const host = request.url.host;
    const attempt = async (): Promise<Verdict> => {
      this.requests++;
      const timeout = Math.max(1, Math.min(this.timeoutMs, this.deadline - Date.now()));
      const result = await probe(request, { fetch: this.fetch, env: this.env }, timeout);
      const v =
        'answer' in result
          ? classifyAnswer(module, check, result.answer, context)
          : failureVerdict(module.name, host, result.failure);
      if (RETRYABLE.has(v.reason))
        throw new RetryableVerdict(v, 'answer' in result ? retryWait(result.answer) : undefined);
      return v;
    };
    const backoff = (consumed: number) => Math.min(this.minBackoffMs * 2 ** consumed, this.maxBackoffMs);
    const willRetry = (error: Error, retriesLeft: number) =>
      error instanceof RetryableVerdict &&
      retriesLeft > 0 &&
      Date.now() < this.deadline &&
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
        `could not resolve ${host} (${failure.code}, ${failure.meaning})${name.startsWith('Azure') ? ': for an Azure endpoint this means the resource does not exist' : ''}; the key's status is unknown`,
        facts,
      );
    case 'tls':
      return verdict(
        'unknown',
        'tls_error',
        `TLS with ${host} failed (${failure.code}, ${failure.meaning}): the key's status is unknown; a TLS-inspecting proxy needs its CA in NODE_EXTRA_CA_CERTS`,
        facts,
      );
    case 'proxy':
      return verdict(
        'unknown',
        'network_error',
        `the proxy did not carry the request to ${name} at ${host} (${failure.code}, ${failure.meaning}): the key's status is unknown`,
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
      // Any hit of this key that names its context (an Azure endpoint, a Langfuse public key) tells where it belongs.
      const context = group.find((h) => h.context?.some(Boolean))?.context;
      const v = await verifier.verify({
        secret: first.secret,
        provider: first.finding.provider,
        rule: first.finding.rule,
        context,
      });
      verdicts.set(fp, v);
      for (const h of group) h.finding.verification = v;
    }),
  );
  return verdicts;
}
