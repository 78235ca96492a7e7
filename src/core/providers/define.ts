import { shapeLength } from '../rules/shape.js';
import type { Attribution, Check, Rule, ShapePart } from '../types.js';
import type { AnswerRow } from './types.js';

/** Bodies are random: a placeholder (`xxxx…`, `abcabc…`, `0123…`) fails one of these. */
export const randomBody = (min = 3.5): Check[] => [{ kind: 'entropy', min }, { kind: 'not-patterned' }];

/**
 * A rule with the defaults most key families share: random-body checks, `maxLength` from the shape,
 * the prefix kept in redacted output. Everything stays overridable: the rule is still plain data.
 */
export function keyRule(
  rule: Omit<Rule, 'checks' | 'maxLength' | 'shape'> & {
    shape: ShapePart[];
    checks?: Check[];
    maxLength?: number;
    attribution?: Attribution;
  },
): Rule {
  return { ...rule, checks: rule.checks ?? randomBody(), maxLength: rule.maxLength ?? shapeLength(rule.shape) };
}

/** The usual "the provider rejected the key" row, for the statuses a provider uses for it. */
export function rejects(
  status: number | readonly number[],
  reason: AnswerRow['reason'] = 'invalid_api_key',
): AnswerRow {
  return {
    status,
    verdict: 'invalid',
    reason,
    detail: '{name} rejected the key{message}: it is wrong, revoked or expired; create a new one at {rotate}',
  };
}

/** A 429 that means the key works but is throttled (the provider says so in its docs). */
export const throttledLive: AnswerRow = {
  status: 429,
  verdict: 'live',
  reason: 'rate_limited',
  detail: '{name} knows the key but is rate-limiting it{message}: it works; slow down and try again later',
};

/** Words that mark a label as a credential's: `DEEPSEEK_API_KEY`, `dashscopeToken`. */
const KEY_LABEL = /(?:key|token|secret)["'`\])}]*\s*(?:=>|:=|[:=,])?\s*(?:Bearer\s+)?["'`([{]*\s*$/i;

/**
 * The keywords and checks of a prefix-less shape (Mistral's 32, Cohere's 40 alphanumerics, Zhipu's
 * `hex.alnum`): a key label right before it, and a random body. Attribution names the provider.
 */
export const labelledBareKey = {
  keywords: ['key', 'token', 'secret'],
  keywordsIgnoreCase: true,
  redactPrefix: '',
  checks: (min = 3.5): Check[] => [
    { kind: 'label-before', pattern: KEY_LABEL, within: 64, what: 'an api-key label' },
    { kind: 'entropy', min },
    { kind: 'not-patterned' },
  ],
};

/** A key its provider knows whose account cannot pay (402, a used-up balance): live, with where to top up. */
export function noCredit(status: number, where: string): AnswerRow {
  return {
    status,
    verdict: 'live',
    reason: 'insufficient_quota',
    detail: `{name} knows the key but its account has no credit left (${status}): add credit at ${where}`,
  };
}
