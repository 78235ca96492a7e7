import { type Hit, newTally, scanContents } from '../../pipeline/scan-contents.js';
import { rootNotes, scanListing } from '../../pipeline/scan-files.js';
import { closeSession, openSession } from '../../pipeline/session.js';
import { formatBytes } from '../../report/format.js';
import { listFiles, rootOf } from '../../sources/files.js';
import type { Content } from '../../sources/types.js';
import type { CliIo } from '../io.js';
import type { CommandResult } from '../main.js';
import { Progress } from '../progress.js';
import type { ReportSettings } from '../settings.js';

/** `skguard scan [PATH...]`: files under each PATH (`-` reads stdin). */
export async function scanCommand(targets: string[], settings: ReportSettings, io: CliIo): Promise<CommandResult> {
  const paths = targets.length > 0 ? targets : ['.'];
  const roots = await Promise.all(paths.map((p) => (p === '-' ? undefined : rootOf(p, io.cwd))));
  const session = await openSession({
    root: roots.find((r) => r !== undefined)?.base ?? io.cwd,
    configFile: settings.config,
    baselineFile: settings.baseline,
  });
  const tally = newTally();
  const skipped = { symlink: 0, excluded: 0, unreadable: 0, submodule: 0 };
  const hits: Hit[] = [];
  const literals = session.scanner.requiredLiterals();
  for (const root of roots) {
    if (!root) {
      hits.push(...(await scanContents([stdinContent(io)], session.scanner, tally)));
      continue;
    }
    const listing = await listFiles(root, { isExcluded: session.isExcluded, literals });
    session.notes.push(...rootNotes(root, listing));
    const toRead = listing.files.filter((f) => f.candidate).length;
    const progress = new Progress(io.stderr, io.stderr.isTTY === true && !settings.quiet, io.progressDelayMs);
    const before = tally.files + tally.binary;
    hits.push(
      ...(await scanListing(session, listing, tally, (t) =>
        progress.update(
          () => `skguard: read ${t.files + t.binary - before} of ${toRead} files (${formatBytes(t.bytes)})…`,
        ),
      )),
    );
    progress.done();
    for (const key of Object.keys(skipped) as (keyof typeof skipped)[]) skipped[key] += listing.skipped[key];
  }
  const source = paths.length === 1 && paths[0] === '-' ? 'stdin' : 'files';
  return { report: closeSession(session, hits, tally, source, skipped), rules: session.rules, hits };
}

function stdinContent(io: CliIo): Content {
  async function* chunks() {
    for await (const chunk of io.stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  }
  return { file: '-', data: chunks() };
}
