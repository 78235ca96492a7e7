import { defineCommand } from '../command.js';
import { REPORT_OPTIONS, type ScanSettings, scanAndReport, scanSettings } from '../scan-report.js';

/** `skguard history [<rev-range>...]`: every key ever committed in scope, attributed to the commit that added it. */
export const historyCommand = defineCommand<ScanSettings & { revs: string[] }>({
  spec: {
    words: ['history'],
    description: 'every key ever committed (default: all refs), with the commit that added it',
    args: {
      name: 'rev-range',
      description: 'revisions as git takes them: main..feature, A..B, or one revision (its ancestry)',
    },
    options: REPORT_OPTIONS,
  },
  settings: (line) => ({ ...scanSettings(line), revs: line.args }),
  run: (s, io) =>
    scanAndReport(
      // The history source loads on demand: the pre-commit hook never needs it.
      async () => (await import('../../sources/history.js')).historySource(io.cwd, { revs: s.revs }),
      s,
      io,
    ),
});
