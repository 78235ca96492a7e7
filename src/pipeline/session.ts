import { activeRules, loadConfig } from '../config/load.js';
import { compareFindings, type Rule, Scanner } from '../core/index.js';
import { applySuppressions, type IgnoreList } from '../core/suppress.js';
import type { Note, ScanReport, ScanStats } from '../report/types.js';
import type { HistoryResult } from '../sources/history.js';
import type { Hit, Tally } from './scan-contents.js';
import { IGNORE_FILE, loadBaseline, loadIgnoreFile } from './suppressions.js';

/** Everything a scan needs that comes from the project: rules, exclusions, suppressions. */
export interface ScanSession {
  rules: Rule[];
  /** Fingerprints of custom rules' example keys: documented fakes, never reported. */
  fakes: ReadonlySet<string>;
  scanner: Scanner;
  isExcluded: (rel: string) => boolean;
  ignore: IgnoreList | undefined;
  baseline: ReturnType<typeof loadBaseline> | undefined;
  notes: Note[];
  started: number;
}

export interface SessionOptions {
  /** Where `.skguard.json` and `.skguardignore` live: the repository root, or the scanned root. */
  root: string;
  configFile?: string | undefined;
  baselineFile?: string | undefined;
}

export async function openSession(options: SessionOptions): Promise<ScanSession> {
  const started = Number(process.hrtime.bigint()) / 1e6;
  const notes: Note[] = [];
  const { config } = await loadConfig(options.root, options.configFile);
  const { rules, fakes } = activeRules(config);
  const exclude =
    config.exclude.length > 0 ? (await import('picomatch')).default(config.exclude, { dot: true }) : undefined;
  return {
    rules,
    fakes,
    scanner: new Scanner(rules),
    isExcluded: exclude ? (rel) => exclude(rel) : () => false,
    ignore: loadIgnoreFile(options.root, notes),
    baseline: options.baselineFile ? loadBaseline(options.baselineFile) : undefined,
    notes,
    started,
  };
}

/** Applies suppressions and assembles the report every format renders. */
export function closeSession(
  session: ScanSession,
  hits: Hit[],
  tally: Tally,
  source: ScanStats['source'],
  skipped: Omit<ScanStats['skipped'], 'binary'>,
  extra: Partial<ScanStats> = {},
): ScanReport {
  const all = hits.map((h) => h.finding);
  const { findings, stats } = applySuppressions(
    all,
    {
      fakes: session.fakes,
      ...(session.ignore ? { ignore: session.ignore } : {}),
      ...(session.baseline ? { baseline: session.baseline } : {}),
    },
    tally.inline,
  );
  for (const unused of stats.unusedIgnores) {
    session.notes.push({
      level: 'info',
      code: 'unused-ignore',
      message: `${IGNORE_FILE}:${unused.line}: fingerprint ${unused.fingerprint} matched nothing in this scan`,
    });
  }
  findings.sort(compareFindings);
  return {
    findings,
    stats: {
      source,
      files: tally.files,
      bytes: tally.bytes,
      skipped: { binary: tally.binary, ...skipped },
      ...extra,
      suppressed: { inline: stats.inline, ignored: stats.ignored, baseline: stats.baseline },
      durationMs: Math.round(Number(process.hrtime.bigint()) / 1e6 - session.started),
    },
    notes: session.notes,
  };
}

/** `closeSession` for a history scan: its skip counts and its commit and blob totals. */
export function closeHistory(session: ScanSession, result: HistoryResult): ScanReport {
  const { skipped } = result;
  return closeSession(
    session,
    result.hits,
    result.tally,
    'history',
    { symlink: 0, excluded: skipped.excluded, unreadable: 0, submodule: skipped.submodule },
    { commits: result.commits, blobs: result.blobs },
  );
}
