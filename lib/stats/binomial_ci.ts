/**
 * Confidence intervals for a binomial proportion: twelve methods, two-sided or one-sided.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import {
  betaQuantile,
  betaQuantileUpper,
  binomialCdf,
  binomialPmf,
  binomialUpper,
  logChoose,
  normalQuantile,
} from "./distributions.ts";
import { requireCounts, requireOneOf, requireOpenUnit } from "./_validate.ts";
import { brentRoot } from "./_brent.ts";

/** Interval methods, in the order of the table in the documentation of {@linkcode binomialCI}. */
export const CI_METHODS = [
  "clopper-pearson",
  "mid-p",
  "blaker",
  "wilson",
  "wilson-cc",
  "agresti-coull",
  "jeffreys",
  "wald",
  "logit",
  "arcsine",
  "sterne",
  "blaker-mid-p",
] as const;

/** A confidence-interval method for a binomial proportion. */
export type CiMethod = (typeof CI_METHODS)[number];

/**
 * Which side an interval bounds: `"two-sided"` puts α/2 in each tail; `"lower"` returns
 * [L, 1] with α in the lower tail (a lower confidence bound); `"upper"` returns [0, U].
 */
export const CI_SIDES = ["two-sided", "lower", "upper"] as const;

/** Sides of a confidence interval (see {@linkcode CI_SIDES}). */
export type CiSides = (typeof CI_SIDES)[number];

/** Options of {@linkcode binomialCI}. */
export interface BinomialCIOptions {
  /** Interval method. Default `"wilson"`. */
  readonly method?: CiMethod;
  /** Confidence level 1 − α, in (0, 1). Default 0.95. */
  readonly level?: number;
  /** Two-sided (default) or a one-sided bound. */
  readonly sides?: CiSides;
}

/** A confidence interval for a binomial proportion, with the inputs that produced it. */
export interface ProportionInterval {
  /** Method used. */
  readonly method: CiMethod;
  /** Number of events. */
  readonly x: number;
  /** Number of trials. */
  readonly n: number;
  /** Confidence level 1 − α. */
  readonly level: number;
  /** Two-sided or one-sided. */
  readonly sides: CiSides;
  /** The observed proportion x / n. */
  readonly estimate: number;
  /** Lower bound, in [0, 1] (0 for an `"upper"` one-sided interval). */
  readonly lower: number;
  /** Upper bound, in [0, 1] (1 for a `"lower"` one-sided interval). */
  readonly upper: number;
}

const EPS = 2.220446049250313e-16;
/** R's `binom.test` tolerance for "as likely as": probabilities within a factor 1 + 1e-7. */
const REL_ERR = 1 + 1e-7;

/**
 * Confidence interval for a binomial proportion from `x` events in `n` trials.
 *
 * Two-sided intervals put α/2 in each tail, also at x = 0 and x = n (as R's `binom.test` and
 * scipy do), so the Clopper–Pearson interval for 0/14 at 95% is [0, 1 − 0.025^(1/14)] =
 * [0, 0.2316]. One-sided intervals put all of α in one tail: `"lower"` gives [L, 1] and
 * `"upper"` gives [0, U], each bound computed as the two-sided one with α in place of α/2.
 * z below is the standard normal quantile Φ⁻¹(1 − α/2) (two-sided) or Φ⁻¹(1 − α).
 *
 * | method | bound | at the boundaries (x = 0, x = n) |
 * |---|---|---|
 * | `clopper-pearson` | inverts the two one-sided exact binomial tests: beta quantiles (Clopper & Pearson 1934) | L = 0 at x = 0, U = 1 at x = n |
 * | `mid-p` | as Clopper–Pearson with the tail P(X ≥ x) replaced by P(X > x) + ½P(X = x) (Lancaster 1961; Berry & Armitage 1995) | L = 0 at x = 0 (so U = 1 − α^(1/n) there for two-sided α/2), U = 1 at x = n |
 * | `blaker` | inverts Blaker's (2000) two-sided exact test (below) | L = 0 at x = 0, U = 1 at x = n |
 * | `wilson` | score interval (Wilson 1927; Newcombe 1998 method 3) | L = 0 at x = 0, U = 1 at x = n: the formula gives them |
 * | `wilson-cc` | score interval with continuity correction (Newcombe 1998 method 4) | L = 0 at x = 0 and U = 1 at x = n, as Newcombe prescribes; never outside [0, 1] otherwise |
 * | `agresti-coull` | p̃ ± z√(p̃(1 − p̃)/ñ), ñ = n + z², p̃ = (x + z²/2)/ñ (Agresti & Coull 1998) | truncated to [0, 1] (Brown, Cai & DasGupta 2001) |
 * | `jeffreys` | equal-tailed Beta(x + ½, n − x + ½) quantiles (Brown, Cai & DasGupta 2001) | L = 0 at x = 0, U = 1 at x = n, their modification |
 * | `wald` | p̂ ± z√(p̂(1 − p̂)/n) | truncated to [0, 1]; zero width at x = 0 and x = n (the aberration Newcombe 1998 describes) |
 * | `logit` | expit(logit p̂ ± z/√(n p̂(1 − p̂))) (Brown, Cai & DasGupta 2001) | undefined there: L = 0, U = Clopper–Pearson's at x = 0; U = 1, L = Clopper–Pearson's at x = n |
 * | `arcsine` | sin²(arcsin√p̌ ± z/(2√n)), p̌ = (x + 3/8)/(n + 3/4) (Anscombe 1948; Brown, Cai & DasGupta 2001) | angle truncated to [0, π/2], so bounds within [0, 1] |
 * | `sterne` | inverts the minimum-likelihood two-sided exact test, R's `binom.test` p-value (Sterne 1954; Fay 2010, "minlike") | L = 0 at x = 0, U = 1 at x = n |
 * | `blaker-mid-p` | inverts the mid-p version of Blaker's test (Fagerland, Lydersen & Laake 2017, chapter 2) | L = 0 at x = 0, U = 1 at x = n |
 *
 * Blaker's acceptability of p is the probability of the observed tail (the smaller of
 * P(X ≥ x) and P(X ≤ x)) plus the largest opposite tail that does not exceed it; the interval
 * is {p : acceptability > α}. Two outcomes compare as equally likely within a relative
 * tolerance of 1e-7, as in R's `binom.test`. The acceptability is not monotone in p (it jumps
 * where the opposite tail gains a term and dips between jumps), so the bound is found by
 * walking its continuous pieces from the Clopper–Pearson α/2 bound (where acceptability ≤ α
 * is certain) and solving, on each piece, where it first exceeds α — an exact root, or the
 * start of a piece where it jumps above α. This is Blaker's definition computed to full
 * precision; the set is reported by its infimum and supremum, the smallest interval that
 * contains it (Fay 2010 describes the test and its matching intervals). One-sided Blaker bounds are the one-sided Clopper–Pearson bounds:
 * Blaker's test differs from the exact test only in how it forms a two-sided p-value.
 *
 * Blaker's mid-p acceptability counts the observed outcome with half its probability:
 * outcomes whose tail is smaller than the observed one count in full, the observed outcome
 * counts half (as `Blaker_midP_CI_1x2` of the R package contingencytables, from Fagerland,
 * Lydersen & Laake 2017), with the same 1e-7 tolerance for the opposite tail as `blaker`. It is
 * found by the same walk, which now ends at the one-sided mid-p bound at α (beyond it the
 * acceptability exceeds the mid-p tail, > α). One-sided `blaker-mid-p` bounds are the one-sided
 * mid-p bounds.
 *
 * Sterne's acceptability of p is R's `binom.test` two-sided p-value: the probability of every
 * outcome no more likely than x (within a factor 1 + 1e-7). The outcomes more likely than x
 * form a run of integers around the mode, so the acceptability is P(X ≤ A − 1) + P(X ≥ B + 1)
 * with that run [A, B]; each of its ends moves at a point that has a closed form on the logit
 * scale (where P(X = k)/P(X = x) crosses 1 + 1e-7), and between two such points the
 * acceptability, an expectation of a fixed function of X in an exponential family, crosses any
 * level at most twice, first downwards. The bound is found by walking these pieces from a point
 * where the acceptability is certainly ≤ α (the Clopper–Pearson bound at α/((n + 1)(1 + 1e-7)):
 * every outcome counted is at most (1 + 1e-7)·P(X = x)) to the first piece where it exceeds α,
 * and solving there. The set {p : acceptability > α} need not be an interval (Sterne's
 * acceptance regions are not nested, see Fay 2010); it is reported by its infimum and supremum,
 * as for Blaker's. One-sided `sterne` bounds are the one-sided Clopper–Pearson bounds.
 *
 * Accuracy: closed-form methods to about 1e-15 relative (the Wilson lower bounds are evaluated
 * in a rationalized form free of cancellation; a small Wald or Agresti–Coull lower bound
 * inherits the subtraction centre − half-width, about 1e-13); Clopper–Pearson, mid-p,
 * Jeffreys, Blaker, Blaker mid-p and Sterne bounds are roots (or jump points) solved to about
 * 1e-15 relative on tails accurate to about 1e-14 (tested against mpmath to 1e-10 for n up to
 * 100 000; Blaker mid-p and Sterne for n ≤ 1000).
 *
 * References:
 * - Clopper, C. J., and E. S. Pearson. 1934. "The use of confidence or fiducial limits
 *   illustrated in the case of the binomial." Biometrika 26 (4): 404–413.
 *   doi:10.1093/biomet/26.4.404
 * - Wilson, E. B. 1927. "Probable inference, the law of succession, and statistical
 *   inference." Journal of the American Statistical Association 22 (158): 209–212.
 *   doi:10.1080/01621459.1927.10502953
 * - Anscombe, F. J. 1948. "The transformation of Poisson, binomial and negative-binomial
 *   data." Biometrika 35 (3/4): 246–254. doi:10.1093/biomet/35.3-4.246
 * - Lancaster, H. O. 1961. "Significance tests in discrete distributions." Journal of the
 *   American Statistical Association 56 (294): 223–234. doi:10.1080/01621459.1961.10482105
 * - Berry, G., and P. Armitage. 1995. "Mid-P confidence intervals: a brief review." Journal of
 *   the Royal Statistical Society, Series D (The Statistician) 44 (4): 417–423.
 *   doi:10.2307/2348891
 * - Agresti, A., and B. A. Coull. 1998. "Approximate is better than 'exact' for interval
 *   estimation of binomial proportions." The American Statistician 52 (2): 119–126.
 *   doi:10.1080/00031305.1998.10480550
 * - Newcombe, R. G. 1998. "Two-sided confidence intervals for the single proportion:
 *   comparison of seven methods." Statistics in Medicine 17 (8): 857–872.
 *   doi:10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E
 * - Blaker, H. 2000. "Confidence curves and improved exact confidence intervals for discrete
 *   distributions." Canadian Journal of Statistics 28 (4): 783–798. doi:10.2307/3315916
 * - Brown, L. D., T. T. Cai, and A. DasGupta. 2001. "Interval estimation for a binomial
 *   proportion." Statistical Science 16 (2): 101–133. doi:10.1214/ss/1009213286
 * - Fay, M. P. 2010. "Two-sided exact tests and matching confidence intervals for discrete
 *   data." The R Journal 2 (1): 53–58. doi:10.32614/RJ-2010-008
 * - Sterne, T. E. 1954. "Some remarks on confidence or fiducial limits." Biometrika 41 (1/2):
 *   275–278. doi:10.1093/biomet/41.1-2.275
 * - Fagerland, M. W., S. Lydersen, and P. Laake. 2017. Statistical Analysis of Contingency
 *   Tables. Boca Raton: Chapman & Hall/CRC. doi:10.1201/9781315374116 (chapter 2: the Blaker
 *   mid-p interval).
 *
 * @param x Number of events, an integer in [0, n].
 * @param n Number of trials, an integer ≥ 1.
 * @param options Method (default `"wilson"`), level (default 0.95), sides (default two-sided).
 * @returns The interval, with its method and inputs.
 * @throws {RangeError} If `x` or `n` is not a count with 0 ≤ x ≤ n and n ≥ 1, if `level` is
 * not in (0, 1), or if `method` or `sides` is not one of the listed values.
 * @throws {TypeError} If `x`, `n` or `level` is not a number.
 *
 * @example No responder among 14 patients (Boissel 2022, Table 2: "0 (0.0%–23.2%)")
 * ```ts
 * import { binomialCI } from "./binomial_ci.ts";
 * import { assertAlmostEquals, assertEquals } from "@std/assert";
 *
 * const ci = binomialCI(0, 14, { method: "clopper-pearson" });
 * assertEquals(ci.lower, 0);
 * assertAlmostEquals(ci.upper, 1 - Math.pow(0.025, 1 / 14), 1e-15);
 * assertEquals((ci.upper * 100).toFixed(1), "23.2");
 * ```
 *
 * @example Sterne's and Blaker's mid-p intervals for 13 of 16 (Fagerland et al. 2017, chapter 2)
 * ```ts
 * import { binomialCI } from "./binomial_ci.ts";
 * import { assert, assertEquals } from "@std/assert";
 *
 * const midBlaker = binomialCI(13, 16, { method: "blaker-mid-p" });
 * const blaker = binomialCI(13, 16, { method: "blaker" });
 * assert(blaker.lower < midBlaker.lower && midBlaker.upper < blaker.upper);
 * const sterne = binomialCI(13, 16, { method: "sterne" });
 * assertEquals(sterne.method, "sterne");
 * assert(sterne.lower < 13 / 16 && 13 / 16 < sterne.upper);
 * ```
 *
 * @example A one-sided 95% lower bound after 10 responses in 10 patients
 * ```ts
 * import { binomialCI } from "./binomial_ci.ts";
 * import { assertAlmostEquals, assertEquals } from "@std/assert";
 *
 * // Clopper–Pearson at x = n: P(X = 10) = L¹⁰ = α, so L = 0.05^(1/10).
 * const ci = binomialCI(10, 10, { method: "clopper-pearson", sides: "lower" });
 * assertEquals(ci.upper, 1);
 * assertAlmostEquals(ci.lower, Math.pow(0.05, 1 / 10), 1e-15);
 * ```
 */
export function binomialCI(
  x: number,
  n: number,
  options: BinomialCIOptions = {},
): ProportionInterval {
  requireCounts(x, n);
  const method = options.method ?? "wilson";
  requireOneOf("method", method, CI_METHODS);
  const level = options.level ?? 0.95;
  requireOpenUnit("level", level);
  const sides = options.sides ?? "two-sided";
  requireOneOf("sides", sides, CI_SIDES);

  const alpha = 1 - level;
  const tail = sides === "two-sided" ? alpha / 2 : alpha;
  let lower = 0;
  let upper = 1;
  if ((method === "blaker" || method === "blaker-mid-p") && sides === "two-sided") {
    const mid = method === "blaker-mid-p";
    lower = x === 0 ? 0 : blakerBound(x, n, alpha, "lower", mid);
    upper = x === n ? 1 : blakerBound(x, n, alpha, "upper", mid);
  } else if (method === "sterne" && sides === "two-sided") {
    lower = x === 0 ? 0 : sterneBound(x, n, alpha, "lower");
    upper = x === n ? 1 : sterneBound(x, n, alpha, "upper");
  } else {
    const wanted = oneSidedMethod(method);
    if (sides !== "upper") lower = lowerBound(wanted, x, n, tail);
    if (sides !== "lower") upper = upperBound(wanted, x, n, tail);
  }
  return Object.freeze(
    displayAs(`${method} interval for ${x} of ${n}`, {
      method,
      x,
      n,
      level,
      sides,
      estimate: x / n,
      lower,
      upper,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Bounds with one-sided tail probability `tail`

/** Methods whose bounds are computed one tail at a time. */
type OneTailMethod = Exclude<CiMethod, "blaker" | "blaker-mid-p" | "sterne">;

/**
 * The method whose one-sided bound a two-sided-test method uses: Blaker's and Sterne's tests
 * differ from the exact test only in how they form a two-sided p-value, the mid-p Blaker test
 * from the mid-p test.
 */
function oneSidedMethod(method: CiMethod): OneTailMethod {
  if (method === "blaker" || method === "sterne") return "clopper-pearson";
  if (method === "blaker-mid-p") return "mid-p";
  return method;
}

function lowerBound(
  method: OneTailMethod,
  x: number,
  n: number,
  tail: number,
): number {
  switch (method) {
    case "clopper-pearson":
      return x === 0 ? 0 : betaQuantile(tail, x, n - x + 1);
    case "mid-p":
      return x === 0 ? 0 : midPBound(x, n, tail, "lower");
    case "jeffreys":
      return x === 0 ? 0 : betaQuantile(tail, x + 0.5, n - x + 0.5);
    case "wilson":
      return wilsonLower(x, n, -normalQuantile(tail));
    case "wilson-cc":
      return wilsonCcLower(x, n, -normalQuantile(tail));
    case "logit":
      if (x === 0) return 0;
      if (x === n) return lowerBound("clopper-pearson", x, n, tail);
      return logitBound(x, n, normalQuantile(tail));
    default:
      return symmetricBounds(method, x, n, -normalQuantile(tail))[0];
  }
}

function upperBound(
  method: OneTailMethod,
  x: number,
  n: number,
  tail: number,
): number {
  switch (method) {
    case "clopper-pearson":
      return x === n ? 1 : betaQuantileUpper(tail, x + 1, n - x);
    case "mid-p":
      return x === n ? 1 : midPBound(x, n, tail, "upper");
    case "jeffreys":
      return x === n ? 1 : betaQuantileUpper(tail, x + 0.5, n - x + 0.5);
    case "wilson":
      return wilsonUpper(x, n, -normalQuantile(tail));
    case "wilson-cc":
      return wilsonCcUpper(x, n, -normalQuantile(tail));
    case "logit":
      if (x === n) return 1;
      if (x === 0) return upperBound("clopper-pearson", x, n, tail);
      return logitBound(x, n, -normalQuantile(tail));
    default:
      return symmetricBounds(method, x, n, -normalQuantile(tail))[1];
  }
}

/**
 * Wilson lower bound (A − B)/(2(n + z²)) with A = 2x + z², B = z√(z² + 4x(n − x)/n),
 * rationalized: A² − B² = 4x²(1 + z²/n), so the bound is 2x² / (n (A + B)) — no cancellation.
 */
function wilsonLower(x: number, n: number, z: number): number {
  const a = 2 * x + z * z;
  const b = z * Math.sqrt(z * z + (4 * x * (n - x)) / n);
  return (2 * x * x) / (n * (a + b));
}

/** Wilson upper bound (A + B)/(2(n + z²)), a sum of positive terms. */
function wilsonUpper(x: number, n: number, z: number): number {
  const a = 2 * x + z * z;
  const b = z * Math.sqrt(z * z + (4 * x * (n - x)) / n);
  return Math.min(1, (a + b) / (2 * (n + z * z)));
}

/**
 * Newcombe's (1998) continuity-corrected lower bound
 * (2x + z² − 1 − z√(z² − 2 − 1/n + 4x(n − x + 1)/n)) / (2(n + z²)) for x ≥ 1, 0 at x = 0;
 * rationalized as (2x − 1)² / (2n(A + B)) (the difference of squares is (2x − 1)²(1 + z²/n)).
 */
function wilsonCcLower(x: number, n: number, z: number): number {
  if (x === 0) return 0;
  const a = 2 * x + z * z - 1;
  const b = z * Math.sqrt(z * z - 2 - 1 / n + (4 * x * (n - x + 1)) / n);
  return ((2 * x - 1) * (2 * x - 1)) / (2 * n * (a + b));
}

/**
 * Newcombe's (1998) continuity-corrected upper bound
 * (2x + z² + 1 + z√(z² + 2 − 1/n + 4x(n − x − 1)/n)) / (2(n + z²)) for x ≤ n − 1, 1 at x = n:
 * a sum of positive terms.
 */
function wilsonCcUpper(x: number, n: number, z: number): number {
  if (x === n) return 1;
  const a = 2 * x + z * z + 1;
  const b = z * Math.sqrt(z * z + 2 - 1 / n + (4 * x * (n - x - 1)) / n);
  return Math.min(1, (a + b) / (2 * (n + z * z)));
}

/** Logit bound expit(logit p̂ + z/√(n p̂ q̂)) for 0 < x < n (z signed). */
function logitBound(x: number, n: number, z: number): number {
  const eta = Math.log(x / (n - x)) + z * Math.sqrt(n / (x * (n - x)));
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}

/** Agresti–Coull, Wald and arcsine: centre ± half-width on some scale, truncated. */
function symmetricBounds(
  method: "agresti-coull" | "wald" | "arcsine",
  x: number,
  n: number,
  z: number,
): [number, number] {
  if (method === "arcsine") {
    const pCheck = (x + 0.375) / (n + 0.75);
    const angle = Math.asin(Math.sqrt(pCheck));
    const half = z / (2 * Math.sqrt(n));
    const lo = angle - half <= 0 ? 0 : Math.sin(angle - half) ** 2;
    const hi = angle + half >= Math.PI / 2 ? 1 : Math.sin(angle + half) ** 2;
    return [lo, hi];
  }
  let centre: number;
  let half: number;
  if (method === "agresti-coull") {
    const nTilde = n + z * z;
    centre = (x + (z * z) / 2) / nTilde;
    half = z * Math.sqrt((centre * (1 - centre)) / nTilde);
  } else {
    centre = x / n;
    half = z * Math.sqrt((centre * (1 - centre)) / n);
  }
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

// ---------------------------------------------------------------------------------------------
// Root finding

/**
 * Root of f on [lo, hi] where f changes sign once (`rising`: from − to +), f returning its
 * value and slope: Newton steps kept inside a bracket that shrinks at every evaluation, and a
 * bisection when a step would leave it (geometric when the bracket spans orders of magnitude,
 * a jump of 1/64 towards 0 when its lower end is 0). Converges to about 4ε relative.
 */
function solve(
  f: (v: number) => [number, number],
  lo: number,
  hi: number,
  start: number,
  rising: boolean,
): number {
  let v = start >= lo && start <= hi ? start : 0.5 * (lo + hi);
  for (let i = 0; i < 300; i++) {
    const [value, slope] = f(v);
    if (value === 0) return v;
    if ((value < 0) === rising) lo = v;
    else hi = v;
    let next = v - value / slope;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = lo === 0 ? hi / 64 : hi / lo > 16 ? Math.sqrt(lo * hi) : 0.5 * (lo + hi);
    }
    if (Math.abs(next - v) <= 4 * EPS * Math.abs(v) || hi - lo <= 4 * EPS * hi) return next;
    v = next;
  }
  return v;
}

/** n · b(k; n − 1, p): the derivative of P(X ≥ k + 1) with respect to p. */
function tailSlope(k: number, n: number, p: number): number {
  return k < 0 || k > n - 1 ? 0 : n * binomialPmf(k, n - 1, p);
}

/**
 * Mid-p bound: the lower bound solves P(X > x) + ½P(X = x) = tail, the upper bound
 * P(X < x) + ½P(X = x) = tail, in p directly (so each bound keeps its relative accuracy).
 * Newton on the log of the mid-p tail, bracketed by the Clopper–Pearson bounds for x and
 * x ± 1, between which the mid-p tail lies.
 */
function midPBound(x: number, n: number, tail: number, side: "lower" | "upper"): number {
  const logTail = Math.log(tail);
  const f = (p: number): [number, number] => {
    const half = 0.5 * binomialPmf(x, n, p);
    const t = side === "lower"
      ? binomialUpper(x + 1, n, p) + half
      : binomialCdf(x - 1, n, p) + half;
    const slope = 0.5 * (tailSlope(x, n, p) + tailSlope(x - 1, n, p)) / t;
    return [Math.log(t) - logTail, side === "lower" ? slope : -slope];
  };
  // The mid-p tail lies between the exact tails for x and x ± 1, so the bound lies beyond the
  // Clopper–Pearson bound, and before x/n where the mid-p tail is about ½ > tail. Newton on
  // the log of a log-concave tail, started at the Clopper–Pearson bound, moves monotonically.
  if (side === "lower") {
    const lo = betaQuantile(tail, x, n - x + 1);
    return solve(f, lo, x / n, lo, true);
  }
  const hi = betaQuantileUpper(tail, x + 1, n - x);
  return solve(f, x / n, hi, hi, false);
}

// ---------------------------------------------------------------------------------------------
// Blaker

/**
 * Blaker's bound for 0 < x (lower) or x < n (upper), solved in p itself so that a bound near
 * 0 or 1 keeps its relative accuracy. Described for the lower bound inf{p : a(p) > α}; the
 * upper bound sup{p : a(p) > α} is its mirror image (tails swapped, p walked downwards).
 *
 * Below the Clopper–Pearson lower bound at α/2 the observed tail S(p) = P(X ≥ x) is below
 * α/2 and a(p) ≤ 2S(p) ≤ α; beyond the one at α, a(p) ≥ S(p) > α. Between them S is the
 * smaller tail and a(p) = S(p) + P(X ≤ m(p) − 1), where the opposite tail holds the m(p)
 * outcomes 0, …, m − 1 with P(X ≤ m − 1) ≤ (1 + 1e-7) S(p) (m = 0: no term). m(p) steps up by
 * one at each breakpoint where P(X ≤ m) = (1 + 1e-7) S(p), and never reaches x
 * (P(X ≤ x − 1) = 1 − S(p) > S(p)). On a piece with fixed m, a′(p) = n(b(x − 1; n − 1, p) −
 * b(m − 1; n − 1, p)) changes sign at most once, from − to + (m − 1 < x − 1, so the ratio of
 * the two terms rises with p): a piece that starts at or below α and ends above it crosses α
 * exactly once, and the walk stops at the first such crossing or at the first piece that
 * starts above α.
 */
function blakerBound(
  x: number,
  n: number,
  alpha: number,
  side: "lower" | "upper",
  mid = false,
): number {
  const lower = side === "lower";
  const observed = (p: number) => (lower ? binomialUpper(x, n, p) : binomialCdf(x, n, p));
  const observedSlope = (p: number) => (lower ? tailSlope(x - 1, n, p) : -tailSlope(x, n, p));
  // Mid-p: the observed outcome counts half, so half its probability (and slope) comes off.
  const half = (p: number) => (mid ? 0.5 * binomialPmf(x, n, p) : 0);
  const halfSlope = (p: number) => mid ? 0.5 * (tailSlope(x - 1, n, p) - tailSlope(x, n, p)) : 0;
  // Opposite tail with m outcomes: {0, …, m − 1} (lower) or {n − m + 1, …, n} (upper).
  const opposite = (m: number, p: number) =>
    m === 0 ? 0 : lower ? binomialCdf(m - 1, n, p) : binomialUpper(n - m + 1, n, p);
  const oppositeSlope = (m: number, p: number) =>
    m === 0 ? 0 : lower ? -tailSlope(m - 1, n, p) : tailSlope(n - m, n, p);
  const maxM = lower ? x - 1 : n - x - 1;
  const start = lower
    ? betaQuantile(alpha / 2, x, n - x + 1)
    : betaQuantileUpper(alpha / 2, x + 1, n - x);
  // Beyond the one-sided bound at α the observed tail (its mid-p version for `mid`) exceeds α.
  const stop = mid
    ? midPBound(x, n, alpha, side)
    : lower
    ? betaQuantile(alpha, x, n - x + 1)
    : betaQuantileUpper(alpha, x + 1, n - x);
  const before = (a: number, b: number) => (lower ? a < b : a > b);
  // Solve f = 0 between the walk positions `from` and `to`; `risesAlongWalk` says f goes from
  // ≤ 0 to > 0 as the walk proceeds (so, in p, it rises for the lower bound only).
  const between = (
    f: (p: number) => [number, number],
    from: number,
    to: number,
    risesAlongWalk: boolean,
  ) =>
    lower
      ? solve(f, from, to, 0.5 * (from + to), risesAlongWalk)
      : solve(f, to, from, 0.5 * (from + to), !risesAlongWalk);

  // m at the start: the largest m ≤ maxM whose opposite tail stays within the tolerance.
  const limit = observed(start) * REL_ERR;
  let m = 0;
  let above = maxM + 1; // m = maxM + 1 would take the opposite tail past S
  while (above - m > 1) {
    const mid = (m + above) >> 1;
    if (opposite(mid, start) <= limit) m = mid;
    else above = mid;
  }

  let s = start;
  while (before(s, stop)) {
    const next = m + 1;
    let e = stop;
    if (next <= maxM) {
      // Breakpoint: where the opposite tail with `next` outcomes falls to (1 + 1e-7) S(p).
      const gap = (p: number): [number, number] => {
        const o = opposite(next, p);
        const t = observed(p);
        return [
          Math.log(o) - Math.log(t * REL_ERR),
          oppositeSlope(next, p) / o - observedSlope(p) / t,
        ];
      };
      if (gap(stop)[0] <= 0) e = between(gap, s, stop, false);
    }
    const piece = (p: number): [number, number] => [
      observed(p) - half(p) + opposite(m, p) - alpha,
      observedSlope(p) - halfSlope(p) + oppositeSlope(m, p),
    ];
    if (piece(s)[0] > 0) return s;
    if (piece(e)[0] > 0) return between(piece, s, e, true);
    s = e;
    m = next;
  }
  return stop;
}

// ---------------------------------------------------------------------------------------------
// Sterne

/** log(1 + 1e-7): outcomes within this log-ratio of P(X = x) count as no more likely. */
const LOG_REL_ERR = Math.log1p(1e-7);

/** The logistic function, accurate on either side of 0. */
function expit(t: number): number {
  return t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t));
}

/**
 * Sterne's bound for 0 < x (lower) or x < n (upper): inf (lower) or sup (upper) of
 * {p : P_p(outcomes no more likely than x) > α}. See the notes of {@linkcode binomialCI}.
 *
 * On the logit scale t = log(p/(1 − p)), log P(X = k) − log P(X = x) = c_k + (k − x)·t with
 * c_k = log C(n, k) − log C(n, x), so outcome k is more likely than x (beyond the tolerance)
 * on one side of t_k = (log(1 + 1e-7) − c_k)/(k − x). For the lower bound (t below logit(x/n),
 * where x is at or above the mode) the outcomes more likely than x form a run [A, B] below x,
 * whose members leave it, one at each end, as t rises past their t_k; the upper bound is the
 * mirror image (a run above x, t falling). Between two such points the acceptability is
 * P(X ≤ A − 1) + P(X ≥ B + 1).
 */
function sterneBound(x: number, n: number, alpha: number, side: "lower" | "upper"): number {
  const lower = side === "lower";
  const logChooseX = logChoose(n, x);
  const breakpoint = (k: number) => (LOG_REL_ERR - (logChoose(n, k) - logChooseX)) / (k - x);
  // Start where every outcome counted has probability ≤ (1 + 1e-7)·P(X = x) ≤ (1 + 1e-7)·S(p),
  // S the observed tail, so the acceptability is ≤ (n + 1)(1 + 1e-7)·S(p) ≤ α.
  const startTail = alpha / ((n + 1) * (1 + 1e-7));
  const p0 = lower
    ? betaQuantile(startTail, x, n - x + 1)
    : betaQuantileUpper(startTail, x + 1, n - x);
  const end = x / n;
  const t0 = Math.log(p0) - Math.log1p(-p0);
  const tEnd = Math.log(end) - Math.log1p(-end);
  // The run of outcomes more likely than x at t0: around the mode, by bisection on each side.
  const excess = (k: number) => logChoose(n, k) - logChooseX + (k - x) * t0 - LOG_REL_ERR;
  const mode = Math.min(n, Math.floor((n + 1) * p0));
  if (excess(mode) <= 0) return p0; // nothing more likely than x: acceptability 1
  let lo = -1; // excess ≤ 0 at lo (or lo = −1), > 0 at mode: find A, the first k with excess > 0
  let hi = mode;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (excess(mid) > 0) hi = mid;
    else lo = mid;
  }
  let a = hi;
  lo = mode; // excess > 0 at mode; find B, the last k with excess > 0
  hi = n + 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (excess(mid) > 0) lo = mid;
    else hi = mid;
  }
  let b = lo;
  let s = p0;
  let tS = t0;
  for (;;) {
    if (a > b) return s; // no outcome more likely than x: acceptability 1 > α
    const tA = breakpoint(a);
    const tB = breakpoint(b);
    // Never behind the walk (a breakpoint computed a rounding error behind the current point).
    const tNext = lower
      ? Math.max(tS, Math.min(tA, tB, tEnd))
      : Math.min(tS, Math.max(tA, tB, tEnd));
    const e = tNext === tEnd ? end : expit(tNext);
    const lowTail = a - 1;
    const highTail = b + 1;
    const piece = (p: number) => binomialCdf(lowTail, n, p) + binomialUpper(highTail, n, p) - alpha;
    const fS = piece(s);
    if (fS > 0) return s;
    const fE = piece(e);
    if (fE > 0) {
      return lower ? brentRoot(piece, s, e, 0, fS, fE) : brentRoot(piece, e, s, 0, fE, fS);
    }
    if (tNext === tEnd) return e; // not reached: x is the mode at x/n, acceptability 1
    if ((lower ? tA <= tB : tA >= tB) || tA === tB) a++;
    if ((lower ? tB <= tA : tB >= tA) || tA === tB) b--;
    s = e;
    tS = tNext;
  }
}
