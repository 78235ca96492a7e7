import type { Config } from '../config/schema.js';
import {
  compareFindings,
  type Finding,
  fingerprint,
  type Match,
  type Note,
  type RequiredLiteral,
  type Rule,
  toFinding,
} from '../core/index.js';
import { plural } from '../core/plural.js';
import { applySuppressions } from '../core/suppress.js';
import type { ScanReport, ScanStats } from '../report/types.js';
import {
  type AttributingSource,
  isAttributing,
  type Origin,
  type Source,
  type SourceContext,
  type SourceProgress,
  type SourceSummary,
} from '../sources/types.js';
import type { Verifier } from '../verify/index.js';
import { containerOf, newTally, ScanSink, type Tally } from './scan-sink.js';
import { openSession, type ScanSession } from './session.js';
import { IGNORE_FILE } from './suppressions.js';

/** A finding with its key, kept in memory (verification, the Action's masking); reporters only ever see `finding`. */
export interface Hit {
  finding: Finding;
  secret: string;
  /** What satisfied the rule's in-file checks (the Azure OpenAI endpoint host): where the key belongs. */
  context?: string[];
}

/** What every command and adapter gets back from a scan. */
export interface ScanResult {
  report: ScanReport;
  /** The reported findings with their keys (suppressed ones are not here). */
  hits: Hit[];
  /** The suppressed findings (`report.suppressed`) with their keys: masked and placed like the others. */
  suppressed: Hit[];
  /** The rules that were active (SARIF lists them). */
  rules: readonly Rule[];
}

export interface RunOptions {
  /** `--config`: a config file other than `.skguard.json` at the source's root. */
  configFile?: string | undefined;
  /** Settings already read (a pull request's base commit's): used instead of any config file. */
  config?: Config | undefined;
  /** `--baseline`: an earlier JSON report. */
  baselineFile?: string | undefined;
  /**
   * Ask each reported key's provider whether it works. Made by the caller before the scan, so that
   * a refused endpoint override ends the run before anything is read.
   */
  verifier?: Verifier | undefined;
  /** Progress while reading (called often: throttle before drawing). */
  onProgress?: (progress: SourceProgress) => void;
  /** Today, YYYY-MM-DD: when `.skguardignore` entries expire (default: the clock's, in UTC). */
  today?: string;
}

/**
 * The one scan pipeline: every command and adapter runs this. It opens the project's session
 * (config, rules, exclusions, suppressions), has the source push its content through the scanner
 * (the text/binary policy and tallies live in `ScanSink`), attributes keys to commits for history,
 * applies suppressions, verifies when asked, and returns the report every format renders.
 */
export async function runScan(source: Source, options: RunOptions = {}): Promise<ScanResult> {
  const session = await openSession({
    root: source.root,
    configFile: options.configFile,
    config: options.config,
    baselineFile: options.baselineFile,
  });
  const tally = newTally();
  let literals: RequiredLiteral[] | undefined;
  const context: SourceContext = {
    isExcluded: session.isExcluded,
    // Worked out when a source asks (the file prefilter): a commit's diff never needs them.
    get literals() {
      literals ??= session.scanner.requiredLiterals();
      return literals;
    },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  let hits: Hit[];
  let summary: SourceSummary;
  let sink: ScanSink;
  if (isAttributing(source)) {
    const found = new Map<string, FoundBlob>();
    sink = new ScanSink(session.scanner, tally, session.notes, (origin, matches) => keep(found, origin, matches));
    summary = await source.read(sink, context);
    await sink.settle();
    hits = found.size === 0 ? [] : await attribute(source, session, tally, found, options.onProgress);
    await nameUnnamed(source, sink.unnamed, session.notes, tally);
  } else {
    const collected: Hit[] = [];
    sink = new ScanSink(session.scanner, tally, session.notes, (origin, matches) =>
      collect(origin, matches, collected),
    );
    summary = await source.read(sink, context);
    await sink.settle();
    hits = collected;
  }
  for (const hit of keysInPaths(session, sink.paths, sink.archives)) hits.push(hit);
  const report = close(session, source, hits, tally, summary, options.today);
  if (options.verifier && hits.length > 0) {
    // Loaded only now: the hook's start-up never pays for the validator. Each distinct key is
    // checked once, and its verdict set on every finding that holds it; suppressed keys too.
    const { verifyHits } = await import('../verify/index.js');
    await verifyHits(hits, options.verifier);
    reinstateLive(report);
    // What the caps left unchecked is said, never passed over as clean.
    for (const u of options.verifier.unchecked()) {
      report.notes.push({
        level: 'warning',
        code: 'verify-unchecked',
        message:
          u.why === 'max-keys'
            ? `${plural(u.keys, 'key')} not checked: --verify checks at most ${u.limit} distinct keys per run (their status is unknown)`
            : `${plural(u.keys, 'key')} not checked: the run's verification time (${Math.round(u.limit / 1000)} s) ran out (their status is unknown)`,
      });
    }
  }
  const reported = new Set(report.findings);
  const suppressed = new Set(report.suppressed);
  return {
    report,
    hits: hits.filter((h) => reported.has(h.finding)),
    suppressed: hits.filter((h) => suppressed.has(h.finding)),
    rules: session.rules,
  };
}

/**
 * Keys in the paths themselves (a file or folder named after a key): all paths are scanned in one
 * pass, and a key is reported once per path up to its end (a folder named after a key is one
 * finding, not one per file in it).
 */
function keysInPaths(session: ScanSession, paths: ReadonlySet<string>, archives: ReadonlyMap<string, string>): Hit[] {
  const list = [...paths].filter((p) => p !== '' && p !== '-');
  if (list.length === 0) return [];
  // NUL-separated: a path can hold a newline, never a NUL. `starts` maps a byte offset to its path.
  const starts: number[] = [];
  let offset = 0;
  for (const p of list) {
    starts.push(offset);
    offset += Buffer.byteLength(p, 'utf8') + 1;
  }
  const indexAt = (byte: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= byte) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const joined = Buffer.from(`${list.join('\0')}\0`, 'utf8');
  const hits = new Map<string, Hit>();
  for (const match of session.scanner.scan(joined)) {
    const index = indexAt(match.start);
    const path = list[index];
    if (path === undefined || session.isExcluded(path)) continue;
    // Up to the end of the key (or of its encoded form), in characters of the path.
    const named = joined.toString('utf8', starts[index], match.end);
    const id = `${fingerprint(match.secret)}\0${named}`;
    if (hits.has(id)) continue;
    // In a member's name (not in the archive's own): the archive is what holds it.
    const archive = archives.get(path);
    const origin = {
      file: named,
      inPath: true,
      ...(archive !== undefined && named.length > archive.length ? { archive } : {}),
    };
    const finding = toFinding({ ...match, line: 1, column: 1, endColumn: 1 }, origin);
    hits.set(id, { finding, secret: match.secret });
  }
  return [...hits.values()];
}

/** Notes about blobs read without a path (archives history could not read whole), once named. */
async function nameUnnamed(
  source: AttributingSource,
  unnamed: ScanSink['unnamed'],
  notes: Note[],
  tally: Tally,
): Promise<void> {
  if (unnamed.length === 0) return;
  const counted = new Set<string>();
  const names = source.nameBlobs ? await source.nameBlobs(new Set(unnamed.map((u) => u.blob))) : new Map();
  for (const { blob, member, what } of unnamed) {
    const name = names.get(blob);
    if (name === undefined && source.nameBlobs) continue; // out of scope: no revision reaches it
    const file = `${name || `(blob ${blob.slice(0, 12)})`}${member}`;
    notes.push({ level: 'warning', code: 'archive-not-read', message: `${file}: ${what}` });
    // Not read whole: counted once per blob, as the verdict counts what was not read.
    if (!counted.has(blob)) tally.skipped.unreadable++;
    counted.add(blob);
  }
}

/**
 * Matches of a whole-content source become hits, only on the origin's lines. A match on a line
 * marked `skguard:allow` becomes a suppressed hit: not reported, but listed for reviewers, and
 * checked like the others by `--verify` (a live key cannot be allowed away).
 */
function collect(origin: Origin, matches: Match[], hits: Hit[]): void {
  const where = { file: origin.path, ...(origin.member ? { archive: containerOf(origin) } : {}) };
  for (const match of matches) {
    if (origin.lines && !origin.lines.has(match.line)) continue;
    const hit: Hit = { finding: toFinding(match, where), secret: match.secret };
    if (match.allowed) hit.finding.suppression = { kind: 'inline' };
    if (match.context) hit.context = match.context;
    hits.push(hit);
  }
}

/** One key in one blob: where it first stands there, and whether every occurrence is marked `skguard:allow`. */
interface KeyInBlob {
  match: Match;
  allowedOnly: boolean;
  /** In an archive blob: the member it stands in (`!app/.env`), reported after the blob's path. */
  member?: string;
}

/** A blob with keys, as history reads it: a path it had, and its keys by fingerprint. */
interface FoundBlob {
  name: string;
  keys: Map<string, KeyInBlob>;
}

/**
 * Keeps a blob's keys (one per fingerprint: the first occurrence not marked `skguard:allow`), if it
 * has any. An archive blob comes as its members, one after another: their keys add up.
 */
function keep(found: Map<string, FoundBlob>, origin: Origin, matches: Match[]): void {
  if (matches.length === 0 || origin.blob === undefined) return;
  const name = containerOf(origin);
  const blob = found.get(origin.blob) ?? { name, keys: new Map<string, KeyInBlob>() };
  const member = origin.member ? { member: origin.member } : {};
  for (const match of matches) {
    const fp = fingerprint(match.secret);
    const seen = blob.keys.get(fp);
    if (!seen) blob.keys.set(fp, { match, allowedOnly: match.allowed, ...member });
    else if (seen.allowedOnly && !match.allowed) blob.keys.set(fp, { match, allowedOnly: false, ...member });
  }
  found.set(origin.blob, blob);
}

/**
 * History's second pass: the source says which commit introduced each key at each path; each
 * such (key, path) becomes one hit, unless the config excludes the path or every occurrence is
 * marked `skguard:allow`.
 */
async function attribute(
  source: AttributingSource,
  session: ScanSession,
  tally: Tally,
  found: Map<string, FoundBlob>,
  onProgress: RunOptions['onProgress'],
): Promise<Hit[]> {
  // Blobs the walk needs that were not read (a range's old sides) are scanned here, uncounted (what
  // the source says about them still reaches the report).
  const extra = new Map<string, FoundBlob>();
  const lookup = new ScanSink(session.scanner, newTally(), session.notes, (origin, matches) =>
    keep(extra, origin, matches),
  );
  const keysOf = (blob: string) => (found.get(blob) ?? extra.get(blob))?.keys;
  const { introductions, exhaustive, reachable } = await source.attribute(keysOf, lookup, onProgress);
  await lookup.settle();

  const hits: Hit[] = [];
  const decided = new Set<string>();
  const excludedPaths = new Set<string>();
  for (const intro of introductions) {
    decided.add(intro.fingerprint);
    const key = keysOf(intro.blob)?.get(intro.fingerprint);
    if (!key) continue;
    if (session.isExcluded(intro.path)) {
      excludedPaths.add(intro.path);
      continue;
    }
    const file = intro.path + (key.member ?? '');
    const origin = {
      file,
      commit: intro.commit,
      author: intro.author,
      date: intro.date,
      ...(key.member ? { archive: intro.path } : {}),
    };
    const finding = toFinding(key.match, origin);
    if (key.allowedOnly) finding.suppression = { kind: 'inline' };
    hits.push({ finding, secret: key.match.secret });
  }
  tally.skipped.excluded += excludedPaths.size;

  if (exhaustive) {
    const undecided = new Set<string>();
    for (const [id, blob] of found) {
      for (const [fp, key] of blob.keys) if (!decided.has(fp) && !key.allowedOnly) undecided.add(id);
    }
    const names = reachable && undecided.size > 0 ? await reachable(undecided) : undefined;
    let unattributed = 0;
    for (const [id, blob] of found) {
      const name = names ? names.get(id) : blob.name;
      if (name === undefined) continue; // out of scope: a blob no revision reaches
      for (const [fp, key] of blob.keys) {
        if (decided.has(fp) || key.allowedOnly) continue;
        decided.add(fp);
        unattributed++;
        const where = name || `(blob ${id.slice(0, 12)})`;
        const origin = { file: where + (key.member ?? ''), ...(key.member ? { archive: where } : {}) };
        hits.push({ finding: toFinding(key.match, origin), secret: key.match.secret });
      }
    }
    if (unattributed > 0) {
      session.notes.push({
        level: 'warning',
        code: 'unattributed-key',
        message: `${unattributed} ${unattributed === 1 ? 'key is' : 'keys are'} in blobs that no commit in scope adds (a tag pointing at a file?): reported without a commit`,
      });
    }
  }
  return hits;
}

/** Applies suppressions and assembles the report every format renders. */
function close(
  session: ScanSession,
  source: Source,
  hits: Hit[],
  tally: Tally,
  summary: SourceSummary,
  today: string | undefined,
): ScanReport {
  const { findings, suppressed, stats } = applySuppressions(
    hits.map((h) => h.finding),
    {
      fakes: session.fakes,
      ...(session.ignore ? { ignore: session.ignore } : {}),
      ...(session.baseline ? { baseline: session.baseline } : {}),
      ...(today ? { today } : {}),
    },
  );
  for (const entry of stats.expiredIgnores) {
    session.notes.push({
      level: 'warning',
      code: 'expired-ignore',
      message: `${IGNORE_FILE}:${entry.line}: the entry for fingerprint ${entry.fingerprint} expired on ${entry.expires}${entry.reason ? ` (reason: ${entry.reason})` : ''}: it no longer suppresses the key`,
    });
  }
  // A source that reads part of the project (a commit's files): an entry matching nothing here may
  // match elsewhere, so saying so would be noise on every commit.
  if (!source.partial) {
    for (const unused of stats.unusedIgnores) {
      session.notes.push({
        level: 'info',
        code: 'unused-ignore',
        message: `${IGNORE_FILE}:${unused.line}: fingerprint ${unused.fingerprint} matched nothing in this scan`,
      });
    }
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const history: Partial<ScanStats> =
    summary.commits === undefined ? {} : { commits: summary.commits, blobs: summary.blobs ?? 0 };
  return {
    findings,
    stats: {
      source: source.kind,
      files: tally.files,
      bytes: tally.bytes,
      skipped: { binary: tally.binary, ...tally.skipped },
      ...history,
      ...(summary.truncated ? { truncated: true } : {}),
      suppressed: { inline: stats.inline, ignored: stats.ignored, baseline: stats.baseline },
      durationMs: Math.round(Number(process.hrtime.bigint()) / 1e6 - session.started),
    },
    notes: session.notes,
    suppressed,
  };
}

/**
 * A suppressed key its provider says is live is reported again: acknowledging a key is for one
 * that was rotated, and a working key cannot be acknowledged away. Its suppression stays on the
 * finding, so the report can say what tried to suppress it.
 */
function reinstateLive(report: ScanReport): void {
  const live = (report.suppressed ?? []).filter((f) => f.verification?.status === 'live');
  if (live.length === 0) return;
  report.suppressed = (report.suppressed ?? []).filter((f) => f.verification?.status !== 'live');
  for (const finding of live) report.findings.push(finding);
  report.findings.sort(compareFindings);
  const kinds = report.stats.suppressed;
  for (const f of live) {
    if (f.suppression?.kind === 'inline') kinds.inline--;
    else if (f.suppression?.kind === 'baseline') kinds.baseline--;
    else kinds.ignored--;
  }
  report.notes.push({
    level: 'warning',
    code: 'suppressed-but-live',
    message: `${plural(live.length, 'suppressed key')} ${live.length === 1 ? 'is' : 'are'} live (its provider accepted it): reported anyway; rotate ${live.length === 1 ? 'it' : 'them'}, then the suppression holds`,
  });
}
