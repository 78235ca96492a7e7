import type { FailOn } from './inputs.js';

/**
 * Whether the check fails, and what it says: per `fail-on`, any finding, only a live key, or
 * never. `overridden`: the live keys among the findings that something tried to suppress (they are
 * reported anyway: a working key cannot be acknowledged away). Undefined: the check passes.
 */
export function failureMessage(failOn: FailOn, findings: number, live: number, overridden = 0): string | undefined {
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  const held =
    overridden > 0
      ? `; ${overridden === findings ? (findings === 1 ? 'it is' : 'they are') : `${overridden} of them ${overridden === 1 ? 'is' : 'are'}`} suppressed, but live: a working key cannot be acknowledged away`
      : '';
  if (failOn === 'live' && live > 0) {
    return `${live} of ${findings} ${findings === 1 ? 'key' : 'keys'} found ${live === 1 ? 'is' : 'are'} live: rotate ${them(live)} now${held} (see the job summary)`;
  }
  if (failOn === 'any' && findings > 0) {
    return `${findings} ${findings === 1 ? 'key' : 'keys'} found: rotate ${them(findings)} and take ${them(findings)} out of the code${held} (see the job summary)`;
  }
  return undefined;
}
