import type { Facts, ProbeAnswer, ProviderId, Reason, Rule, Verdict, VerifyStatus } from '../types.js';

/**
 * One AI provider as data: who it is, what its keys look like, where its users rotate them, which
 * variables its SDKs read, and how a key is checked. Adding a provider is one file exporting one of
 * these, plus one line in `index.ts`; every report, the SARIF help, the README table and the
 * validator read it from the registry. Nothing here does I/O: `src/verify` interprets `check`.
 */
export interface ProviderModule {
  /** Stable id, kebab-case, as every output format shows it (`google-gemini`). */
  id: ProviderId;
  /** As people write it: `Google Gemini`. */
  name: string;
  /** Where a leaked key is revoked and a new one created (a rule may name a more precise page). */
  rotateUrl: string;
  /** The environment variables its official SDKs read, the usual one first (`GEMINI_API_KEY`). */
  env: string[];
  /** Its key shapes, each with examples and negatives. */
  rules: Rule[];
  /** How a key is checked; or why it is not (said to the user as `not_checkable`). */
  check: ProviderCheck | NotCheckable;
}

/** A provider whose keys are never sent anywhere: the reason is said in words. */
export interface NotCheckable {
  notCheckable: string;
}

/** Where the key goes in the request. */
export type AuthPlacement =
  /** `Authorization: Bearer KEY`. */
  | { kind: 'bearer' }
  /** `NAME: KEY` (`x-api-key`, `api-key`, `xi-api-key`, `Api-Key`, `x-goog-api-key`). */
  | { kind: 'header'; name: string }
  /**
   * HTTP Basic with the key as the password and, as the user, what the rule's `in-file` check number
   * `context` found beside it (Langfuse: the public key `pk-lf-…`).
   */
  | { kind: 'basic'; userFromContext: number }
  /** A form body `FIELD=KEY` (NVIDIA's caller-info check). */
  | { kind: 'form'; field: string };

/** One request: a read, or a POST that only asks about the caller (never one that generates). */
export interface CheckRequest {
  method: 'GET' | 'POST';
  /** Path (and query) under the base URL, with the SDKs' version prefix (`/openai/v1/models`). */
  path: string;
  auth: AuthPlacement;
  /** Further headers (`anthropic-version`, `X-Pinecone-Api-Version`). */
  headers?: Record<string, string>;
}

/** A condition on a JSON body field, addressed by a dotted path (`error.code`, `detail.status`). */
export interface BodyTest {
  path: string;
  /** The field equals this value. */
  equals?: string | number | boolean;
  /** The field is a string matching this, or a number this compares with (`le` 0: no balance). */
  matches?: RegExp;
  le?: number;
}

/**
 * One row of a provider's answer table: the status (and, when the status alone does not tell, body
 * fields) and what it means. Rows are tried in order; the first that fits decides. An `invalid`
 * row only fits a JSON (or empty) body: a proxy's HTML page is not the provider's word on the key.
 */
export interface AnswerRow {
  status: number | readonly number[];
  body?: readonly BodyTest[];
  verdict: VerifyStatus;
  reason: Reason;
  /**
   * One line for people. Placeholders: `{name}` the provider, `{rotate}` where to make a new key,
   * `{message}` the provider's own message, quoted (or nothing), `{status}` the HTTP status,
   * `{endpoint}` the resource endpoint (Azure), `{fact:NAME}` a kept fact.
   */
  detail: string;
}

/** A fact kept from an answer: a body field (dotted path) or a header, under a name. */
export interface FactSpec {
  from: 'body' | 'header';
  path: string;
  as: string;
  /** Keep the length of the array found there instead (a model list's size). */
  count?: boolean;
  /** Only from answers with this status (default: 2xx). */
  status?: 'success' | 'any';
}

/** What a provider-specific classify function gets besides the answer. */
export interface CheckContext {
  rule: string;
  /** The facts already read (common and declared); the function may add to them. */
  facts: Facts;
  /** The provider's display name and the page where keys are rotated. */
  name: string;
  rotate: string;
}

/** How one provider's key is checked, as data. `src/verify` sends it and reads the answer. */
export interface ProviderCheck {
  /**
   * Scheme and host of the official service (`https://api.groq.com`); `SKGUARD_<ID>_BASE_URL`
   * replaces it. Absent when each key has its own host, named beside it (`baseFromContext`).
   */
  base?: string;
  /**
   * Further official hosts (other regions: DashScope's China host, Moonshot's `.cn`) tried in order
   * after `base` when no host is named beside the key and no override is set. A key is invalid only
   * when every region says so: a China key is not "invalid" because the international host does not know it.
   */
  regions?: readonly string[];
  /** The rule's `in-file` check(s) whose text names the host (Azure's endpoint, a self-hosted Langfuse); the first found. */
  baseFromContext?: number | readonly number[];
  /** Without that context: the key's status is unknown, with this reason and detail. */
  withoutBase?: { reason: Reason; detail: string };
  /**
   * Where a developer's environment holds what the rule's `in-file` checks find beside a key in a
   * file, in the same order: for each, the variables its SDKs read, the usual one first
   * (`[['AZURE_OPENAI_ENDPOINT']]`; Langfuse's public key, then its host). `skguard doctor` reads them.
   */
  contextEnv?: readonly (readonly string[])[];
  request: CheckRequest;
  /** A different request for some rules (admin keys, LangSmith's two kinds). */
  byRule?: Record<string, Partial<CheckRequest>>;
  /** Rules of this provider whose keys are never sent (Claude Code OAuth tokens), with the reason in words. */
  notCheckableRules?: Record<string, string>;
  /** `auth.kind: 'basic'` needs that context: without it, unknown with this detail. */
  withoutUser?: string;
  answers: readonly AnswerRow[];
  facts?: readonly FactSpec[];
  /** The header that carries the request id (default `x-request-id`). */
  requestIdHeader?: string;
  /** Where to look when the service is in trouble. */
  statusPage?: string;
  /**
   * For the rare provider whose answers need code (OpenAI reads error messages): a pure function
   * tried before the table. Returning undefined falls through to the table and the defaults.
   */
  classify?: (answer: ProbeAnswer, context: CheckContext) => Verdict | undefined;
}

/** True when a module has a check to run. */
export function isCheckable(check: ProviderCheck | NotCheckable): check is ProviderCheck {
  return !('notCheckable' in check);
}

/** `SKGUARD_<ID>_BASE_URL`: the id upper-cased, `-` → `_`. */
export function baseUrlVariable(id: ProviderId): string {
  return `SKGUARD_${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_BASE_URL`;
}
