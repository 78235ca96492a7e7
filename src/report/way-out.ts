import type { Finding } from '../core/index.js';
import { providerName } from './format.js';

/**
 * The way out of a finding, by case: what a developer does about a key depends on where it stands.
 * Pure data for the reporters (text, the hook's message, the pull-request comment) to phrase.
 */
export type WayOutCase =
  /** The key is in a file as it is now: move it to an environment variable or a secret store. */
  | 'in-code'
  /** A `.env`-like file is committed: stop tracking it. */
  | 'env-file'
  /** A notebook: the key is in a cell or a saved output. */
  | 'notebook'
  /** A file or folder is named after the key. */
  | 'in-path'
  /** The key is gone from the file at head but stays in history: rotate, then squash or acknowledge. */
  | 'history-only';

export interface WayOut {
  case: WayOutCase;
  findings: Finding[];
}

const ENV_FILE = /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/;

function caseOf(f: Finding): WayOutCase {
  if (f.inPath) return 'in-path';
  if (f.atHead === 'removed' || f.atHead === 'deleted') return 'history-only';
  if (ENV_FILE.test(f.file)) return 'env-file';
  if (f.file.endsWith('.ipynb')) return 'notebook';
  return 'in-code';
}

/** The findings grouped by way out, in the order people should act on them. */
export function waysOut(findings: readonly Finding[]): WayOut[] {
  const order: WayOutCase[] = ['env-file', 'in-code', 'notebook', 'in-path', 'history-only'];
  const groups = new Map<WayOutCase, Finding[]>();
  for (const f of findings) {
    const c = caseOf(f);
    groups.set(c, [...(groups.get(c) ?? []), f]);
  }
  return order.filter((c) => groups.has(c)).map((c) => ({ case: c, findings: groups.get(c) as Finding[] }));
}

/** One link per provider and key type where keys are revoked, each with its own label. */
export function rotateLinks(findings: readonly Finding[]): { label: string; url: string }[] {
  const byUrl = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!f.rotateUrl) continue;
    const kinds = byUrl.get(f.rotateUrl) ?? new Set<string>();
    kinds.add(f.provider);
    byUrl.set(f.rotateUrl, kinds);
  }
  const labels = new Map<string, number>();
  for (const providers of byUrl.values()) for (const p of providers) labels.set(p, (labels.get(p) ?? 0) + 1);
  return [...byUrl].map(([url, providers]) => {
    const names = [...providers].map(providerName).join(', ');
    // A provider with two pages (API keys, admin keys): the label says which.
    const twice = [...providers].some((p) => (labels.get(p) ?? 0) > 1);
    const admin = findings.find((f) => f.rotateUrl === url && /admin/.test(f.rule));
    return { label: twice ? `${names} (${admin ? 'admin keys' : 'API keys'})` : names, url };
  });
}

/** Distinct fingerprints, in report order. */
export function fingerprintsOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.fingerprint))];
}

/** Today as `skguard ignore --reason` suggests it: "rotated on 2026-11-29". */
export function rotatedReason(today = new Date().toISOString().slice(0, 10)): string {
  return `rotated on ${today}`;
}
