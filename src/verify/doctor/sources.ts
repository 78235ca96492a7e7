import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SkguardError } from '../../core/errors.js';
import type { ProviderModule } from '../../core/index.js';
import { type DotenvEntry, parseDotenv } from '../dotenv.js';
import { nearMisses } from './near-miss.js';
import type { Add, DoctorInput, Sources } from './types.js';

/** Reads the sources; a `--dotenv` file that cannot be read is a usage error. */
export function readSources(input: DoctorInput): Sources {
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
    return { env: input.env, file: { name: input.envFile, vars: parseDotenv(text) } };
  }
  const dotenvPath = path.join(input.cwd, '.env');
  const dotenv = existsSync(dotenvPath) ? safeParse(dotenvPath) : undefined;
  return { env: input.env, ...(dotenv ? { dotenv } : {}) };
}

function safeParse(file: string): Map<string, DotenvEntry> | undefined {
  try {
    return parseDotenv(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The variables as the developer's app sees them: the environment, overlaid by the `--dotenv` file. */
export function appEnv(sources: Sources): Record<string, string | undefined> {
  if (!sources.file) return sources.env;
  const env = { ...sources.env };
  for (const [name, entry] of sources.file.vars) env[name] = entry.value;
  return env;
}

/** Every variable name doctor can see, and where. */
export function visibleNames(sources: Sources): Map<string, string> {
  const names = new Map<string, string>();
  if (sources.file) {
    for (const name of sources.file.vars.keys()) names.set(name, sources.file.name);
    return names;
  }
  for (const [name, value] of Object.entries(sources.env)) if (value !== undefined) names.set(name, 'environment');
  for (const name of sources.dotenv?.keys() ?? []) if (!names.has(name)) names.set(name, './.env');
  return names;
}

/**
 * The value of a variable that goes with a key (a Langfuse public key, an Azure endpoint), read
 * where the key was: the environment's key takes only the environment's; a file's key, the file's
 * first. An unloaded `./.env` is anyone's (a cloned repository's): it never names where the
 * developer's own key is sent.
 */
export function lookup(sources: Sources, name: string, keySource: string | undefined): string | undefined {
  const fromFile =
    keySource === sources.file?.name
      ? sources.file?.vars.get(name)?.value
      : keySource === './.env'
        ? sources.dotenv?.get(name)?.value
        : undefined;
  const value = fromFile ?? sources.env[name];
  return value?.trim() ? value.trim() : undefined;
}

/** Whether a variable is set anywhere doctor looks for keys (with `--dotenv`, in that file). */
export function isSet(sources: Sources, name: string): boolean {
  if (sources.file) return sources.file.vars.has(name);
  return sources.env[name] !== undefined || sources.dotenv?.has(name) === true;
}

/** How to set a provider's variable, for fixes: `GROQ_API_KEY=gsk_…`. */
export function assignment(module: ProviderModule, variable: string): string {
  const prefix = module.rules.find((r) => r.redactPrefix !== '')?.redactPrefix ?? '';
  return `${variable}=${prefix}…`;
}

/**
 * Where a provider variable's value comes from: the `--dotenv` file, the environment, or an unloaded
 * `./.env`; near-miss names when it is missing. Adds the `variable` (and `dotenv`) checks.
 */
export function findValue(
  module: ProviderModule,
  variable: string,
  sources: Sources,
  add: Add,
): { value: string | undefined; source: string | undefined } {
  const fromEnv = sources.env[variable];
  const names = visibleNames(sources);
  const missingFix = `create a key at ${module.rotateUrl} and export ${assignment(module, variable)} (or put it in .env and load it); run doctor with --dotenv FILE to check a file`;
  if (sources.file) {
    const { name, vars } = sources.file;
    const entry = vars.get(variable);
    if (!entry) {
      add({
        id: 'variable',
        status: 'fail',
        message: `${name} does not set ${variable}${nearMissText(module, names)}`,
        fix: nearMissFix(module, variable, names) ?? `add a line ${assignment(module, variable)} to ${name}`,
      });
      return { value: undefined, source: undefined };
    }
    add({ id: 'variable', status: 'pass', message: `${variable} is set in ${name} (line ${entry.line})` });
    if (fromEnv !== undefined && fromEnv !== entry.value) {
      add({
        id: 'dotenv',
        status: 'warn',
        message: `the environment also sets ${variable}, to a different value: dotenv and node --env-file keep the environment's value`,
        fix: `unset ${variable} in the shell (unset ${variable}) or make both the same`,
      });
    }
    return { value: entry.value, source: name };
  }

  const inDotenv = sources.dotenv?.get(variable);
  if (fromEnv === undefined) {
    if (inDotenv) {
      add({
        id: 'variable',
        status: 'fail',
        message: `${variable} is not set in the environment, but ./.env sets it (line ${inDotenv.line}): nothing loaded the file`,
        fix: 'the SDKs do not read .env themselves: load it (python-dotenv load_dotenv(), node --env-file=.env, import "dotenv/config") or export the variable; the value in ./.env is diagnosed below',
      });
      return { value: inDotenv.value, source: './.env' };
    }
    add({
      id: 'variable',
      status: 'fail',
      message: `${variable} is not set${nearMissText(module, names)}`,
      fix: nearMissFix(module, variable, names) ?? missingFix,
    });
    return { value: undefined, source: undefined };
  }
  add({ id: 'variable', status: 'pass', message: `${variable} is set in the environment` });
  if (inDotenv && inDotenv.value !== fromEnv) {
    add({
      id: 'dotenv',
      status: 'warn',
      message: `./.env sets a different ${variable} (line ${inDotenv.line}): dotenv loaders keep the environment's value, so the .env one is ignored`,
      fix: 'remove one of the two, or make them the same',
    });
  }
  return { value: fromEnv, source: 'environment' };
}

/** `; found OPENAI_KEY instead` when a near-miss name of the provider's is set. */
function nearMissText(module: ProviderModule, names: Map<string, string>): string {
  const found = nearMisses(module, names.keys()).map((n) =>
    names.get(n) === 'environment' ? n : `${n} (in ${names.get(n)})`,
  );
  return found.length ? `; found ${found.join(', ')} instead` : '';
}

function nearMissFix(module: ProviderModule, variable: string, names: Map<string, string>): string | undefined {
  const [found] = nearMisses(module, names.keys());
  if (!found) return undefined;
  return `rename ${found} to ${variable}: the ${module.name} SDKs read ${module.env.join(' or ')}`;
}
