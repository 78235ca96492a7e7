import { randomBytes } from 'node:crypto';
import * as core from '@actions/core';
import { cutToBytes } from '../ci/budget.js';
import { printable, Redactor } from '../core/egress.js';
import { builtinRules } from '../core/index.js';

/**
 * The only way the Action talks to the runner: log lines, masks, annotations, the step's failure,
 * outputs and the job summary. Nothing else in src/action writes to stdout or calls @actions/core
 * (test/action/log.test.ts checks the imports).
 *
 * What the runner obeys (actions/runner, `ActionCommandManager.TryProcessCommand` and
 * `ActionCommand.TryParseV2`/`TryParse`, read for this module):
 * - It reads stdout and stderr line by line with .NET's `StreamReader.ReadLine`, which ends a line
 *   at `\n`, at `\r\n` and at a lone `\r`.
 * - A line whose start, after .NET's `TrimStart()` (spaces, tabs, NEL, no-break and other Unicode
 *   spaces, line and paragraph separators), is `::name props::data` is a command (V2 format) when
 *   `name` is registered; names compare case-insensitively.
 * - Otherwise `##[name props]data` anywhere in the line is a command (the legacy format).
 * - `stop-commands` (either format) makes it ignore every command until a line that parses as the
 *   command named by its data (the token), again case-insensitively; while stopped it still masks.
 * - Problem matchers that earlier steps registered (`add-matcher`) match any line that is not a
 *   command, stopped or not: no text a repository chose can be kept from a workflow's own matchers.
 *
 * So: every line of text (skguard's words and the input's alike) is written inside a
 * `::stop-commands::<token>` … `::<token>::` block with a fresh random token the text does not
 * contain, commands (masks, annotations, the failure, outputs) are issued only between blocks and
 * built by @actions/core (which escapes `%`, CR and LF in data, and `:` and `,` in properties), and
 * the text of an annotation or of the failure, which the runner shows as its own, has any `::` at
 * a line's start and any `##[` broken by a zero-width space. Every string is redacted first, and a
 * key found in it is masked before the line that would show it.
 */

/** Annotations of one kind (error, warning) GitHub shows per step; it drops the rest. */
export const ANNOTATIONS_PER_KIND = 10;
/** GitHub's limit on a step's job summary: 1 MiB. */
export const SUMMARY_BYTES = 1024 * 1024;
/** The Redactor's own floor: shorter strings are not keys, and masking them would blank common words. */
const SHORTEST_MASK = 8;

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export class ActionLog {
  private readonly redactor: Redactor;
  /** The token of the open stop-commands block; undefined while the runner obeys commands. */
  private token: string | undefined;
  private readonly masked = new Set<string>();
  /** Error annotations left for findings: one of the step's ten is kept for its failure. */
  private errorsLeft = ANNOTATIONS_PER_KIND - 1;
  private warningsLeft = ANNOTATIONS_PER_KIND;
  private failed = false;

  constructor() {
    this.redactor = new Redactor(builtinRules, (secret) => this.mask(secret));
  }

  /** Text with every key in it redacted (a key found by its shape is masked first). */
  scrub(text: string): string {
    return this.redactor.scrub(text);
  }

  /** A key the scan found: masked now, and redacted wherever it would appear in what follows. */
  learn(secret: string, redactPrefix: string): void {
    this.redactor.learn(secret, redactPrefix);
    this.mask(secret);
  }

  /** Lines for people, where no command acts: skguard's words and the input's alike. */
  text(text: string): void {
    const safe = printable(this.scrub(text), true);
    this.pause(safe);
    core.info(safe);
  }

  /** An error annotation, while the step has some left; false when GitHub would drop it. */
  error(message: string, properties: AnnotationProperties = {}): boolean {
    if (this.errorsLeft === 0) return false;
    this.errorsLeft--;
    this.resume();
    core.error(this.commandText(message), this.properties(properties));
    return true;
  }

  /** A warning annotation, or, once the step's warnings are used up, a line of text. */
  warning(message: string): void {
    if (this.warningsLeft === 0) {
      this.text(`warning: ${message}`);
      return;
    }
    this.warningsLeft--;
    this.resume();
    core.warning(this.commandText(message));
  }

  /** Fails the step with this message (its own annotation, always kept). Only the first call counts. */
  fail(message: string): void {
    if (this.failed) return;
    this.failed = true;
    this.resume();
    core.setFailed(this.commandText(message));
  }

  output(name: string, value: string | number): void {
    // Without GITHUB_OUTPUT, @actions/core falls back to the `set-output` command.
    this.resume();
    core.setOutput(name, this.scrub(String(value)));
  }

  /** Appends to the job summary (redacted, and never past GitHub's 1 MiB); nothing outside a runner. */
  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(cutToBytes(this.scrub(markdown), SUMMARY_BYTES)).write();
  }

  /** Ends the open block, so that the runner obeys commands again after the step. */
  close(): void {
    this.resume();
  }

  private mask(secret: string): void {
    if (secret.length < SHORTEST_MASK || this.masked.has(secret)) return;
    this.masked.add(secret);
    this.resume();
    core.setSecret(secret);
  }

  /** Opens a stop-commands block whose token `text` does not contain (a fresh one if it does). */
  private pause(text: string): void {
    const lower = text.toLowerCase();
    if (this.token !== undefined && !lower.includes(this.token)) return;
    this.resume();
    let token: string;
    do token = randomBytes(16).toString('hex');
    while (lower.includes(token));
    this.token = token;
    core.info(`::stop-commands::${token}`);
  }

  private resume(): void {
    if (this.token === undefined) return;
    core.info(`::${this.token}::`);
    this.token = undefined;
  }

  /** The text of an annotation or of the failure: redacted, printable, and inert as a command. */
  private commandText(text: string): string {
    return neutralise(printable(this.scrub(text), true));
  }

  private properties(p: AnnotationProperties): core.AnnotationProperties {
    const out: core.AnnotationProperties = {};
    if (p.title !== undefined) out.title = neutralise(printable(this.scrub(p.title)));
    // A path that holds a key cannot be named as it is: the annotation then goes on no file (its
    // message names the path, redacted).
    if (p.file !== undefined && this.scrub(p.file) === p.file) {
      out.file = p.file;
      if (p.startLine !== undefined) out.startLine = p.startLine;
      if (p.endLine !== undefined) out.endLine = p.endLine;
      if (p.startColumn !== undefined) out.startColumn = p.startColumn;
      if (p.endColumn !== undefined) out.endColumn = p.endColumn;
    }
    return out;
  }
}

/** What .NET's `TrimStart()` skips before the runner looks for `::` (a superset, to be safe). */
const LEADING_SPACE = /^[\s\u0085\u180e]*/;

/**
 * Text the runner shows as an annotation or a failure, made inert should anything parse it as a
 * command line: `::` at the start of a line and `##[` anywhere are broken by a zero-width space,
 * which no trimming removes and a reader does not see.
 */
export function neutralise(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const start = LEADING_SPACE.exec(line)?.[0].length ?? 0;
      const broken = line.startsWith('::', start) ? `${line.slice(0, start + 1)}\u200b${line.slice(start + 1)}` : line;
      return broken.replaceAll('##[', '##\u200b[');
    })
    .join('\n');
}
