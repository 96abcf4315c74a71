/**
 * The progress of a corpus run, on stderr: papers done of all, papers per second and the time
 * left. On a terminal one line is redrawn in place (`\r`, at most ten times a second); into a
 * file or a pipe a plain line is written every five seconds, so a log stays readable. Messages
 * (a skipped input) are printed on lines of their own, never over the bar. The last line says
 * how long the run took.
 *
 * @module
 */

/** Options of {@linkcode Progress}. */
export interface ProgressOptions {
  /** How many papers the run has. */
  readonly total: number;
  /** Where the text goes (stderr). */
  readonly write: (text: string) => void;
  /** Redraw one line in place (stderr is a terminal) instead of writing a line now and then. */
  readonly terminal: boolean;
  /** The clock, in milliseconds. Default `performance.now`. */
  readonly now?: () => number;
  /**
   * The terminal's width: a redrawn line must not wrap (`\r` returns to the start of the last
   * line only), so the bar is left out, then the line shortened, to fit. Default: no limit.
   */
  readonly columns?: () => number | undefined;
}

/** Seconds as `42 s` or `3 min 05 s`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}

const CLEAR = "\r\x1b[2K";
const BAR = 24;

/**
 * A progress display (see the module documentation).
 *
 * @example Into a file: a line every five seconds, and the last line
 * ```ts
 * import { Progress } from "./progress.ts";
 * import { assertEquals } from "@std/assert";
 * let clock = 0;
 * let out = "";
 * const progress = new Progress({ total: 100, write: (t) => (out += t), terminal: false,
 *   now: () => clock });
 * clock = 5000;
 * progress.update(50);
 * clock = 10000;
 * progress.finish(100);
 * assertEquals(out.split("\n"), [
 *   "audit: 50/100 papers (50%), 10 papers/s, 5 s left",
 *   "audit: 100 papers in 10.0 s (10 papers/s)",
 *   "",
 * ]);
 * ```
 */
export class Progress {
  readonly #options: ProgressOptions;
  readonly #now: () => number;
  readonly #start: number;
  #drawn = false;
  #last: number;
  #done = 0;

  /** Starts the clock. */
  constructor(options: ProgressOptions) {
    this.#options = options;
    this.#now = options.now ?? (() => performance.now());
    this.#start = this.#now();
    this.#last = this.#start;
  }

  #status(done: number): string {
    const elapsed = (this.#now() - this.#start) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const total = this.#options.total;
    const share = total === 0 ? 100 : Math.floor((100 * done) / total);
    const left = rate > 0 ? `${duration((total - done) / rate)} left` : "time left unknown";
    return `${done}/${total} papers (${share}%), ${rate.toFixed(0)} papers/s, ${left}`;
  }

  #draw(): void {
    const total = this.#options.total;
    const filled = total === 0 ? BAR : Math.round((BAR * this.#done) / total);
    const status = this.#status(this.#done);
    let line = `audit [${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${status}`;
    const columns = this.#options.columns?.();
    if (columns !== undefined && line.length > columns - 1) {
      line = `audit: ${status}`.slice(0, Math.max(0, columns - 1));
    }
    this.#options.write(`${CLEAR}${line}`);
    this.#drawn = true;
  }

  /** `done` papers are finished: redraw or write a line when it is time. */
  update(done: number): void {
    this.#done = done;
    const now = this.#now();
    const every = this.#options.terminal ? 100 : 5000;
    if (now - this.#last < every) return;
    this.#last = now;
    if (this.#options.terminal) this.#draw();
    else this.#options.write(`audit: ${this.#status(done)}\n`);
  }

  /** Prints a message on a line of its own (the bar is redrawn under it). */
  message(text: string): void {
    this.#options.write(`${this.#drawn ? CLEAR : ""}${text}\n`);
    if (this.#drawn) this.#draw();
  }

  /** Clears the bar and says how long the run took. */
  finish(done: number): void {
    const seconds = (this.#now() - this.#start) / 1000;
    const rate = seconds > 0 ? (done / seconds).toFixed(0) : "–";
    this.#options.write(
      `${this.#drawn ? CLEAR : ""}audit: ${done} papers in ${
        seconds.toFixed(1)
      } s (${rate} papers/s)\n`,
    );
    this.#drawn = false;
  }
}
