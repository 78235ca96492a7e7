import type { ProviderModule } from '../../core/index.js';
import type { DotenvEntry } from '../dotenv.js';
import type { Fetch } from '../http.js';
import type { NetProbes } from '../reach.js';
import type { Verdict } from '../types.js';
import type { Verifier } from '../verifier.js';

/**
 * How one check came out. `unknown`: it was tried and told nothing (a host that did not resolve, a
 * proxy that carried nothing, a 5xx); `skip`: it was not tried (nothing to try it on, or not
 * applicable). Neither is a failure: only `fail` says the set-up does not work.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'skip';

/** One line of the diagnosis: what was checked, what was found, and the fix when it is not a pass. */
export interface DoctorCheck {
  /**
   * Stable id: `variable`, `dotenv`, `value`, `family`, `endpoint`, `context`, `proxy`, `dns`, `tcp`,
   * `tls`, `live`, `organization`, `project`, `model`.
   */
  id: string;
  status: CheckStatus;
  message: string;
  fix?: string;
}

/**
 * What doctor concludes about a key, from what it actually checked: `works` only when the provider
 * accepted it (and nothing else failed); `does-not-work` only when a check found it wrong (a
 * missing variable, a mangled value, another provider's key, the provider's own "invalid");
 * `could-not-tell` when neither was shown (unreachable, a proxy that carried nothing, a 5xx, a
 * provider with no read-only check).
 */
export type DoctorVerdict = 'works' | 'does-not-work' | 'could-not-tell';

/** The diagnosis of one variable of a provider. */
export interface KeyDiagnosis {
  /** The variable diagnosed (`GEMINI_API_KEY`). */
  variable: string;
  /** Where its value was read: `environment`, the `--dotenv` file, or `./.env` (found but not loaded); absent when unset. */
  source?: string;
  verdict: DoctorVerdict;
  key?: { redacted: string; fingerprint: string; length: number; rule?: string };
  /** Where the live check went (no credentials). */
  target?: string;
  /** The provider's answer, as `--verify` reports it. */
  verification?: Verdict;
  checks: DoctorCheck[];
}

/** The diagnosis of one provider: each of its variables that is set (or the one it should have). */
export interface ProviderDiagnosis {
  provider: string;
  name: string;
  /** The worst verdict of its keys. */
  verdict: DoctorVerdict;
  ok: boolean;
  keys: KeyDiagnosis[];
}

/**
 * The whole run. `ok` is true when every key diagnosed works; `verdict` is the worst of them
 * (`does-not-work` when none is set).
 */
export interface DoctorReport {
  ok: boolean;
  verdict: DoctorVerdict;
  providers: ProviderDiagnosis[];
  /** When no provider variable is set: every variable doctor looked for, and where. */
  lookedFor?: string[];
  lookedIn?: string[];
}

export interface DoctorInput {
  /** The process environment: the variables, `SKGUARD_*_BASE_URL` and the proxy variables. */
  env: Record<string, string | undefined>;
  cwd: string;
  /** `--dotenv`: read the provider variables from this file (relative to `cwd`). */
  envFile?: string | undefined;
  /** `--provider`: diagnose this provider only, set or not. */
  provider?: string | undefined;
  /** `--model`: a model the OpenAI key should be able to use. */
  model?: string | undefined;
  timeoutMs?: number | undefined;
}

export interface DoctorDeps {
  /** The transport of the live checks; by default fetch through the proxy `env` names, as `--verify`. */
  fetch?: Fetch;
  net?: NetProbes;
}

/** How a check adds its line to the diagnosis. */
export type Add = (check: DoctorCheck) => void;

/**
 * Where doctor reads a developer's variables: the environment; with `--dotenv FILE`, that file
 * first; without it, also the `./.env` nothing may have loaded (said as such).
 */
export interface Sources {
  env: Record<string, string | undefined>;
  /** `--dotenv FILE`, as given, and its variables. */
  file?: { name: string; vars: Map<string, DotenvEntry> };
  /** `./.env` when there is no `--dotenv` and it exists (and parses). */
  dotenv?: Map<string, DotenvEntry>;
}

/** What every key's diagnosis in one run shares. */
export interface Run {
  /** The process environment: where skguard's own settings (overrides, proxies) are read. */
  env: Record<string, string | undefined>;
  /** The variables as the developer's app sees them (the environment, overlaid by `--dotenv`). */
  appEnv: Record<string, string | undefined>;
  sources: Sources;
  /** The `SKGUARD_<ID>_BASE_URL` overrides that are set, already checked. */
  overrides: Record<string, URL | undefined>;
  /** The live checks of every provider but OpenAI: the validator `--verify` uses. */
  verifier: Verifier;
  fetch: Fetch | undefined;
  net: NetProbes;
  timeoutMs: number;
  model: string | undefined;
}

/** One provider's way of diagnosing a key, once its value is clean: adds checks, fills in `out`. */
export type DiagnoseKey = (
  run: Run,
  module: ProviderModule,
  variable: string,
  key: string,
  out: KeyDiagnosis,
  add: Add,
) => Promise<void>;
