import type { Rule } from '../types.js';
import { anthropicRules } from './anthropic.js';
import { azureOpenaiRules } from './azure-openai.js';
import { deepseekRules } from './deepseek.js';
import { openaiRules } from './openai.js';
import { openrouterRules } from './openrouter.js';

/** Every built-in rule. Order matters only for overlaps: the first rule to claim a span keeps it. */
export const builtinRules: readonly Rule[] = [
  ...openaiRules,
  ...anthropicRules,
  ...openrouterRules,
  ...deepseekRules,
  ...azureOpenaiRules,
];
