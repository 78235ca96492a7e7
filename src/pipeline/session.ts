import { activeRules, loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { type Note, type Rule, Scanner } from '../core/index.js';
import type { IgnoreList } from '../core/suppress.js';
import { loadBaseline, loadIgnoreFile } from './suppressions.js';

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
  /**
   * Settings already read and checked, used instead of any config file: a pull request is judged
   * by its base commit's `.skguard.json`, never by the one it brings.
   */
  config?: Config | undefined;
  baselineFile?: string | undefined;
}

export async function openSession(options: SessionOptions): Promise<ScanSession> {
  const started = Number(process.hrtime.bigint()) / 1e6;
  const notes: Note[] = [];
  const config = options.config ?? (await loadConfig(options.root, options.configFile)).config;
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
