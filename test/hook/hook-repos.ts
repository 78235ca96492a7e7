import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { DIST_CLI } from '../support/cli.js';
import { tempDir } from '../support/repo.js';
import { gitIn, type Run, run } from './support.js';

/** This checkout. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * npm with nothing to fetch from: an address where nothing listens, offline, and an empty cache of
 * its own, so that an install that needed any package from the registry would fail.
 */
export function noRegistry(cache: string): Record<string, string> {
  return {
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_offline: 'true',
    npm_config_cache: cache,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/**
 * The pre-commit mirror as `scripts/hook-mirror.mjs` generates it from the freshly built dist/,
 * committed in a git repository of its own: what the release procedure pushes and tags.
 */
export function mirrorRepository(cleanup: string[]): string {
  const dir = path.join(tempDir('skguard-mirror-'), 'skguard-pre-commit');
  cleanup.push(path.dirname(dir));
  const made = run(process.execPath, [path.join(ROOT, 'scripts/hook-mirror.mjs'), dir], ROOT);
  expect(made.code, made.stderr).toBe(0);
  commitAll(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

/**
 * This repository as a hook repository: a clone of HEAD with the freshly built dist/ and the
 * working copy's `.pre-commit-hooks.yaml` committed on top.
 */
export function mainRepository(cleanup: string[]): string {
  const dir = path.join(tempDir('skguard-hookrepo-'), 'skguard');
  cleanup.push(path.dirname(dir));
  const clone = run('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, dir], ROOT);
  expect(clone.code, clone.stderr).toBe(0);
  rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  cpSync(path.dirname(DIST_CLI), path.join(dir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, '.pre-commit-hooks.yaml'), path.join(dir, '.pre-commit-hooks.yaml'));
  commitAll(dir);
  return dir;
}

function commitAll(dir: string, init?: string[]): void {
  for (const args of [
    ...(init ? [init] : []),
    ['add', '-A'],
    ['commit', '-q', '--no-verify', '--allow-empty', '-m', 'test build'],
  ]) {
    const r = gitIn(dir, args);
    expect(r.code, r.stderr).toBe(0);
  }
}

/** `.pre-commit-config.yaml` using the `skguard` hook of `repo` at its HEAD. */
export function preCommitConfig(repo: string, hookLines: string[] = []): string {
  const rev = gitIn(repo, ['rev-parse', 'HEAD']).stdout.trim();
  return [
    'repos:',
    `  - repo: ${repo}`,
    `    rev: ${rev}`,
    '    hooks:',
    '      - id: skguard',
    ...hookLines.map((l) => `        ${l}`),
    '',
  ].join('\n');
}

/**
 * The framework is a Python tool (Debian package `pre-commit`), which `.ci/run` installs. On a
 * developer's machine without it these tests are skipped, saying why; in CI they must run.
 */
export function preCommitAvailable(): boolean {
  const has = spawnSync('pre-commit', ['--version']).status === 0;
  if (!has) {
    if (process.env.CI)
      throw new Error('CI must run the pre-commit framework tests: install the Debian package pre-commit');
    console.warn('SKIPPED pre-commit framework tests: `pre-commit` is not installed (apt-get install pre-commit)');
  }
  return has;
}

export const output = (r: Run) => r.stdout + r.stderr;
