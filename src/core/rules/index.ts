import { providers } from '../providers/index.js';
import type { Rule } from '../types.js';

/** Every built-in rule: the registry's rules, in provider order (see `providers/index.ts`). */
export const builtinRules: readonly Rule[] = providers.flatMap((p) => p.rules);
