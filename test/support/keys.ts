import { alphabetOf, builtinRules, keyFromShape, type Rule, type ShapePart } from '../../src/core/index.js';

/** A deterministic source of numbers in [0, 1) so failures reproduce. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 32;
  };
}

function ruleById(id: string): Rule {
  const rule = builtinRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** A fresh random key of a built-in rule's shape. */
export function makeKey(ruleId: string, random: () => number = Math.random): string {
  const rule = ruleById(ruleId);
  if (!rule.shape) throw new Error(`rule ${ruleId} has no shape`);
  return keyFromShape(rule.shape, random);
}

/**
 * A key-shaped placeholder of a rule: every random part all one character (`zeros`: the first of
 * its alphabet, `0…0` for hex) or counting up its alphabet (`ascending`: `0123…`). Built here so
 * that no committed negative is key-shaped to other scanners or to push protection.
 */
export function placeholderKey(shape: readonly ShapePart[], kind: 'zeros' | 'ascending'): string {
  let out = '';
  for (const part of shape) {
    if (typeof part === 'string') out += part;
    else if ('checksum' in part) out += checksumOf(out, part);
    else {
      const alphabet = alphabetOf(part.charset);
      for (let i = 0; i < part.length; i++) out += kind === 'zeros' ? alphabet[0] : alphabet[i % alphabet.length];
    }
  }
  return out;
}

function checksumOf(prefix: string, part: Extract<ShapePart, { checksum: unknown }>): string {
  // keyFromShape computes a checksum over what precedes it: give it the prefix as a literal.
  return keyFromShape([prefix, part]).slice(prefix.length);
}

/** A rule's example or negative with its placeholders filled: `{key}`, `{zeros}`, `{ascending}`. */
export function fill(text: string, rule: Rule, random: () => number = Math.random): string {
  const shape = rule.shape ?? [];
  return text
    .replaceAll('{zeros}', placeholderKey(shape, 'zeros'))
    .replaceAll('{ascending}', placeholderKey(shape, 'ascending'))
    .replaceAll('{key}', keyFromShape(shape, random));
}

/** Key generators for every family in KEYS.md, including the shorter forms a rule's shape does not describe. */
export const families: Record<string, { rule: string; provider: string; make: (r?: () => number) => string }> = {
  'openai-legacy': { rule: 'openai-legacy-key', provider: 'openai', make: (r) => makeKey('openai-legacy-key', r) },
  'openai-none': { rule: 'openai-user-key', provider: 'openai', make: (r) => makeKey('openai-user-key', r) },
  'openai-proj-short': {
    rule: 'openai-project-key',
    provider: 'openai',
    make: (r) =>
      keyFromShape(
        ['sk-proj-', { charset: 'alnum', length: 20 }, 'T3Blbk' + 'FJ', { charset: 'alnum', length: 20 }],
        r,
      ),
  },
  'openai-proj-58': {
    rule: 'openai-project-key',
    provider: 'openai',
    make: (r) =>
      keyFromShape(
        ['sk-proj-', { charset: 'alnum_dash', length: 58 }, 'T3Blbk' + 'FJ', { charset: 'alnum_dash', length: 58 }],
        r,
      ),
  },
  'openai-proj-74': { rule: 'openai-project-key', provider: 'openai', make: (r) => makeKey('openai-project-key', r) },
  'openai-svcacct': {
    rule: 'openai-service-account-key',
    provider: 'openai',
    make: (r) => makeKey('openai-service-account-key', r),
  },
  'openai-service-old': {
    rule: 'openai-service-key-legacy',
    provider: 'openai',
    make: (r) => makeKey('openai-service-key-legacy', r),
  },
  'openai-admin': { rule: 'openai-admin-key', provider: 'openai', make: (r) => makeKey('openai-admin-key', r) },
  'anthropic-api': { rule: 'anthropic-api-key', provider: 'anthropic', make: (r) => makeKey('anthropic-api-key', r) },
  'anthropic-admin': {
    rule: 'anthropic-admin-key',
    provider: 'anthropic',
    make: (r) => makeKey('anthropic-admin-key', r),
  },
  openrouter: { rule: 'openrouter-api-key', provider: 'openrouter', make: (r) => makeKey('openrouter-api-key', r) },
  'azure-identifiable': {
    rule: 'azure-openai-identifiable-key',
    provider: 'azure-openai',
    make: (r) => makeKey('azure-openai-identifiable-key', r),
  },
  // Every other rule whose shape alone makes a key (no label or context needed). Bedrock's keys are
  // base64 of variable length: `/`, `+` and longer runs continue them, so its own examples cover it.
  ...Object.fromEntries(
    builtinRules
      .filter(
        (rule) =>
          rule.provider !== 'openai' &&
          rule.provider !== 'aws-bedrock' &&
          !/^(?:anthropic-(?:api|admin)|openrouter|azure-openai)-/.test(rule.id),
      )
      .filter(
        (rule) =>
          !rule.attribution &&
          !rule.checks.some((c) => c.kind === 'label-before' || (c.kind === 'in-file' && !c.optional)),
      )
      .map((rule) => [
        rule.id,
        { rule: rule.id, provider: rule.provider, make: (r?: () => number) => makeKey(rule.id, r) },
      ]),
  ),
};

/** Rules whose shape several providers share: a key of one is only a finding with its label. */
export const attributed = builtinRules.filter((rule) => rule.attribution);

/** A labelled key of a shared shape (`MOONSHOT_API_KEY=sk-…`), and the provider it must go to. */
export function labelledKey(ruleId: string, random?: () => number): { text: string; key: string } {
  const rule = ruleById(ruleId);
  const key = makeKey(ruleId, random);
  const word = (rule.attribution?.labels?.[0] ?? `${rule.attribution?.labelWords[0]}_API_KEY`).toUpperCase();
  return { text: `${word}=${key}`, key };
}

/** A random lower-case UUID (Langfuse keys' body, LangSmith ids). */
export function uuid(random: () => number = Math.random): string {
  const hex = (length: number) => ({ charset: 'hex' as const, length });
  return keyFromShape([hex(8), '-', hex(4), '-', hex(4), '-', hex(4), '-', hex(12)], random);
}
