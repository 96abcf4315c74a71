/**
 * Confidence intervals comparing two independent binomial proportions: their difference,
 * their ratio (relative risk) and their odds ratio, each by a choice of published methods.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { brentRoot } from "./_brent.ts";
import { type Arm, readArm, readLevel, twoSidedZ, wilson } from "./_two_arm.ts";
import { fisherExact } from "./fisher_exact.ts";
import { ConditionalOddsRatio } from "./_conditional_odds_ratio.ts";
import { requireOneOf } from "./_validate.ts";

export type { Arm } from "./_two_arm.ts";

/** Effect measures comparing arm `a` with arm `b`. */
export const COMPARISON_MEASURES = ["difference", "ratio", "odds-ratio"] as const;
/** One of {@link COMPARISON_MEASURES}. */
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

/** Interval methods for the difference p_a − p_b; the first is the default. */
export const DIFFERENCE_METHODS = [
  "newcombe",
  "miettinen-nurminen",
  "agresti-caffo",
  "wald",
  "mee",
] as const;
/** Interval methods for the ratio p_a / p_b; the first is the default. */
export const RATIO_METHODS = ["katz-log", "koopman", "miettinen-nurminen"] as const;
/** Interval methods for the odds ratio; the first is the default. */
export const ODDS_RATIO_METHODS = [
  "woolf",
  "exact",
  "miettinen-nurminen",
  "cornfield-mid-p",
  "baptista-pike",
] as const;

/** One of {@link DIFFERENCE_METHODS}. */
export type DifferenceMethod = (typeof DIFFERENCE_METHODS)[number];
/** One of {@link RATIO_METHODS}. */
export type RatioMethod = (typeof RATIO_METHODS)[number];
/** One of {@link ODDS_RATIO_METHODS}. */
export type OddsRatioMethod = (typeof ODDS_RATIO_METHODS)[number];
/** Any interval method; which ones are valid depends on the measure. */
export type ComparisonMethod = DifferenceMethod | RatioMethod | OddsRatioMethod;

/** The methods valid for each measure (the first of each list is its default). */
export const COMPARISON_METHODS: {
  readonly difference: typeof DIFFERENCE_METHODS;
  readonly ratio: typeof RATIO_METHODS;
  readonly "odds-ratio": typeof ODDS_RATIO_METHODS;
} = Object.freeze({
  "difference": DIFFERENCE_METHODS,
  "ratio": RATIO_METHODS,
  "odds-ratio": ODDS_RATIO_METHODS,
});

/** Options of {@link compareProportions}. */
export interface CompareProportionsOptions {
  /** Effect measure. Default `"difference"`. */
  readonly measure?: ComparisonMeasure;
  /**
   * Interval method, valid for the measure. Defaults: `"newcombe"` for the difference,
   * `"katz-log"` for the ratio, `"woolf"` for the odds ratio.
   */
  readonly method?: ComparisonMethod;
  /** Two-sided confidence level, in (0, 1). Default 0.95. */
  readonly level?: number;
}

/** Result of {@link compareProportions}: the estimate, its interval, and how they were made. */
export interface ProportionComparison {
  /** Effect measure of `estimate`, `lower` and `upper`. */
  readonly measure: ComparisonMeasure;
  /** Interval method. */
  readonly method: ComparisonMethod;
  /** Point estimate (see {@link compareProportions} for the zero-cell conventions). */
  readonly estimate: number;
  /** Lower confidence limit. */
  readonly lower: number;
  /** Upper confidence limit. */
  readonly upper: number;
  /** Two-sided confidence level. */
  readonly level: number;
  /** First arm (numerator of the comparison). */
  readonly a: Arm;
  /** Second arm (reference). */
  readonly b: Arm;
}

/**
 * Estimate and two-sided confidence interval comparing arm `a` with arm `b`, where each arm
 * is `{ x, n }` (x events among n patients): the difference p_a − p_b, the ratio p_a / p_b or
 * the odds ratio [p_a / (1 − p_a)] / [p_b / (1 − p_b)].
 *
 * Difference (estimate p_a − p_b for every method):
 * - `"newcombe"` (default): hybrid score interval, Newcombe (1998) method 10, combining the
 *   Wilson score limits l, u of each proportion: p_a − p_b − √((p_a − l_a)² + (u_b − p_b)²)
 *   to p_a − p_b + √((u_a − p_a)² + (p_b − l_b)²).
 * - `"miettinen-nurminen"`: inversion of the score test with the variance at the restricted
 *   maximum-likelihood estimates and the factor N/(N − 1), N = n_a + n_b (Miettinen and
 *   Nurminen 1985); the restricted estimates solve their cubic in closed form. Agrees with
 *   Newcombe's (1998) Table II, not with statsmodels 0.13.5 (whose cubic has a wrong
 *   coefficient).
 * - `"agresti-caffo"`: Wald interval after adding one event and one non-event to each arm
 *   (Agresti and Caffo 2000), centred on the adjusted difference; the same addition at every
 *   level, as in statsmodels (the authors tuned it for 95%).
 * - `"wald"`: p_a − p_b ± z·√(p_a(1 − p_a)/n_a + p_b(1 − p_b)/n_b).
 * - `"mee"`: the score interval of Miettinen–Nurminen without the factor N/(N − 1), the
 *   variance at the restricted estimates taken as is (Mee 1984; Farrington and Manning 1990).
 * The Wald and Agresti–Caffo limits are not truncated to [−1, 1] (as in statsmodels); at
 * 0/n versus 0/n the Wald interval is [0, 0].
 *
 * Ratio:
 * - `"katz-log"` (default): log-scale Wald interval, variance 1/x_a − 1/n_a + 1/x_b − 1/n_b
 *   (Katz et al. 1978).
 * - `"koopman"`: inversion of Koopman's (1984) score (chi-square) test with the restricted
 *   maximum-likelihood estimates; no N/(N − 1) factor.
 * - `"miettinen-nurminen"`: the same score statistic with the variance multiplied by
 *   N/(N − 1) (Miettinen and Nurminen 1985), so the interval is slightly wider than Koopman's.
 *
 * Odds ratio:
 * - `"woolf"` (default): log-scale Wald interval, variance 1/a + 1/b + 1/c + 1/d over the four
 *   cells (Woolf 1955).
 * - `"exact"`: conditional maximum-likelihood estimate and exact conditional interval, as R's
 *   `fisher.test` (see {@link fisherExact}).
 * - `"miettinen-nurminen"`: inversion of the score test for the odds ratio with the
 *   restricted maximum-likelihood estimates and the factor N/(N − 1) (Miettinen and Nurminen
 *   1985).
 * - `"cornfield-mid-p"`: Cornfield's (1956) exact conditional limits with mid-p tails: the
 *   lower limit solves P(X > x) + ½P(X = x) = α/2, the upper P(X < x) + ½P(X = x) = α/2, X
 *   the count a.x given all margins (noncentral hypergeometric). Narrower than `"exact"`.
 * - `"baptista-pike"`: inversion of the exact conditional test that orders tables by their
 *   conditional probability (Baptista and Pike 1977): the odds ratios ψ at which the tables no
 *   more likely than the observed one (within a factor 1 + 1e-7) have probability > α,
 *   reported by their infimum and supremum (the set need not be an interval), found exactly
 *   by walking the points where the ordering of the tables changes.
 * The two conditional intervals are reported with the conditional maximum-likelihood estimate,
 * as `"exact"` (R's `fisher.test`), not with the sample odds ratio.
 *
 * Zero cells. `"katz-log"` and `"woolf"`: when any of the four cells x_a, n_a − x_a, x_b,
 * n_b − x_b is zero, 0.5 is added to all four cells (x → x + 0.5, n → n + 1), and the
 * estimate and the interval both come from the corrected table, so the estimate is finite
 * and lies inside the interval (Haldane 1956; Anscombe 1956; the default `add = 1/2,
 * to = "only0"` of metafor's `escalc`). Tables without a zero cell are not corrected. Score
 * intervals need no correction: their estimate is the sample ratio or odds ratio, 0 or
 * `Infinity` at the boundary, with the limit on that side 0 or `Infinity`; when the sample
 * value is 0/0 (no events in either arm, or, for the odds ratio, only events in both), the
 * data say nothing about the ratio, the interval is [0, ∞] and the estimate is the
 * zero-corrected one above. The exact method follows R: estimate 0 when a.x is the smallest
 * value its margins allow (checked first), `Infinity` when it is the largest. Never NaN.
 * Score limits are searched in [10⁻¹⁰⁰, 10¹⁰⁰] on the ratio scale; a limit beyond is
 * returned as 0 or `Infinity`.
 *
 * References:
 * - Newcombe, R. G. 1998. "Interval estimation for the difference between independent
 *   proportions: comparison of eleven methods." Statistics in Medicine 17 (8): 873–890.
 *   doi:10.1002/(SICI)1097-0258(19980430)17:8<873::AID-SIM779>3.0.CO;2-I
 * - Miettinen, O., and M. Nurminen. 1985. "Comparative analysis of two rates." Statistics in
 *   Medicine 4 (2): 213–226. doi:10.1002/sim.4780040211
 * - Agresti, A., and B. Caffo. 2000. "Simple and effective confidence intervals for
 *   proportions and differences of proportions result from adding two successes and two
 *   failures." The American Statistician 54 (4): 280–288. doi:10.1080/00031305.2000.10474560
 * - Katz, D., J. Baptista, S. P. Azen, and M. C. Pike. 1978. "Obtaining confidence intervals
 *   for the risk ratio in cohort studies." Biometrics 34 (3): 469–474. doi:10.2307/2530610
 * - Koopman, P. A. R. 1984. "Confidence intervals for the ratio of two binomial proportions."
 *   Biometrics 40 (2): 513–517. doi:10.2307/2531405
 * - Mee, R. W. 1984. "Confidence bounds for the difference between two probabilities."
 *   Biometrics 40 (4): 1175–1176. — Farrington, C. P., and G. Manning. 1990. "Test statistics
 *   and sample size formulae for comparative binomial trials with null hypothesis of non-zero
 *   risk difference or non-unity relative risk." Statistics in Medicine 9 (12): 1447–1454.
 *   doi:10.1002/sim.4780091208
 * - Cornfield, J. 1956. "A statistical problem arising from retrospective studies."
 *   Proceedings of the Third Berkeley Symposium on Mathematical Statistics and Probability 4:
 *   135–148.
 * - Baptista, J., and M. C. Pike. 1977. "Algorithm AS 115: Exact two-sided confidence limits
 *   for the odds ratio in a 2×2 table." Journal of the Royal Statistical Society, Series C
 *   (Applied Statistics) 26 (2): 214–220. doi:10.2307/2347041
 * - Fagerland, M. W., S. Lydersen, and P. Laake. 2017. Statistical Analysis of Contingency
 *   Tables. Boca Raton: Chapman & Hall/CRC, chapter 4. doi:10.1201/9781315374116
 * - Woolf, B. 1955. "On estimating the relation between blood group and disease." Annals of
 *   Human Genetics 19 (4): 251–253. doi:10.1111/j.1469-1809.1955.tb01348.x
 * - Haldane, J. B. S. 1956. "The estimation and significance of the logarithm of a ratio of
 *   frequencies." Annals of Human Genetics 20 (4): 309–311.
 *   doi:10.1111/j.1469-1809.1955.tb01285.x — Anscombe, F. J. 1956. "On estimating binomial
 *   response relations." Biometrika 43 (3/4): 461–464. doi:10.2307/2332926
 * - Wilson, E. B. 1927. "Probable inference, the law of succession, and statistical
 *   inference." Journal of the American Statistical Association 22 (158): 209–212.
 *   doi:10.1080/01621459.1927.10502953
 *
 * @example Newcombe (1998), Table II, example (a): 56/70 versus 48/80
 * ```ts
 * import { compareProportions } from "./compare_proportions.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const d = compareProportions({ x: 56, n: 70 }, { x: 48, n: 80 });
 * assertAlmostEquals(d.estimate, 0.2, 1e-12);
 * assertAlmostEquals(d.lower, 0.0524, 5e-5); // Newcombe 1998, Table II, method 10
 * assertAlmostEquals(d.upper, 0.3339, 5e-5);
 * ```
 *
 * @example Relative risk and odds ratio of the same table
 * ```ts
 * import { compareProportions } from "./compare_proportions.ts";
 * import { assert } from "@std/assert";
 * const rr = compareProportions({ x: 7, n: 20 }, { x: 2, n: 18 }, { measure: "ratio" });
 * const or = compareProportions({ x: 7, n: 20 }, { x: 2, n: 18 }, {
 *   measure: "odds-ratio",
 *   method: "exact",
 * });
 * assert(rr.lower < rr.estimate && rr.estimate < rr.upper);
 * assert(or.lower < 1 && or.upper > 1); // as Fisher's exact test (p = 0.13)
 * ```
 *
 * @example Score and mid-p intervals of Fagerland, Lydersen & Laake (2017), chapter 4
 * ```ts
 * import { compareProportions } from "./compare_proportions.ts";
 * import { assertEquals } from "@std/assert";
 * // Perondi et al. (2004): 7/34 vs 1/34. contingencytables' tests print, to 4 decimals,
 * // Mee 0.0284 to 0.3439 and Miettinen–Nurminen (ratio) 1.2086 to 43.0330.
 * const a = { x: 7, n: 34 };
 * const b = { x: 1, n: 34 };
 * const mee = compareProportions(a, b, { method: "mee" });
 * assertEquals([mee.lower.toFixed(4), mee.upper.toFixed(4)], ["0.0284", "0.3439"]);
 * const mn = compareProportions(a, b, { measure: "ratio", method: "miettinen-nurminen" });
 * assertEquals([mn.lower.toFixed(4), mn.upper.toFixed(4)], ["1.2086", "43.0330"]);
 * // Tea tasting, 3/4 vs 1/4: Cornfield's mid-p interval 0.3101 to 308.5568.
 * const mid = compareProportions({ x: 3, n: 4 }, { x: 1, n: 4 }, {
 *   measure: "odds-ratio",
 *   method: "cornfield-mid-p",
 * });
 * assertEquals([mid.lower.toFixed(4), mid.upper.toFixed(4)], ["0.3101", "308.5568"]);
 * ```
 */
export function compareProportions(
  a: Arm,
  b: Arm,
  options: CompareProportionsOptions = {},
): ProportionComparison {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const measure = options.measure ?? "difference";
  requireOneOf("measure", measure, COMPARISON_MEASURES);
  const allowed: readonly ComparisonMethod[] = COMPARISON_METHODS[measure];
  const method = options.method ?? (allowed[0] as ComparisonMethod);
  if (!(allowed as readonly unknown[]).includes(method)) {
    const list = allowed.map((m) => `"${m}"`).join(", ");
    const shown = typeof method === "string" ? `"${method}"` : String(method);
    throw new RangeError(
      `\`method\` must be one of ${list} for measure "${measure}", got ${shown}`,
    );
  }
  const level = readLevel(options.level);
  const [estimate, lower, upper] = interval(measure, method, armA, armB, level);
  return Object.freeze(
    displayAs(`${measure} (${method}): ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}`, {
      measure,
      method,
      estimate,
      lower,
      upper,
      level,
      a: armA,
      b: armB,
    }),
  );
}

type Triple = readonly [estimate: number, lower: number, upper: number];

function interval(
  measure: ComparisonMeasure,
  method: ComparisonMethod,
  a: Arm,
  b: Arm,
  level: number,
): Triple {
  const z = twoSidedZ(level);
  switch (measure) {
    case "difference":
      switch (method) {
        case "wald":
          return wald(a.x, a.n, b.x, b.n, a.x / a.n - b.x / b.n, z);
        case "agresti-caffo":
          return wald(a.x + 1, a.n + 2, b.x + 1, b.n + 2, a.x / a.n - b.x / b.n, z);
        case "miettinen-nurminen":
          return differenceScore(a, b, z, true);
        case "mee":
          return differenceScore(a, b, z, false);
        default:
          return newcombe(a, b, z);
      }
    case "ratio":
      if (method === "katz-log") return katzLog(a, b, z);
      return logScaleScore(a, b, z, "ratio", method === "miettinen-nurminen");
    default:
      if (method === "exact") {
        const exact = fisherExact(a, b, { level });
        return [exact.oddsRatio, exact.lower, exact.upper];
      }
      if (method === "cornfield-mid-p" || method === "baptista-pike") {
        const table = new ConditionalOddsRatio(a, b);
        const alpha = 1 - level;
        return method === "cornfield-mid-p"
          ? [
            table.conditionalMle(),
            table.midPLimit(alpha / 2, "lower"),
            table.midPLimit(alpha / 2, "upper"),
          ]
          : [
            table.conditionalMle(),
            table.acceptabilityLimit(alpha, "lower"),
            table.acceptabilityLimit(alpha, "upper"),
          ];
      }
      return method === "miettinen-nurminen"
        ? logScaleScore(a, b, z, "odds-ratio", true)
        : woolf(a, b, z);
  }
}

// ---- closed forms ----------------------------------------------------------------------

/** Wald interval for the difference of xa/na and xb/nb, reported with `estimate`. */
function wald(xa: number, na: number, xb: number, nb: number, estimate: number, z: number) {
  const pa = xa / na;
  const pb = xb / nb;
  const half = z * Math.sqrt((pa * (1 - pa)) / na + (pb * (1 - pb)) / nb);
  return [estimate, pa - pb - half, pa - pb + half] as const;
}

function newcombe(a: Arm, b: Arm, z: number): Triple {
  const pa = a.x / a.n;
  const pb = b.x / b.n;
  const [la, ua] = wilson(a.x, a.n, z);
  const [lb, ub] = wilson(b.x, b.n, z);
  const d = pa - pb;
  return [d, d - Math.hypot(pa - la, ub - pb), d + Math.hypot(ua - pa, pb - lb)];
}

/** The four cells, with 0.5 added to each when any is zero (Haldane–Anscombe). */
function correctedCells(a: Arm, b: Arm): readonly [number, number, number, number] {
  const cells = [a.x, a.n - a.x, b.x, b.n - b.x] as const;
  return cells.includes(0)
    ? [cells[0] + 0.5, cells[1] + 0.5, cells[2] + 0.5, cells[3] + 0.5]
    : cells;
}

function katzLog(a: Arm, b: Arm, z: number): Triple {
  const [xa, fa, xb, fb] = correctedCells(a, b);
  const na = xa + fa;
  const nb = xb + fb;
  const log = Math.log((xa / na) / (xb / nb));
  const half = z * Math.sqrt(fa / (xa * na) + fb / (xb * nb)); // 1/x − 1/n = (n − x)/(x n)
  return [Math.exp(log), Math.exp(log - half), Math.exp(log + half)];
}

function woolf(a: Arm, b: Arm, z: number): Triple {
  const [xa, fa, xb, fb] = correctedCells(a, b);
  const log = Math.log((xa * fb) / (fa * xb));
  const half = z * Math.sqrt(1 / xa + 1 / fa + 1 / xb + 1 / fb);
  return [Math.exp(log), Math.exp(log - half), Math.exp(log + half)];
}

// ---- score intervals -------------------------------------------------------------------
//
// Each score statistic is written as |z| = numerator / sd with both parts finite; the
// intervals are the parameter values where u = numerator / (numerator + sd) = |z| / (1 + |z|)
// stays ≤ zc / (1 + zc). u is bounded, so it can be evaluated at the ends of the parameter
// range (where sd may vanish) and bracketed without infinities; 0/0 counts as u = 0.

function boundedScore(numerator: number, sd: number): number {
  const num = Math.abs(numerator);
  return num === 0 ? 0 : num / (num + sd);
}

/**
 * Miettinen–Nurminen statistic for the difference δ = p_a − p_b, as u = |z| / (1 + |z|).
 * Restricted MLE: the root of the likelihood cubic (Miettinen and Nurminen 1985) in the
 * trigonometric form of Farrington and Manning (1990, Statistics in Medicine 9: 1447–1454),
 * polished by Newton steps. (statsmodels 0.13.5 has x_b where this form has n_b in the
 * linear coefficient, so its restricted estimates and limits differ.)
 */
function differenceStatistic(a: Arm, b: Arm, delta: number, corrected: boolean): number {
  const big = a.n + b.n;
  const events = a.x + b.x;
  const observed = a.x / a.n - b.x / b.n - delta;
  if (delta <= -1 || delta >= 1) return boundedScore(observed, 0);
  const l3 = big;
  const l2 = (a.n + 2 * b.n) * delta - big - events;
  const l1 = (b.n * delta - big - 2 * b.x) * delta + events;
  const l0 = b.x * delta * (1 - delta);
  const c2 = l2 / (3 * l3);
  const q = c2 * c2 * c2 - (l1 * l2) / (6 * l3 * l3) + l0 / (2 * l3);
  const r = Math.sqrt(Math.max(0, c2 * c2 - l1 / (3 * l3)));
  const p = q < 0 ? -r : r;
  let pb: number;
  if (p === 0) {
    pb = -c2;
  } else {
    const cosine = Math.min(1, Math.max(-1, q / (p * p * p)));
    pb = 2 * p * Math.cos((Math.PI + Math.acos(cosine)) / 3) - c2;
  }
  const low = Math.max(0, -delta);
  const high = Math.min(1, 1 - delta);
  pb = polishRestrictedPb(a, b, delta, Math.min(high, Math.max(low, pb)), low, high);
  const pa = pb + delta;
  const variance = ((pa * (1 - pa)) / a.n + (pb * (1 - pb)) / b.n) *
    (corrected ? big / (big - 1) : 1);
  return boundedScore(observed, Math.sqrt(Math.max(0, variance)));
}

/**
 * Two Newton steps on the likelihood equation x_a/p_a − f_a/q_a + x_b/p_b − f_b/q_b = 0
 * (p_a = p_b + δ) from the closed-form root, which loses digits when the proportions are
 * small; a step that would leave (low, high) is not taken.
 */
function polishRestrictedPb(
  a: Arm,
  b: Arm,
  delta: number,
  pb: number,
  low: number,
  high: number,
): number {
  const fa = a.n - a.x;
  const fb = b.n - b.x;
  for (let step = 0; step < 2 && pb > low && pb < high; step++) {
    const pa = pb + delta;
    const qa = 1 - pa;
    const qb = 1 - pb;
    const score = a.x / pa - fa / qa + b.x / pb - fb / qb;
    const slope = -(a.x / (pa * pa) + fa / (qa * qa) + b.x / (pb * pb) + fb / (qb * qb));
    const next = pb - score / slope;
    if (!(next > low && next < high)) break;
    pb = next;
  }
  return pb;
}

/** Miettinen–Nurminen (`corrected`, factor N/(N − 1)) or Mee score interval for the difference. */
function differenceScore(a: Arm, b: Arm, z: number, corrected: boolean): Triple {
  const d = a.x / a.n - b.x / b.n;
  const target = z / (1 + z);
  const f = (delta: number) => differenceStatistic(a, b, delta, corrected) - target;
  const lower = d <= -1 ? -1 : brentRoot(f, -1, d, 0, 1 - target, -target);
  const upper = d >= 1 ? 1 : brentRoot(f, d, 1, 0, -target, 1 - target);
  return [d, lower, upper];
}

/**
 * Koopman (1984) statistic for the ratio θ = p_a / p_b, or Miettinen and Nurminen's (1985)
 * with the variance multiplied by N/(N − 1) (`corrected`). Restricted MLE (Miettinen and
 * Nurminen 1985): p_b the smaller root of Nθ·p² − [θ(n_a + x_b) + x_a + n_b]·p + (x_a + x_b),
 * written in the form that does not cancel.
 */
function ratioScore(a: Arm, b: Arm, theta: number, corrected: boolean): number {
  const big = a.n + b.n;
  const events = a.x + b.x;
  const observed = a.x / a.n - (theta * b.x) / b.n;
  const bCoef = theta * (a.n + b.x) + a.x + b.n;
  const discriminant = Math.max(0, bCoef * bCoef - 4 * big * theta * events);
  const pb = (2 * events) / (bCoef + Math.sqrt(discriminant));
  const pa = Math.min(1, theta * pb);
  const variance = ((pa * (1 - pa)) / a.n + (theta * theta * pb * (1 - pb)) / b.n) *
    (corrected ? big / (big - 1) : 1);
  return boundedScore(observed, Math.sqrt(Math.max(0, variance)));
}

/**
 * Restricted MLE of p_b for the odds ratio θ, keeping the event margin
 * (n_a·p_a + n_b·p_b = m): the root in [0, 1] of n_b(θ − 1)p² + [n_aθ + n_b − m(θ − 1)]p − m,
 * taken in the form that does not cancel.
 */
function restrictedPb(na: number, nb: number, m: number, theta: number): number {
  const quad = nb * (theta - 1);
  const lin = na * theta + nb - m * (theta - 1);
  const root = Math.sqrt(Math.max(0, lin * lin + 4 * quad * m));
  return lin > 0 ? (2 * m) / (lin + root) : (root - lin) / (2 * quad);
}

/**
 * Miettinen–Nurminen statistic for the odds ratio θ. With D = x_a − n_a·p_a at the restricted
 * MLE and V = 1/(n_a p_a q_a) + 1/(n_b p_b q_b), z² = D²·V·(N − 1)/N; here sd = √(N/(N − 1)/V).
 * Far out on the ratio scale p and q approach 0 or 1, so both are computed without
 * cancellation (q_b from the same equation written for non-events, odds ratio 1/θ), and D is
 * taken in the one of its four equal forms that has a zero cell, if any.
 */
function oddsRatioScore(a: Arm, b: Arm, theta: number): number {
  const big = a.n + b.n;
  const fa = a.n - a.x;
  const fb = b.n - b.x;
  let pb = restrictedPb(a.n, b.n, a.x + b.x, theta);
  let qb = 1 - pb;
  if (pb > 0.5) {
    qb = restrictedPb(a.n, b.n, fa + fb, 1 / theta);
    pb = 1 - qb;
  }
  const scale = qb + theta * pb; // = 1 + p_b(θ − 1), a sum of positive terms
  const pa = (theta * pb) / scale;
  const qa = qb / scale;
  const d = a.x === 0
    ? -a.n * pa
    : fa === 0
    ? a.n * qa
    : b.x === 0
    ? b.n * pb
    : fb === 0
    ? -b.n * qb
    : a.x - a.n * pa;
  const wa = a.n * pa * qa;
  const wb = b.n * pb * qb;
  const inverseV = wa + wb === 0 ? 0 : (wa * wb) / (wa + wb);
  return boundedScore(d, Math.sqrt((big / (big - 1)) * inverseV));
}

/** Limits of the log-scale search: θ in [e^−LOG_LIMIT, e^LOG_LIMIT] ≈ [1e−100, 1e100]. */
const LOG_LIMIT = 100 * Math.LN10;

/**
 * Score interval for the ratio (Koopman, or Miettinen–Nurminen when `corrected`) or the odds
 * ratio (Miettinen–Nurminen), searched on φ = log θ outward from the sample estimate.
 */
function logScaleScore(
  a: Arm,
  b: Arm,
  z: number,
  measure: "ratio" | "odds-ratio",
  corrected: boolean,
): Triple {
  const ratio = measure === "ratio";
  const numerator = a.x * (ratio ? b.n : b.n - b.x);
  const denominator = b.x * (ratio ? a.n : a.n - a.x);
  if (numerator === 0 && denominator === 0) {
    const [corrected] = ratio ? katzLog(a, b, z) : woolf(a, b, z);
    return [corrected, 0, Infinity];
  }
  const estimate = numerator / denominator; // 0 or Infinity at the boundary
  const target = z / (1 + z);
  const f = (phi: number) =>
    (ratio ? ratioScore(a, b, Math.exp(phi), corrected) : oddsRatioScore(a, b, Math.exp(phi))) -
    target;
  const start = Math.min(LOG_LIMIT, Math.max(-LOG_LIMIT, Math.log(estimate)));
  const lower = estimate === 0 ? 0 : searchOutward(f, start, -1);
  const upper = estimate === Infinity ? Infinity : searchOutward(f, start, 1);
  return [estimate, lower, upper];
}

/**
 * The confidence limit on one side of `start` (where f < 0): step outward by doubling until
 * f > 0, then Brent. Returns 0 or `Infinity` when f stays ≤ 0 up to the search limit.
 */
function searchOutward(f: (phi: number) => number, start: number, direction: 1 | -1): number {
  let inner = start;
  let fInner = f(start);
  for (let step = 0.125;; step *= 2) {
    const outer = Math.min(LOG_LIMIT, Math.max(-LOG_LIMIT, start + direction * step));
    const fOuter = f(outer);
    if (fOuter > 0) return Math.exp(brentRoot(f, inner, outer, 0, fInner, fOuter));
    if (Math.abs(outer) === LOG_LIMIT) return direction > 0 ? Infinity : 0;
    inner = outer;
    fInner = fOuter;
  }
}
