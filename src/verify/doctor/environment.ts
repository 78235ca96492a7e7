import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { OPENAI_URLS } from '../../core/providers/openai.js';
import { parseDotenv } from '../dotenv.js';
import { type Add, type DoctorInput, KEY_VARIABLE } from './types.js';

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

/** Where the key's value comes from: the `--dotenv` file, the environment, or an unloaded `./.env`; near-miss names when it is missing. */
export function findValue(
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
        `create a key at ${OPENAI_URLS.keys} and export ${KEY_VARIABLE}=sk-… (or put it in .env and load it); run doctor with --dotenv FILE to check a file`,
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
