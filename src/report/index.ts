import { jsonReporter } from './json.js';
import { textReporter } from './text.js';
import type { Reporter } from './types.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * The reporter registry. SARIF is loaded on demand: the pre-commit hook, which prints text, never
 * pays for it.
 */
export async function reporterFor(format: Format): Promise<Reporter> {
  switch (format) {
    case 'text':
      return textReporter;
    case 'json':
      return jsonReporter;
    case 'sarif':
      return (await import('./sarif.js')).sarifReporter;
  }
}
