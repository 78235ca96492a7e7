import type { Finding, Note, Rule } from '../core/index.js';

export type { Note } from '../core/index.js';

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
  /** Some of the scope could not be read (a shallow clone's history): the result is never "clean". */
  truncated?: boolean;
  suppressed: Pick<SuppressionStats, 'inline' | 'ignored' | 'baseline'>;
  durationMs: number;
}

/** The result of a scan, as every reporter receives it. */
export interface ScanReport {
  findings: Finding[];
  /** Findings a suppression kept out of `findings` (each says why in `suppression`): for reviewers. */
  suppressed?: Finding[];
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
  /** Findings only: no notes, no closing line (nothing at all when clean). */
  quiet?: boolean;
  /** A clean `staged` report still prints its closing line (otherwise a clean commit prints nothing). */
  verbose?: boolean;
}

/** A reporter turns a report into the text of one format. Pure: no I/O. */
export type Reporter = (report: ScanReport, context: ReportContext) => string;
