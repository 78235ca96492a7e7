import { azureCheck, identifiableKey } from './azure-openai.js';
import type { ProviderModule } from './types.js';

const KEYS = 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub/~/AllInOne';

/**
 * The 84-character multi-service (Foundry) key. `JQQJ9` + kind (`9` access key, `D` derived,
 * `H` hashed), year and month, `AAAAACOG` (service A, Cognitive Services), then a Marvin32 checksum
 * of the rest. A key whose checksum fails is not reported: Azure's own validator rejects it, so it
 * was never issued (a typo, a cut copy, a pattern-only test string).
 */
export const azureAiServices: ProviderModule = {
  id: 'azure-ai-services',
  name: 'Azure AI Services',
  rotateUrl: KEYS,
  env: ['AZURE_AI_SERVICES_KEY', 'AZURE_AI_API_KEY', 'AZURE_COGNITIVE_SERVICES_KEY'],
  rules: [
    identifiableKey({
      id: 'azure-ai-services-key',
      provider: 'azure-ai-services',
      description: 'Azure AI Services key (84-character identifiable form, signature `AAAAACOG`, checksum verified)',
      signature: 'AAAAACOG',
      rotateUrl: KEYS,
      examples: ['AZURE_AI_SERVICES_KEY={key}', 'Ocp-Apim-Subscription-Key: {key}', '"{key}"'],
    }),
  ],
  check: azureCheck('Azure AI Services', [
    'AZURE_AI_SERVICES_ENDPOINT',
    'AZURE_AI_ENDPOINT',
    'AZURE_COGNITIVE_SERVICES_ENDPOINT',
  ]),
};
