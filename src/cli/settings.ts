import { SkguardError } from '../errors.js';
import { FORMATS, type Format } from '../report/index.js';

/** The options every scanning command takes, as the command line (src/cli/args.ts) hands them over. */
export interface CommonOptions {
  format?: string;
  output?: string;
  config?: string;
  baseline?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  debug?: boolean;
}

/** Those options, checked once: everything past this point trusts them. */
export interface ReportSettings {
  format: Format;
  output: string | undefined;
  config: string | undefined;
  baseline: string | undefined;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function reportSettings(options: CommonOptions): ReportSettings {
  const format = (options.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) {
    throw new SkguardError(
      `--format: unknown format "${options.format}"; expected one of ${FORMATS.join(', ')}`,
      'usage',
    );
  }
  return {
    format,
    output: options.output,
    config: options.config,
    baseline: options.baseline,
    color: options.color !== false,
    quiet: options.quiet === true,
    verbose: options.verbose === true,
  };
}
