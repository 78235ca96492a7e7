import { closeHistory, openSession } from '../../pipeline/session.js';
import { formatBytes, formatDuration, plural } from '../../report/format.js';
import { type HistoryProgress, openRepository, scanHistory } from '../../sources/history.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../main.js';
import { Progress } from '../progress.js';
import type { ReportSettings } from '../settings.js';

/** `skguard history [<rev-range>...]`: every key ever committed in scope, attributed to the commit that added it. */
export async function historyCommand(revs: string[], settings: ReportSettings, io: CliIo): Promise<CommandResult> {
  const repo = await openRepository(io.cwd);
  const session = await openSession({
    root: repo.root,
    configFile: settings.config,
    baselineFile: settings.baseline,
  });
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !settings.quiet, io.progressDelayMs);
  let result: Awaited<ReturnType<typeof scanHistory>>;
  try {
    result = await scanHistory(session, {
      cwd: io.cwd,
      revs,
      repository: repo,
      onProgress: (p) => progress.update(() => describeProgress(p)),
    });
  } finally {
    progress.done();
  }
  const report = closeHistory(session, result);
  return { report, rules: session.rules, hits: result.hits };
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
