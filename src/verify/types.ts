import type { ProviderId } from '../core/index.js';

export type { Facts, ProbeAnswer, Reason, Verdict, VerifyStatus } from '../core/index.js';

/** The request a provider check wants made: a read (GET) or a caller-info POST with a form body. */
export interface ProbeRequest {
  url: URL;
  method?: 'GET' | 'POST';
  headers: Record<string, string>;
  /** A form body (`credentials=KEY`): only for POST. */
  body?: string;
}

/** What a check needs to know besides the key. */
export interface KeyContext {
  provider: ProviderId;
  /** The rule that found the key: decides the request (admin keys have their own). */
  rule: string;
  /**
   * What the rule's `in-file` checks found beside the key, in check order: the Azure resource
   * endpoint, Langfuse's public key and host. `''` where the file held nothing.
   */
  context: readonly string[];
}
