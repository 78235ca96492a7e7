import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Forms } from '../../src/core/decode/forms.js';
import { deriveTriggers, minimalLiterals } from '../../src/core/decode/triggers.js';
import { builtinRules, type Match, type Rule, Scanner } from '../../src/core/index.js';
import {
  base64,
  base64url,
  entityDash,
  hex,
  hexEntityDash,
  hexEscapeDash,
  jwt,
  percentAll,
  percentDash,
  pieces,
  unicodeDash,
  wrapped,
} from '../support/encode.js';
import { families, makeKey, seeded } from '../support/keys.js';

const scanner = new Scanner(builtinRules);
const scan = (text: string) => scanner.scan(Buffer.from(text));
const found = (text: string) => scan(text).map((m) => ({ secret: m.secret, line: m.line, encoding: m.encoding }));

/** Every family: keys that start with a fixed literal and those whose keyword stands inside (Azure's 84 characters). */
const prefixed = Object.entries(families);

describe('encoded keys are found, with how they were encoded, where the encoded form starts', () => {
  const shapes: [string, (k: string) => string, string, { line: number; column: number }][] = [
    [
      'a Kubernetes Secret (base64 value)',
      (k) => `apiVersion: v1\nkind: Secret\ndata:\n  API_KEY: ${base64(k)}\n`,
      'base64',
      { line: 4, column: 12 },
    ],
    ['URL-safe base64 in JSON', (k) => `{"token": "${base64url(k)}"}`, 'base64', { line: 1, column: 12 }],
    [
      'a whole .env base64-encoded into one value',
      (k) => `x:\n  env: ${base64(`# generated\nDEBUG=1\nAPI_KEY=${k}\nREGION=eu\n`)}\n`,
      'base64',
      { line: 2, column: 8 },
    ],
    [
      'an Authorization: Basic header',
      (k) => `GET / HTTP/1.1\nAuthorization: Basic ${base64(`api:${k}`)}\n`,
      'base64',
      { line: 2, column: 22 },
    ],
    // The claims are the encoded form the key is in: after the header and its dot.
    ["a JWT's claims", (k) => `const t = "${jwt({ sub: 'svc', key: k })}";`, 'base64', { line: 1, column: 49 }],
    [
      'a line-wrapped (PEM-style) block',
      (k) => `-----BEGIN CONFIG-----\n${wrapped(base64(`first line\nsecond line\nK=${k}\n`))}\n-----END CONFIG-----\n`,
      'base64',
      { line: 2, column: 1 },
    ],
    [
      'percent-encoded dashes',
      (k) => `u = "https://x.test/?k=${percentDash(k)}&a=1"`,
      'percent',
      { line: 1, column: 24 },
    ],
    ['a fully percent-encoded key', (k) => `q=${percentAll(k)}`, 'percent', { line: 1, column: 3 }],
    ['\\u002d escapes (a minified bundle)', (k) => `var a="${unicodeDash(k)}";`, 'escape', { line: 1, column: 8 }],
    [
      'double-escaped \\\\u002d',
      (k) => `{"js":"var a=\\"${unicodeDash(k).replaceAll('\\', '\\\\')}\\""}`,
      'escape>escape',
      { line: 1, column: 16 },
    ],
    ['\\x2d escapes', (k) => `key = b"${hexEscapeDash(k)}"`, 'escape', { line: 1, column: 9 }],
    ['decimal HTML entities', (k) => `<input value="${entityDash(k)}">`, 'html', { line: 1, column: 15 }],
    ['hex HTML entities', (k) => `<input value="${hexEntityDash(k)}">`, 'html', { line: 1, column: 15 }],
    [
      'double-escaped HTML (&amp;#45;)',
      (k) => `<p>${entityDash(k).replaceAll('&', '&amp;')}</p>`,
      'html>html',
      { line: 1, column: 4 },
    ],
    ['hex', (k) => `secret_hex = "${hex(k)}"`, 'hex', { line: 1, column: 15 }],
  ];
  for (const [label, make, encoding, where] of shapes) {
    it.each(prefixed)(`${label}: %s`, (_name, family) => {
      const key = family.make(seeded(label.length));
      // DeepSeek keys are reported next to a mention of DeepSeek: give every shape one.
      const text = `# deepseek\n${make(key)}`;
      const matches = scan(text);
      // A key with no punctuation reads the same with its punctuation escaped: found as it stands.
      const expected = text.includes(key) ? undefined : encoding;
      expect(matches.map((m) => [m.rule.id, m.secret === key, m.encoding])).toEqual([[family.rule, true, expected]]);
      expect(matches[0]).toMatchObject({ line: where.line + 1, column: where.column });
    });
  }
});

describe('split keys: string literals joined in code', () => {
  const key = makeKey('openai-project-key', seeded(4));
  const ant = makeKey('anthropic-api-key', seeded(5));
  const [a, b, c] = pieces(key, [8, 60]);
  const [x, y] = pieces(ant, [7]);
  it.each([
    ['JS, one line', `const k = "${a}" + "${b}" + "${c}";`, key, 1],
    ['JS, across lines, + at the end', `const k =\n  '${a}' +\n  '${b}' +\n  '${c}';`, key, 2],
    ['Java, + leading the next line', `String k = "${a}"\n    + "${b}"\n    + "${c}";`, key, 1],
    ['Python implicit concatenation in parentheses', `KEY = (\n    "${x}"\n    "${y}"\n)`, ant, 2],
    ['Python backslash continuation', `KEY = "${x}" \\\n    "${y}"`, ant, 1],
    ['adjacent literals with a comment between lines', `k = ("${a}"  # part one\n     "${b}${c}")`, key, 1],
  ])('%s', (_label, text, secret, line) => {
    expect(found(text)).toEqual([{ secret, line, encoding: 'split' }]);
  });

  it('split literals inside base64 (a chain, named outermost first)', () => {
    expect(found(`blob: ${base64(`# settings\nkey = "${x}" + "${y}"\n`)}`)).toEqual([
      { secret: ant, line: 1, encoding: 'base64>split' },
    ]);
  });

  it.each([
    ['a lookalike prefix joined to words', `cls = "sk-" + "learn" + "-button";`],
    ['a prefix joined to a variable', `const k = "${a}" + suffix;`],
    ['two statements, not a join', `a = "${a}"\nb = "${b}${c}"`],
    ['a list of strings', `parts = ["${a}",\n  "${b}${c}"]`],
    ['a prefix joined to words that fill a key length', `x = "sk-proj-" + "${'word'.repeat(40)}"`],
  ])('stays silent on %s', (_label, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('colour codes (notebook tracebacks) do not hide a key', () => {
  it.each([
    ['JSON-escaped', '\\u001b[38;5;124m'],
    ['raw', '\x1b[0;31m'],
    ['\\x1b', '\\x1b[1;32m'],
  ])('%s', (_label, code) => {
    const key = makeKey('anthropic-api-key');
    const cell = JSON.stringify({
      output_type: 'error',
      traceback: [`x = ${code}${key}${code.replace(/\d+;?/g, '')}`],
    });
    expect(scan(cell.replaceAll('\\\\', '\\')).map((m) => m.secret)).toEqual([key]);
  });
});

describe('no false positives from decoding', () => {
  const random = seeded(9);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
  it.each([
    [
      'base64 of random bytes with key-like text inside',
      () => base64(`${bytes(300).toString('latin1')}sk-proj-abc${bytes(300).toString('latin1')}`),
    ],
    ['an image data URI', () => `<img src="data:image/png;base64,${bytes(3000).toString('base64')}">`],
    [
      'SOPS values',
      () =>
        `api_key: ENC[AES256_GCM,data:${bytes(120).toString('base64')},iv:${bytes(32).toString('base64')},tag:${bytes(16).toString('base64')},type:str]`,
    ],
    [
      'encoded placeholders',
      () =>
        [
          base64('sk-proj-YOUR_KEY_HERE'),
          base64(`sk-${'x'.repeat(20)}T3BlbkFJ${'x'.repeat(20)}`),
          percentDash('sk-ant-api03-REPLACE-ME'),
          unicodeDash('sk-or-v1-...'),
        ].join('\n'),
    ],
  ])('%s', (_label, make) => {
    expect(found(make())).toEqual([]);
  });

  it('base64 of random bytes never yields a finding (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 4000 }), (data) => {
        expect(found(`v: ${Buffer.from(data).toString('base64')}\n`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('streaming equals scanning whole, for encoded keys too', () => {
  const norm = (ms: Match[]) => ms.map((m) => [m.rule.id, m.secret, m.start, m.end, m.line, m.column, m.encoding]);
  it('whatever the chunk size (property)', () => {
    const key = makeKey('anthropic-api-key', seeded(2));
    const doc = [
      `a: ${base64(key)}`,
      `b: ${percentDash(key)}`,
      `c = "${key.slice(0, 9)}" + "${key.slice(9)}"`,
      `d: ${base64(`# env\nK=${key}\n`)}`,
    ].join('\n');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6000 }), fc.nat(12000), (chunk, pad) => {
        const content = Buffer.from(`${'p'.repeat(pad)}\n${doc}\n${'q\n'.repeat(pad % 3000)}${doc}\n`);
        const stream = scanner.stream();
        for (let i = 0; i < content.length; i += chunk) stream.push(content.subarray(i, i + chunk));
        const whole = scanner.scan(content);
        expect(whole.length).toBe(8);
        expect(norm(stream.end())).toEqual(norm(whole));
      }),
      { numRuns: 40 },
    );
  });
});

describe('triggers come from the rules they are given', () => {
  it('a custom rule with a prefix of its own gets base64, escape and split triggers', () => {
    const rule: Rule = {
      id: 'acme-key',
      provider: 'acme',
      description: 'Acme key',
      keywords: ['acme_live_'],
      pattern: /acme_live_[A-Za-z0-9]{32}/g,
      maxLength: 42,
      redactPrefix: 'acme_live_',
      checks: [],
      examples: [],
      negatives: [],
    };
    const own = new Scanner([rule]);
    const key = `acme_live_${'Ab3dE5gH7jK9mN1pQ2rS4tU6vW8xY0zZ'}`;
    expect(own.scan(Buffer.from(`t: ${base64(`x=${key}`)}`)).map((m) => [m.secret, m.encoding])).toEqual([
      [key, 'base64'],
    ]);
    expect(own.scan(Buffer.from(`u=${key.replaceAll('_', '%5F')}`)).map((m) => m.encoding)).toEqual(['percent']);
    expect(own.scan(Buffer.from(`k = "acme_" + "live_${key.slice(10)}"`)).map((m) => m.encoding)).toEqual(['split']);
    const { prefilter } = deriveTriggers([rule]);
    expect(prefilter.map((l) => l.text)).toEqual(expect.arrayContaining(base64Forms('acme_').map((f) => f.text)));
  });

  it('a base64 form of a prefix is found in the encoding of any text holding it, at each alignment', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (before, after) => {
        const encoded = base64(`${before}sk-${after}`);
        expect(base64Forms('sk-').some((f) => encoded.includes(f.text))).toBe(true);
      }),
    );
  });

  it('the prefilter literals cover every trigger: content holding none of them yields nothing encoded', () => {
    const literals = scanner.requiredLiterals();
    for (const [, family] of prefixed) {
      const key = family.make(seeded(1));
      for (const text of [
        base64(key),
        percentDash(key),
        unicodeDash(key),
        hex(key),
        entityDash(key),
        hexEscapeDash(key),
      ]) {
        const holds = literals.some((l) =>
          l.ignoreCase ? text.toLowerCase().includes(l.text.toLowerCase()) : text.includes(l.text),
        );
        expect(holds, text.slice(0, 12)).toBe(true);
      }
    }
  });

  it('minimal literals drop those another one already covers', () => {
    expect(
      minimalLiterals([
        { text: 'sk-ant-api03-', ignoreCase: false },
        { text: 'sk-ant-', ignoreCase: false },
        { text: '%2d', ignoreCase: true },
        { text: 'sk%2Dant', ignoreCase: false },
        { text: 'deepseek', ignoreCase: true },
        { text: 'deepseek', ignoreCase: false },
      ]),
    ).toEqual([
      { text: 'sk-ant-', ignoreCase: false },
      { text: '%2d', ignoreCase: true },
      { text: 'deepseek', ignoreCase: true },
    ]);
  });
});

describe('hostile input stays linear', () => {
  // Not a benchmark: a guard that these finish at all (a decoder per trigger would be quadratic).
  it.each([
    ['10 MB of base64 triggers', 'c2st'.repeat(2_500_000)],
    ['10 MB of percent escapes', '%2D'.repeat(3_300_000)],
    ['10 MB of split-literal openings', '"sk-"+'.repeat(1_600_000)],
    ['1 MB of short joined literals', `k = "sk-" + "${'a'.repeat(40)}";\n`.repeat(20_000)],
    ['10 MB of escapes', '\\u002d'.repeat(1_600_000)],
  ])('%s', (_label, text) => {
    const started = performance.now();
    expect(found(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
