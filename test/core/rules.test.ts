import { describe, expect, it } from 'vitest';
import { builtinRules, keyFromShape, Scanner } from '../../src/core/index.js';
import { fill, seeded } from '../support/keys.js';

const scanner = new Scanner(builtinRules);

describe.each(builtinRules.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  const random = seeded(rule.id.length * 7919);
  it('has a shape, examples and negatives', () => {
    expect(rule.shape).toBeDefined();
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.negatives.length).toBeGreaterThan(0);
    expect(rule.pattern.flags).toContain('g');
  });

  it.each(rule.examples)('finds the key in example %j', (example) => {
    const key = keyFromShape(rule.shape ?? [], random);
    const text = example.replaceAll('{key}', key);
    const matches = scanner.scan(Buffer.from(text));
    expect(matches.map((m) => [m.rule.id, m.secret === key])).toEqual([[rule.id, true]]);
    const m = matches[0];
    expect(text.split('\n')[m!.line - 1]!.slice(m!.column - 1, m!.endColumn - 1)).toBe(key);
  });

  it.each(rule.negatives)('reports nothing for negative %j', (negative) => {
    const text = fill(negative, rule, random);
    expect(scanner.scan(Buffer.from(text)).filter((m) => m.rule.id === rule.id)).toEqual([]);
  });
});
