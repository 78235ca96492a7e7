import { gzipSync } from 'node:zlib';
import type { Rule } from '../core/index.js';
import { VERSION } from '../core/version.js';
import { writeReport } from '../report/output.js';
import { sarifReporter } from '../report/sarif.js';
import type { ScanReport } from '../report/types.js';

/**
 * GitHub code scanning's limits on an uploaded SARIF file (docs: "SARIF results exceed one or more
 * limits", "SARIF file is too large"): past them an upload is refused whole. skguard writes one run
 * with one location per result and four tags per rule, so the limits it can reach are these.
 */
const RESULTS_PER_RUN = 25_000;
const RULES_PER_RUN = 25_000;
/** The file, gzip-compressed as upload-sarif sends it, must stay under 10 MB. */
const GZIP_BYTES = 10 * 1024 * 1024;

/**
 * Writes the SARIF report for upload-sarif: redacted, within GitHub's limits (a note in the file
 * says how many findings it leaves out, when it must), and through `writeReport`, which refuses a
 * path that is a symbolic link below the workspace (a repository can commit one as `skguard.sarif`)
 * or inside `.git`, and writes a whole file or none. Throws a SkguardError naming the input.
 */
export function writeSarifFile(
  file: string,
  workspace: string,
  report: ScanReport,
  rules: readonly Rule[],
  scrub: (text: string) => string,
): void {
  const used = new Set(report.findings.map((f) => f.rule));
  const shownRules = rules.length > RULES_PER_RUN ? rules.filter((r) => used.has(r.id)) : rules;
  let count = Math.min(report.findings.length, RESULTS_PER_RUN);
  let text = render(report, shownRules, count, scrub);
  for (let size = gzipSync(text).length; size > GZIP_BYTES && count > 0; size = gzipSync(text).length) {
    // Results are about the same size each: scale down with room to spare, and check again.
    count = Math.floor((count * GZIP_BYTES * 0.9) / size);
    text = render(report, shownRules, count, scrub);
  }
  writeReport(file, text, { label: 'input sarif-file', base: workspace });
}

function render(report: ScanReport, rules: readonly Rule[], count: number, scrub: (text: string) => string): string {
  const left = report.findings.length - count;
  const notes =
    left > 0
      ? [
          ...report.notes,
          {
            level: 'warning' as const,
            code: 'sarif-limit',
            message: `${left.toLocaleString('en-US')} of ${report.findings.length.toLocaleString('en-US')} findings are not in this file: GitHub code scanning accepts at most ${RESULTS_PER_RUN.toLocaleString('en-US')} results per run and 10 MB compressed; run skguard on a clone to list them all`,
          },
        ]
      : report.notes;
  const text = sarifReporter(
    { ...report, findings: report.findings.slice(0, count), notes },
    { toolName: 'skguard', toolVersion: VERSION, rules, color: false },
  );
  return scrub(text);
}
