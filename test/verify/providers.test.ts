import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isCheckable, keyFromShape, providers, type Rule } from '../../src/core/index.js';
import { Verifier } from '../../src/verify/index.js';
import { runCli } from '../support/cli.js';
import { FakeProviders, liveAnswer, MORE, prefixOf, type Scripted } from '../support/fake-providers.js';
import { uuid } from '../support/keys.js';
import { TestRepo } from '../support/repo.js';

/**
 * Every provider with a read-only check, end to end: `scan --verify` on a live and an invalid key of
 * each, against the loopback fakes of their real answers, must say live and invalid (never unknown);
 * and every other row of each provider's table must come out as KEYS-PROVIDERS.md says.
 */
let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const checkable = providers.filter((p) => isCheckable(p.check));

/** A rule of the provider whose keys are sent (not an OAuth token), and a file that holds one key of it. */
function plant(id: string): { rule: Rule; key: string; text: string } {
  const module = checkable.find((p) => p.id === id);
  const check = module && isCheckable(module.check) ? module.check : undefined;
  const rule = module?.rules.find((r) => !check?.notCheckableRules?.[r.id]) as Rule;
  const key = keyFromShape(rule.shape ?? []);
  const extra: Record<string, string> = {
    'azure-openai': 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n',
    'azure-ai-services': 'AZURE_AI_ENDPOINT=https://contoso.cognitiveservices.azure.com/\n',
    langfuse: `LANGFUSE_PUBLIC_KEY=pk-lf-${uuid()}\n`,
  };
  return { rule, key, text: `${extra[id] ?? ''}${(rule.examples[0] as string).replace('{key}', key)}\n` };
}

describe('scan --verify on a live and an invalid key of every checkable provider', () => {
  it('says live for each live key and invalid for each invalid one, none unknown, and prints no key', async () => {
    const repo = new TestRepo();
    try {
      const planted = checkable.map((p) => ({ id: p.id, live: plant(p.id), dead: plant(p.id) }));
      for (const { id, live, dead } of planted) {
        fake.on(live.key, liveAnswer(id));
        repo.write(`live/${id}.env`, live.text).write(`dead/${id}.env`, dead.text);
      }
      const r = await runCli(['scan', '--verify', '--format', 'json'], { cwd: repo.dir, env: fake.env() });
      const report = JSON.parse(r.stdout) as {
        findings: { file: string; provider: string; verification?: { status: string; reason: string } }[];
      };
      const verdicts = Object.fromEntries(
        report.findings.map((f) => [f.file, [f.provider, f.verification?.status, f.verification?.reason]]),
      );
      for (const { id } of planted) {
        expect(verdicts[`live/${id}.env`]?.slice(0, 2), id).toEqual([id, 'live']);
        expect(verdicts[`dead/${id}.env`]?.slice(0, 2), id).toEqual([id, 'invalid']);
      }
      for (const { live, dead } of planted) {
        expect(r.stdout).not.toContain(live.key);
        expect(r.stdout).not.toContain(dead.key);
      }
      // Each key went only to its own provider's fake.
      for (const { id, live } of planted) {
        expect(fake.requestsFor(live.key).map((q) => q.provider)).toEqual([prefixOf(id)]);
      }
    } finally {
      repo.dispose();
    }
  });
});

/** The other rows of each provider's table, as KEYS-PROVIDERS.md §2 reads them. */
const ROWS: [string, string, string, string][] = [
  ['google-gemini', 'serviceBlocked', 'live', 'permission_denied'],
  ['google-gemini', 'exhausted', 'live', 'rate_limited'],
  ['xai', 'blocked', 'invalid', 'key_blocked'],
  ['groq', 'throttled', 'live', 'rate_limited'],
  ['huggingface', 'expired', 'invalid', 'expired'],
  ['pinecone', 'restricted', 'live', 'permission_denied'],
  ['elevenlabs', 'scoped', 'live', 'missing_scopes'],
  ['zhipu', 'noBalance', 'live', 'insufficient_quota'],
  ['moonshot', 'noCredit', 'live', 'insufficient_quota'],
  ['moonshot', 'empty', 'live', 'insufficient_quota'],
  ['mistral', 'throttled', 'live', 'rate_limited'],
  ['cohere', 'notValid', 'invalid', 'invalid_api_key'],
];

describe('the other answers of each table', () => {
  it.each(ROWS)('%s %s is %s (%s)', async (id, row, status, reason) => {
    const { rule, key } = plant(id);
    const answer = MORE[id]?.others?.[row] as () => Scripted;
    fake.on(key, answer());
    const verifier = new Verifier({ env: fake.env(), minBackoffMs: 1, maxBackoffMs: 2 });
    const context =
      id === 'langfuse' ? [`pk-lf-${uuid()}`] : id.startsWith('azure') ? ['contoso.openai.azure.com'] : [];
    const v = await verifier.verify({ secret: key, provider: id, rule: rule.id, context });
    expect([v.status, v.reason]).toEqual([status, reason]);
    expect(JSON.stringify(v)).not.toContain(key);
  });

  it('keeps and shows what the answers tell: xAI ACLs, Moonshot balance, Hugging Face role, ElevenLabs tier, Cohere organisation', async () => {
    const verifier = new Verifier({ env: fake.env() });
    const facts = async (id: string) => {
      const { rule, key } = plant(id);
      fake.on(key, liveAnswer(id));
      return (await verifier.verify({ secret: key, provider: id, rule: rule.id })).facts;
    };
    expect(await facts('xai')).toMatchObject({ acls: 'api-key:model:*, api-key:endpoint:*', apiKeyBlocked: false });
    expect(await facts('moonshot')).toMatchObject({ availableBalance: 49.58894 });
    expect(await facts('huggingface')).toMatchObject({ role: 'read', name: 'octocat' });
    expect(await facts('elevenlabs')).toMatchObject({ tier: 'creator' });
    expect(await facts('cohere')).toMatchObject({ organization: 'org_0cohere' });
  });
});

describe('keys that are never sent', () => {
  it.each([
    ['perplexity', 'perplexity-api-key'],
    ['aws-bedrock', 'aws-bedrock-api-key'],
    ['anthropic', 'anthropic-oauth-access-token'],
    ['anthropic', 'anthropic-oauth-refresh-token'],
  ])('%s %s: unknown, not_checkable, said in words, and no request', async (provider, rule) => {
    const module = providers.find((p) => p.id === provider);
    const key = keyFromShape(module?.rules.find((r) => r.id === rule)?.shape ?? []);
    const v = await new Verifier({ env: fake.env() }).verify({ secret: key, provider, rule });
    expect([v.status, v.reason]).toEqual(['unknown', 'not_checkable']);
    expect(v.detail).toMatch(/not checkable|does not send/);
    expect(fake.requests).toHaveLength(0);
  });
});
