import { stagedChanges, stagedSource } from '../../sources/staged.js';
import { defineCommand } from '../command.js';
import { REPORT_OPTIONS, type ScanSettings, scanAndReport, scanSettings, VERBOSE } from '../scan-report.js';

/** `skguard staged`: the keys on lines the next commit adds, read from the index. */
export const stagedCommand = defineCommand<ScanSettings>({
  spec: {
    words: ['staged'],
    description: 'scan what the next commit records (the index), reporting only keys on lines it adds',
    options: [...REPORT_OPTIONS, VERBOSE],
  },
  settings: scanSettings,
  run: (s, io) => scanAndReport(async () => stagedSource(await stagedChanges(io.cwd)), s, io),
});
