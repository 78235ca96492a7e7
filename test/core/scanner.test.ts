import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules, keyFromShape, type Match, Scanner } from '../../src/core/index.js';
import { attributed, families, labelledKey, makeKey, seeded } from '../support/keys.js';

const scanner = new Scanner(builtinRules);
const scan = (text: string | Buffer) => scanner.scan(Buffer.isBuffer(text) ? text : Buffer.from(text));
const secrets = (text: string | Buffer) => scan(text).map((m) => m.secret);

const familyEntries = Object.entries(families);

describe('every key family is found, whatever surrounds it', () => {
  const after = [
    ',',
    ')',
    '&',
    '}',
    '.',
    '"',
    "'",
    ';',
    ' ',
    '\n',
    '\r\n',
    '\\n',
    '\\"',
    '%22',
    '`',
    ']',
    '>',
    '<',
    '|',
    '#',
    '*',
    '/',
    '',
  ];
  const before = [
    '',
    ' ',
    '"',
    "'",
    '=',
    ':',
    '(',
    '[',
    '{',
    ',',
    '/',
    '\\n',
    '\\"',
    '%3D',
    '\\u0022',
    '\t',
    '>',
    'é',
    '`',
  ];
  it.each(familyEntries)('%s after and before every delimiter', (_name, family) => {
    const random = seeded(17);
    for (const a of after) {
      for (const b of before) {
        const key = family.make(random);
        const found = scan(`x = ${b}${key}${a}`);
        expect(
          found.map((m) => [m.rule.id, m.secret === key]),
          `before ${JSON.stringify(b)} after ${JSON.stringify(a)}`,
        ).toEqual([[family.rule, true]]);
      }
    }
  });

  it.each(familyEntries)(
    '%s in file contexts: JSON, notebook, URL, minified, CRLF, no final newline',
    (_name, family) => {
      const random = seeded(99);
      const contexts: [string, (k: string) => string][] = [
        ['json string', (k) => JSON.stringify({ config: { apiKey: k } })],
        ['json escaped quotes', (k) => JSON.stringify({ text: `say "${k}" now` })],
        ['json escaped newline', (k) => JSON.stringify({ text: `first line\n${k}\nlast` })],
        [
          'notebook cell',
          (k) =>
            JSON.stringify(
              { cells: [{ cell_type: 'code', source: ['import os\n', `os.environ["K"] = "${k}"\n`] }] },
              null,
              1,
            ),
        ],
        ['url query', (k) => `fetch("https://api.example.test/v1?key=${k}&mode=x")`],
        ['url path', (k) => `https://proxy.example.test/${k}/v1/models`],
        ['minified', (k) => `${'var a=1;'.repeat(5000)}var k="${k}";${'b(2);'.repeat(5000)}`],
        ['crlf', (k) => `line one\r\nKEY=${k}\r\nline three\r\n`],
        ['no final newline', (k) => `a\nb\nKEY=${k}`],
        ['yaml', (k) => `env:\n  - name: KEY\n    value: ${k}\n`],
        ['shell export', (k) => `export OPENAI_API_KEY='${k}'\n`],
        ['markdown code', (k) => `Use \`${k}\` as the key.`],
      ];
      for (const [label, make] of contexts) {
        const key = family.make(random);
        expect(secrets(make(key)), label).toEqual([key]);
      }
    },
  );

  it('reports line and column in the decoded line (UTF-16 units), and the end column', () => {
    const key = makeKey('openai-project-key');
    const text = `first\r\nsecond 😀 é: "${key}"\nthird`;
    const [m] = scan(text);
    expect(m).toMatchObject({ line: 2, column: 'second 😀 é: "'.length + 1 });
    expect(m!.endColumn - m!.column).toBe(key.length);
  });

  it('finds keys next to invalid UTF-8', () => {
    const key = makeKey('anthropic-api-key');
    const content = Buffer.concat([
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x20]),
      Buffer.from(key),
      Buffer.from([0xa0, 0xa1, 0x0a]),
    ]);
    expect(secrets(content)).toEqual([key]);
  });

  it('finds several keys on one line and in one file, in order', () => {
    const keys = familyEntries.map(([, f]) => f.make(seeded(5)));
    expect(secrets(keys.join(' '))).toEqual(keys);
    expect(secrets(keys.join('\n'))).toEqual(keys);
  });
});

describe('a key is not found inside a longer token', () => {
  it.each(familyEntries)('%s with a token character glued to it', (_name, family) => {
    const random = seeded(3);
    for (const glue of ['a', 'Z', '0', '_', '-']) {
      expect(secrets(`${glue}${family.make(random)}`), `before ${glue}`).toEqual([]);
      // The old service-account form has no fixed length: a longer tail is a longer key, not a lookalike.
      if (family.rule !== 'openai-service-key-legacy')
        expect(secrets(`${family.make(random)}${glue}`), `after ${glue}`).toEqual([]);
    }
  });
});

describe('lookalikes are not findings', () => {
  const lookalikes = [
    'sk-YOUR_KEY',
    'sk-YOUR_OPENAI_API_KEY_HERE',
    `sk-${'x'.repeat(48)}`,
    'sk-...',
    'sk-…',
    'sk-proj-...',
    'sk-abc***xyz',
    'Incorrect API key provided: sk-inval***c66a. You can find your API key at https://platform.openai.com/account/api-keys.',
    '"redacted_value": "sk-admin...def"',
    'sk-admin-1234abcd',
    'sk-ant-api03-...',
    'sk-or-v1-...',
    '<div class="sk-cube-grid"><div class="sk-cube sk-cube1"></div></div>',
    '.sk-chase-dot:nth-child(1) { animation-delay: -1.1s; }',
    '.sk-circle .sk-child:before { content: ""; }',
    'sk-12345678901234567890',
    `DEEPSEEK_API_KEY=sk-${'0'.repeat(32)}`,
    `DEEPSEEK_API_KEY=sk-${'0123456789abcdef'.repeat(2)}`,
    `deepseek key sk-${'abcdef'.repeat(5)}ab`,
    `sk-proj-${'A'.repeat(74)}T3BlbkFJ${'A'.repeat(74)}`,
    `sk-${'ab'.repeat(10)}T3BlbkFJ${'ab'.repeat(10)}`,
    `sk-${'0123456789'.repeat(2)}T3BlbkFJ${'abcdefghij'.repeat(2)}`,
    `sk-ant-api03-${'x'.repeat(93)}AA`,
    `sk-or-v1-${'f'.repeat(64)}`,
    `hf_${'abcdefghijklmnopq'.repeat(2)}`,
    `gsk_${'A'.repeat(52)}`,
    // Identifiers, not keys (built here: as literals they would be key-shaped to other scanners).
    `static int fw_${'loadFirmware'.repeat(2)}(void);`,
    `hf_${'requiredCharacteristic'}UUIDsListAll`,
    `MOONSHOT_API_KEY=sk-${'abcdefgh'.repeat(6)}`,
  ];
  it.each(lookalikes)('%s', (text) => {
    expect(secrets(text)).toEqual([]);
  });

  it('a 32-hex string whose provider is named nowhere is no finding', () => {
    const key = makeKey('deepseek-api-key');
    expect(secrets(`OTHER_TOKEN=${key}`)).toEqual([]);
    expect(secrets(`# DeepSeek models\nTOKEN=${key}`)).toEqual([]);
    expect(scan(`DEEPSEEK_API_KEY=${key}`).map((m) => m.rule.id)).toEqual(['deepseek-api-key']);
  });

  it("a DashScope key beside the deepseek-r1 model is DashScope's, never DeepSeek's", () => {
    const key = makeKey('dashscope-api-key');
    const file = [
      'from openai import OpenAI',
      'client = OpenAI(',
      `    api_key="${key}",`,
      '    base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",',
      ')',
      'client.chat.completions.create(model="deepseek-r1", messages=[])',
    ].join('\n');
    expect(scan(file).map((m) => [m.rule.provider, m.secret === key])).toEqual([['dashscope', true]]);
    // The model name alone names no provider.
    expect(scan(`model = "deepseek-r1"\napi_key = "${key}"`)).toEqual([]);
  });

  it("a gateway's .env with both providers' keys: each key goes to the provider its label names", () => {
    const deep = makeKey('deepseek-api-key');
    const dash = makeKey('dashscope-api-key');
    const text = `DEEPSEEK_API_KEY=${deep}\nDASHSCOPE_API_KEY=${dash}\nbase=https://api.deepseek.com\n`;
    expect(scan(text).map((m) => [m.rule.provider, m.secret])).toEqual([
      ['deepseek', deep],
      ['dashscope', dash],
    ]);
  });

  it("carries a Langfuse key's public key and self-hosted host to the validator", () => {
    const key = makeKey('langfuse-secret-key');
    const pk = `pk-lf-${key.slice(6)}`;
    const text = `LANGFUSE_SECRET_KEY=${key}\nLANGFUSE_PUBLIC_KEY=${pk}\nLANGFUSE_HOST=https://langfuse.example.com\n`;
    for (const m of [
      scan(text),
      (() => {
        const st = scanner.stream();
        for (let i = 0; i < text.length; i += 7) st.push(Buffer.from(text.slice(i, i + 7)));
        return st.end();
      })(),
    ]) {
      expect(m.map((x) => [x.rule.id, x.context])).toEqual([
        ['langfuse-secret-key', [pk, 'https://langfuse.example.com']],
      ]);
    }
  });

  it('without a label, the nearest base URL or client in the file decides', () => {
    const key = makeKey('moonshot-api-key');
    const near = `url = "https://api.stability.ai"\n${'x\n'.repeat(50)}client = OpenAI(base_url="https://api.moonshot.cn/v1")\nk = "${key}"\n`;
    expect(scan(near).map((m) => m.rule.provider)).toEqual(['moonshot']);
  });

  it('an Azure classic key needs both its label and an Azure OpenAI endpoint in the same file', () => {
    const key = keyFromShape([{ charset: 'hex', length: 32 }]);
    const endpoint = 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/';
    expect(secrets(`${endpoint}\nAZURE_OPENAI_API_KEY=${key}`)).toEqual([key]);
    expect(secrets(`AZURE_OPENAI_API_KEY=${key}\n${'\n'.repeat(1000)}${endpoint}`)).toEqual([key]);
    expect(secrets(`AZURE_OPENAI_API_KEY=${key}`)).toEqual([]);
    expect(secrets(`${endpoint}\nCOMMIT_SHA=${key}`)).toEqual([]);
    expect(secrets(`${endpoint}\nendpoint_for_azure_openai_key_is_documented_elsewhere = 1; value=${key}`)).toEqual([]);
  });
});

describe('inline suppression', () => {
  it('marks matches on a line that carries skguard:allow, and only that line', () => {
    const a = makeKey('openai-legacy-key');
    const b = makeKey('openai-legacy-key');
    const found = scan(`k1 = "${a}" # skguard:allow test fixture\nk2 = "${b}"\n`);
    expect(found.map((m) => [m.secret === a, m.allowed])).toEqual([
      [true, true],
      [false, false],
    ]);
  });
});

/** Random text around planted keys, with the bytes that trip up boundaries and line counting. */
const filler = fc.string({
  unit: fc.constantFrom('a', ' ', '\n', '\r\n', '"', 'sk-', '-', 'é', '\t', 'T3Blbk', '{', ','),
  maxLength: 60,
});

describe('properties', () => {
  const plantedText = fc
    .tuple(
      fc.array(fc.tuple(filler, fc.constantFrom(...familyEntries.map(([name]) => name)), fc.integer()), {
        minLength: 1,
        maxLength: 6,
      }),
      filler,
    )
    .map(([parts, tail]) => {
      const keys: string[] = [];
      let text = '';
      for (const [pre, family, seed] of parts) {
        const key = families[family]!.make(seeded(seed));
        keys.push(key);
        text += `${pre} ${key} `;
      }
      return { text: text + tail, keys };
    });

  it('finds every planted key, exactly, at its line and column', () => {
    fc.assert(
      fc.property(plantedText, ({ text, keys }) => {
        const found = scan(text);
        expect(found.map((m) => m.secret)).toEqual(keys);
        const lines = text.split('\n');
        for (const m of found) expect(lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1)).toBe(m.secret);
      }),
    );
  });

  it('streaming in chunks of any size gives the same findings as scanning whole', () => {
    const norm = (ms: Match[]) => ms.map((m) => [m.rule.id, m.secret, m.start, m.line, m.column, m.allowed]);
    fc.assert(
      fc.property(plantedText, fc.integer({ min: 1, max: 5000 }), fc.nat(20000), ({ text }, chunk, pad) => {
        // Pad so that the content spans several chunks and the overlap logic is exercised.
        const content = Buffer.from(`${'p'.repeat(pad)}\n${text}\n${'q\n'.repeat(pad % 3000)}${text}`);
        const stream = scanner.stream();
        for (let i = 0; i < content.length; i += chunk) stream.push(content.subarray(i, i + chunk));
        expect(norm(stream.end())).toEqual(norm(scanner.scan(content)));
      }),
      { numRuns: 60 },
    );
  });

  it('a skguard:allow far along a long line allows its keys, whatever chunks the line is streamed in', () => {
    const random = seeded(21);
    const key = () => makeKey('openai-project-key', random);
    const pad = (n: number) => 'p'.repeat(n);
    const content = Buffer.from(
      [
        `skguard:allow ${pad(9000)} ${key()} ${pad(5000)} ${key()}`,
        `${key()} ${pad(12_000)} skguard:allow`,
        `${pad(3000)} ${key()} ${pad(2000)}`,
        `${pad(2500)} ${key()}${'\n'.repeat(3)}${pad(4000)} skguard:allow ${pad(7000)} ${key()}`,
        '',
      ].join('\n'),
    );
    const norm = (ms: Match[]) => ms.map((m) => [m.secret, m.line, m.column, m.allowed]);
    const whole = norm(scanner.scan(content));
    expect(whole.map(([, , , allowed]) => allowed)).toEqual([true, true, true, false, false, true]);
    for (const chunk of [64, 1000, 2600, 4096, 7777, 65_536]) {
      const stream = scanner.stream();
      for (let i = 0; i < content.length; i += chunk) stream.push(content.subarray(i, i + chunk));
      expect(norm(stream.end()), `chunks of ${chunk}`).toEqual(whole);
    }
  });

  it('a content above 4 MB, scanned in 1 MiB pieces, finds keys across the pieces at their lines, attributed', () => {
    const random = seeded(15);
    const line = 'x'.repeat(99);
    // Keys straddling each piece boundary, and one whose provider is named only at the very end.
    const lines: string[] = [];
    const planted: [string, number][] = [];
    for (let piece = 1; piece <= 5; piece++) {
      while ((lines.length + 1) * 100 < piece * 1024 * 1024 - 30) lines.push(line);
      const key = makeKey('openai-project-key', random);
      lines.push(`${'y'.repeat(60)} k="${key}"`);
      planted.push([key, lines.length]);
    }
    const shared = makeKey('deepseek-api-key', random);
    lines.push(`token: ${shared}`);
    planted.push([shared, lines.length]);
    lines.push('client = OpenAI(base_url="https://api.deepseek.com")');
    const matches = scan(`${lines.join('\n')}\n`);
    expect(matches.map((m) => [m.secret, m.line])).toEqual(planted);
    expect(matches.at(-1)?.rule.id).toBe('deepseek-api-key');
  });

  it('content holding none of the required literals never yields a finding (so the prefilter loses nothing)', () => {
    const literals = scanner.requiredLiterals();
    fc.assert(
      fc.property(plantedText, ({ text }) => {
        const found = scan(text);
        if (found.length === 0) return;
        const lower = text.toLowerCase();
        const hasLiteral = literals.some((l) =>
          l.ignoreCase ? lower.includes(l.text.toLowerCase()) : text.includes(l.text),
        );
        expect(hasLiteral).toBe(true);
      }),
    );
    // And per rule: every example's key is found by a literal of its own rule.
    for (const rule of builtinRules) {
      const text = rule.examples[0]!.replaceAll('{key}', keyFromShape(rule.shape!));
      expect(
        literals.some((l) =>
          l.ignoreCase ? text.toLowerCase().includes(l.text.toLowerCase()) : text.includes(l.text),
        ),
      ).toBe(true);
    }
  });

  it('never reports the same span twice, nor overlapping spans', () => {
    fc.assert(
      fc.property(plantedText, ({ text }) => {
        const found = scan(text);
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
    );
  });
});

describe('properties of shared shapes (label and context attribution)', () => {
  const planted = fc
    .array(fc.tuple(filler, fc.constantFrom(...attributed.map((r) => r.id)), fc.integer()), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => {
      const expected: [string, string][] = [];
      let text = '';
      for (const [pre, rule, seed] of parts) {
        const { text: line, key } = labelledKey(rule, seeded(seed));
        expected.push([rule, key]);
        text += `${pre.replace(/[A-Za-z0-9_-]+$/, '')}\n${line}\n`;
      }
      return { text, expected };
    });

  it('a labelled key is found and attributed to the provider its label names', () => {
    fc.assert(
      fc.property(planted, ({ text, expected }) => {
        expect(scan(text).map((m) => [m.rule.id, m.secret])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('streaming in chunks gives the same attributions as scanning whole', () => {
    const norm = (ms: Match[]) => ms.map((m) => [m.rule.id, m.secret, m.start, m.line, m.column, m.context]);
    fc.assert(
      fc.property(planted, fc.integer({ min: 1, max: 5000 }), fc.nat(20000), ({ text }, chunk, pad) => {
        // Base URLs far from the keys, before and after them: attribution by the nearest.
        const content = Buffer.from(
          `base_url = "https://api.moonshot.cn/v1"\n${'p'.repeat(pad)}\n${text}\nOTHER=${makeKey('dashscope-api-key', seeded(pad))}\n${'q\n'.repeat(pad % 3000)}url: https://dashscope.aliyuncs.com\n${text}`,
        );
        const stream = scanner.stream();
        for (let i = 0; i < content.length; i += chunk) stream.push(content.subarray(i, i + chunk));
        expect(norm(stream.end())).toEqual(norm(scanner.scan(content)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile input stays linear', () => {
  // Not a benchmark: a guard that these inputs finish at all (catastrophic backtracking would not).
  it.each([
    ['a 10 MB line of sk-sk-sk-… next to a DeepSeek mention', `deepseek ${'sk-'.repeat(3_500_000)}`],
    ['a 10 MB line of T3BlbkFJ', 'T3BlbkFJ'.repeat(1_300_000)],
    ['sk-service- followed by 10 MB of token characters', `sk-service-${'A'.repeat(10_000_000)}T3BlbkFJ`],
    ['10 MB of key labels in an Azure file', `x.openai.azure.com\n${'api_key='.repeat(1_300_000)}`],
    [
      '10 MB of key labels in a file naming Mistral and Cohere',
      `from mistralai import Mistral\nimport cohere\n${'api_key='.repeat(1_300_000)}`,
    ],
    ['10 MB of base URLs of a shared shape', `${'https://api.moonshot.cn/v1 '.repeat(400_000)}`],
  ])('%s', (_label, text) => {
    const started = performance.now();
    expect(scan(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('a key at the very start of the content', () => {
  it('is located on line 1, column 1, and its allow marker is seen', () => {
    const key = makeKey('openai-legacy-key');
    expect(scan(`${key} # skguard:allow\nnext line\n`)).toMatchObject([{ line: 1, column: 1, allowed: true }]);
    expect(scan(`${key}\nnext # skguard:allow\n`)).toMatchObject([{ line: 1, column: 1, allowed: false }]);
  });
});
