import type { Rule } from '../core/index.js';
import { type Hit, newTally } from '../pipeline/scan-contents.js';
import { rootNotes, scanListing } from '../pipeline/scan-files.js';
import { closeHistory, closeSession, type ScanSession } from '../pipeline/session.js';
import type { ScanReport } from '../report/types.js';
import { listFiles, rootOf } from '../sources/files.js';
import { scanHistory } from '../sources/history.js';
import type { PreparedHistory } from './commits.js';

/** A scan's result with the keys themselves, which stay in memory (masking, verification) and go nowhere else. */
export interface ScanOutcome {
  report: ScanReport;
  hits: Hit[];
  rules: readonly Rule[];
}

/**
 * `mode: tree`: the work tree's files as `skguard scan .` reads them (what git tracks or would
 * track, through the `git grep` prefilter).
 */
export async function scanWorkTree(session: ScanSession, top: string): Promise<ScanOutcome> {
  const root = await rootOf('.', top);
  const tally = newTally();
  const listing = await listFiles(root, {
    isExcluded: session.isExcluded,
    literals: session.scanner.requiredLiterals(),
  });
  session.notes.push(...rootNotes(root, listing));
  const hits = await scanListing(session, listing, tally);
  return { report: closeSession(session, hits, tally, 'files', listing.skipped), hits, rules: session.rules };
}

/** The commits `prepared` names, each unique blob read once, each key attributed to the commit that added it. */
export async function scanCommits(session: ScanSession, top: string, prepared: PreparedHistory): Promise<ScanOutcome> {
  const result = await scanHistory(session, { cwd: top, revs: prepared.revs });
  if (!prepared.whole) {
    // The range was checked complete (commits.ts deepened the clone until it was): the clone being
    // shallow below the range's base says nothing about the range.
    session.notes = session.notes.filter((n) => n.code !== 'shallow-history');
  }
  session.notes.push(...prepared.notes);
  const report = closeHistory(session, result);
  return { report, hits: result.hits, rules: session.rules };
}
