import type { ProviderId, Verification } from '../core/index.js';

/** The three outcomes of a check, as trufflehog has them: a key works, does not, or the answer did not tell. */
export type VerifyStatus = Verification['status'];

/**
 * Stable reason codes. Each provider maps its answers onto these; reporters and `doctor` phrase them.
 * A reason does not decide the status alone (a 429 `rate_limited` is live at OpenAI, unknown elsewhere).
 */
export type Reason =
  | 'ok'
  | 'invalid_api_key'
  | 'revoked'
  | 'account_deactivated'
  | 'key_disabled'
  | 'missing_scopes'
  | 'insufficient_quota'
  | 'rate_limited'
  | 'ip_not_allowed'
  | 'region_blocked'
  | 'missing_api_key'
  | 'mismatched_organization'
  | 'mismatched_project'
  | 'permission_denied'
  | 'bad_request'
  | 'not_found'
  | 'server_error'
  | 'overloaded'
  | 'timeout'
  | 'network_error'
  | 'dns_error'
  | 'tls_error'
  | 'redirected'
  | 'endpoint_unknown'
  | 'unsupported_key'
  | 'unrecognised';

/** What an answer told besides the verdict: flat, printable, redacted. */
export type Facts = Record<string, string | number | boolean | null>;

/** A verdict on one key. Nothing in it holds the key whole. */
export interface Verdict extends Verification {
  reason: Reason;
}

/** The request a provider check wants made: always a GET, never with a body. */
export interface ProbeRequest {
  url: URL;
  headers: Record<string, string>;
}

/** An HTTP answer, read and bounded. */
export interface ProbeAnswer {
  status: number;
  headers: Headers;
  /** The body as text (at most 1 MiB), untrusted. */
  text: string;
  /** The body parsed as JSON, when it is JSON. */
  json: unknown;
}

/** What a check needs to know besides the key. */
export interface KeyContext {
  /** The rule that found the key: decides the endpoint (admin keys have their own). */
  rule: string;
  /** The Azure OpenAI resource endpoint named beside the key (`https://NAME.openai.azure.com`). */
  endpoint?: string | undefined;
}

/**
 * One provider's check, trufflehog-style: which request proves a key, and what each answer means.
 * `request` may answer at once (without any network) when the key cannot be checked.
 */
export interface ProviderCheck {
  provider: ProviderId;
  /** Human name used in details: `OpenAI`, `Anthropic`, … */
  name: string;
  request(key: string, context: KeyContext, base: URL | undefined): ProbeRequest | Verdict;
  classify(answer: ProbeAnswer, context: KeyContext): Verdict;
}
