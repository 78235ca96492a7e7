import type { DoctorCheck, DoctorVerdict } from './types.js';

/**
 * What the checks of one key allow doctor to say. A failed check (a missing or mangled variable,
 * another provider's key, the provider's "invalid", a refusal of requests from here) says it does
 * not work; otherwise it works only when its provider accepted it in the live check; anything less
 * (not reachable, a proxy that carried nothing, a 5xx, never sent) is "could not tell".
 */
export function keyVerdict(checks: readonly DoctorCheck[]): DoctorVerdict {
  if (checks.some((c) => c.status === 'fail')) return 'does-not-work';
  const live = checks.find((c) => c.id === 'live');
  return live?.status === 'pass' || live?.status === 'warn' ? 'works' : 'could-not-tell';
}

const RANK: Record<DoctorVerdict, number> = { works: 0, 'could-not-tell': 1, 'does-not-work': 2 };

/** The worst of several verdicts: one key that does not work outweighs any number that do. */
export function worst(verdicts: readonly DoctorVerdict[]): DoctorVerdict {
  return verdicts.reduce<DoctorVerdict>((a, b) => (RANK[b] > RANK[a] ? b : a), 'works');
}
