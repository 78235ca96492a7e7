import { z } from 'zod';

/** A custom rule in `.skguard.json`: the same data as a built-in rule, with strings for patterns. */
const customRule = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'a kebab-case id such as "acme-api-key"')
      .describe('Stable rule id, kebab-case.'),
    provider: z.string().min(1).describe('Provider id shown in output, e.g. "acme".'),
    description: z.string().min(1).describe('One line for people: what this key is.'),
    keywords: z
      .array(z.string().min(3))
      .min(1)
      .describe('Literal strings, one of which occurs in every key (the prefilter). At least 3 characters each.'),
    pattern: z.string().min(1).describe('JavaScript regular expression of the key, without flags or anchors.'),
    prefix: z.string().default('').describe('Family prefix kept in redacted output.'),
    minEntropy: z
      .number()
      .min(0)
      .max(8)
      .optional()
      .describe('Minimum Shannon entropy (bits/char) of the key after the prefix.'),
    maxLength: z.number().int().min(8).max(512).default(256).describe('Longest key the pattern can match.'),
    examples: z.array(z.string()).default([]).describe('Texts that must hold exactly one key of this rule.'),
    negatives: z.array(z.string()).default([]).describe('Texts that must hold no key of this rule.'),
  })
  .strict();

/** `.skguard.json`: project settings. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    exclude: z
      .array(z.string().min(1))
      .default([])
      .describe('Glob patterns (relative to the repository root) of paths to leave out, e.g. "fixtures/**".'),
    disableRules: z.array(z.string()).default([]).describe('Ids of built-in rules to turn off.'),
    rules: z.array(customRule).default([]).describe('Extra rules for other key formats.'),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type CustomRule = z.output<typeof customRule>;

/** The JSON Schema editors use (published as `schema/skguard.schema.json`). */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: 'input' });
}
