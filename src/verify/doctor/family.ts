import {
  builtinRules,
  isCheckable,
  isPatterned,
  type ProviderModule,
  providerOf,
  type Rule,
  redact,
  shannonEntropy,
  shapeLength,
} from '../../core/index.js';
import type { Add } from './types.js';

/** Every known prefix, longest first: how a value of no known shape is still shown by its family. */
const PREFIXES = [...new Set(builtinRules.map((r) => r.redactPrefix).filter(Boolean))].sort(
  (a, b) => b.length - a.length,
);

/** The first 4 and last 4 characters (fewer for short values), after the family's prefix. */
export function redactAny(key: string, rule: Rule | undefined): string {
  if (rule) return redact(key, rule.redactPrefix);
  return redact(key, PREFIXES.find((p) => key.startsWith(p)) ?? '');
}

const wholeMatch = (rule: Rule, key: string) => new RegExp(`^(?:${rule.pattern.source})$`).test(key);

/** A bare shape (32 or 40 characters, no prefix) is a key only beside its label: it names nobody alone. */
const bare = (rule: Rule) => rule.checks.some((c) => c.kind === 'label-before');

/** The rule of `module` that the key is wholly of, if any. */
export function ownRule(module: ProviderModule, key: string): Rule | undefined {
  return module.rules.find((rule) => wholeMatch(rule, key));
}

/**
 * Other providers' rules that the key is wholly of, bare shapes left out: one distinctive rule
 * (`gsk_…`, `sk-ant-api03-…`), or the rules of a shape several providers share (`sk-` + 32 hex).
 */
export function foreignRules(module: ProviderModule, key: string): Rule[] {
  return builtinRules.filter((rule) => rule.provider !== module.id && !bare(rule) && wholeMatch(rule, key));
}

/** The rule a provider's check uses for a key of no known shape: its first rule whose keys are sent. */
export function defaultRule(module: ProviderModule): Rule | undefined {
  const check = module.check;
  return module.rules.find((r) => !isCheckable(check) || !check.notCheckableRules?.[r.id]);
}

/** `an` or `a` before a provider's name, as it is read aloud (`an xAI key`, `a Groq key`). */
export function article(name: string): string {
  return /^(?:[AEIOU]|xAI|NVIDIA)/.test(name) ? 'an' : 'a';
}

/** What the family check decided: the rule the key is of, and whether (and if not, why not) to send it. */
export interface Family {
  rule: Rule | undefined;
  send: boolean;
  why?: string;
}

/**
 * Which key the variable holds, for any provider: its own (pass), another provider's (fail: it is
 * not sent, since a key only ever goes to its own provider), or one of no known shape (a warning:
 * truncated or mistyped? the provider's answer decides).
 */
export function familyCheck(module: ProviderModule, variable: string, key: string, add: Add): Family {
  const own = ownRule(module, key);
  if (own) {
    if (placeholderCheck(module, variable, own, key, add)) {
      return { rule: own, send: false, why: 'not checked: the value is a placeholder' };
    }
    add({
      id: 'family',
      status: 'pass',
      message: `${article(module.name)} ${module.name} key: ${own.description} (${key.length} characters)`,
    });
    return { rule: own, send: true };
  }
  const foreign = foreignRules(module, key);
  if (foreign[0]) {
    add(foreignKey(module, variable, foreign));
    return { rule: foreign[0], send: false, why: 'not checked: a key is only ever sent to its own provider' };
  }
  shapeHint(module, key, add);
  return { rule: undefined, send: true };
}

/**
 * A value of a key's shape whose body is not random (`gsk_000…`, `abcabc…`), by the rule's own
 * entropy and pattern checks: a placeholder, said as such, and never sent.
 */
export function placeholderCheck(module: ProviderModule, variable: string, rule: Rule, key: string, add: Add): boolean {
  const body = key.startsWith(rule.redactPrefix) ? key.slice(rule.redactPrefix.length) : key;
  const placeholder = rule.checks.some(
    (c) => (c.kind === 'entropy' && shannonEntropy(body) < c.min) || (c.kind === 'not-patterned' && isPatterned(body)),
  );
  if (placeholder) {
    add({
      id: 'family',
      status: 'fail',
      message: `${variable} holds a key-shaped placeholder (${redact(key, rule.redactPrefix)}), not a key`,
      fix: `create a key at ${module.rotateUrl} and put it in ${variable}`,
    });
  }
  return placeholder;
}

/**
 * Another provider's key in this provider's variable: whose it is (or, for a shared shape, whose it
 * may be), where it belongs, and where this provider's keys come from.
 */
export function foreignKey(
  module: ProviderModule,
  variable: string,
  foreign: readonly Rule[],
): { id: string; status: 'fail'; message: string; fix: string } {
  const owners = [...new Set(foreign.map((r) => r.provider))].map((id) => providerOf(id));
  const names = owners.map((o, i) => o?.name ?? (foreign[i] as Rule).provider);
  const first = foreign[0] as Rule;
  const prefix = first.redactPrefix ? ` (${first.redactPrefix}…)` : '';
  const homes = owners.flatMap((o) => (o?.env[0] ? [o.env[0]] : []));
  const whose =
    names.length === 1
      ? `${article(names[0] as string)} ${names[0]} key${prefix}`
      : `a key shaped like ${names.join(' or ')}'s${prefix}`;
  const home =
    homes.length === 1
      ? `put it in ${homes[0]} and use the ${names[0]} SDK; `
      : homes.length > 1
        ? `put it in its provider's variable (${homes.join(', ')}); `
        : '';
  return {
    id: 'family',
    status: 'fail',
    message: `${whose} in ${variable}: ${module.name} will reject it, so it is not sent there`,
    fix: `${home}for ${module.name} create a key at ${module.rotateUrl}`,
  };
}

/** A value of the provider's variable that fits none of its shapes: say what looks wrong. */
function shapeHint(module: ProviderModule, key: string, add: Add): void {
  const fix = `copy the whole key again from ${module.rotateUrl}`;
  const prefixed = module.rules.filter((r) => r.redactPrefix !== '' && key.startsWith(r.redactPrefix));
  const prefixes = [...new Set(module.rules.map((r) => r.redactPrefix).filter(Boolean))];
  if (prefixed.length === 0 && prefixes.length > 0 && prefixes.length === module.rules.length) {
    add({
      id: 'family',
      status: 'warn',
      message: `the value does not look like ${article(module.name)} ${module.name} key (they start with ${prefixes.join(' or ')}; this starts with ${JSON.stringify(key.slice(0, 3))})`,
      fix,
    });
    return;
  }
  const rules = prefixed.length > 0 ? prefixed : module.rules;
  const lengths = [...new Set(rules.flatMap((r) => (r.shape ? [shapeLength(r.shape)] : [])))];
  const bad = /[^A-Za-z0-9_.=+/-]/.exec(key);
  const why = bad
    ? `it holds a character keys never have (${JSON.stringify(bad[0])})`
    : lengths.length > 0 && !lengths.includes(key.length)
      ? `it has ${key.length} characters where one has ${lengths.join(' or ')}`
      : 'it fits none of their shapes';
  const what = prefixed[0] ? `a key that starts with ${prefixed[0].redactPrefix} but` : 'a value that';
  add({
    id: 'family',
    status: 'warn',
    message: `${what} fits no ${module.name} key shape: ${why} (truncated or mistyped?)`,
    fix,
  });
}
