import type { Finding } from '../core/index.js';
import { providerName } from './format.js';

/**
 * The way out of a finding, by case: what a developer does about a key depends on where it stands.
 * Pure data for the reporters (text, the hook's message, the pull-request comment) to phrase.
 */
export type WayOutCase =
  /** The key is in a file as it is now: move it to an environment variable or a secret store. */
  | 'in-code'
  /** A `.env`-like file is committed: stop tracking it. */
  | 'env-file'
  /** The key is in a member of a committed archive: take the archive out, rebuild it without the secret. */
  | 'in-archive'
  /** A notebook: the key is in a cell or a saved output. */
  | 'notebook'
  /** A file or folder is named after the key. */
  | 'in-path'
  /** The key is gone from the file at head but stays in history: rotate, then squash or acknowledge. */
  | 'history-only';

export interface WayOut {
  case: WayOutCase;
  findings: Finding[];
}

const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/;

function caseOf(f: Finding): WayOutCase {
  if (f.atHead === 'removed' || f.atHead === 'deleted') return 'history-only';
  // In an archive's member (its content or its name): the archive is what to take out.
  if (f.archive) return 'in-archive';
  if (f.inPath) return 'in-path';
  if (ENV_FILE.test(f.file)) return 'env-file';
  if (f.file.endsWith('.ipynb')) return 'notebook';
  return 'in-code';
}

/** The findings grouped by way out, in the order people should act on them. */
export function waysOut(findings: readonly Finding[]): WayOut[] {
  const order: WayOutCase[] = ['env-file', 'in-archive', 'in-code', 'notebook', 'in-path', 'history-only'];
  const groups = new Map<WayOutCase, Finding[]>();
  for (const f of findings) {
    const c = caseOf(f);
    groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  return order.filter((c) => groups.has(c)).map((c) => ({ case: c, findings: groups.get(c) as Finding[] }));
}

/** One link per provider and key type where keys are revoked, each with its own label. */
export function rotateLinks(findings: readonly Finding[]): { label: string; url: string }[] {
  const byUrl = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.rotateUrl) continue;
    const kinds = byUrl.get(f.rotateUrl) ?? new Set<string>();
    kinds.add(f.provider);
    byUrl.set(f.rotateUrl, kinds);
  }
  const labels = new Map<string, number>();
  for (const providers of byUrl.values()) for (const p of providers) labels.set(p, (labels.get(p) ?? 0) + 1);
  return [...byUrl].map(([url, providers]) => {
    const names = [...providers].map(providerName).join(', ');
    // A provider with two pages (API keys, admin keys): the label says which.
    const twice = [...providers].some((p) => (labels.get(p) ?? 0) > 1);
    const admin = findings.find((f) => f.rotateUrl === url && /admin/.test(f.rule));
    return { label: twice ? `${names} (${admin ? 'admin keys' : 'API keys'})` : names, url };
  });
}

/**
 * What to do in one case, for a reporter to phrase (the CLI's text, the hook's message and the
 * pull-request comment say the same): the advice that follows the list of files, and the exact
 * commands, with the paths quoted for a POSIX shell and every fingerprint. Paths are as the input
 * has them: a reporter makes them printable and redacts them.
 */
export interface WayOutSteps {
  case: WayOutCase;
  /** The distinct files, in report order. */
  files: string[];
  /** One sentence after the files: what to do. Ends with `:` when commands follow. */
  advice: string;
  /** The commands, in order; each one complete. */
  commands: string[];
}

/** Most files a case names commands for; a reporter lists the rest by name. */
export const COMMAND_FILES = 5;
/** Fingerprints per `skguard ignore` command: a command stays readable, and all of them are named. */
const FINGERPRINTS_PER_COMMAND = 8;

export function stepsFor(way: WayOut, today?: string): WayOutSteps {
  const files = [...new Set(way.findings.map((f) => f.file))];
  const some = files.slice(0, COMMAND_FILES);
  const steps = (advice: string, commands: string[] = []) => ({ case: way.case, files, advice, commands });
  switch (way.case) {
    case 'in-code':
      return steps('read the key from an environment variable or a secret store instead.');
    case 'env-file':
      return steps(
        'an environment file is tracked by git; stop tracking it and keep it out:',
        some.map((f) => `git rm --cached -- ${shellWord(f)} && echo ${shellWord(f)} >> .gitignore`),
      );
    case 'in-archive': {
      const archives = [...new Set(way.findings.map((f) => f.archive as string))].slice(0, COMMAND_FILES);
      return steps(
        'the key is inside an archive tracked by git; take the archive out, rebuild it without the secret, and keep build outputs out of the repository:',
        archives.map((a) => `git rm --cached -- ${shellWord(a)}`),
      );
    }
    case 'notebook':
      return steps(
        'clear the saved outputs and read the key from the environment:',
        some.map((f) => `jupyter nbconvert --clear-output --inplace ${shellWord(f)}`),
      );
    case 'in-path':
      return steps('a file or folder is named after the key: rename it (git mv).');
    case 'history-only':
      return steps(
        'gone from the file now, still in history (every clone has it). Once rotated, squash the branch before it is merged, or acknowledge the rotated key:',
        ignoreCommands(fingerprintsOf(way.findings), rotatedReason(today)),
      );
  }
}

/**
 * `skguard ignore FP… --reason "…"`, as many commands as it takes to name every fingerprint. The
 * reason is skguard's own words (no quote, `$` or backtick), shown in double quotes for the user to edit.
 */
function ignoreCommands(fingerprints: readonly string[], reason: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < fingerprints.length; i += FINGERPRINTS_PER_COMMAND) {
    const some = fingerprints.slice(i, i + FINGERPRINTS_PER_COMMAND).join(' ');
    out.push(`skguard ignore ${some} --reason "${reason}"`);
  }
  return out;
}

/** A word of a suggested command, quoted for a POSIX shell when it must be. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** Distinct fingerprints, in report order. */
export function fingerprintsOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.fingerprint))];
}

/** Today as `skguard ignore --reason` suggests it: "rotated on 2026-11-29". */
function rotatedReason(today = new Date().toISOString().slice(0, 10)): string {
  return `rotated on ${today}`;
}
