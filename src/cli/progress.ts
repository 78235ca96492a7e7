import type { OutputStream } from './io.js';

/**
 * A one-line progress display on stderr for long scans: only on a terminal, only after the scan
 * has run for half a second (`CliIo.progressDelayMs`), redrawn at most ten times a second, and erased when done so that it
 * never mixes with the report.
 */
/** Carriage return, then erase the whole line. */
export const CLEAR = '\r\u001b[2K';

/** Milliseconds on a monotonic clock (the `performance` global costs a module load at start-up). */
const now = () => Number(process.hrtime.bigint()) / 1e6;

export class Progress {
  private readonly started = now();
  private last = 0;
  private shown = false;
  private on: boolean | undefined;

  /**
   * `enabled` is asked once, when the delay has passed: asking whether stderr is a terminal makes
   * Node open it, which a hook whose commit is clean (and says nothing) need not pay for.
   */
  constructor(
    private readonly stream: OutputStream,
    private readonly enabled: () => boolean,
    private readonly delayMs = 500,
  ) {}

  /** Redraws, at most ten times a second; `force` draws a step's last state (everything read) whatever the time. */
  update(line: () => string, force = false): void {
    const at = now();
    if (at - this.started < this.delayMs || (!force && at - this.last < 100)) return;
    this.on ??= this.enabled();
    if (!this.on) return;
    this.last = at;
    this.stream.write(`${CLEAR}${line()}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write(CLEAR);
    this.shown = false;
  }
}
