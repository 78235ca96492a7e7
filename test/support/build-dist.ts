import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** End-to-end tests run the bundle users run: build it once before the suite. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
