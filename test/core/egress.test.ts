import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable, Redactor } from '../../src/core/egress.js';
import { builtinRules, fingerprint } from '../../src/core/index.js';
import { redact } from '../../src/core/redact.js';
import { families, makeKey, seeded } from '../support/keys.js';

const redactor = () => new Redactor(builtinRules);

describe('Redactor: no key leaves whole', () => {
  it.each(Object.entries(families))('redacts a %s key wherever it stands in a string', (_name, family) => {
    const key = family.make(seeded(7));
    for (const text of [
      `config/${key}.txt`,
      `Eve ${key} <eve@example.test>`,
      `error: --config ${key}: file not found`,
      `{"file":"a/${key}/b"}`,
    ]) {
      const out = redactor().scrub(text);
      expect(out).not.toContain(key);
      expect(out).toContain('…');
    }
  });

  it('redacts a key with invisible characters between its letters, keeping the text around it', () => {
    const key = makeKey('openai-project-key');
    const hidden = [...key].join('\u200b');
    const out = redactor().scrub(`answer: ${hidden} (done)`);
    expect(out.replace(/\u200b/g, '')).not.toContain(key);
    expect(out.startsWith('answer: sk-proj-')).toBe(true);
    expect(out.endsWith(' (done)')).toBe(true);
  });

  it('redacts keys it learned, even of shapes only context makes keys (Azure 32 hex)', () => {
    const r = redactor();
    const key = makeKey('azure-openai-key');
    expect(r.scrub(`path/${key}`)).toContain(key);
    r.learn(key, '');
    expect(r.scrub(`path/${key}`)).not.toContain(key);
  });

  it('leaves what skguard itself prints alone: redacted forms, fingerprints, digests, prose', () => {
    const r = redactor();
    const key = makeKey('openai-project-key');
    const once = r.scrub(`a ${key} b`);
    expect(r.scrub(once)).toBe(once);
    const plain = `fingerprint ${fingerprint(key)} commit ${'0123456789abcdef'.repeat(2)}abcd1234 sk-proj-… sk-YOUR_KEY`;
    expect(r.scrub(plain)).toBe(plain);
  });

  it('never lets a planted key through, whatever surrounds it (property)', () => {
    const r = redactor();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.constantFrom(...Object.values(families)),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        (before, family, after, seed) => {
          const key = family.make(seeded(seed));
          // A key glued to token characters is no key (the scanner's boundary): give it one.
          const out = r.scrub(`${before} ${key} ${after}`);
          expect(out).not.toContain(key);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns text without keys unchanged (property)', () => {
    const r = redactor();
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(r.scrub(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Redactor: many keys, and keys found in text', () => {
  it('redacts every one of thousands of learned keys in one text, overlapping ones whole', () => {
    const random = seeded(17);
    const keys = Array.from({ length: 3000 }, () => makeKey('azure-openai-key', random));
    const r = redactor();
    for (const key of keys) r.learn(key, '');
    // One key that contains another: the longer is replaced whole.
    const longer = `${keys[0]}tail`;
    r.learn(longer, '');
    const out = r.scrub(`${keys.join(' | ')} ${longer}`);
    for (const key of keys) expect(out).not.toContain(key);
    expect(out.split(' | ')).toHaveLength(3000);
    expect(out.endsWith(` ${redact(longer, '')}`)).toBe(true);
  });

  it('tells its owner of each key it finds by shape, once, before returning the redacted text', () => {
    const found: string[] = [];
    const r = new Redactor(builtinRules, (secret) => found.push(secret));
    const key = makeKey('anthropic-api-key', seeded(19));
    expect(r.scrub(`refs/heads/${key}`)).not.toContain(key);
    expect(r.scrub(`a/${key} and ${key}`)).not.toContain(key);
    expect(found).toEqual([key, key]);
    r.learn(key, 'sk-ant-api03-');
    r.scrub(`again ${key}`);
    expect(found).toHaveLength(2);
  });
});

describe('printable: input cannot act on a terminal', () => {
  it('shows escape sequences, carriage returns and bidi overrides instead of obeying them', () => {
    expect(printable('a\u001b[2Kb')).toBe('a\\x1b[2Kb');
    expect(printable('evil\rgood.txt')).toBe('evil\\x0dgood.txt');
    expect(printable('txt.\u202eexe')).toBe('txt.\\u{202e}exe');
    expect(printable('a\nb')).toBe('a\\x0ab');
    expect(printable('a\nb', true)).toBe('a\nb');
    expect(printable('plain/path é.txt')).toBe('plain/path é.txt');
  });
});
