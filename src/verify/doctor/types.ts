import type { Fetch } from '../http.js';
import type { NetProbes } from '../reach.js';
import type { Verdict } from '../types.js';

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
  /** Where the key was read: `environment`, the `--dotenv` file, or `./.env` (found but not loaded). */
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
  /** `--dotenv`: read the variables from this file (relative to `cwd`). */
  envFile?: string | undefined;
  /** `--model`: a model the key should be able to use. */
  model?: string | undefined;
  timeoutMs?: number | undefined;
}

export interface DoctorDeps {
  fetch?: Fetch;
  net?: NetProbes;
}

/** How a check adds its line to the diagnosis. */
export type Add = (check: DoctorCheck) => void;
