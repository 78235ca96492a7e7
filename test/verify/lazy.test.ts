import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph as graph, SRC } from '../support/static-graph.js';

const staticGraph = (entry: string) => graph(entry).modules;

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
