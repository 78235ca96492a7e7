import { whoAmI } from '@huggingface/hub';
import { Mistral } from '@mistralai/mistralai';
import { CohereClient } from 'cohere-ai';
import Groq from 'groq-sdk';
import Replicate from 'replicate';
import Together from 'together-ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeProviders, type FakeRow, MORE } from '../support/fake-providers.js';
import { makeKey } from '../support/keys.js';

/**
 * The fakes of test/support/fake-providers.ts must answer as the real services do, or the verdict
 * tests built on them prove nothing. Each official SDK, pointed at the fake, must parse the fake's
 * success answer and raise, for the fake's "invalid key" answer, the error it raises against the
 * real service. (@google/genai needs Node 22: the Gemini fake is checked against its docs only.)
 */
let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.start();
});
afterAll(() => fake.close());

/** A key the fake answers as live, and one it answers as invalid (every unknown key is). */
function keys(rule: string, provider: string): { live: string; dead: string } {
  const live = makeKey(rule);
  fake.on(live, (MORE[provider] as FakeRow).live());
  return { live, dead: makeKey(rule) };
}

const failure = (p: Promise<unknown>) => p.then(() => undefined).catch((e: unknown) => e);

describe('the other providers, as their official SDKs see the fakes', () => {
  it('groq-sdk lists the models and raises AuthenticationError (401) for an invalid key', async () => {
    const { live, dead } = keys('groq-api-key', 'groq');
    const client = (apiKey: string) => new Groq({ apiKey, baseURL: fake.base('groq'), maxRetries: 0 });
    const page = await client(live).models.list();
    expect(page.data.map((m) => m.id)).toContain('llama-3.3-70b-versatile');
    const error = await failure(client(dead).models.list());
    expect(error).toBeInstanceOf(Groq.AuthenticationError);
    expect((error as InstanceType<typeof Groq.APIError>).status).toBe(401);
  });

  it('together-ai lists the models (a bare array) and raises AuthenticationError (401)', async () => {
    const { live, dead } = keys('together-api-key', 'together');
    const client = (apiKey: string) => new Together({ apiKey, baseURL: `${fake.base('together')}/v1`, maxRetries: 0 });
    const models = await client(live).models.list();
    expect(JSON.stringify(models)).toContain('meta-llama');
    const error = await failure(client(dead).models.list());
    expect(error).toBeInstanceOf(Together.AuthenticationError);
  });

  it('@mistralai/mistralai lists the models and fails with status 401 for an invalid key', async () => {
    const { live, dead } = keys('mistral-api-key', 'mistral');
    const client = (apiKey: string) => new Mistral({ apiKey, serverURL: fake.base('mistral') });
    const list = await client(live).models.list();
    expect(list.data?.map((m) => ('id' in m ? m.id : undefined))).toEqual(['mistral-small-latest']);
    const error = (await failure(client(dead).models.list())) as { statusCode?: number };
    expect(error.statusCode).toBe(401);
  });

  it("cohere-ai's checkApiKey reads the organisation, and fails with 401 for an invalid key", async () => {
    const live = makeKey('cohere-api-key');
    fake.on(live, (MORE.cohere as FakeRow).live());
    const client = (token: string) => new CohereClient({ token, environment: fake.base('cohere') });
    const answer = await client(live).checkApiKey();
    expect(answer).toMatchObject({ valid: true, organizationId: 'org_0cohere' });
    const error = (await failure(client(makeKey('cohere-api-key')).checkApiKey())) as { statusCode?: number };
    expect(error.statusCode).toBe(401);
  });

  it("replicate reads the account, and fails with the fake's 401", async () => {
    const { live, dead } = keys('replicate-api-token', 'replicate');
    const client = (auth: string) => new Replicate({ auth, baseUrl: `${fake.base('replicate')}/v1` });
    const account = await client(live).accounts.current();
    expect(account).toMatchObject({ type: 'user', username: 'octocat' });
    const error = (await failure(client(dead).accounts.current())) as { response?: { status: number } };
    expect(error.response?.status).toBe(401);
  });

  it('@huggingface/hub whoAmI reads the user and token role, and fails with 401 for an invalid token', async () => {
    const { live, dead } = keys('huggingface-token', 'huggingface');
    const hubUrl = fake.base('huggingface');
    const me = await whoAmI({ accessToken: live, hubUrl });
    expect(me).toMatchObject({ type: 'user', name: 'octocat', auth: { accessToken: { role: 'read' } } });
    const error = (await failure(whoAmI({ accessToken: dead, hubUrl }))) as { statusCode?: number };
    expect(error.statusCode).toBe(401);
  });
});
