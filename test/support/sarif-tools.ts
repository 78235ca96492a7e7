import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { tempDir } from './repo.js';

/**
 * Checks SARIF the way its consumers do, offline: the official SARIF 2.1.0 JSON schema (the copy
 * Microsoft's SARIF Multitool package ships, since the network is not reachable) and the Multitool's
 * own `validate` command with GitHub's rules.
 */

const require = createRequire(import.meta.url);
const MULTITOOL_DIR = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
const SARIF_SCHEMA_FILE = path.join(MULTITOOL_DIR, 'sarif-2.1.0.json');
const MULTITOOL = path.join(MULTITOOL_DIR, 'Sarif.Multitool');

/** RFC 3986 characters, with `%` only as part of a percent-encoded octet. */
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

let validator: ((data: unknown) => boolean) & { errors?: unknown } = Object.assign(() => false, {});
let compiled = false;

/** Schema errors of a SARIF log (empty when valid). Formats are checked too: `uri-reference` catches unencoded paths. */
export function schemaErrors(log: unknown): string[] {
  if (!compiled) {
    // The shipped schema declares draft 2020-12 (with `definitions`, which 2020-12 still resolves).
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s));
    ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
    ajv.addFormat('date-time', (s: string) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)));
    ajv.addFormat('uuid', /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/);
    validator = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
    compiled = true;
  }
  if (validator(log)) return [];
  return ((validator.errors ?? []) as { instancePath: string; message?: string }[]).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''}`,
  );
}

/** One result of the Multitool's validation log: a rule id, its level and the formatted message. */
export interface MultitoolFinding {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * Makes sure the Multitool can run: npm 11 does not run the package's postinstall (`chmod u+x`), so
 * the binary may arrive without its execute bit. Returns why it cannot run, or undefined when it can.
 */
export function multitoolProblem(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return `the Multitool package ships a linux-x64 binary; this is ${process.platform}-${process.arch}`;
  }
  try {
    accessSync(MULTITOOL, constants.X_OK);
  } catch {
    chmodSync(MULTITOOL, statSync(MULTITOOL).mode | 0o111);
  }
  const r = spawnSync(MULTITOOL, ['--version'], { env: multitoolEnv(), encoding: 'utf8', timeout: 60_000 });
  if (r.error) return `${MULTITOOL} does not start: ${r.error.message}`;
  if (r.status !== 0) return `${MULTITOOL} --version exited ${r.status}: ${r.stderr || r.stdout}`;
  return undefined;
}

// Invariant globalization: the self-contained .NET binary then needs no libicu on the machine.
function multitoolEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
}

/**
 * Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` (GitHub's ingestion rules plus the SARIF
 * spec's) on a SARIF text and returns every result of its output log: errors, warnings and notes.
 */
export function multitoolValidate(sarif: string): MultitoolFinding[] {
  const dir = tempDir('skguard-sarif-');
  const input = path.join(dir, 'input.sarif');
  const output = path.join(dir, 'validation.sarif');
  try {
    writeFileSync(input, sarif);
    return validate(input, output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function validate(input: string, output: string): MultitoolFinding[] {
  // The input goes first: `--log` takes a list and would swallow a file name after it.
  const r = spawnSync(
    MULTITOOL,
    ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'],
    { env: multitoolEnv(), encoding: 'utf8', timeout: 120_000 },
  );
  if (r.error || r.status !== 0) {
    throw new Error(`Multitool validate failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stdout}${r.stderr}`);
  }
  const log = JSON.parse(readFileSync(output, 'utf8')) as {
    runs: {
      results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[];
      invocations?: { executionSuccessful: boolean }[];
    }[];
  };
  const run = log.runs[0];
  if (!run?.invocations?.[0]?.executionSuccessful) throw new Error(`Multitool validation did not run: ${r.stdout}`);
  // A result with no level is a warning (SARIF's default); the text is in the console output.
  return (run.results ?? []).map((res) => ({
    ruleId: res.ruleId,
    level: res.level ?? 'warning',
    text: res.message.text ?? `${res.message.id} ${JSON.stringify(res.message.arguments ?? [])}`,
  }));
}
