import { describe, expect, it } from 'vitest';
import { addedSuppressions } from '../../src/ci/added-suppressions.js';
import { baselineKey } from '../../src/ci/base-settings.js';
import type { Finding, Suppression } from '../../src/core/index.js';
import { parseIgnoreFile } from '../../src/core/suppress.js';

const fp = (n: number) => n.toString(16).padStart(24, '0');

const suppressed = (n: number, suppression: Suppression, over: Partial<Finding> = {}): Finding => ({
  provider: 'openai',
  rule: 'openai-project-key',
  description: 'OpenAI project API key',
  file: `f${n}.py`,
  line: 1,
  column: 1,
  endColumn: 10,
  redacted: 'sk-proj-AbCd…WxYz',
  fingerprint: fp(n),
  suppression,
  ...over,
});

describe('addedSuppressions: what a change brings itself, as against what its base approves', () => {
  const base = {
    ignore: parseIgnoreFile(
      [`${fp(1)}  # reason=approved for good`, `${fp(2)}  # expires=2027-01-31 reason=approved until January`].join(
        '\n',
      ),
    ),
    baseline: new Set([baselineKey({ fingerprint: fp(3), file: 'f3.py' })]),
  };
  const names = (found: Finding[]) => found.map((f) => f.fingerprint);

  it('an ignore entry the base lacks is added; one the base holds is not', () => {
    const findings = [
      suppressed(1, { kind: 'ignore', line: 1, reason: 'reworded by the pull request' }),
      suppressed(9, { kind: 'ignore', line: 2 }),
    ];
    expect(names(addedSuppressions(findings, base, undefined))).toEqual([fp(9)]);
  });

  it('an entry that suppresses longer than the base allows is added: a later end, or none where the base had one', () => {
    const findings = [
      suppressed(2, { kind: 'ignore', line: 2, expires: '2027-01-31' }),
      suppressed(2, { kind: 'ignore', line: 2, expires: '2026-12-31' }, { file: 'earlier.py' }),
      suppressed(2, { kind: 'ignore', line: 2, expires: '2027-06-30' }, { file: 'later.py' }),
      suppressed(2, { kind: 'ignore', line: 2 }, { file: 'forever.py' }),
      // The base's entry for 1 has no end: any end the change gives it is shorter.
      suppressed(1, { kind: 'ignore', line: 1, expires: '2026-12-31' }),
    ];
    expect(addedSuppressions(findings, base, undefined).map((f) => f.file)).toEqual(['later.py', 'forever.py']);
  });

  it("an inline marker counts when one of the change's commits adds the key, or always without commits (a work tree)", () => {
    const mine = suppressed(4, { kind: 'inline' }, { commit: 'a'.repeat(40) });
    const older = suppressed(5, { kind: 'inline' }, { commit: 'b'.repeat(40) });
    const tree = suppressed(6, { kind: 'inline' });
    expect(names(addedSuppressions([mine, older, tree], base, new Set(['a'.repeat(40)])))).toEqual([fp(4), fp(6)]);
    expect(names(addedSuppressions([mine, older], base, undefined))).toEqual([fp(4), fp(5)]);
  });

  it("a baseline entry the base's baseline lacks is added (the same key in another file too); none when the baseline is not the change's", () => {
    const findings = [
      suppressed(3, { kind: 'baseline' }),
      suppressed(3, { kind: 'baseline' }, { file: 'moved.py' }),
      suppressed(7, { kind: 'baseline' }),
    ];
    expect(addedSuppressions(findings, base, undefined).map((f) => `${f.fingerprint} ${f.file}`)).toEqual([
      `${fp(3)} moved.py`,
      `${fp(7)} f7.py`,
    ]);
    expect(addedSuppressions(findings, { ...base, baseline: undefined }, undefined)).toEqual([]);
  });

  it("a custom rule's example is never added: the rules come from the base's config", () => {
    expect(addedSuppressions([suppressed(8, { kind: 'example' })], base, undefined)).toEqual([]);
  });
});
