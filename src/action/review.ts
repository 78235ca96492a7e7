import { realpathSync } from 'node:fs';
import path from 'node:path';
import { addedSuppressions } from '../ci/added-suppressions.js';
import { type BaseSettings, readBaseSettings, type SettingsPaths } from '../ci/base-settings.js';
import { ensureCommits } from '../ci/commits.js';
import type { CiGit } from '../ci/git.js';
import { placeFindings } from '../ci/place.js';
import { CONFIG_FILE } from '../config/load.js';
import type { Finding } from '../core/index.js';
import { plural } from '../core/plural.js';
import type { ScanResult } from '../pipeline/run.js';
import type { PlacedFinding, ReviewView } from '../report/github.js';
import type { ActionInputs } from './inputs.js';

/** A change under review and the commit whose settings judge it (`settingsBaseOf`). */
export interface Judged {
  base: string;
  /** The change, in words: `pull request #7`, `the merge group`. */
  subject: string;
}

/**
 * Where the inputs put the settings files, as paths from the repository's top (what can be read at
 * the base commit), or `outside` for a file outside the repository, which the change cannot edit.
 */
export function settingsPaths(
  inputs: Pick<ActionInputs, 'config' | 'baseline'>,
  workspace: string,
  top: string,
): SettingsPaths {
  const inRepository = (file: string) => {
    const relative = path.relative(realpathSync(top), path.resolve(realpathSync(workspace), file));
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
      ? 'outside'
      : relative.split(path.sep).join('/');
  };
  const config = inputs.config ? inRepository(inputs.config) : CONFIG_FILE;
  return {
    config:
      config === 'outside' ? config : { path: config, label: inputs.config ?? CONFIG_FILE, explicit: !!inputs.config },
    baseline: inputs.baseline ? inRepository(inputs.baseline) : undefined,
  };
}

/** The base's settings, fetching the base commit when the checkout lacks it (never judging by the work tree instead). */
export async function readBase(
  git: CiGit,
  judged: Judged,
  head: string | undefined,
  top: string,
  paths: SettingsPaths,
  log: (line: string) => void,
): Promise<BaseSettings> {
  await ensureCommits(git, [judged.base], `${judged.subject}: reading skguard's settings at its base`, log);
  return readBaseSettings(git, judged.base, head, top, paths, judged.subject);
}

/**
 * What reviewers must see: the suppressions the change adds, placed where their keys stand at head
 * (so are the other suppressed findings: SARIF says a key gone at head is gone), and the settings
 * change. `history`: the scan read the change's commits (an inline marker counts as added only when
 * one of them adds its key); otherwise the work tree, where every marker counts.
 */
export async function reviewOf(
  result: ScanResult,
  placed: readonly PlacedFinding[],
  settings: BaseSettings,
  git: CiGit | undefined,
  head: string | undefined,
  history: boolean,
): Promise<ReviewView> {
  const { report } = result;
  const suppressed = await placeFindings(report.suppressed ?? [], result.suppressed, git, head);
  const where = new Map<Finding, PlacedFinding>([...placed, ...suppressed].map((p) => [p.finding, p]));
  // A live key something tried to suppress is reported: it is listed with the suppressions too.
  const tried = [...report.findings.filter((f) => f.suppression), ...(report.suppressed ?? [])];
  const commits = history && git && head ? new Set(await git.revList([`${settings.base}..${head}`])) : undefined;
  const added = addedSuppressions(tried, settings, commits);
  return {
    base: settings.base,
    config:
      settings.configChange === 'none' ? undefined : { label: settings.configLabel, change: settings.configChange },
    added: added.map((f) => where.get(f) as PlacedFinding),
    approved: tried.length - added.length,
  };
}

/** Most suppressions the log lists one by one (all are in the job summary). */
const LOGGED = 20;

/** The review in the log: the settings change (a warning), then each suppression the change adds. */
export function logReview(
  review: ReviewView,
  settings: BaseSettings,
  subject: string,
  log: { text: (line: string) => void; warning: (line: string) => void },
): void {
  for (const note of settings.notes) log.warning(`skguard: ${note.message}`);
  if (review.added.length === 0) return;
  const lines = [
    `skguard: ${subject} adds ${plural(review.added.length, 'suppression')} (honoured, and listed in the job summary for its reviewers):`,
  ];
  for (const { finding: f } of review.added.slice(0, LOGGED)) {
    const s = f.suppression;
    const how = s?.kind === 'ignore' ? `.skguardignore:${s.line}` : s?.kind === 'inline' ? 'skguard:allow' : s?.kind;
    const said = [
      s?.reason ? `reason: ${s.reason}` : '',
      s?.by ? `by ${s.by}` : '',
      s?.expires ? `until ${s.expires}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(`  ${f.file}:${f.line}  ${f.redacted}  fingerprint ${f.fingerprint}  ${how}${said ? ` (${said})` : ''}`);
  }
  if (review.added.length > LOGGED) lines.push(`  …and ${review.added.length - LOGGED} more (see the job summary)`);
  log.text(lines.join('\n'));
}
