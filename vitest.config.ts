import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { gitEnv } from './test/support/repo.js';

export default defineConfig({
  define: { __SKGUARD_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-dist.ts'],
    // Every git the tests start (directly or through skguard) ignores the machine's git config.
    env: gitEnv,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
