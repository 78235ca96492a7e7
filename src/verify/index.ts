/**
 * The validator: does a found key still work? Network lives here and nowhere else in skguard. The
 * CLI loads this module only for `--verify`, `skguard verify` and `skguard doctor`.
 */

export { BASE_URL_VARIABLES, isLoopbackHost, KEY_URL_RULE, keyUrl, mayCarryKey } from './endpoints.js';
export type { Fetch } from './http.js';
export type { Facts, Reason, Verdict, VerifyStatus } from './types.js';
export { untrusted } from './untrusted.js';
export { CHECKS, type KeyToVerify, type VerifiableHit, Verifier, type VerifyOptions, verifyHits } from './verifier.js';
