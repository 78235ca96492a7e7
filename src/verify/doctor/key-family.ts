import { type Rule, redact } from '../../core/index.js';
import { OPENAI_URLS } from '../../core/providers/openai.js';
import { type ProviderProbe as ProviderCheck, providerProbe } from '../check.js';
import type { Add } from './types.js';

/** The first 4 and last 4 characters, whatever the family. */
export function redactAny(key: string, rule: Rule | undefined): string {
  if (rule) return redact(key, rule.redactPrefix);
  const prefix = /^sk-(?:proj-|svcacct-|admin-|None-|ant-api03-|ant-admin01-|or-v1-)?/.exec(key)?.[0] ?? '';
  return redact(key, prefix);
}

/** Which provider the key belongs to, and so whether (and where) to check it live. */
export function familyCheck(
  key: string,
  rule: Rule | undefined,
  sdk: URL,
  api: URL,
  bases: Record<string, URL | undefined>,
  add: Add,
): { check: 'openai' | ProviderCheck | undefined; base: URL } {
  const none = { check: undefined, base: api };
  const other = (check: ProviderCheck, host: string, provider: string, message: string, fix: string) => {
    const base = bases[provider] as URL;
    if (sdk.hostname === host) {
      add({ id: 'family', status: 'pass', message: `${message}, and OPENAI_BASE_URL points at ${host}: that works` });
      return { check, base };
    }
    add({ id: 'family', status: 'fail', message: `${message} in the OpenAI variable`, fix });
    return none;
  };
  if (rule?.provider === 'openai') {
    if (rule.id === 'openai-admin-key') {
      add({
        id: 'family',
        status: 'fail',
        message: `an OpenAI admin key (sk-admin-, ${key.length} characters): it manages the organisation and cannot call the model APIs`,
        fix: `create a project key at ${OPENAI_URLS.keys} for API calls; keep admin keys for the administration API`,
      });
      return { check: 'openai', base: api };
    }
    add({ id: 'family', status: 'pass', message: `an OpenAI key: ${rule.description} (${key.length} characters)` });
    return { check: 'openai', base: api };
  }
  if (rule?.provider === 'anthropic') {
    add({
      id: 'family',
      status: 'fail',
      message: 'an Anthropic key (sk-ant-) in the OpenAI variable: OpenAI will reject it',
      fix: `put it in ANTHROPIC_API_KEY and use the Anthropic SDK; for OpenAI create a key at ${OPENAI_URLS.keys}`,
    });
    return none;
  }
  if (rule?.provider === 'azure-openai' || /^[0-9a-f]{32}$/.test(key)) {
    add({
      id: 'family',
      status: 'fail',
      message: 'an Azure OpenAI key in the OpenAI variable: api.openai.com does not accept Azure keys',
      fix: 'use the AzureOpenAI client with AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT (and OPENAI_API_VERSION)',
    });
    return none;
  }
  if (rule?.provider === 'openrouter') {
    return other(
      providerProbe('openrouter'),
      'openrouter.ai',
      'openrouter',
      'an OpenRouter key (sk-or-v1-)',
      'to use OpenRouter through the OpenAI SDK set OPENAI_BASE_URL=https://openrouter.ai/api/v1; for OpenAI itself use an OpenAI key',
    );
  }
  if (/^sk-[0-9a-f]{32}$/.test(key)) {
    return other(
      providerProbe('deepseek'),
      'api.deepseek.com',
      'deepseek',
      'a DeepSeek-shaped key (sk- and 32 hex)',
      'to use DeepSeek through the OpenAI SDK set OPENAI_BASE_URL=https://api.deepseek.com; for OpenAI use an OpenAI key',
    );
  }
  if (rule) {
    add({
      id: 'family',
      status: 'fail',
      message: `a ${rule.provider} key in the OpenAI variable`,
      fix: `use an OpenAI key from ${OPENAI_URLS.keys}`,
    });
    return none;
  }
  shapeHint(key, add);
  return { check: 'openai', base: api };
}

/** An sk- value that fits no known family: say what looks wrong, and still let OpenAI answer. */
function shapeHint(key: string, add: Add): void {
  if (!key.startsWith('sk-')) {
    add({
      id: 'family',
      status: 'fail',
      message: `the value does not look like an OpenAI key (they start with sk-; this starts with ${JSON.stringify(key.slice(0, 3))})`,
      fix: `copy the key again from ${OPENAI_URLS.keys}`,
    });
    return;
  }
  const expected: [string, number[]][] = [
    ['sk-proj-', [56, 132, 164]],
    ['sk-svcacct-', [167, 151]],
    ['sk-admin-', [133, 165]],
    ['sk-None-', [56]],
    ['sk-', [51]],
  ];
  const [prefix, lengths] = expected.find(([p]) => key.startsWith(p)) as [string, number[]];
  const bad = /[^A-Za-z0-9_-]/.exec(key);
  const why = bad
    ? `it holds a character keys never have (${JSON.stringify(bad[0])})`
    : !key.includes('T3BlbkFJ')
      ? 'it lacks the T3BlbkFJ signature every OpenAI key carries'
      : `it has ${key.length} characters where a ${prefix} key has ${lengths.join(' or ')}`;
  add({
    id: 'family',
    status: 'warn',
    message: `an sk- key of no known OpenAI shape: ${why} (truncated or mistyped?)`,
    fix: `copy the whole key again from ${OPENAI_URLS.keys}`,
  });
}
