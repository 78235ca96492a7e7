import type { OutputStream } from './io.js';

/**
 * A one-line progress display on stderr for long scans: only on a terminal, only after the scan
 * has run for half a second (`CliIo.progressDelayMs`), redrawn at most ten times a second, and erased when done so that it
 * never mixes with the report.
 */
/** Carriage return, then erase the whole line. */
export const CLEAR = '\r\u001b[2K';

export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly enabled: boolean,
    private readonly delayMs = 500,
  ) {}

  /** Redraws, at most ten times a second; `force` draws a step's last state (everything read) whatever the time. */
  update(line: () => string, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.started < this.delayMs || (!force && now - this.last < 100)) return;
    this.last = now;
    this.stream.write(`${CLEAR}${line()}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.stream.write(CLEAR);
    this.shown = false;
  }
}
