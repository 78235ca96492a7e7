import { anthropic } from './anthropic.js';
import { awsBedrock } from './aws-bedrock.js';
import { azureAiServices } from './azure-ai-services.js';
import { azureOpenai } from './azure-openai.js';
import { cerebras } from './cerebras.js';
import { cohere } from './cohere.js';
import { dashscope } from './dashscope.js';
import { deepseek } from './deepseek.js';
import { elevenlabs } from './elevenlabs.js';
import { fireworks } from './fireworks.js';
import { googleGemini } from './google-gemini.js';
import { groq } from './groq.js';
import { huggingface } from './huggingface.js';
import { langfuse } from './langfuse.js';
import { langsmith } from './langsmith.js';
import { minimax } from './minimax.js';
import { mistral } from './mistral.js';
import { moonshot } from './moonshot.js';
import { nvidia } from './nvidia.js';
import { openai } from './openai.js';
import { openrouter } from './openrouter.js';
import { perplexity } from './perplexity.js';
import { pinecone } from './pinecone.js';
import { replicate } from './replicate.js';
import { siliconflow } from './siliconflow.js';
import { stability } from './stability.js';
import { together } from './together.js';
import type { ProviderModule } from './types.js';
import { voyage } from './voyage.js';
import { xai } from './xai.js';
import { zhipu } from './zhipu.js';

/**
 * Every provider skguard knows, one module each. Order matters only for overlaps: where two rules
 * claim the same span, the earlier provider's rule keeps it (signature-carrying families first,
 * shapes that need context last).
 */
export const providers: readonly ProviderModule[] = [
  openai,
  anthropic,
  openrouter,
  minimax,
  googleGemini,
  xai,
  groq,
  huggingface,
  perplexity,
  replicate,
  together,
  fireworks,
  cerebras,
  nvidia,
  pinecone,
  langsmith,
  langfuse,
  elevenlabs,
  awsBedrock,
  azureAiServices,
  voyage,
  deepseek,
  dashscope,
  moonshot,
  stability,
  siliconflow,
  zhipu,
  azureOpenai,
  mistral,
  cohere,
];

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
