import type { OptionSpec } from './args.js';

/** Options several commands share, as the parser and the help read them. */

/** `-f, --format`, with the formats a command can write. */
export function formatOption(choices: readonly string[]): OptionSpec {
  return { name: 'format', short: 'f', value: '<format>', description: 'output format', choices, default: 'text' };
}

export const TEXT_OR_JSON = formatOption(['text', 'json']);

export const TIMEOUT: OptionSpec = {
  name: 'timeout',
  value: '<seconds>',
  description: 'per-request timeout (default 10, or SKGUARD_VERIFY_TIMEOUT)',
};

export const NO_COLOR: OptionSpec = {
  name: 'no-color',
  description: 'no colour, even on a terminal (NO_COLOR is honoured too)',
};
