import { expect } from 'vitest';

/** Asserts that no output holds any of the keys whole (nor its body without the prefix). */
export function expectNoKeyIn(outputs: string[], keys: string[]): void {
  for (const out of outputs) {
    for (const key of keys) {
      expect(out.includes(key), 'a full key was printed').toBe(false);
      expect(out.includes(key.slice(12, -6)), 'most of a key body was printed').toBe(false);
    }
  }
}
