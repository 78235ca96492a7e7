import type { ScanMode } from '../ci/plan.js';
import { SkguardError } from '../core/errors.js';

/** When the check fails: any finding, only a live key, or never. */
export type FailOn = 'any' | 'live' | 'never';

/** The action's inputs, read and checked once: everything past `getInputs` trusts them. */
export interface ActionInputs {
  /** Token for the REST API and for fetching missing commits; never printed. */
  token: string;
  mode: ScanMode;
  /** Ask each key's provider whether it still works. */
  verify: boolean;
  failOn: FailOn;
  /** Keep one summary comment on the pull request up to date. */
  comment: boolean;
  /** Review comments on the diff lines where a key stands at head. */
  inlineComments: boolean;
  /** Where the SARIF report goes (as given: relative to the workspace); undefined: none. */
  sarifFile: string | undefined;
  /** Config file, as given (relative to the workspace). */
  config: string | undefined;
  /** Baseline report, as given (relative to the workspace). */
  baseline: string | undefined;
}

/** Reads one input by its action.yml name (`core.getInput` in the action; a map in tests). */
export type InputReader = (name: string) => string;

const MODES: readonly ScanMode[] = ['auto', 'history', 'tree'];
const FAIL_ON: readonly FailOn[] = ['any', 'live', 'never'];
// YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Reads every input in one place, as actions/checkout's input-helper does. An error names the
 * input, the value it got and what was expected.
 */
export function getInputs(read: InputReader): ActionInputs {
  const text = (name: string) => read(name).trim();
  const optional = (name: string) => text(name) || undefined;
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name) || fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw inputError(name, value, `one of ${allowed.join(', ')}`);
    }
    return value as T;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = text(name);
    if (value === '') return fallback;
    if (TRUE.includes(value)) return true;
    if (FALSE.includes(value)) return false;
    throw inputError(name, value, 'true or false');
  };

  const inputs: ActionInputs = {
    token: text('github-token'),
    mode: choice('mode', MODES, 'auto'),
    verify: flag('verify', false),
    failOn: choice('fail-on', FAIL_ON, 'any'),
    comment: flag('comment', true),
    inlineComments: flag('inline-comments', true),
    sarifFile: optional('sarif-file'),
    config: optional('config'),
    baseline: optional('baseline'),
  };
  if (inputs.failOn === 'live' && !inputs.verify) {
    throw new SkguardError(
      'input fail-on: "live" needs input verify: true (without verification no key is known to be live)',
      'input',
    );
  }
  return inputs;
}

function inputError(name: string, value: string, expected: string): SkguardError {
  // A value is shown only when it is short: an input is never where a key should be, but a token may be.
  const shown = value.length <= 40 ? `"${value}"` : `a ${value.length}-character value`;
  return new SkguardError(`input ${name}: got ${shown}; expected ${expected}`, 'input');
}
