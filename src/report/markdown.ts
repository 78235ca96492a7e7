/**
 * Markdown for GitHub (and other GitHub-flavoured renderers), built from text the input chose: file
 * paths, notes, provider names and descriptions from a repository's config. Such text must stay
 * inert — no HTML, no link or autolink, no @mention, no #reference, no emphasis that reshapes the
 * page — and still read as itself. Each context escapes only what acts there:
 *
 * - `code()`: a code span. Inside one, nothing but its closing fence acts (GitHub neither links,
 *   mentions nor references in code), so the text is shown as written; only a table cell's `|`
 *   needs a backslash (GFM splits rows before it parses spans).
 * - `prose()`: running text. Words with nothing that could act stay plain; a word holding a
 *   character or sequence that could (`<`, `&`, `*`, `@`, `://`, `#7`, …) is shown as a code span,
 *   and so is what the text itself puts between backticks.
 *
 * Callers redact and bound the text first (a key cut in half by `clip` would escape redaction).
 */

/** Part of a markdown document that a size budget may shorten (`src/ci/budget.ts` fits them). */
export interface Section {
  /** The lines, in order. */
  lines: readonly string[];
  /**
   * Set on a list that may be cut (table rows, notes): the text saying how many of its lines were
   * left out (it may start with an empty line). A section without it is kept whole.
   */
  more?: (left: number) => string;
  /** The most lines shown even when more would fit (a comment lists 40 rows, not 400). */
  max?: number;
  /** How many lines the list stands for, when only its first `lines` were rendered (default: all). */
  total?: number;
  /** Lists with a higher priority get the budget first (a warning note before the 900th table row). */
  priority?: number;
}

/** A code span showing `text` as written. `table`: the span stands in a table cell. */
export function code(text: string, table = false): string {
  if (text === '') return '';
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A span that begins or ends with a backtick, or with a space at both ends (and is not all
  // spaces), needs a space of padding, which the renderer strips again.
  const spaced = text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '';
  const pad = text.startsWith('`') || text.endsWith('`') || spaced ? ' ' : '';
  const body = table ? text.replaceAll('|', '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A fenced code block showing each line as written (a command to copy), indented by `indent` to
 * sit in a list item. Inside a fence nothing acts but a closing fence: it is longer than any run of
 * backticks in the lines. Each line must be one line (callers make text printable first).
 */
export function codeBlock(lines: readonly string[], indent = '', info = ''): string[] {
  let longest = 2;
  for (const line of lines) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return [
    `${indent}${fence}${info}`,
    ...lines.map((line) => `${indent}${line.replace(/[\r\n]+/g, ' ')}`),
    `${indent}${fence}`,
  ];
}

/**
 * What could act in running text: markdown and HTML punctuation, `@` (mentions, e-mail autolinks),
 * `://` and `www.` (autolinks), `#` or `GH-` before a digit (issue references), `$` (math).
 */
const ACTIVE = /[\\`*_~[\]<>&|$@]|:\/\/|www\.|#\d|gh-\d/i;

/**
 * Running text from the input, inert: what stands between backticks is shown as a code span (as
 * the writer meant, and as inert as any), other words that could act become code spans, the rest
 * stays plain. Inline only: the caller puts it after text of its own on a line.
 */
export function prose(text: string, table = false): string {
  // Code spans that would touch are one span: two fences side by side would read as one longer fence.
  const parts: { text: string; code: boolean }[] = [];
  const add = (part: string, isCode: boolean) => {
    const last = parts.at(-1);
    if (part === '') return;
    if (isCode && last?.code) last.text += part;
    else parts.push({ text: part, code: isCode });
  };
  for (const [i, part] of text.split(/(`[^`]+`)/).entries()) {
    if (i % 2 === 1) add(part.slice(1, -1), true);
    else for (const word of part.split(/( +)/)) add(word, word.trim() !== '' && ACTIVE.test(word));
  }
  return parts.map((p) => (p.code ? code(p.text, table) : p.text)).join('');
}

/**
 * Text bounded to `max` characters: long text keeps its start and end around `…` (a path keeps its
 * file name), never splitting a UTF-16 surrogate pair.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1);
  let head = Math.ceil(room / 2);
  let tail = room - head;
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  if (tail > 0 && isLowSurrogate(text.charCodeAt(text.length - tail))) tail--;
  return `${text.slice(0, head)}…${tail > 0 ? text.slice(text.length - tail) : ''}`;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
