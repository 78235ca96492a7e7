import { pathsSource } from '../../sources/paths.js';
import { defineCommand } from '../command.js';
import { REPORT_OPTIONS, type ScanSettings, scanAndReport, scanSettings } from '../scan-report.js';

/** `skguard scan [PATH...]`: files under each PATH (`-` reads stdin). */
export const scanCommand = defineCommand<ScanSettings & { paths: string[] }>({
  spec: {
    words: ['scan'],
    description: 'scan files under each PATH (default: the current directory); "-" reads standard input',
    args: { name: 'paths', description: 'files or directories; in a git work tree, what git tracks or would track' },
    options: REPORT_OPTIONS,
  },
  settings: (line) => ({ ...scanSettings(line), paths: line.args }),
  run: (s, io) => scanAndReport(() => pathsSource(s.paths, io.cwd, io.stdin), s, io),
});
