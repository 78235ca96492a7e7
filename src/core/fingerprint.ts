import { createRequire } from 'node:module';

// node:crypto (with WebCrypto) takes ~2 ms to load: only a finding needs it, so a clean commit never does.
const load = createRequire(import.meta.url);
let createHash: typeof import('node:crypto').createHash | undefined;

/** Length, in hex characters, of a fingerprint: 96 bits, enough to never collide in practice. */
const FINGERPRINT_LENGTH = 24;

/**
 * A key's fingerprint: a one-way hash of the key alone, so it is the same wherever and whenever the
 * key appears (file, line, commit) and cannot be turned back into the key. The domain prefix keeps
 * it from matching any other tool's plain SHA-256 of the key.
 */
export function fingerprint(secret: string): string {
  createHash ??= (load('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(`skguard:v1:${secret}`).digest('hex').slice(0, FINGERPRINT_LENGTH);
}

/** True for a string shaped like a fingerprint (what `.skguardignore` lines hold). */
export function isFingerprint(text: string): boolean {
  return text.length === FINGERPRINT_LENGTH && /^[0-9a-f]+$/.test(text);
}
