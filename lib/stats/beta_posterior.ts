/**
 * Conjugate Beta posterior for a binomial proportion.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { betaQuantile, betaQuantileUpper, betaSf } from "./distributions.ts";
import { requireCounts, requireFinite, requireOpenUnit } from "./_validate.ts";

/** Named priors: Jeffreys Beta(½, ½) (default) and uniform Beta(1, 1). */
export const BETA_PRIORS = ["jeffreys", "uniform"] as const;

/** A named prior, or the parameters of a Beta(a, b) prior (a, b > 0). */
export type BetaPrior = (typeof BETA_PRIORS)[number] | { readonly a: number; readonly b: number };

/** Options of {@linkcode betaPosterior}. */
export interface BetaPosteriorOptions {
  /** Prior. Default `"jeffreys"`, Beta(½, ½). */
  readonly prior?: BetaPrior;
  /** Credible level of the equal-tailed interval, in (0, 1). Default 0.95. */
  readonly level?: number;
}

/** A Beta posterior with its summaries and the inputs that produced it. */
export interface BetaPosterior {
  /** Number of events. */
  readonly x: number;
  /** Number of trials. */
  readonly n: number;
  /** The prior as given (named or parameters). */
  readonly prior: BetaPrior;
  /** Credible level. */
  readonly level: number;
  /** Posterior first parameter, prior a + x. */
  readonly a: number;
  /** Posterior second parameter, prior b + n − x. */
  readonly b: number;
  /** Posterior mean a / (a + b). */
  readonly mean: number;
  /** Posterior median. */
  readonly median: number;
  /** Posterior mode (a − 1)/(a + b − 2) when a ≥ 1 and b ≥ 1, not both 1; else undefined. */
  readonly mode: number | undefined;
  /** Equal-tailed credible interval: (1 − level)/2 in each tail. */
  readonly lower: number;
  /** Upper bound of the equal-tailed credible interval. */
  readonly upper: number;
  /** Posterior probability that the proportion exceeds `threshold` (in [0, 1]). */
  probabilityAbove(threshold: number): number;
}

/**
 * Conjugate Beta posterior for a proportion after `x` events in `n` trials: a Beta(a₀, b₀)
 * prior gives Beta(a₀ + x, b₀ + n − x). Summaries: mean, median, mode (when the density has an
 * interior or boundary maximum: a ≥ 1 and b ≥ 1, not both 1), an equal-tailed credible
 * interval, and P(p > threshold | data).
 *
 * The Jeffreys prior Beta(½, ½) is the default (its equal-tailed interval is the Jeffreys
 * confidence interval of Brown, Cai & DasGupta 2001 before their boundary modification).
 *
 * References:
 * - Jeffreys, H. 1946. "An invariant form for the prior probability in estimation problems."
 *   Proceedings of the Royal Society A 186 (1007): 453–461. doi:10.1098/rspa.1946.0056
 * - Brown, L. D., T. T. Cai, and A. DasGupta. 2001. "Interval estimation for a binomial
 *   proportion." Statistical Science 16 (2): 101–133. doi:10.1214/ss/1009213286
 * - Gelman, A., J. B. Carlin, H. S. Stern, D. B. Dunson, A. Vehtari, and D. B. Rubin. 2013.
 *   Bayesian Data Analysis, 3rd ed., chapter 2. Boca Raton: CRC Press.
 *
 * @param x Number of events, an integer in [0, n].
 * @param n Number of trials, an integer ≥ 1.
 * @param options Prior (default Jeffreys) and credible level (default 0.95).
 * @returns The posterior parameters, summaries and `probabilityAbove`.
 * @throws {RangeError} For invalid counts, level, prior name or prior parameters, or a
 * threshold outside [0, 1].
 * @throws {TypeError} If a number argument is not a number.
 *
 * @example Uniform prior, 0 responses in 14 patients
 * ```ts
 * import { betaPosterior } from "./beta_posterior.ts";
 * import { assertAlmostEquals, assertEquals } from "@std/assert";
 *
 * // Beta(1, 15): cdf 1 − (1 − p)^15 in closed form.
 * const post = betaPosterior(0, 14, { prior: "uniform" });
 * assertEquals([post.a, post.b, post.mode], [1, 15, 0]);
 * assertAlmostEquals(post.probabilityAbove(0.1), Math.pow(0.9, 15), 1e-15);
 * assertAlmostEquals(post.upper, 1 - Math.pow(0.025, 1 / 15), 1e-15);
 * ```
 */
export function betaPosterior(
  x: number,
  n: number,
  options: BetaPosteriorOptions = {},
): BetaPosterior {
  requireCounts(x, n);
  const prior = options.prior ?? "jeffreys";
  const [a0, b0] = priorParameters(prior);
  const level = options.level ?? 0.95;
  requireOpenUnit("level", level);
  const a = a0 + x;
  const b = b0 + n - x;
  const tail = (1 - level) / 2;
  const mode = a >= 1 && b >= 1 && a + b > 2 ? (a - 1) / (a + b - 2) : undefined;
  return Object.freeze(
    displayAs(
      `Beta posterior after ${x} of ${n} (${typeof prior === "string" ? prior : "custom"} prior)`,
      {
        x,
        n,
        prior,
        level,
        a,
        b,
        mean: a / (a + b),
        median: betaQuantile(0.5, a, b),
        mode,
        lower: betaQuantile(tail, a, b),
        upper: betaQuantileUpper(tail, a, b),
        probabilityAbove(threshold: number): number {
          requireFinite("threshold", threshold);
          if (threshold < 0 || threshold > 1) {
            throw new RangeError(`\`threshold\` must be in [0, 1], got ${threshold}`);
          }
          return betaSf(threshold, a, b);
        },
      },
    ),
  );
}

function priorParameters(prior: unknown): [number, number] {
  if (prior === "jeffreys") return [0.5, 0.5];
  if (prior === "uniform") return [1, 1];
  if (typeof prior === "object" && prior !== null) {
    const { a, b } = prior as { a: unknown; b: unknown };
    requireFinite("prior.a", a);
    requireFinite("prior.b", b);
    if (!(a > 0)) throw new RangeError(`\`prior.a\` must be > 0, got ${a}`);
    if (!(b > 0)) throw new RangeError(`\`prior.b\` must be > 0, got ${b}`);
    return [a, b];
  }
  throw new RangeError(
    `\`prior\` must be "jeffreys", "uniform" or { a, b } with a, b > 0, got ${
      JSON.stringify(prior)
    }`,
  );
}
