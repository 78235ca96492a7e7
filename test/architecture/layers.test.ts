import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ are layers: adapters (`cli`, `action`, with their entry files `cli.ts` and
 * `action.ts`) → `hook`, `ci`, `pipeline` → `sources`, `verify`, `report`, `config` → `core`. A module
 * imports its own folder or a folder of a lower layer, never a higher one nor a sibling of its own
 * layer; and no modules import each other in a circle. Type-only and dynamic imports count too.
 */
const SRC = path.resolve(import.meta.dirname, '../../src');
const LAYERS: Record<string, number> = {
  cli: 3,
  action: 3,
  hook: 2,
  ci: 2,
  pipeline: 2,
  sources: 1,
  verify: 1,
  report: 1,
  config: 1,
  core: 0,
};

type Graph = Map<string, string[]>;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return modules(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every relative import of a module (static, dynamic and type-only), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms),
    ...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g),
  ].map((m) => m[1] as string);
  return specs.map((s) => path.relative(SRC, path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts'))));
}

/** The layer folder of a module: its top folder, or for an entry file (`cli.ts`) its adapter's. */
const folderOf = (rel: string) => rel.split('/')[0]?.replace(/\.ts$/, '') as string;

function layerViolations(graph: Graph): string[] {
  const wrong: string[] = [];
  for (const [file, imports] of graph) {
    const from = folderOf(file);
    for (const target of imports) {
      const to = folderOf(target);
      if (to !== from && (LAYERS[to] ?? 99) >= (LAYERS[from] ?? -1)) wrong.push(`${file} → ${target}`);
    }
  }
  return wrong;
}

function circles(graph: Graph): string[] {
  const state = new Map<string, 'open' | 'done'>();
  const found: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      found.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

describe('the architecture of src/', () => {
  const graph: Graph = new Map(modules(SRC).map((f) => [path.relative(SRC, f), importsOf(f)]));

  it('puts every module in a layer', () => {
    expect([...graph.keys()].filter((f) => LAYERS[folderOf(f)] === undefined)).toEqual([]);
  });

  it('has no import against the layers', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('the checks notice an import up the layers, between siblings, and a circle', () => {
    const bad: Graph = new Map([
      ['core/a.ts', ['pipeline/run.ts']],
      ['sources/x.ts', ['report/y.ts']],
      ['pipeline/run.ts', ['pipeline/b.ts']],
      ['pipeline/b.ts', ['pipeline/run.ts']],
    ]);
    expect(layerViolations(bad)).toEqual(['core/a.ts → pipeline/run.ts', 'sources/x.ts → report/y.ts']);
    expect(circles(bad)).toEqual(['pipeline/run.ts → pipeline/b.ts → pipeline/run.ts']);
    expect(importsOf(path.join(SRC, 'cli/main.ts'))).toContain('core/errors.ts');
  });
});
