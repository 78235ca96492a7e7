import { builtinRules, fingerprint, type Rule, redact, Scanner } from '../core/index.js';
import type { KeyToVerify } from './verifier.js';

/** The rule whose pattern a whole string matches (a key given alone, without the context some rules ask for). */
export function ruleOfKey(key: string, rules: readonly Rule[] = builtinRules): Rule | undefined {
  return rules.find((rule) => new RegExp(`^(?:${rule.pattern.source})$`).test(key));
}

/** A key read from one line of `skguard verify`'s input. */
export interface LineKey extends KeyToVerify {
  line: number;
  redacted: string;
  fingerprint: string;
}

/** What one input line held: its keys, or nothing recognisable. */
export interface LineResult {
  line: number;
  keys: LineKey[];
  /** A bare key whose shape several providers share: their ids (name one with `--provider`). */
  ambiguous?: string[];
}

/**
 * Finds the keys on each line, inferring the provider with the scanner's rules. A line holding only
 * a key is taken as a key even where a rule wants context (`deepseek` nearby, an Azure endpoint in
 * the file): whoever pipes it in says it is one. Blank lines and `#` comments are skipped.
 */
export function keysFromLines(text: string, provider?: string, rules: readonly Rule[] = builtinRules): LineResult[] {
  const scanner = new Scanner(rules);
  const out: LineResult[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const keys: LineKey[] = [];
    const make = (rule: Rule, secret: string, context?: string[]): LineKey => ({
      line: i + 1,
      secret,
      provider: rule.provider,
      rule: rule.id,
      context,
      redacted: redact(secret, rule.redactPrefix),
      fingerprint: fingerprint(secret),
    });
    for (const m of scanner.scan(Buffer.from(line))) {
      if (!provider || m.rule.provider === provider) keys.push(make(m.rule, m.secret, m.context));
    }
    let ambiguous: string[] | undefined;
    if (keys.length === 0) {
      const fits = rules.filter((rule) => new RegExp(`^(?:${rule.pattern.source})$`).test(line));
      const chosen = provider ? fits.filter((r) => r.provider === provider) : fits;
      const group = chosen.find((r) => r.attribution)?.attribution?.group;
      const rivals = group
        ? [...new Set(rules.filter((r) => r.attribution?.group === group).map((r) => r.provider))]
        : [];
      // A shared shape alone names no provider: only --provider may (a key goes only to its own provider).
      if (chosen[0] && (!group || provider)) keys.push(make(chosen[0], line));
      else if (group) ambiguous = rivals;
    }
    out.push({ line: i + 1, keys, ...(ambiguous ? { ambiguous } : {}) });
  });
  return out;
}
