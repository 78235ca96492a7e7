import { anthropic } from './anthropic.js';
import { azureOpenai } from './azure-openai.js';
import { deepseek } from './deepseek.js';
import { openai } from './openai.js';
import { openrouter } from './openrouter.js';
import type { ProviderModule } from './types.js';

/**
 * Every provider skguard knows, one module each. Order matters only for overlaps: where two rules
 * claim the same span, the earlier provider's rule keeps it (signature-carrying families first,
 * shapes that need context last).
 */
export const providers: readonly ProviderModule[] = [openai, anthropic, openrouter, deepseek, azureOpenai];

const byId = new Map(providers.map((p) => [p.id, p]));

/** The module of a provider id; undefined for a custom rule's provider. */
export function providerOf(id: string): ProviderModule | undefined {
  return byId.get(id);
}

/** A provider id as people write it (`azure-openai` → `Azure OpenAI`); custom providers as given. */
export function providerName(id: string): string {
  return byId.get(id)?.name ?? id;
}

export type * from './types.js';
export { baseUrlVariable, isCheckable } from './types.js';
