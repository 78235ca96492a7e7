import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applySuppressions,
  type Finding,
  fingerprint,
  isFingerprint,
  parseIgnoreFile,
  redact,
} from '../../src/core/index.js';
import { families, seeded } from '../support/keys.js';

describe('redact', () => {
  it('keeps the family prefix, four characters after it and the last four', () => {
    expect(redact(`sk-proj-AbCd${'x1'.repeat(70)}WxYz`, 'sk-proj-')).toBe('sk-proj-AbCd…WxYz');
  });

  it('never shows more than a quarter of a key body', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', '7', '_'), maxLength: 200 }),
        fc.constantFrom('', 'sk-', 'sk-ant-api03-'),
        (body, prefix) => {
          const shown = redact(prefix + body, prefix)
            .slice(prefix.length)
            .replace('…', '');
          expect(shown.length).toBeLessThanOrEqual(Math.floor(body.length / 4));
        },
      ),
    );
  });

  it.each(Object.entries(families))('the redacted %s key is not the key', (_name, family) => {
    const key = family.make(seeded(1));
    const r = redact(key, '');
    expect(r).not.toContain(key.slice(4, -4));
  });
});

describe('fingerprint', () => {
  it('is 24 hex characters, the same for the same key and different for another', () => {
    const a = families['openai-proj-74']!.make(seeded(1));
    const b = families['openai-proj-74']!.make(seeded(2));
    expect(fingerprint(a)).toMatch(/^[0-9a-f]{24}$/);
    expect(fingerprint(a)).toBe(fingerprint(a));
    expect(fingerprint(a)).not.toBe(fingerprint(b));
    expect(isFingerprint(fingerprint(a))).toBe(true);
  });

  it('does not contain any part of the key', () => {
    const key = families['anthropic-api']!.make(seeded(9));
    const fp = fingerprint(key);
    for (let i = 0; i + 6 <= fp.length; i++) expect(key).not.toContain(fp.slice(i, i + 6));
  });
});

describe('suppressions', () => {
  const finding = (fp: string, file: string): Finding => ({
    provider: 'openai',
    rule: 'openai-project-key',
    description: '',
    file,
    line: 1,
    column: 1,
    endColumn: 2,
    redacted: 'sk-proj-…',
    fingerprint: fp,
  });
  const fa = 'a'.repeat(24);
  const fb = 'b'.repeat(24);
  const fc_ = 'c'.repeat(24);

  it('parses an ignore file: fingerprints, comments, blank lines, CRLF, and flags other lines', () => {
    const list = parseIgnoreFile(`# test fixtures\r\n${fa}  # fixture key\r\n\r\n${fb}\nnot-a-fingerprint\n`);
    expect(list.entries).toEqual([
      { fingerprint: fa, line: 2, reason: 'fixture key' },
      { fingerprint: fb, line: 4 },
    ]);
    expect(list.invalid).toEqual([{ line: 5, text: 'not-a-fingerprint', why: 'not a fingerprint' }]);
  });

  it('drops ignored fingerprints everywhere, baseline findings by fingerprint and file, and lists unused ignores', () => {
    const ignore = parseIgnoreFile(`${fa}\n${fc_}\n`);
    const { findings, stats } = applySuppressions(
      [finding(fa, 'x.ts'), finding(fa, 'y.ts'), finding(fb, 'old.ts'), finding(fb, 'new.ts')],
      { ignore, baseline: [{ fingerprint: fb, file: 'old.ts' }] },
    );
    expect(findings.map((f) => f.file)).toEqual(['new.ts']);
    expect(stats).toMatchObject({ inline: 0, ignored: 2, baseline: 1 });
    expect(stats.unusedIgnores).toEqual([{ fingerprint: fc_, line: 2 }]);
  });
});
