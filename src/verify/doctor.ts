import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { fingerprint, type Rule, redact } from '../core/index.js';
import { SkguardError } from '../errors.js';
import { deepseekCheck } from './deepseek.js';
import { parseDotenv } from './dotenv.js';
import {
  BASE_URL_VARIABLES,
  displayUrl,
  type FixedProvider,
  isLoopbackHost,
  mayCarryKey,
  resolveBaseUrls,
  under,
} from './endpoints.js';
import { type Fetch, netFailure, probe } from './http.js';
import { ruleOfKey } from './infer.js';
import { classifyOpenai, isOpenaiAdminKey, modelIds, OPENAI_URLS, openaiRequest } from './openai.js';
import { openrouterCheck } from './openrouter.js';
import { type NetProbes, systemNet } from './reach.js';
import type { ProbeAnswer, ProbeRequest, ProviderCheck, Verdict } from './types.js';
import { failureVerdict } from './verifier.js';

/** The variable doctor diagnoses: what every OpenAI SDK reads. */
export const KEY_VARIABLE = 'OPENAI_API_KEY';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** One line of the diagnosis: what was checked, what was found, and the fix when it is not a pass. */
export interface DoctorCheck {
  /** Stable id: `variable`, `dotenv`, `value`, `family`, `endpoint`, `proxy`, `dns`, `tcp`, `tls`, `live`, `organization`, `project`, `model`. */
  id: string;
  status: CheckStatus;
  message: string;
  fix?: string;
}

/** The whole diagnosis. `ok` is true when no check failed: the key works. */
export interface DoctorReport {
  ok: boolean;
  /** Where the key was read: `environment`, the `--env-file`, or `./.env` (found but not loaded). */
  source?: string;
  key?: { redacted: string; fingerprint: string; family?: string; length: number };
  /** Where the live check went (no credentials). */
  target?: string;
  verdict?: Verdict;
  checks: DoctorCheck[];
}

export interface DoctorInput {
  env: Record<string, string | undefined>;
  cwd: string;
  /** `--env-file`: read the variables from this file (relative to `cwd`). */
  envFile?: string | undefined;
  /** `--model`: a model the key should be able to use. */
  model?: string | undefined;
  timeoutMs?: number | undefined;
}

export interface DoctorDeps {
  fetch?: Fetch;
  net?: NetProbes;
}

const DEFAULT_OPENAI_API = 'https://api.openai.com/v1';
/** Names people use by mistake for OPENAI_API_KEY. */
const NEAR_MISSES = [
  'OPENAI_APIKEY',
  'OPENAI_KEY',
  'OPEN_AI_API_KEY',
  'OPENAI_API_TOKEN',
  'OPENAI_TOKEN',
  'OPENAI_SECRET_KEY',
  'OPENAIKEY',
  'OPENAI_API_KEY_',
];
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

/**
 * Diagnoses the OpenAI key of a developer's own set-up, as the troubleshooting guide would: is the
 * variable there, is its value clean, is it an OpenAI key at all, where do requests go, is the host
 * reachable, does OpenAI accept it, do the organisation, project and model fit. Never returns the key.
 */
export async function runDoctor(input: DoctorInput, deps: DoctorDeps = {}): Promise<DoctorReport> {
  const fetch = deps.fetch ?? globalThis.fetch;
  const net = deps.net ?? systemNet;
  const timeoutMs = input.timeoutMs ?? 10_000;
  const checks: DoctorCheck[] = [];
  const add = (check: DoctorCheck) => checks.push(check);
  const report: DoctorReport = { ok: false, checks };

  // Where the variables come from: the environment, or the environment overlaid by --env-file.
  let fileVars: Map<string, { value: string; line: number }> | undefined;
  let env: Record<string, string | undefined> = input.env;
  if (input.envFile !== undefined) {
    const file = path.resolve(input.cwd, input.envFile);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new SkguardError(
        `--env-file ${input.envFile}: ${code === 'ENOENT' ? 'file not found' : (code ?? 'unreadable')}`,
        'usage',
      );
    }
    fileVars = parseDotenv(text);
    env = { ...input.env };
    for (const [name, entry] of fileVars) env[name] = entry.value;
  }
  // Where skguard's own checks go is a setting of skguard: a bad override is a usage error, before anything runs.
  const bases = resolveBaseUrls(input.env);
  const override = input.env[BASE_URL_VARIABLES.openai]?.trim() ? bases.openai : undefined;

  // 1. The variable, and near misses.
  const { value, source } = findValue(input, env, fileVars, add);
  if (value === undefined) {
    report.ok = false;
    return finish(report);
  }
  report.source = source;

  // 2. The value as typed: quotes, spaces, Bearer, line breaks, invisible characters, placeholders.
  const key = cleanValue(value, add);
  if (key === '') return finish(report);
  const rule = ruleOfKey(key);
  report.key = { redacted: redactAny(key, rule), fingerprint: fingerprint(key), length: key.length };
  if (rule) report.key.family = rule.id;

  // 3. Where requests go: OPENAI_BASE_URL, legacy names, proxies.
  const where = requestTarget(env, override, add);
  const proxied = proxyCheck(env, where.sdk, add);

  // 4. Which key this is.
  const family = familyCheck(key, rule, where.sdk, where.api, bases, add);
  if (!family.check) {
    add({ id: 'live', status: 'skip', message: 'not checked: the variable does not hold an OpenAI key' });
    return finish(report);
  }
  if (!where.sendable) {
    add({ id: 'live', status: 'skip', message: 'not checked: the key would be sent in clear text' });
    return finish(report);
  }

  // 5. Reachability, step by step, of the host the check goes to.
  const target = family.check === 'openai' ? where.api : family.base;
  report.target = displayUrl(target);
  const reachable = await reachability(target, net, timeoutMs, proxied, add);
  if (!reachable) {
    add({ id: 'live', status: 'skip', message: `not checked: ${target.host} is not reachable from here` });
    return finish(report);
  }

  // 6. The live check, and what it means.
  const admin = isOpenaiAdminKey(key, rule?.id);
  let answer: ProbeAnswer | undefined;
  let verdict: Verdict;
  if (family.check === 'openai') {
    const request = openaiRequest(key, apiRoot(where.api), admin);
    if (!admin) request.url = modelsUrl(where.api);
    const result = await probe(request, fetch, timeoutMs);
    if ('answer' in result) {
      answer = result.answer;
      verdict = classifyOpenai(answer, admin);
    } else {
      verdict = failureVerdict('OpenAI', where.api.host, result.failure);
    }
  } else {
    const check = family.check;
    const request = check.request(key, { rule: rule?.id ?? '' }, family.base) as ProbeRequest;
    const result = await probe(request, fetch, timeoutMs);
    verdict =
      'answer' in result
        ? check.classify(result.answer, { rule: rule?.id ?? '' })
        : failureVerdict(check.name, family.base.host, result.failure);
  }
  report.verdict = verdict;
  // Through another service (a gateway, another provider), a 200 on /models may not have looked at the key.
  const elsewhere =
    family.check === 'openai' && !override && where.api.hostname !== 'api.openai.com' ? where.api.host : undefined;
  add(liveCheck(verdict, admin, elsewhere));

  // 7. Organisation and project, as the SDKs send them.
  if (family.check === 'openai' && verdict.status === 'live') {
    await orgProjectChecks(key, env, where.api, admin, answer, fetch, timeoutMs, add);
  }

  // 8. The model the user wants.
  if (input.model !== undefined) {
    if (family.check === 'openai' && !admin && answer?.status === 200) {
      const ids = modelIds(answer);
      if (ids.includes(input.model)) {
        add({
          id: 'model',
          status: 'pass',
          message: `${input.model} is in the key's model list (${ids.length} models)`,
        });
      } else {
        const near = ids.filter((id) => id.startsWith(input.model?.split('-')[0] ?? '')).slice(0, 5);
        add({
          id: 'model',
          status: 'fail',
          message: `${input.model} is not in the key's model list (${ids.length} models)${near.length ? `; similar: ${near.join(', ')}` : ''}`,
          fix: `check the model name's spelling, and the project's model access at ${OPENAI_URLS.limits}`,
        });
      }
    } else {
      add({ id: 'model', status: 'skip', message: 'not checked: the live check returned no model list' });
    }
  }
  return finish(report);
}

function finish(report: DoctorReport): DoctorReport {
  report.ok = report.checks.every((c) => c.status !== 'fail');
  return report;
}

/** The first 4 and last 4 characters, whatever the family. */
function redactAny(key: string, rule: Rule | undefined): string {
  if (rule) return redact(key, rule.redactPrefix);
  const prefix = /^sk-(?:proj-|svcacct-|admin-|None-|ant-api03-|ant-admin01-|or-v1-)?/.exec(key)?.[0] ?? '';
  return redact(key, prefix);
}

type Add = (check: DoctorCheck) => void;

function findValue(
  input: DoctorInput,
  env: Record<string, string | undefined>,
  fileVars: Map<string, { value: string; line: number }> | undefined,
  add: Add,
): { value: string | undefined; source: string } {
  const fromEnv = input.env[KEY_VARIABLE];
  if (fileVars && input.envFile !== undefined) {
    const entry = fileVars.get(KEY_VARIABLE);
    if (!entry) {
      add({
        id: 'variable',
        status: 'fail',
        message: `${input.envFile} does not set ${KEY_VARIABLE}${nearMissText(fileVars)}`,
        fix: nearMissFix(fileVars) ?? `add a line ${KEY_VARIABLE}=sk-… to ${input.envFile}`,
      });
      return { value: undefined, source: input.envFile };
    }
    add({ id: 'variable', status: 'pass', message: `${KEY_VARIABLE} is set in ${input.envFile} (line ${entry.line})` });
    if (fromEnv !== undefined && fromEnv !== entry.value) {
      add({
        id: 'dotenv',
        status: 'warn',
        message: `the environment also sets ${KEY_VARIABLE}, to a different value: dotenv and node --env-file keep the environment's value`,
        fix: `unset ${KEY_VARIABLE} in the shell (unset ${KEY_VARIABLE}) or make both the same`,
      });
    }
    return { value: entry.value, source: input.envFile };
  }

  const dotenvPath = path.join(input.cwd, '.env');
  const dotenv = existsSync(dotenvPath) ? safeParse(dotenvPath) : undefined;
  const inDotenv = dotenv?.get(KEY_VARIABLE);
  if (fromEnv === undefined) {
    const envNames = new Map(Object.keys(env).map((n) => [n, { value: env[n] ?? '', line: 0 }]));
    if (inDotenv) {
      add({
        id: 'variable',
        status: 'fail',
        message: `${KEY_VARIABLE} is not set in the environment, but ./.env sets it (line ${inDotenv.line}): nothing loaded the file`,
        fix: 'the SDKs do not read .env themselves: load it (python-dotenv load_dotenv(), node --env-file=.env, import "dotenv/config") or export the variable; the value in ./.env is diagnosed below',
      });
      return { value: inDotenv.value, source: './.env' };
    }
    add({
      id: 'variable',
      status: 'fail',
      message: `${KEY_VARIABLE} is not set${nearMissText(envNames)}`,
      fix:
        nearMissFix(envNames) ??
        `create a key at ${OPENAI_URLS.keys} and export ${KEY_VARIABLE}=sk-… (or put it in .env and load it); run doctor with --env-file FILE to check a file`,
    });
    return { value: undefined, source: 'environment' };
  }
  add({ id: 'variable', status: 'pass', message: `${KEY_VARIABLE} is set in the environment` });
  if (inDotenv && inDotenv.value !== fromEnv) {
    add({
      id: 'dotenv',
      status: 'warn',
      message: `./.env sets a different ${KEY_VARIABLE} (line ${inDotenv.line}): dotenv loaders keep the environment's value, so the .env one is ignored`,
      fix: 'remove one of the two, or make them the same',
    });
  }
  return { value: fromEnv, source: 'environment' };
}

function safeParse(file: string): Map<string, { value: string; line: number }> | undefined {
  try {
    return parseDotenv(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function nearMisses(names: Map<string, unknown>): string[] {
  const known = new Set(NEAR_MISSES);
  return [...names.keys()].filter((name) => {
    if (name === KEY_VARIABLE) return false;
    if (known.has(name) || known.has(name.toUpperCase())) return true;
    const squashed = name.toUpperCase().replace(/[^A-Z]/g, '');
    return (
      squashed === 'OPENAIAPIKEY' ||
      (squashed.includes('OPENAI') && /KEY|TOKEN/.test(squashed) && !/AZURE|ORG|PROJECT|BASE/.test(squashed))
    );
  });
}

function nearMissText(names: Map<string, unknown>): string {
  const found = nearMisses(names);
  return found.length ? `; found ${found.join(', ')} instead` : '';
}

function nearMissFix(names: Map<string, unknown>): string | undefined {
  const found = nearMisses(names);
  if (found.length === 0) return undefined;
  return `rename ${found[0]} to ${KEY_VARIABLE}: the OpenAI SDKs read only ${KEY_VARIABLE}`;
}

const INVISIBLE = /[\u00a0\u200b-\u200f\u2028\u2029\u2060\ufeff]/;
const NAMES: Record<string, string> = {
  '\u00a0': 'a no-break space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u201c': 'a curly quote',
  '\u201d': 'a curly quote',
  '\u2018': 'a curly quote',
  '\u2019': 'a curly quote',
};

/** Checks the raw value and returns it cleaned (what the key would be once fixed), or '' when nothing is left. */
function cleanValue(raw: string, add: Add): string {
  const problems: string[] = [];
  const fixes: string[] = [];
  let v = raw;
  if (v.trim() === '') {
    add({
      id: 'value',
      status: 'fail',
      message: `${KEY_VARIABLE} is set but empty`,
      fix: `put the key in it: ${KEY_VARIABLE}=sk-…`,
    });
    return '';
  }
  if (/[\r\n]/.test(v.trim())) {
    problems.push('a line break inside the value');
    fixes.push('join the key on one line (it was wrapped when pasted)');
  } else if (/[\r\n]/.test(v)) {
    problems.push('a line break at its end');
    fixes.push('remove the trailing newline (e.g. use $(cat file | tr -d "\\n"))');
  }
  const unbroken = v.replace(/^[\r\n]+|[\r\n]+$/g, '');
  if (unbroken !== unbroken.trim()) {
    problems.push(/^\s/.test(unbroken) ? 'leading whitespace' : 'trailing whitespace');
    fixes.push('remove the spaces around the key');
  }
  v = v.trim();
  const quote = /^(["'`\u201c\u2018])[\s\S]*(["'`\u201d\u2019])$/.exec(v);
  if (quote || /^["'`]|["'`]$/.test(v)) {
    problems.push('quotes around it (they become part of the key)');
    fixes.push(
      'remove the quotes; in a .env file they are fine, in docker --env-file, systemd or a Windows set command they are not',
    );
    v = v.replace(/^["'`\u201c\u2018]+|["'`\u201d\u2019]+$/g, '').trim();
  }
  if (/^bearer\s+/i.test(v)) {
    problems.push('a "Bearer " prefix (the SDK adds it)');
    fixes.push('drop "Bearer ": the variable holds the key alone');
    v = v.replace(/^bearer\s+/i, '');
  }
  const invisible = [...v].find((c) => INVISIBLE.test(c) || c in NAMES);
  if (invisible) {
    const at = [...v].indexOf(invisible) + 1;
    problems.push(
      `${NAMES[invisible] ?? `an invisible character (U+${invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`} at character ${at}`,
    );
    fixes.push('retype or re-copy the key from the dashboard; rich-text editors and chat apps insert such characters');
    v = [...v].filter((c) => !(INVISIBLE.test(c) || c in NAMES)).join('');
  }
  if (/\s/.test(v)) {
    problems.push('whitespace inside the key');
    fixes.push('remove the spaces: a key is one unbroken string');
    v = v.replace(/\s+/g, '');
  }
  if (
    /^(?:sk-)?(?:\.\.\.|x{4,}|your|<|\[|\{|replace|change|insert|example|dummy|placeholder|my[-_]?key|none$|null$|undefined$)/i.test(
      v,
    ) ||
    /your[_-]?(?:api[_-]?)?key/i.test(v)
  ) {
    add({
      id: 'value',
      status: 'fail',
      message: `${KEY_VARIABLE} holds a placeholder (${redactAny(v, undefined)}), not a key`,
      fix: `create a key at ${OPENAI_URLS.keys} and put it in ${KEY_VARIABLE}`,
    });
    return '';
  }
  if (problems.length > 0) {
    add({
      id: 'value',
      status: 'fail',
      message: `the value has ${problems.join(', ')}: OpenAI receives a different string than the key`,
      fix: [...new Set(fixes)].join('; '),
    });
  } else {
    add({
      id: 'value',
      status: 'pass',
      message: 'the value is clean: no quotes, spaces, "Bearer " prefix or line breaks',
    });
  }
  return v;
}

/** Where the SDK sends requests (OPENAI_BASE_URL or the default), and where skguard's own check goes. */
function requestTarget(
  env: Record<string, string | undefined>,
  override: URL | undefined,
  add: Add,
): { sdk: URL; api: URL; sendable: boolean } {
  if (env.OPENAI_API_BASE && !env.OPENAI_BASE_URL) {
    add({
      id: 'endpoint',
      status: 'warn',
      message: 'OPENAI_API_BASE is set, but only openai-python before 1.0 reads it',
      fix: 'rename it to OPENAI_BASE_URL, which current SDKs read',
    });
  }
  const raw = env.OPENAI_BASE_URL?.trim();
  let api = new URL(DEFAULT_OPENAI_API);
  let sendable = true;
  if (raw) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      add({
        id: 'endpoint',
        status: 'fail',
        message: `OPENAI_BASE_URL is not a URL (${displayUrl(raw)})`,
        fix: `set it to a full URL such as ${DEFAULT_OPENAI_API}, or unset it`,
      });
    }
    if (url) {
      const shown = displayUrl(url);
      if (!mayCarryKey(url)) {
        sendable = override !== undefined;
        add({
          id: 'endpoint',
          status: 'fail',
          message: `OPENAI_BASE_URL=${shown}: requests go over plain http, so the key travels in clear text`,
          fix: 'use https (plain http is fine only for a server on this machine)',
        });
      } else if (url.host === 'api.openai.com') {
        add({
          id: 'endpoint',
          status: /\/v1\/?$/.test(url.pathname) ? 'pass' : 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL)`,
          ...(/\/v1\/?$/.test(url.pathname)
            ? {}
            : { fix: `the OpenAI API lives under /v1: set OPENAI_BASE_URL=${DEFAULT_OPENAI_API}, or unset it` }),
        });
      } else {
        add({
          id: 'endpoint',
          status: 'warn',
          message: `requests go to ${shown} (OPENAI_BASE_URL), not to api.openai.com: the key must be one that this service accepts`,
          fix: 'unset OPENAI_BASE_URL to talk to OpenAI directly',
        });
      }
      api = url;
    }
  } else {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `requests go to ${DEFAULT_OPENAI_API} (the default; OPENAI_BASE_URL is not set)`,
    });
  }
  if (override) {
    add({
      id: 'endpoint',
      status: 'pass',
      message: `skguard's own checks go to ${displayUrl(override)} (${BASE_URL_VARIABLES.openai})`,
    });
    return { sdk: api, api: under(override, '/v1'), sendable };
  }
  return { sdk: api, api, sendable };
}

function modelsUrl(api: URL): URL {
  return under(api, '/models');
}

/** The API's root: its base URL less the `/v1` every OpenAI path starts with. */
function apiRoot(api: URL): URL {
  const root = new URL(api.href);
  root.pathname = root.pathname.replace(/\/v1\/?$/, '');
  return root;
}

/** Proxy variables: where SDKs that honour them send requests. Returns true when a proxy is in the way. */
function proxyCheck(env: Record<string, string | undefined>, api: URL, add: Add): boolean {
  const name = PROXY_VARIABLES.find((n) => env[n]?.trim());
  if (!name) return false;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '')
    .split(',')
    .map((s) => s.trim().replace(/^\*?\./, ''))
    .filter(Boolean);
  const bypassed =
    noProxy.some((n) => n === '*' || api.hostname === n || api.hostname.endsWith(`.${n}`)) ||
    isLoopbackHost(api.hostname);
  if (bypassed) {
    add({
      id: 'proxy',
      status: 'pass',
      message: `${name} is set, but NO_PROXY (or a loopback host) sends requests to ${api.hostname} directly`,
    });
    return false;
  }
  add({
    id: 'proxy',
    status: 'warn',
    message: `requests to ${api.hostname} go through the proxy ${displayUrl(env[name] ?? '')} (${name}) in SDKs that honour it; skguard's checks go direct, so results may differ`,
    fix: `if requests fail only in your app, check the proxy, or add ${api.hostname} to NO_PROXY`,
  });
  return true;
}

/** Which provider the key belongs to, and so whether (and where) to check it live. */
function familyCheck(
  key: string,
  rule: Rule | undefined,
  sdk: URL,
  api: URL,
  bases: Record<FixedProvider, URL | undefined>,
  add: Add,
): { check: 'openai' | ProviderCheck | undefined; base: URL } {
  const none = { check: undefined, base: api };
  const other = (check: ProviderCheck, host: string, provider: FixedProvider, message: string, fix: string) => {
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
      openrouterCheck,
      'openrouter.ai',
      'openrouter',
      'an OpenRouter key (sk-or-v1-)',
      'to use OpenRouter through the OpenAI SDK set OPENAI_BASE_URL=https://openrouter.ai/api/v1; for OpenAI itself use an OpenAI key',
    );
  }
  if (/^sk-[0-9a-f]{32}$/.test(key)) {
    return other(
      deepseekCheck,
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

async function reachability(
  target: URL,
  net: NetProbes,
  timeoutMs: number,
  proxied: boolean,
  add: Add,
): Promise<boolean> {
  const host = target.hostname;
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const severity = proxied ? 'warn' : 'fail';
  const failed = (id: string, what: string, error: unknown, fix: string) => {
    const f = netFailure(error);
    add({ id, status: severity, message: `${what}: ${f.code} (${f.meaning})`, fix });
    return false;
  };
  try {
    const addresses = await net.lookup(host);
    const literal = isIP(host.replace(/^\[|\]$/g, '')) !== 0;
    add({
      id: 'dns',
      status: 'pass',
      message: literal
        ? `${host} is an IP address: no lookup needed`
        : `${host} resolves (${addresses.slice(0, 3).join(', ')})`,
    });
  } catch (error) {
    return failed(
      'dns',
      `${host} does not resolve`,
      error,
      'check the host name in OPENAI_BASE_URL, your DNS settings and network connection',
    );
  }
  try {
    await net.tcp(host, port, timeoutMs);
    add({ id: 'tcp', status: 'pass', message: `${host}:${port} accepts connections` });
  } catch (error) {
    return failed(
      'tcp',
      `cannot connect to ${host}:${port}`,
      error,
      'a firewall or VPN may block it; behind a corporate proxy set HTTPS_PROXY',
    );
  }
  if (target.protocol !== 'https:') {
    add({ id: 'tls', status: 'skip', message: `plain http to ${host} (loopback): no TLS` });
    return true;
  }
  try {
    await net.tls(host, port, timeoutMs);
    add({ id: 'tls', status: 'pass', message: `TLS with ${host} works and its certificate is valid` });
  } catch (error) {
    return failed(
      'tls',
      `TLS with ${host} failed`,
      error,
      'a TLS-inspecting proxy or antivirus needs its CA certificate trusted: NODE_EXTRA_CA_CERTS (Node), SSL_CERT_FILE or REQUESTS_CA_BUNDLE (Python)',
    );
  }
  return true;
}

const LIVE_FIXES: Partial<Record<Verdict['reason'], string>> = {
  invalid_api_key: `create a new key at ${OPENAI_URLS.keys} and put it in ${KEY_VARIABLE} (a revoked or deleted key never comes back)`,
  revoked: `create a new key at ${OPENAI_URLS.keys}`,
  account_deactivated:
    'the account is deactivated: check the account e-mail from OpenAI, contact support, or use a key of an active account',
  key_disabled: `create a new key at ${OPENAI_URLS.keys}`,
  insufficient_quota: `add credit at ${OPENAI_URLS.billing} and check the usage limits at ${OPENAI_URLS.limits} (new credit can take a few minutes)`,
  missing_scopes: `the key is restricted: give it the permissions your app needs (Models: Read for /v1/models) at ${OPENAI_URLS.keys}`,
  rate_limited: `wait and retry with backoff; see your rate limits at ${OPENAI_URLS.limits}`,
  ip_not_allowed: `add this network's IP address to the project's IP allow-list (${OPENAI_URLS.projects}) or run from an allowed network`,
  region_blocked: `OpenAI does not serve requests from here: see ${OPENAI_URLS.regions}`,
  missing_api_key: 'something between you and OpenAI drops the Authorization header: check the proxy or gateway',
  server_error: `OpenAI is in trouble: see ${OPENAI_URLS.status} and retry later`,
  overloaded: 'the service is overloaded: retry later',
  timeout: 'check the network, proxy and firewall; retry later',
  network_error: 'check the network, proxy and firewall',
  dns_error: 'check the host name and DNS',
  tls_error: 'trust the TLS-inspecting proxy CA: NODE_EXTRA_CA_CERTS, SSL_CERT_FILE or REQUESTS_CA_BUNDLE',
  redirected: 'OPENAI_BASE_URL probably points at a web page rather than the API: check it',
  unrecognised: `retry later; if it persists see ${OPENAI_URLS.status}`,
};

function liveCheck(verdict: Verdict, admin: boolean, elsewhere: string | undefined): DoctorCheck {
  const fix = LIVE_FIXES[verdict.reason];
  if (verdict.status === 'live' && verdict.reason === 'ok') {
    if (elsewhere) {
      return {
        id: 'live',
        status: 'warn',
        message: `${elsewhere} answered 200 to GET /models: some services answer that without checking the key`,
        fix: 'make one real request to be sure, or unset OPENAI_BASE_URL to check against OpenAI',
      };
    }
    return { id: 'live', status: admin ? 'warn' : 'pass', message: verdict.detail };
  }
  const works = verdict.status === 'live' && (verdict.reason === 'missing_scopes' || verdict.reason === 'rate_limited');
  return {
    id: 'live',
    status: works ? 'warn' : 'fail',
    message: verdict.detail,
    ...(fix ? { fix } : {}),
  };
}

async function orgProjectChecks(
  key: string,
  env: Record<string, string | undefined>,
  api: URL,
  admin: boolean,
  first: ProbeAnswer | undefined,
  fetch: Fetch,
  timeoutMs: number,
  add: Add,
): Promise<void> {
  const org = env.OPENAI_ORG_ID?.trim() || env.OPENAI_ORGANIZATION?.trim() || undefined;
  const orgName = env.OPENAI_ORG_ID?.trim() ? 'OPENAI_ORG_ID' : 'OPENAI_ORGANIZATION';
  const project = env.OPENAI_PROJECT_ID?.trim() || undefined;
  if (!org && !project) return;
  if (org && !org.startsWith('org-')) {
    add({
      id: 'organization',
      status: 'warn',
      message: `${orgName}=${org} does not look like an organization id (org-…)`,
      fix: `copy the id from ${OPENAI_URLS.organization}, or unset ${orgName}`,
    });
  }
  if (project && !project.startsWith('proj_')) {
    add({
      id: 'project',
      status: 'warn',
      message: `OPENAI_PROJECT_ID=${project} does not look like a project id (proj_…)`,
      fix: `copy the id from ${OPENAI_URLS.projects}, or unset OPENAI_PROJECT_ID`,
    });
  }
  // Send what the SDK sends: the same key with the OpenAI-Organization / OpenAI-Project headers.
  const headers: Record<string, string> = {};
  if (org) headers['openai-organization'] = org;
  if (project) headers['openai-project'] = project;
  const request = openaiRequest(key, apiRoot(api), admin, headers);
  if (!admin) request.url = modelsUrl(api);
  const result = await probe(request, fetch, timeoutMs);
  const answer = 'answer' in result ? result.answer : undefined;
  const v = answer ? classifyOpenai(answer, admin) : undefined;
  const seenOrg = answer?.headers.get('openai-organization') ?? first?.headers.get('openai-organization') ?? undefined;
  const seenProject = answer?.headers.get('openai-project') ?? first?.headers.get('openai-project') ?? undefined;
  if (org) {
    if (v?.reason === 'mismatched_organization' || (seenOrg?.startsWith('org-') && seenOrg !== org)) {
      add({
        id: 'organization',
        status: 'fail',
        message: `${orgName}=${org}, but the key belongs to ${seenOrg?.startsWith('org-') ? seenOrg : 'another organization'}: requests sent with it fail`,
        fix: `set ${orgName} to the key's organization (${OPENAI_URLS.organization}) or unset it`,
      });
    } else if (v && v.status === 'live') {
      add({ id: 'organization', status: 'pass', message: `OpenAI accepts the key with ${orgName}=${org}` });
    }
  }
  if (project) {
    if (v?.reason === 'mismatched_project' || (seenProject?.startsWith('proj_') && seenProject !== project)) {
      add({
        id: 'project',
        status: 'fail',
        message: `OPENAI_PROJECT_ID=${project}, but the key belongs to ${seenProject?.startsWith('proj_') ? seenProject : 'another project'}: requests sent with it fail`,
        fix: `set OPENAI_PROJECT_ID to the key's project (${OPENAI_URLS.projects}) or unset it; a project key already names its project`,
      });
    } else if (v && v.status === 'live') {
      add({ id: 'project', status: 'pass', message: `OpenAI accepts the key with OPENAI_PROJECT_ID=${project}` });
    }
  }
  if (v && v.status !== 'live' && v.reason !== 'mismatched_organization' && v.reason !== 'mismatched_project') {
    add({
      id: org ? 'organization' : 'project',
      status: 'fail',
      message: `with the organization/project headers the SDK sends, OpenAI answers differently: ${v.detail}`,
      fix: `check ${[org ? orgName : '', project ? 'OPENAI_PROJECT_ID' : ''].filter(Boolean).join(' and ')}, or unset them`,
    });
  }
  if (!answer && 'failure' in result) {
    add({
      id: org ? 'organization' : 'project',
      status: 'warn',
      message: `could not check the organization/project headers: ${result.failure.meaning}`,
    });
  }
}
