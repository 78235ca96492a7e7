import { type ProviderModule, providers } from '../../core/index.js';

/**
 * Names people write by mistake for a provider's variables (`OPENAI_KEY`, `OPEN_AI_API_KEY`,
 * `openai_api_key`, `GEMINI_KEY`, `CLAUDE_API_KEY`), derived from the registry so that a new
 * provider gets them with no edit here: the provider's stem (its variables less the credential
 * words, and its name), then credential words only. A name that is some provider's own variable is
 * never a near miss; a name that fits two stems belongs to the longer (`AZURE_OPENAI_KEY` is Azure
 * OpenAI's, not OpenAI's).
 */

/** Brand names users write for a provider that neither its variables nor its name spell. */
const ALIASES: Record<string, string[]> = {
  anthropic: ['CLAUDE'],
  xai: ['GROK'],
  'aws-bedrock': ['BEDROCK', 'AWSBEDROCK'],
};

const squash = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '');
const CREDENTIAL_WORDS = /(?:KEY|TOKEN|SECRET|API|AUTH|OAUTH|HUB|ACCESS)$/;

function stem(variable: string): string {
  let s = squash(variable);
  while (CREDENTIAL_WORDS.test(s) && s.replace(CREDENTIAL_WORDS, '').length >= 2) s = s.replace(CREDENTIAL_WORDS, '');
  return s;
}

const exactNames = new Set(providers.flatMap((p) => p.env));
const variantsOf = new Map(providers.map((p) => [p.id, new Set(p.env.map(squash))]));
const stemsOf = new Map(
  providers.map((p) => [p.id, [...new Set([...p.env.map(stem), squash(p.name), ...(ALIASES[p.id] ?? [])])]]),
);

/** The provider a name is a near miss of, or undefined. */
function nearMissOwner(name: string): string | undefined {
  if (exactNames.has(name)) return undefined;
  const s = squash(name);
  let owner: string | undefined;
  let longest = 0;
  for (const p of providers) {
    // A case or separator variant of the variable itself (`openai_api_key`, `OPEN_AI_API_KEY`).
    if (variantsOf.get(p.id)?.has(s)) return p.id;
    for (const candidate of stemsOf.get(p.id) ?? []) {
      const fits = new RegExp(`^${candidate}(?:AI)?(?:API|SECRET|ACCESS|AUTH)?(?:KEY|TOKEN)S?$`).test(s);
      if (fits && candidate.length > longest) {
        owner = p.id;
        longest = candidate.length;
      }
    }
  }
  return owner;
}

/** Whether `name` is a case or separator variant of one of the provider's own variables. */
export function isVariantOf(module: ProviderModule, name: string): boolean {
  return !exactNames.has(name) && variantsOf.get(module.id)?.has(squash(name)) === true;
}

/** The names among `names` that are near misses of one of `module`'s variables. */
export function nearMisses(module: ProviderModule, names: Iterable<string>): string[] {
  return [...names].filter((name) => nearMissOwner(name) === module.id);
}
