import { SkguardError } from '../core/errors.js';
import type { Verifier, VerifyOptions } from '../verify/index.js';
import type { SafeIo } from './io.js';

/**
 * `--timeout` / `SKGUARD_VERIFY_TIMEOUT`, in seconds, as milliseconds: the one place the CLI reads
 * the validator's timeout.
 */
export function timeoutMs(value: string | undefined, io: SafeIo, option = '--timeout'): number {
  const raw = value ?? io.env.SKGUARD_VERIFY_TIMEOUT;
  const shown = value === undefined ? 'SKGUARD_VERIFY_TIMEOUT' : option;
  if (raw === undefined || raw.trim() === '') return 10_000;
  const s = Number(raw);
  if (!Number.isFinite(s) || s <= 0 || s > 300) {
    throw new SkguardError(`${shown}: "${raw}" is not a number of seconds between 0 and 300`, 'usage');
  }
  return Math.round(s * 1000);
}

/**
 * A validator for this run. The network code loads only here (the pre-commit hook never pays for
 * it); a refused `SKGUARD_*_BASE_URL` throws at once, before any scan.
 */
export async function newVerifier(
  io: SafeIo,
  timeout: string | undefined = undefined,
  extra: Partial<VerifyOptions> = {},
): Promise<Verifier> {
  const { Verifier } = await import('../verify/index.js');
  return new Verifier({ env: io.env, timeoutMs: timeoutMs(timeout, io), ...extra });
}
