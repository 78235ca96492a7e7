import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, code, codeBlock, prose } from '../../src/report/markdown.js';

/**
 * The code spans of a line, as CommonMark finds them (backtick runs of equal length), and the rest:
 * all of it, and as the separate text nodes between spans (what GitHub's mention and reference
 * filters each look at).
 */
function spans(text: string): { code: string[]; rest: string; nodes: string[] } {
  const found: string[] = [];
  const nodes: string[] = [];
  let rest = '';
  let at = 0;
  while (at < text.length) {
    const open = /`+/.exec(text.slice(at));
    if (!open) break;
    const start = at + open.index;
    const fence = open[0];
    const close = new RegExp(`(?<!\`)${fence}(?!\`)`, 'g');
    close.lastIndex = start + fence.length;
    const end = close.exec(text);
    if (!end) {
      rest += text.slice(at, start + fence.length);
      at = start + fence.length;
      continue;
    }
    rest += text.slice(at, start);
    nodes.push(text.slice(at, start));
    let inner = text.slice(start + fence.length, end.index);
    if (inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '') inner = inner.slice(1, -1);
    found.push(inner);
    at = end.index + fence.length;
  }
  nodes.push(text.slice(at));
  return { code: found, rest: rest + text.slice(at), nodes };
}

describe('code spans', () => {
  it('show any text as written: the span holds exactly the text, whatever backticks it has', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !s.includes('\n')),
        (text) => {
          const { code: inner, rest } = spans(code(text));
          expect(inner).toEqual([text]);
          expect(rest).toBe('');
        },
      ),
      { numRuns: 5000 },
    );
    expect(code(' ')).toBe('` `');
  });

  it('escape a table cell\'s "|" only in a table', () => {
    expect(code('a|b')).toBe('`a|b`');
    expect(code('a|b', true)).toBe('`a\\|b`');
    expect(code('`tick`')).toBe('`` `tick` ``');
  });
});

describe('prose', () => {
  it('leaves plain words plain (no entity soup) and makes what could act a code span', () => {
    expect(prose('could not read app/config.py: permission denied')).toBe(
      'could not read app/config.py: permission denied',
    );
    expect(prose('ask @octocat about #7 at https://evil.test or www.evil.test')).toBe(
      'ask `@octocat` about `#7` at `https://evil.test` or `www.evil.test`',
    );
    expect(prose('<img src=x onerror=alert(1)> [a](http://x) **b** a&amp;b $x$')).toBe(
      '`<img` src=x `onerror=alert(1)>` `[a](http://x)` `**b**` `a&amp;b` `$x$`',
    );
  });

  it('keeps what the text puts between backticks as one code span', () => {
    expect(prose('Set `fetch-depth: 0` on actions/checkout')).toBe('Set `fetch-depth: 0` on actions/checkout');
  });

  it('never leaves a mention, reference, link, HTML or emphasis outside a code span (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom('@', '#1', 'http://', 'www.', '<b>', '&lt;', '*', '_', '[', ']', '(', ')', '|', '`', ' ', '\\'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const text = parts.join('').replace(/\n/g, ' ');
        const { rest, nodes } = spans(prose(text, true));
        expect(rest).not.toMatch(/[@<>&*_[\]|\\]/);
        for (const node of nodes) expect(node).not.toMatch(/:\/\/|www\.|#\d/);
      }),
      { numRuns: 2000 },
    );
    // Spans that would touch become one (two fences side by side would read as one).
    expect(spans(prose('` ``@')).code).toEqual([' `@']);
  });
});

describe('code blocks', () => {
  it('no line can close the fence: it is longer than any run of backticks, and each line stays one line (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('`', '~', 'a', ' ', '\n', '\r') })), (lines) => {
        const block = codeBlock(lines, '  ', 'sh');
        const fence = block[0]!.slice(2, -2);
        expect(block).toHaveLength(lines.length + 2);
        expect(block.at(-1)).toBe(`  ${fence}`);
        for (const line of block.slice(1, -1)) {
          expect(line.startsWith('  ')).toBe(true);
          expect(line).not.toMatch(/[\r\n]/);
          expect(line.includes(fence)).toBe(false);
        }
      }),
    );
  });
});

describe('clip', () => {
  it('keeps short text, and bounds long text around an ellipsis without splitting a character', () => {
    expect(clip('short', 10)).toBe('short');
    const long = `${'a'.repeat(50)}/file.ts`;
    const clipped = clip(long, 20);
    expect(clipped).toHaveLength(20);
    expect(clipped.endsWith('file.ts')).toBe(true);
    const emoji = '😀'.repeat(30);
    expect(clip(emoji, 11)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
