import { newTally, scanContents } from '../../pipeline/scan-contents.js';
import { closeSession, openSession } from '../../pipeline/session.js';
import { stagedChanges, stagedContents } from '../../sources/staged.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../main.js';
import type { ReportSettings } from '../settings.js';

/** `skguard staged`: the keys on lines the next commit adds, read from the index. */
export async function stagedCommand(settings: ReportSettings, io: CliIo): Promise<CommandResult> {
  const changes = await stagedChanges(io.cwd);
  const session = await openSession({
    root: changes.top,
    configFile: settings.config,
    baselineFile: settings.baseline,
  });
  const files = changes.files.filter((f) => !session.isExcluded(f.path));
  const excluded = changes.files.length - files.length;
  const tally = newTally();
  const hits = await scanContents(await stagedContents({ ...changes, files }), session.scanner, tally);
  const report = closeSession(session, hits, tally, 'staged', {
    symlink: changes.skipped.symlink,
    submodule: changes.skipped.submodule,
    excluded,
    unreadable: 0,
  });
  // The commit touches a few files: an ignore entry for a key elsewhere matching nothing here is no news.
  report.notes = report.notes.filter((n) => n.code !== 'unused-ignore');
  return { report, rules: session.rules, hits };
}
