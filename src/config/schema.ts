// zod/mini rather than zod: the same validation and JSON Schema export in ~26 KB instead of ~800 KB
// of bundle, which the pre-commit hook would otherwise parse on every start.
import * as z from 'zod/mini';
import { didYouMean } from '../core/did-you-mean.js';

const described = <T extends z.ZodMiniType>(schema: T, text: string) => schema.check(z.describe(text));

/** A custom rule in `.skguard.json`: the same data as a built-in rule, with strings for patterns. */
const customRule = z.strictObject({
  id: described(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as "acme-api-key"')),
    'Stable rule id, kebab-case.',
  ),
  provider: described(z.string().check(z.minLength(1)), 'Provider id shown in output, e.g. "acme".'),
  description: described(z.string().check(z.minLength(1)), 'One line for people: what this key is.'),
  keywords: described(
    z.array(z.string().check(z.minLength(3))).check(z.minLength(1)),
    'Literal strings, one of which occurs in every key (the prefilter). At least 3 characters each.',
  ),
  pattern: described(
    z.string().check(z.minLength(1)),
    'JavaScript regular expression of the key, without flags or anchors. It must be bounded (use {32} or {20,64}, not + or *), without backreferences, and free of catastrophic backtracking: a rule that could hang a scan is refused.',
  ),
  prefix: described(z._default(z.string(), ''), 'Family prefix kept in redacted output.'),
  minEntropy: described(
    z.optional(z.number().check(z.minimum(0), z.maximum(8))),
    'Minimum Shannon entropy (bits/char) of the key after the prefix.',
  ),
  maxLength: described(
    z._default(z.int().check(z.minimum(8), z.maximum(512)), 256),
    'Longest key the pattern can match.',
  ),
  examples: described(z._default(z.array(z.string()), []), 'Texts that must hold exactly one key of this rule.'),
  negatives: described(z._default(z.array(z.string()), []), 'Texts that must hold no key of this rule.'),
});

/** `.skguard.json`: project settings. */
const configSchema = z.strictObject({
  $schema: z.optional(z.string()),
  exclude: described(
    z._default(z.array(z.string().check(z.minLength(1))), []),
    'Glob patterns (relative to the repository root) of paths to leave out, e.g. "fixtures/**".',
  ),
  disableRules: described(z._default(z.array(z.string()), []), 'Ids of built-in rules to turn off.'),
  rules: described(z._default(z.array(customRule), []), 'Extra rules for other key formats.'),
});

export type Config = z.output<typeof configSchema>;
export type CustomRule = z.output<typeof customRule>;

/** Validates a parsed config; on failure, the first problem as `{ field, expected }`. */
export function checkConfig(raw: unknown): { config: Config } | { field: string; problem: string } {
  const parsed = z.safeParse(configSchema, raw);
  if (parsed.success) return { config: parsed.data };
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const field = issue.path.length
    ? issue.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .slice(issue.path[0] === undefined || typeof issue.path[0] === 'number' ? 0 : 1)
    : '(top level)';
  return { field, problem: describeIssue(issue, valueAt(raw, issue.path)) };
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'a whole number' : article(issue.expected)}, got ${typeName(value)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
        : issue.origin === 'string'
          ? `expected at least ${issue.minimum} character${Number(issue.minimum) === 1 ? '' : 's'}`
          : `expected at least ${issue.minimum}`;
    case 'too_big':
      return `expected at most ${issue.maximum}`;
    case 'unrecognized_keys': {
      const known = Object.keys((issue.path[0] === 'rules' ? customRule : configSchema).def.shape);
      const named = issue.keys.map((k) => {
        const meant = didYouMean(k, known);
        return meant === undefined ? `"${k}"` : `"${k}" (did you mean "${meant}"?)`;
      });
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${named.join(', ')}`;
    }
    case 'invalid_format':
      return `expected ${issue.message}`;
    default:
      return issue.message;
  }
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);
const typeName = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : v === undefined ? 'nothing' : article(typeof v);

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v = root;
  for (const key of path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** The JSON Schema editors use (published as `schema/skguard.schema.json`). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input' });
}
