import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../../core/errors.js';
import { fingerprint } from '../../core/index.js';
import { classifyOpenai, isOpenaiAdminKey, modelIds, OPENAI_URLS } from '../../core/providers/openai.js';
import { openaiRequest } from '../check.js';
import { parseDotenv } from '../dotenv.js';
import { BASE_URL_VARIABLES, displayUrl, resolveBaseUrls } from '../endpoints.js';
import { probe } from '../http.js';
import { ruleOfKey } from '../infer.js';
import { systemNet } from '../reach.js';
import type { ProbeAnswer, ProbeRequest, Verdict } from '../types.js';
import { failureVerdict } from '../verifier.js';
import { findValue } from './environment.js';
import { familyCheck, redactAny } from './key-family.js';
import { apiRoot, liveCheck, modelsUrl, orgProjectChecks } from './live.js';
import { proxyCheck, reachability, requestTarget } from './target.js';
import type { DoctorCheck, DoctorDeps, DoctorInput, DoctorReport } from './types.js';
import { cleanValue } from './value.js';

export type { CheckStatus, DoctorCheck, DoctorDeps, DoctorInput, DoctorReport } from './types.js';
export { KEY_VARIABLE } from './types.js';

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

  // Where the variables come from: the environment, or the environment overlaid by --dotenv.
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
        `--dotenv ${input.envFile}: ${code === 'ENOENT' ? 'file not found' : (code ?? 'unreadable')}`,
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
