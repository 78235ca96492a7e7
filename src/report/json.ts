import type { Reporter } from './types.js';

/** Version of the JSON report's shape; bumped on any incompatible change. */
const JSON_REPORT_VERSION = 1;

/** `--format json`: the findings, stats and notes, documented in the README. */
export const jsonReporter: Reporter = (report, context) =>
  `${JSON.stringify(
    {
      version: JSON_REPORT_VERSION,
      tool: { name: context.toolName, version: context.toolVersion },
      findings: report.findings,
      suppressed: report.suppressed ?? [],
      stats: report.stats,
      notes: report.notes,
    },
    null,
    2,
  )}\n`;
