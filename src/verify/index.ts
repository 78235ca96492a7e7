/**
 * The validator: does a found key still work? Network lives here and nowhere else in skguard. The
 * CLI loads this module only for `--verify`, `skguard verify` and `skguard doctor`. Each provider's
 * check is data in `src/core/providers/`; `check.ts` interprets it, `http.ts` sends it.
 */

export type { Fetch } from './http.js';
export type { Facts, Reason, Verdict, VerifyStatus } from './types.js';
export {
  type KeyToVerify,
  type Unchecked,
  type VerifiableHit,
  Verifier,
  type VerifyOptions,
  verifyHits,
} from './verifier.js';
