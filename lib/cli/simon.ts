/**
 * `deno task simon`: Simon two-stage designs from the command line — the optimal, minimax and
 * admissible designs, and optionally the best design for every total sample size.
 *
 * ```
 * deno run lib/cli/simon.ts --p0 0.6 --p1 0.8 --alpha 0.1 --beta 0.2 --nmax 24
 * ```
 *
 * Needs no permissions. Searches that run for more than a second draw a progress bar on
 * stderr. Exit status: 0 on success; 1 when no design within `--nmax` meets the targets;
 * 2 for bad usage (the message and the usage go to stderr).
 *
 * @module
 */
import {
  SIMON_NMAX_CAP,
  type SimonDesign,
  type SimonDesignResult,
  simonDesigns,
  type SimonProgress,
  validateSimonOptions,
} from "../stats/simon_designs.ts";

/** The usage message printed by `--help` and on bad usage. */
export const SIMON_USAGE =
  `Usage: deno task simon --p0 P0 --p1 P1 --alpha A (--beta B | --power P) [options]

Searches Simon two-stage designs (stop if responses <= r1 of n1; promising if > r of n) with
type I error <= A at P0 and power >= 1 - B at P1.

Options:
  --p0 P0         unacceptable response rate, in (0, 1)
  --p1 P1         desirable response rate, in (P0, 1)
  --alpha A       largest type I error, in (0, 0.5]
  --beta B        largest type II error, in (0, 0.5]
  --power P       smallest power, in [0.5, 1): the same as --beta 1-P (give one of the two)
  --nmax N        largest total sample size searched (default 100, at most 1000)
  --candidates    also list the best design for every total sample size
  --json          print the result as JSON
  -h, --help      show this message

Exit status: 0 on success, 1 when no design within --nmax meets the targets, 2 for bad usage.`;

/** Parsed command line of the Simon CLI. */
export interface SimonCliOptions {
  readonly p0: number;
  readonly p1: number;
  readonly alpha: number;
  readonly beta: number;
  readonly nmax: number;
  readonly candidates: boolean;
  readonly json: boolean;
  readonly help: boolean;
}

/**
 * A usage error: the CLI prints it with the usage message and exits with 2.
 *
 * @example Thrown by the parser
 * ```ts
 * import { parseSimonArgs, SimonUsageError } from "./simon.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(() => parseSimonArgs(["--p0"]), SimonUsageError, "--p0 needs a number");
 * ```
 */
export class SimonUsageError extends Error {
  /** Builds the error. */
  constructor(message: string) {
    super(message);
    this.name = "SimonUsageError";
  }
}

const NUMERIC = ["p0", "p1", "alpha", "beta", "power", "nmax"] as const;

/**
 * Parses and validates the command line; throws {@linkcode SimonUsageError} on bad usage.
 *
 * @example Both `--name value` and `--name=value`; nmax defaults to 100
 * ```ts
 * import { parseSimonArgs } from "./simon.ts";
 * import { assertEquals } from "@std/assert";
 * const o = parseSimonArgs(["--p0", "0.6", "--p1=0.8", "--alpha", "0.1", "--beta", "0.2"]);
 * assertEquals([o.p0, o.p1, o.alpha, o.beta, o.nmax], [0.6, 0.8, 0.1, 0.2, 100]);
 * ```
 */
export function parseSimonArgs(args: readonly string[]): SimonCliOptions {
  const values: Record<string, number> = {};
  let candidates = false;
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "-h" || arg === "--help") help = true;
    else if (arg === "--candidates") candidates = true;
    else if (arg === "--json") json = true;
    else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (!(NUMERIC as readonly string[]).includes(name)) {
        throw new SimonUsageError(`unknown option ${JSON.stringify(arg)}`);
      }
      const text = eq < 0 ? args[++i] : arg.slice(eq + 1);
      if (text === undefined || text.trim() === "" || !Number.isFinite(Number(text))) {
        throw new SimonUsageError(`--${name} needs a number, got ${JSON.stringify(text ?? "")}`);
      }
      values[name] = Number(text);
    } else throw new SimonUsageError(`unexpected argument ${JSON.stringify(arg)}`);
  }
  if (help) {
    return { p0: NaN, p1: NaN, alpha: NaN, beta: NaN, nmax: 100, candidates, json, help };
  }
  if (values.power !== undefined) {
    const beta = Number((1 - values.power).toPrecision(12));
    if (values.beta !== undefined && Math.abs(values.beta - beta) > 1e-12) {
      throw new SimonUsageError(
        `--beta ${values.beta} and --power ${values.power} disagree (power = 1 - beta): give one`,
      );
    }
    if (!(values.power > 0 && values.power < 1)) {
      throw new SimonUsageError(`--power must be in [0.5, 1), got ${values.power}`);
    }
    values.beta = beta;
  }
  for (const name of ["p0", "p1", "alpha", "beta"]) {
    if (values[name] === undefined) {
      throw new SimonUsageError(
        name === "beta" ? "--beta or --power is required" : `--${name} is required`,
      );
    }
  }
  const opts = { p0: values.p0!, p1: values.p1!, alpha: values.alpha!, beta: values.beta! };
  try {
    const { nmax } = validateSimonOptions({ ...opts, nmax: values.nmax ?? 100 });
    return { ...opts, nmax, candidates, json, help };
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError) {
      throw new SimonUsageError(e.message);
    }
    throw e;
  }
}

const row = (label: string, d: SimonDesign, extra = ""): string =>
  [
    label.padEnd(12),
    `${d.r1}/${d.n1}`.padStart(7),
    `${d.r}/${d.n}`.padStart(8),
    d.en0.toFixed(2).padStart(8),
    d.pet0.toFixed(4).padStart(8),
    d.alpha.toFixed(4).padStart(8),
    d.power.toFixed(4).padStart(8),
    extra,
  ].join("  ").trimEnd();

/**
 * The text report: optimal, minimax and admissible designs (and every candidate on request).
 *
 * @example Report for Simon's p0 = 0.2, p1 = 0.4, α = 0.05, β = 0.2
 * ```ts
 * import { formatSimonReport } from "./simon.ts";
 * import { simonDesigns } from "../stats/simon_designs.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const text = formatSimonReport(simonDesigns({ p0: 0.2, p1: 0.4, alpha: 0.05, beta: 0.2 }));
 * assertStringIncludes(text, "Optimal");
 * ```
 */
export function formatSimonReport(res: SimonDesignResult, candidates = false): string {
  const head = [
    "".padEnd(12),
    "r1/n1".padStart(7),
    "r/n".padStart(8),
    "EN(p0)".padStart(8),
    "PET(p0)".padStart(8),
    "alpha".padStart(8),
    "power".padStart(8),
  ].join("  ");
  const lines = [
    `Simon two-stage designs: p0 = ${res.p0}, p1 = ${res.p1}, alpha = ${res.alpha}, ` +
    `beta = ${res.beta} (power >= ${1 - res.beta}), n <= ${res.nmax}`,
    "Stop after stage 1 if responses <= r1 of n1; promising if responses > r of n.",
    "",
    head,
    row("Optimal", res.optimal),
    row("Minimax", res.minimax),
    "",
    "Admissible designs (minimise q*n + (1 - q)*EN(p0) for q in the range):",
    head,
    ...res.admissible.map((d) => row("", d, `q in [${d.qLow.toFixed(3)}, ${d.qHigh.toFixed(3)}]`)),
  ];
  if (candidates) {
    lines.push("", "Best design for each total sample size:", head);
    for (const d of res.candidates) lines.push(row(`n = ${d.n}`, d));
  }
  if (res.optimal.n > res.nmax - 10) {
    lines.push(
      "",
      `Note: the optimal design's n (${res.optimal.n}) is close to nmax (${res.nmax}); ` +
        (res.nmax < SIMON_NMAX_CAP
          ? "a larger --nmax may find a design with a smaller EN(p0)."
          : `${SIMON_NMAX_CAP} is the largest --nmax searched, so a design with a smaller ` +
            "EN(p0) may exist beyond it."),
    );
  }
  return lines.join("\n");
}

/**
 * A text progress bar for stderr.
 *
 * @example Half done
 * ```ts
 * import { progressBar } from "./simon.ts";
 * import { assertEquals } from "@std/assert";
 * const bar = progressBar({ done: 1, total: 2, n: 500, elapsedMs: 1500 }, 10);
 * assertEquals(bar, "[#####     ]  50%  n = 500");
 * ```
 */
export function progressBar(p: SimonProgress, width = 30): string {
  const frac = p.total > 0 ? Math.min(1, p.done / p.total) : 1;
  const full = Math.round(frac * width);
  return `[${"#".repeat(full)}${" ".repeat(width - full)}] ${
    (100 * frac).toFixed(0).padStart(3)
  }%  n = ${p.n}`;
}

/**
 * Runs the CLI; returns the exit status. Output, errors and the progress bar go to the given
 * writers (default: stdout, stderr, stderr).
 *
 * @example Bad usage exits with 2
 * ```ts
 * import { runSimonCli } from "./simon.ts";
 * import { assertEquals } from "@std/assert";
 * const quiet = () => {};
 * assertEquals(runSimonCli(["--p0", "0.5", "--p1", "0.4"], quiet, quiet), 2);
 * ```
 */
export function runSimonCli(
  args: readonly string[],
  out: (text: string) => void = console.log,
  err: (text: string) => void = console.error,
  progress: (text: string) => void = (t) => Deno.stderr.writeSync(new TextEncoder().encode(t)),
): number {
  let opts: SimonCliOptions;
  try {
    opts = parseSimonArgs(args);
  } catch (e) {
    if (!(e instanceof SimonUsageError)) throw e;
    err(`error: ${e.message}\n\n${SIMON_USAGE}`);
    return 2;
  }
  if (opts.help) {
    out(SIMON_USAGE);
    return 0;
  }
  let drew = false;
  try {
    const res = simonDesigns({
      p0: opts.p0,
      p1: opts.p1,
      alpha: opts.alpha,
      beta: opts.beta,
      nmax: opts.nmax,
      onProgress: (p) => {
        drew = true;
        progress(`\r${progressBar(p)}`);
      },
    });
    if (drew) progress("\n");
    out(opts.json ? JSON.stringify(res, null, 2) : formatSimonReport(res, opts.candidates));
    return 0;
  } catch (e) {
    if (drew) progress("\n");
    if (!(e instanceof RangeError)) throw e;
    err(`error: ${e.message}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(runSimonCli(Deno.args));
