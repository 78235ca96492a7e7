import type { Finding, Rule } from '../core/index.js';
import type { SuppressionStats } from '../core/suppress.js';

/** What one run scanned, for the closing line and the `stats` object of the JSON report. */
export interface ScanStats {
  /** Which source was read: `files` (scan), `stdin`, `staged`, `history`. */
  source: 'files' | 'stdin' | 'staged' | 'history';
  /** Files (or blobs) whose content was scanned. */
  files: number;
  /** Bytes of content scanned. */
  bytes: number;
  /** Files passed over, by reason. */
  skipped: { binary: number; symlink: number; excluded: number; unreadable: number; submodule: number };
  /** History only: commits and unique blobs read. */
  commits?: number;
  blobs?: number;
  suppressed: Omit<SuppressionStats, 'unusedIgnores'>;
  durationMs: number;
}

/** Something the user should know that is not a finding (an unused ignore entry, a truncated history). */
export interface Note {
  level: 'info' | 'warning';
  /** Stable id, for machines: `unused-ignore`, `unreadable-file`, `shallow-history`, … */
  code: string;
  message: string;
}

/** The result of a scan, as every reporter receives it. */
export interface ScanReport {
  findings: Finding[];
  stats: ScanStats;
  notes: Note[];
}

export interface ReportContext {
  toolName: string;
  toolVersion: string;
  /** The rules that were active, for SARIF's rule table. */
  rules: readonly Rule[];
  /** ANSI colour in text output. */
  color: boolean;
}

/** A reporter turns a report into the text of one format. Pure: no I/O. */
export type Reporter = (report: ScanReport, context: ReportContext) => string;
