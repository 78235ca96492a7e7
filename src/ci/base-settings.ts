import path from 'node:path';
import { type BaselineEntry, parseBaseline } from '../config/baseline.js';
import { defaultConfig, parseConfig } from '../config/load.js';
import { BASELINE_LIMIT, CONFIG_LIMIT, IGNORE_LIMIT, readSettingsFile } from '../config/read.js';
import type { Config } from '../config/schema.js';
import { SkguardError } from '../core/errors.js';
import type { Note } from '../core/index.js';
import { IGNORE_FILE, type IgnoreList, parseIgnoreFile } from '../core/suppress.js';
import { short } from './commits.js';
import type { CiGit } from './git.js';

/**
 * A pull request does not judge itself. Its `.skguard.json` could exclude every path, disable
 * every rule, or drop a custom one: it is read from the base commit (from git, never from the work
 * tree, which the pull request controls), and the pull request's own change takes effect once
 * merged. What the base holds of the suppressions (`.skguardignore`, the baseline) tells which
 * suppressions the pull request adds: those are honoured, and listed for reviewers.
 */
export interface BaseSettings {
  /** The commit whose settings judge the change. */
  base: string;
  /**
   * The config as the base holds it (the defaults when it has none); undefined when the config file
   * lies outside the repository, where the change cannot reach it: it is read as given.
   */
  config: Config | undefined;
  /** The config file, as shown (`.skguard.json`, or the `config` input). */
  configLabel: string;
  /** Whether the change adds or changes the config file (its version takes effect once merged). */
  configChange: 'none' | 'changed' | 'added';
  /** The base's `.skguardignore` (empty when it has none). */
  ignore: IgnoreList;
  /**
   * The base's baseline, as `fingerprint\0file`; undefined when no baseline is used, or when it lies
   * outside the repository (then it is not the change's to edit).
   */
  baseline: Set<string> | undefined;
  notes: Note[];
}

/** Where the settings files are: paths from the repository's top, or `outside` for one given outside it. */
export interface SettingsPaths {
  /** The config file's path in the repository, or `outside`; `explicit`: named by an input, not found by default. */
  config: { path: string; label: string; explicit: boolean } | 'outside';
  /** The baseline's path in the repository, `outside`, or undefined when none is used. */
  baseline: string | 'outside' | undefined;
}

/**
 * Reads the settings at `base`. `head`: the commit under review, when the clone holds it (whether
 * it changes the config is `base...head`); otherwise the work tree at `top` is compared with the
 * base. `subject` names the change in notes (`pull request #7`).
 */
export async function readBaseSettings(
  git: CiGit,
  base: string,
  head: string | undefined,
  top: string,
  paths: SettingsPaths,
  subject: string,
): Promise<BaseSettings> {
  const notes: Note[] = [];
  const at = `at the base commit ${short(base)}`;
  let config: Config | undefined;
  let configLabel = '';
  let configChange: BaseSettings['configChange'] = 'none';
  if (paths.config !== 'outside') {
    const { path: file, label, explicit } = paths.config;
    configLabel = label;
    const text = await settingsText(git, base, file, CONFIG_LIMIT, `${label} (${at})`);
    if (await changes(git, base, head, top, file, text)) configChange = text === undefined ? 'added' : 'changed';
    if (text === undefined && explicit && configChange === 'none') {
      throw new SkguardError(`config file not found: ${label} (neither ${at} nor in the change)`, 'config');
    }
    config = text === undefined ? defaultConfig() : await parseConfig(text, `${label} (${at})`);
    if (configChange !== 'none') {
      notes.push({
        level: 'warning',
        code: 'config-changed',
        message:
          configChange === 'added'
            ? `${subject} adds ${label}: the base commit ${short(base)} has none, so the defaults apply; the file takes effect once merged`
            : `${subject} changes ${label}: skguard used the version ${at}; the change takes effect once merged`,
      });
    }
  }
  const ignoreText = await lenient(() => settingsText(git, base, IGNORE_FILE, IGNORE_LIMIT, IGNORE_FILE));
  let baseline: Set<string> | undefined;
  if (paths.baseline !== undefined && paths.baseline !== 'outside') {
    const file = paths.baseline;
    const text = await lenient(() => settingsText(git, base, file, BASELINE_LIMIT, file));
    const entries = text === undefined ? [] : ((await lenient(async () => parseBaseline(text, file))) ?? []);
    baseline = new Set(entries.map(baselineKey));
  }
  return {
    base,
    config,
    configLabel,
    configChange,
    ignore: parseIgnoreFile(ignoreText ?? ''),
    baseline,
    notes,
  };
}

/** How a baseline entry is compared: the same key in the same file. */
export function baselineKey(f: BaselineEntry): string {
  return `${f.fingerprint}\0${f.file}`;
}

/** A settings file's text at `rev`, undefined when it is not there; a link, a folder or a huge file is an error. */
async function settingsText(
  git: CiGit,
  rev: string,
  file: string,
  limit: number,
  label: string,
): Promise<string | undefined> {
  const found = await git.fileAt(rev, file, limit);
  switch (found.kind) {
    case 'file':
      return found.data.toString('utf8');
    case 'missing':
      return undefined;
    case 'not-a-file':
      throw new SkguardError(
        `${label}: is ${found.mode === '120000' ? 'a symbolic link' : 'not a regular file'}; a settings file must be a regular file`,
        'config',
      );
    case 'too-large':
      throw new SkguardError(
        `${label}: is ${found.size} bytes, more than the ${limit} a settings file may hold`,
        'config',
      );
  }
}

/**
 * What the base holds of a suppression file, or undefined when it cannot be read: then every
 * suppression of that kind counts as added by the change, and is listed (never hidden).
 */
async function lenient<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof SkguardError) return undefined;
    throw error;
  }
}

/** Whether the change modifies `file`: `base...head` in git, or the work tree against the base's text. */
async function changes(
  git: CiGit,
  base: string,
  head: string | undefined,
  top: string,
  file: string,
  baseText: string | undefined,
): Promise<boolean> {
  if (head !== undefined) {
    try {
      return await git.changes(base, head, file);
    } catch (error) {
      // No merge base to diff from: say it changed rather than stay silent about a change.
      if (error instanceof SkguardError) return true;
      throw error;
    }
  }
  try {
    return (
      readSettingsFile(path.join(top, file), { label: file, limit: CONFIG_LIMIT, followLinks: false }) !== baseText
    );
  } catch (error) {
    if (error instanceof SkguardError) return true;
    throw error;
  }
}
