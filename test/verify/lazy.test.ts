import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Every module under src/ that loading `entry` evaluates: its static, non-type-only imports, transitively. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const target = path.resolve(path.dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe('verification stays off the start-up path', () => {
  // The verify and doctor commands' modules are loaded with the command table (they hold only their
  // spec and settings); everything they run is imported on demand.
  it('the CLI entry loads no module of src/verify until asked', () => {
    const loaded = [...staticGraph(path.join(SRC, 'cli.ts'))].map((f) => path.relative(SRC, f));
    expect(loaded).toContain('cli/main.ts');
    expect(loaded).toContain('cli/commands/staged.ts');
    expect(loaded).toContain('cli/commands/verify.ts');
    expect(loaded.filter((f) => f.startsWith('verify/'))).toEqual([]);
  });

  it('the walker sees static imports (it would notice one being added)', () => {
    const loaded = [...staticGraph(path.join(SRC, 'verify/index.ts'))].map((f) => path.relative(SRC, f));
    expect(loaded).toContain('verify/verifier.ts');
  });
});
