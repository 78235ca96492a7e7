import type { Attribution, Rule } from './types.js';

/**
 * Attribution of shapes several providers share (see `Attribution` in types.ts): the label on the
 * key's own line first, then the nearest base URL, client or SDK import in the file. Words are
 * matched in the spellings people write them (`deepseek`, `DEEPSEEK`, `Deepseek`, `DeepSeek`,
 * `deepSeek`) with `Buffer.indexOf`, never by lowering a whole file.
 */

/** The spellings a word is looked for in. */
export function spellings(word: string): string[] {
  const lower = word.toLowerCase();
  return [
    ...new Set([
      word,
      lower,
      word.toUpperCase(),
      lower.charAt(0).toUpperCase() + lower.slice(1),
      word.charAt(0).toLowerCase() + word.slice(1),
    ]),
  ];
}

/**
 * Literals of which one is in every file where a rule's match can be attributed to its provider
 * (a test that may say yes wrongly, never no wrongly). A literal that holds a shorter one is
 * dropped (`MistralAI` holds `istral`): the shorter is in every file the longer is, so the test
 * loses nothing and costs fewer passes.
 */
function attributionLiterals(a: Attribution): string[] {
  // `Zhipu` and `zhipu` both hold `hipu`: a spelling without its first letter stands for both.
  const words = [...a.labelWords, ...a.context.map((c) => c.keyword)].flatMap(spellings);
  const cut = [
    ...new Set([...words.map((l) => (l.length >= 5 && /^[A-Za-z]/.test(l) ? l.slice(1) : l)), ...(a.labels ?? [])]),
  ];
  return cut.filter((l) => !cut.some((other) => other !== l && l.includes(other)));
}

const LABEL = /([A-Za-z0-9_.-]+)["'`\]]*\s*(?:=>|:=|[:=,])?\s*(?:Bearer\s+)?["'`([{]*\s*$/;
const KEYISH = /key|token|secret|passw|credential|auth/i;

/** The identifier just before a key on its line (`DASHSCOPE_API_KEY` in `DASHSCOPE_API_KEY="…`), if any. */
export function labelBefore(data: Buffer, start: number): string | undefined {
  const from = Math.max(0, start - 200);
  let text = data.toString('latin1', from, start);
  const newline = text.lastIndexOf('\n');
  if (newline >= 0) text = text.slice(newline + 1);
  return LABEL.exec(text)?.[1];
}

/**
 * Whether a label names the rule's provider: it holds one of the provider's words (as spelt above)
 * and is a credential's name (`…KEY`, `…Token`), or is the word alone (`"deepseek": "sk-…"`). A model
 * name (`deepseek-r1`) is neither.
 */
export function labelNames(a: Attribution, label: string | undefined, spelt: readonly string[]): boolean {
  if (!label) return false;
  if (a.labels?.includes(label)) return true;
  return spelt.some((w) => label === w || (label.includes(w) && KEYISH.test(label.replace(w, ''))));
}

/** A rule's attribution, prepared once per scanner. */
export interface PreparedAttribution {
  rule: Rule;
  attribution: Attribution;
  /** Label words in their spellings. */
  labelSpellings: string[];
  /** Any of these in a file makes attribution possible; none: the rule cannot match there. */
  literals: string[];
}

export function prepare(rule: Rule): PreparedAttribution | undefined {
  const a = rule.attribution;
  if (!a) return undefined;
  return { rule, attribution: a, labelSpellings: a.labelWords.flatMap(spellings), literals: attributionLiterals(a) };
}
