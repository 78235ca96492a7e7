import type { FailOn } from './inputs.js';

/**
 * Whether the check fails, and what it says: per `fail-on`, any finding, only a live key, or
 * never. Undefined: the check passes.
 */
export function failureMessage(failOn: FailOn, findings: number, live: number): string | undefined {
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  if (failOn === 'live' && live > 0) {
    return `${live} of ${findings} ${findings === 1 ? 'key' : 'keys'} found ${live === 1 ? 'is' : 'are'} live: rotate ${them(live)} now (see the job summary)`;
  }
  if (failOn === 'any' && findings > 0) {
    return `${findings} ${findings === 1 ? 'key' : 'keys'} found: rotate ${them(findings)} and take ${them(findings)} out of the code (see the job summary)`;
  }
  return undefined;
}
