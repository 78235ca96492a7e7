import { createRequire } from 'node:module';

/**
 * skguard's version. The bundles get it from package.json at build time (scripts/build.mjs, and
 * vitest.config.ts for the tests), so that dist/ embeds the version alone, not the whole manifest;
 * run from the sources by another loader (GitHub's local-action), it is read from package.json.
 */
declare const __SKGUARD_VERSION__: string | undefined;

export const VERSION: string =
  typeof __SKGUARD_VERSION__ === 'string'
    ? __SKGUARD_VERSION__
    : (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

/**
 * The npm package skguard is published as (the command stays `skguard`): what users install, what
 * messages tell them to install, and how `hook install` recognises its own manifest. The unscoped
 * name `skguard` on npm is another project's.
 */
export const PACKAGE_NAME = '@skguard/cli';
