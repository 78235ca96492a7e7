import { closeSession, openSession } from '../../pipeline/session.js';
import { formatBytes, formatDuration, plural } from '../../report/format.js';
import { type HistoryProgress, openRepository, scanHistory } from '../../sources/history.js';
import type { CliIo, OutputStream } from '../io.js';
import type { CommandResult } from '../main.js';
import type { ReportSettings } from '../settings.js';

/** `skguard history [<rev-range>...]`: every key ever committed in scope, attributed to the commit that added it. */
export async function historyCommand(revs: string[], settings: ReportSettings, io: CliIo): Promise<CommandResult> {
  const repo = await openRepository(io.cwd);
  const session = await openSession({
    root: repo.root,
    configFile: settings.config,
    baselineFile: settings.baseline,
  });
  const progress = io.stderr.isTTY && !settings.quiet ? progressLine(io.stderr) : undefined;
  let result: Awaited<ReturnType<typeof scanHistory>>;
  try {
    result = await scanHistory(session, {
      cwd: io.cwd,
      revs,
      repository: repo,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.clear();
  }
  const report = closeSession(
    session,
    result.hits,
    result.tally,
    'history',
    { symlink: 0, excluded: result.skipped.excluded, unreadable: 0, submodule: result.skipped.submodule },
    { commits: result.commits, blobs: result.blobs },
  );
  if (settings.format !== 'text' && settings.output === undefined && !settings.quiet) {
    // The text report ends with this line; other formats on stdout still get it, on stderr.
    const n = report.findings.length;
    const s = report.stats;
    io.stderr.write(
      `skguard: ${n === 0 ? 'no keys found' : plural(n, 'finding')} · scanned ${plural(s.commits ?? 0, 'commit')}, ${plural(s.blobs ?? 0, 'blob')} (${formatBytes(s.bytes)}) in ${formatDuration(s.durationMs)}\n`,
    );
  }
  return { report, rules: session.rules, hits: result.hits };
}

/** Redraws at most this often. */
const REFRESH_MS = 100;

/** A one-line progress display on a terminal: counts, rate and ETA, redrawn in place. */
function progressLine(stream: OutputStream): { update: (p: HistoryProgress) => void; clear: () => void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = performance.now();
      if (now - last < REFRESH_MS) return;
      last = now;
      drawn = true;
      stream.write(`\r\x1b[2K${describeProgress(p)}`);
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

/** The progress line's text (exported for tests). */
export function describeProgress(p: HistoryProgress): string {
  const commits = p.commits === undefined ? '' : ` · ${plural(p.commits, 'commit')}`;
  if (p.phase === 'attributing') {
    return `skguard history: finding the commits that added the keys · ${p.walked.toLocaleString('en-US')}${p.commits === undefined ? '' : `/${p.commits.toLocaleString('en-US')}`} commits`;
  }
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  const total = p.listingDone ? `/${p.listed.toLocaleString('en-US')}` : '';
  let eta = '';
  if (p.listingDone && p.read > 0 && p.listed > p.read) {
    eta = ` · ETA ${formatDuration(((p.listed - p.read) * p.elapsedMs) / p.read)}`;
  }
  return `skguard history: ${p.read.toLocaleString('en-US')}${total} blobs${commits} · ${formatBytes(p.bytes)} · ${formatBytes(rate)}/s${eta}`;
}
