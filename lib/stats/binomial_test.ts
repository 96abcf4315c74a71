/**
 * Exact binomial test of H₀: p = p₀, with optional mid-p.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { binomialCdf, binomialPmf, binomialUpper } from "./distributions.ts";
import { requireCounts, requireOneOf, requireOpenUnit } from "./_validate.ts";

/** Alternative hypotheses of {@linkcode binomialTest}. */
export const TEST_ALTERNATIVES = ["two-sided", "greater", "less"] as const;

/** Alternative hypothesis: p ≠ p₀ (default), p > p₀ or p < p₀. */
export type TestAlternative = (typeof TEST_ALTERNATIVES)[number];

/** Options of {@linkcode binomialTest}. */
export interface BinomialTestOptions {
  /** Alternative hypothesis. Default `"two-sided"`. */
  readonly alternative?: TestAlternative;
  /** Lancaster's mid-p: outcomes exactly as extreme as the observed one count half. Default false. */
  readonly midP?: boolean;
}

/** Result of an exact binomial test, with the inputs that produced it. */
export interface BinomialTestResult {
  /** Number of events. */
  readonly x: number;
  /** Number of trials. */
  readonly n: number;
  /** Proportion under the null hypothesis. */
  readonly p0: number;
  /** Alternative hypothesis. */
  readonly alternative: TestAlternative;
  /** Whether the p-value is a mid-p-value. */
  readonly midP: boolean;
  /** The observed proportion x / n. */
  readonly estimate: number;
  /** The p-value, in [0, 1]. */
  readonly pValue: number;
}

/** R's `binom.test` tolerance: outcomes whose probabilities differ by a factor ≤ 1 + 1e-7 tie. */
const REL_ERR = 1 + 1e-7;

/**
 * Exact binomial test of H₀: p = p₀ from `x` events in `n` trials.
 *
 * - `"greater"`: P(X ≥ x); `"less"`: P(X ≤ x).
 * - `"two-sided"` (default): the "minimum likelihood" rule of R's `binom.test` and
 *   `scipy.stats.binomtest` — the total probability of the outcomes no more likely than the
 *   observed one, P(X = k) ≤ (1 + 1e-7) · P(X = x), the same relative tolerance as R; 1 when
 *   x = n·p₀ (Fay 2010 calls this the "minlike" method). Equivalently: the observed tail plus
 *   the opposite tail of the outcomes no more likely than x.
 * - `midP: true`: Lancaster's (1961) mid-p — outcomes as likely as the observed one count half.
 *   One-sided: P(X > x) + ½P(X = x) and P(X < x) + ½P(X = x). Two-sided: the outcomes less
 *   likely than x in full, plus half of x and of an opposite outcome tied with it (within the
 *   1e-7 tolerance) (Hirji 2006; Fay 2010).
 *
 * Tails are computed directly from the regularized incomplete beta function (no summation of
 * terms), so the p-value keeps its relative accuracy, about 1e-14, for n up to 100 000 and
 * beyond, even far in a tail.
 *
 * References:
 * - Clopper, C. J., and E. S. Pearson. 1934. "The use of confidence or fiducial limits
 *   illustrated in the case of the binomial." Biometrika 26 (4): 404–413.
 *   doi:10.1093/biomet/26.4.404
 * - Lancaster, H. O. 1961. "Significance tests in discrete distributions." Journal of the
 *   American Statistical Association 56 (294): 223–234. doi:10.1080/01621459.1961.10482105
 * - Hirji, K. F. 2006. Exact Analysis of Discrete Data. Boca Raton: Chapman & Hall/CRC.
 *   doi:10.1201/9781420036190
 * - Fay, M. P. 2010. "Two-sided exact tests and matching confidence intervals for discrete
 *   data." The R Journal 2 (1): 53–58. doi:10.32614/RJ-2010-008
 *
 * @param x Number of events, an integer in [0, n].
 * @param n Number of trials, an integer ≥ 1.
 * @param p0 Proportion under the null hypothesis, in (0, 1).
 * @param options Alternative (default two-sided) and mid-p (default false).
 * @returns The p-value with the inputs.
 * @throws {RangeError} If the counts are invalid, `p0` is outside (0, 1), or `alternative`
 * is not one of {@linkcode TEST_ALTERNATIVES}.
 * @throws {TypeError} If `x`, `n`, `p0` or `midP` has the wrong type.
 *
 * @example Seven responses in 14 patients against p₀ = 0.2
 * ```ts
 * import { binomialTest } from "./binomial_test.ts";
 * import { binomialUpper } from "./distributions.ts";
 * import { assertAlmostEquals } from "@std/assert";
 *
 * const greater = binomialTest(7, 14, 0.2, { alternative: "greater" });
 * assertAlmostEquals(greater.pValue, binomialUpper(7, 14, 0.2), 1e-16);
 * // Two-sided: no outcome below 7 is as unlikely as 7 when p₀ = 0.2, so the same value.
 * assertAlmostEquals(binomialTest(7, 14, 0.2).pValue, greater.pValue, 1e-16);
 * ```
 */
export function binomialTest(
  x: number,
  n: number,
  p0: number,
  options: BinomialTestOptions = {},
): BinomialTestResult {
  requireCounts(x, n);
  requireOpenUnit("p0", p0);
  const alternative = options.alternative ?? "two-sided";
  requireOneOf("alternative", alternative, TEST_ALTERNATIVES);
  const midP = options.midP ?? false;
  if (typeof midP !== "boolean") {
    throw new TypeError(`\`midP\` must be a boolean, got ${String(midP)}`);
  }
  const pValue = Math.min(1, computePValue(x, n, p0, alternative, midP));
  return Object.freeze(
    displayAs(`Exact binomial test of ${x} of ${n} against p0 = ${p0}`, {
      x,
      n,
      p0,
      alternative,
      midP,
      estimate: x / n,
      pValue,
    }),
  );
}

function computePValue(
  x: number,
  n: number,
  p0: number,
  alternative: TestAlternative,
  midP: boolean,
): number {
  const fx = binomialPmf(x, n, p0);
  if (alternative === "greater") {
    return midP ? binomialUpper(x + 1, n, p0) + 0.5 * fx : binomialUpper(x, n, p0);
  }
  if (alternative === "less") {
    return midP ? binomialCdf(x - 1, n, p0) + 0.5 * fx : binomialCdf(x, n, p0);
  }
  const mean = n * p0;
  if (x === mean) return midP ? 1 - 0.5 * fx : 1;
  const d = fx * REL_ERR;
  const tied = (k: number) => {
    const fk = binomialPmf(k, n, p0);
    return fk <= d && fk * REL_ERR >= fx;
  };
  if (x < mean) {
    // P(X = k) is non-increasing on [⌈mean⌉, n]: find the first k there with P(X = k) ≤ d.
    let lo = Math.ceil(mean);
    let hi = n + 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (binomialPmf(mid, n, p0) <= d) hi = mid;
      else lo = mid + 1;
    }
    if (!midP) return binomialCdf(x, n, p0) + binomialUpper(lo, n, p0);
    const own = binomialCdf(x - 1, n, p0) + 0.5 * fx;
    if (lo <= n && tied(lo)) {
      return own + binomialUpper(lo + 1, n, p0) + 0.5 * binomialPmf(lo, n, p0);
    }
    return own + binomialUpper(lo, n, p0);
  }
  // P(X = k) is non-decreasing on [0, ⌊mean⌋]: find the last k there with P(X = k) ≤ d.
  let lo = 0;
  let hi = Math.floor(mean) + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (binomialPmf(mid, n, p0) <= d) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1; // −1 when no outcome below the mean is as unlikely as x
  if (!midP) return binomialCdf(last, n, p0) + binomialUpper(x, n, p0);
  const own = binomialUpper(x + 1, n, p0) + 0.5 * fx;
  if (last >= 0 && tied(last)) {
    return own + binomialCdf(last - 1, n, p0) + 0.5 * binomialPmf(last, n, p0);
  }
  return own + binomialCdf(last, n, p0);
}
