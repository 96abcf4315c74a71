/**
 * Fisher's exact test for a 2×2 table, with the conditional maximum-likelihood odds ratio and
 * its exact confidence interval: the same quantities, by the same definitions, as R's
 * `fisher.test` for a 2×2 table.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { brentRoot } from "./_brent.ts";
import { type Arm, readArm, readLevel } from "./_two_arm.ts";
import { requireOneOf } from "./_validate.ts";

/** Alternative hypotheses about the odds ratio, as in R's `fisher.test`. */
export const FISHER_ALTERNATIVES = ["two-sided", "less", "greater"] as const;
/** One of {@link FISHER_ALTERNATIVES}. */
export type FisherAlternative = (typeof FISHER_ALTERNATIVES)[number];

/** Options of {@link fisherExact}. */
export interface FisherExactOptions {
  /** Alternative hypothesis about the odds ratio of `a` versus `b`. Default `"two-sided"`. */
  readonly alternative?: FisherAlternative;
  /** Confidence level of the interval for the odds ratio, in (0, 1). Default 0.95. */
  readonly level?: number;
  /**
   * Lancaster's mid-p: tables as likely as the observed one count half, in the p-value and in
   * the tails inverted for the interval. Default false.
   */
  readonly midP?: boolean;
}

/** Result of {@link fisherExact}: the test, the estimate and the interval, with the inputs. */
export interface FisherExactResult {
  /** Exact p-value for the null hypothesis odds ratio = 1 against `alternative`. */
  readonly pValue: number;
  /** Conditional maximum-likelihood estimate of the odds ratio (0 or `Infinity` at the edges). */
  readonly oddsRatio: number;
  /** Lower exact confidence limit (0 for `"less"`). */
  readonly lower: number;
  /** Upper exact confidence limit (`Infinity` for `"greater"`). */
  readonly upper: number;
  /** Confidence level of [`lower`, `upper`]. */
  readonly level: number;
  /** Alternative hypothesis of `pValue` and of the interval's sidedness. */
  readonly alternative: FisherAlternative;
  /** Whether `pValue` is a mid-p-value and [`lower`, `upper`] the mid-p interval. */
  readonly midP: boolean;
  /** First arm (the odds ratio is odds(a) / odds(b)). */
  readonly a: Arm;
  /** Second arm. */
  readonly b: Arm;
}

/**
 * Fisher's exact test of the 2×2 table with rows `a` and `b` (events, non-events), and the
 * conditional maximum-likelihood estimate of the odds ratio odds(a) / odds(b) with its exact
 * confidence interval.
 *
 * Conditioning on all margins, `a.x` follows the (Fisher) noncentral hypergeometric
 * distribution with odds ratio ψ. The p-value is computed at ψ = 1: `"less"` is P(X ≤ a.x),
 * `"greater"` is P(X ≥ a.x), and `"two-sided"` sums the probabilities of all tables no more
 * likely than the observed one, with R's relative tolerance: tables with probability
 * ≤ P(observed)·(1 + 10⁻⁷) count. The estimate is the ψ whose conditional mean equals
 * `a.x`; the confidence limits are the ψ at which each one-sided tail equals
 * (1 − level)/2 (or 1 − level for a one-sided alternative). At the edges of the support the
 * estimate is 0 (a.x at its minimum, checked first, as in R) or `Infinity` (at its maximum),
 * and the corresponding limit is 0 or `Infinity`. Never NaN.
 *
 * Mid-p (`midP: true`, Lancaster 1961): the observed table counts half. `"less"` is
 * P(X < a.x) + ½P(X = a.x), `"greater"` P(X > a.x) + ½P(X = a.x), and `"two-sided"` counts the
 * tables less likely than the observed one in full and those tied with it (within the same
 * 1e-7 relative tolerance, the observed table and a mirror table of equal probability) by
 * half — the rule of `binomialTest`'s two-sided mid-p (Hirji 2006, §2.6; Fay 2010). The
 * interval is then the mid-p interval: each limit is the ψ at which the corresponding mid-p
 * tail, P_ψ(X > a.x) + ½P_ψ(X = a.x) or P_ψ(X < a.x) + ½P_ψ(X = a.x), equals (1 − level)/2
 * (1 − level one-sided), with the same edge conventions; the estimate is the conditional MLE
 * either way.
 *
 * Numerics: the hypergeometric weights are built from exact ratios of successive terms
 * (summed on the log scale from the mode), which keeps every probability accurate to a few
 * ulps for any table size; the limits and the estimate are found to full double precision by
 * Brent's method on log ψ. R's `fisher.test` finds the same roots with `uniroot`'s default
 * tolerance (≈1.2·10⁻⁴ on ψ or 1/ψ), so its printed estimate and limits agree with these to
 * about 4 significant digits only; the p-values agree to ~1e-14.
 *
 * References: Fisher, R. A. 1935. "The logic of inductive inference." Journal of the Royal
 * Statistical Society 98 (1): 39–82. doi:10.2307/2342435. — Cornfield, J. 1956. "A
 * statistical problem arising from retrospective studies." Proceedings of the Third Berkeley
 * Symposium on Mathematical Statistics and Probability 4: 135–148. — Agresti, A. 2002.
 * Categorical Data Analysis, 2nd ed., §3.5 (Fisher's exact test, tea tasting) and §3.6.
 * Hoboken, NJ: Wiley. doi:10.1002/0471249688. — R Core Team. `fisher.test`, package stats,
 * R 4.2. — Lancaster, H. O. 1961. "Significance tests in discrete distributions." Journal of
 * the American Statistical Association 56 (294): 223–234. doi:10.1080/01621459.1961.10482105
 * — Hirji, K. F. 2006. Exact Analysis of Discrete Data. Boca Raton: Chapman & Hall/CRC.
 * doi:10.1201/9781420036190 — Fay, M. P. 2010. "Two-sided exact tests and matching confidence
 * intervals for discrete data." The R Journal 2 (1): 53–58. doi:10.32614/RJ-2010-008
 *
 * @example Fisher's tea-tasting experiment (Agresti 2002, Table 3.8)
 * ```ts
 * import { fisherExact } from "./fisher_exact.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * // 3 of the 4 cups with milk poured first were guessed right, 1 of the 4 with tea first.
 * const test = fisherExact({ x: 3, n: 4 }, { x: 1, n: 4 }, { alternative: "greater" });
 * assertAlmostEquals(test.pValue, 0.2429, 1e-4); // Agresti 2002, p. 92: P = 0.243
 * ```
 *
 * @example Mid-p: the observed table counts half
 * ```ts
 * import { fisherExact } from "./fisher_exact.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * // Tea tasting, by hand: P(X = 3) = C(4,3)·C(4,1)/C(8,4) = 16/70 and P(X = 4) = 1/70, so the
 * // one-sided mid-p is 1/70 + ½·16/70 = 9/70 (the conventional p-value is 17/70).
 * const mid = fisherExact({ x: 3, n: 4 }, { x: 1, n: 4 }, { alternative: "greater", midP: true });
 * assertAlmostEquals(mid.pValue, 9 / 70, 1e-15);
 * ```
 */
export function fisherExact(a: Arm, b: Arm, options: FisherExactOptions = {}): FisherExactResult {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const level = readLevel(options.level);
  const alternative = options.alternative ?? "two-sided";
  requireOneOf("alternative", alternative, FISHER_ALTERNATIVES);
  const midP = options.midP ?? false;
  if (typeof midP !== "boolean") {
    throw new TypeError(`\`midP\` must be a boolean, got ${String(midP)}`);
  }

  const table = new ConditionalTable(armA, armB, midP);
  let pValue: number;
  let lower: number;
  let upper: number;
  if (alternative === "less") {
    pValue = table.lowerTail(0);
    lower = 0;
    upper = table.upperLimit(1 - level);
  } else if (alternative === "greater") {
    pValue = table.upperTail(0);
    lower = table.lowerLimit(1 - level);
    upper = Infinity;
  } else {
    pValue = table.twoSidedP();
    lower = table.lowerLimit((1 - level) / 2);
    upper = table.upperLimit((1 - level) / 2);
  }
  const title = `Fisher exact test${midP ? " (mid-p)" : ""}: ` +
    `${armA.x}/${armA.n} vs ${armB.x}/${armB.n}`;
  return Object.freeze(displayAs(title, {
    pValue: Math.min(1, Math.max(0, pValue)),
    oddsRatio: table.conditionalMle(),
    lower,
    upper,
    level,
    alternative,
    midP,
    a: armA,
    b: armB,
  }));
}

/** Log-scale cut-off below the largest term beyond which terms are dropped. */
const CUT_ALL = 746; // exp(−746) underflows to 0: what R's exp(d − max(d)) keeps
const CUT_ROOT = 100; // e⁻¹⁰⁰ ≈ 4e−44, far below any tail probability (1 − level)/2 ≥ 5e−17

/**
 * The distribution of `a.x` given all margins of the table, noncentral hypergeometric in the
 * odds ratio ψ = exp(φ). Support lo..hi; `logRatio[j − lo]` is log of the ratio of successive
 * central (ψ = 1) probabilities, P(j + 1) / P(j), a decreasing sequence (log-concavity).
 */
class ConditionalTable {
  readonly lo: number;
  readonly hi: number;
  readonly x: number;
  readonly logRatio: Float64Array;
  private readonly weight: Float64Array;
  /** Weight of the observed table in its own tail: ½ for mid-p, else 1. */
  private readonly own: number;

  constructor(a: Arm, b: Arm, readonly midP = false) {
    this.own = midP ? 0.5 : 1;
    const events = a.x + b.x;
    const nonEvents = a.n - a.x + (b.n - b.x);
    const rowA = a.n;
    this.lo = Math.max(0, rowA - nonEvents);
    this.hi = Math.min(rowA, events);
    this.x = a.x;
    this.logRatio = new Float64Array(this.hi - this.lo);
    this.weight = new Float64Array(this.hi - this.lo + 1);
    for (let j = this.lo; j < this.hi; j++) {
      // P(j + 1) / P(j) = (events − j)(rowA − j) / ((j + 1)(nonEvents − rowA + j + 1))
      this.logRatio[j - this.lo] = Math.log(
        ((events - j) * (rowA - j)) / ((j + 1) * (nonEvents - rowA + j + 1)),
      );
    }
  }

  /** The most probable value of the support at log odds ratio `phi`. */
  private mode(phi: number): number {
    // First j whose successor is not more probable; logRatio + phi is decreasing in j.
    let low = this.lo;
    let high = this.hi;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.logRatio[mid - this.lo] as number) + phi > 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Fills `weight[j − lo]` with terms proportional to P(X = j) at `phi`, the largest being 1,
   * over the window [from, to] outside of which the terms fall below e^−cut.
   */
  private fill(phi: number, cut: number): readonly [from: number, to: number] {
    const { lo, hi, logRatio, weight } = this;
    const mode = this.mode(phi);
    weight[mode - lo] = 1;
    let to = mode;
    let log = 0;
    while (to < hi) {
      log += (logRatio[to - lo] as number) + phi;
      if (log < -cut) break;
      to++;
      weight[to - lo] = Math.exp(log);
    }
    let from = mode;
    log = 0;
    while (from > lo) {
      log -= (logRatio[from - 1 - lo] as number) + phi;
      if (log < -cut) break;
      from--;
      weight[from - lo] = Math.exp(log);
    }
    return [from, to];
  }

  /** Sum of the filled weights over [from, to]. */
  private sum(from: number, to: number): number {
    let total = 0;
    for (let j = from; j <= to; j++) total += this.weight[j - this.lo] as number;
    return total;
  }

  /** The filled weight of the observed table (0 outside the window [from, to]). */
  private observed(from: number, to: number): number {
    return this.x < from || this.x > to ? 0 : this.weight[this.x - this.lo] as number;
  }

  /** P(X ≤ x) at log odds ratio `phi` (mid-p: P(X < x) + ½P(X = x)). */
  lowerTail(phi: number, cut = CUT_ALL): number {
    const [from, to] = this.fill(phi, cut);
    if (this.x < from) return 0;
    const below = this.x > from ? this.sum(from, Math.min(to, this.x - 1)) : 0;
    return (below + this.own * this.observed(from, to)) / this.sum(from, to);
  }

  /** P(X ≥ x) at log odds ratio `phi` (mid-p: P(X > x) + ½P(X = x)). */
  upperTail(phi: number, cut = CUT_ALL): number {
    const [from, to] = this.fill(phi, cut);
    if (this.x > to) return 0;
    const above = this.x < to ? this.sum(Math.max(from, this.x + 1), to) : 0;
    return (above + this.own * this.observed(from, to)) / this.sum(from, to);
  }

  /**
   * Two-sided p-value at ψ = 1 by R's rule: tables with P ≤ P(observed)·(1 + 1e−7); for mid-p
   * those tied with the observed one (P ≥ P(observed)/(1 + 1e−7)) count half.
   */
  twoSidedP(): number {
    const [from, to] = this.fill(0, CUT_ALL);
    const observed = this.observed(from, to);
    const bound = observed * (1 + 1e-7);
    const tie = observed / (1 + 1e-7);
    let tail = 0;
    let tied = 0;
    let total = 0;
    for (let j = from; j <= to; j++) {
      const t = this.weight[j - this.lo] as number;
      total += t;
      if (t <= bound) {
        if (t >= tie) tied += t;
        else tail += t;
      }
    }
    return (tail + this.own * tied) / total;
  }

  /** E(X) at log odds ratio `phi`. */
  private mean(phi: number): number {
    const [from, to] = this.fill(phi, CUT_ROOT);
    let moment = 0;
    let total = 0;
    for (let j = from; j <= to; j++) {
      const t = this.weight[j - this.lo] as number;
      total += t;
      moment += (j - from) * t;
    }
    return from + moment / total;
  }

  /** Conditional MLE of ψ: E_ψ(X) = x; 0 at the bottom of the support, ∞ at the top. */
  conditionalMle(): number {
    if (this.x === this.lo) return 0;
    if (this.x === this.hi) return Infinity;
    return Math.exp(rootOnLogScale((phi) => this.mean(phi) - this.x));
  }

  /**
   * Lower limit: the ψ with P_ψ(X ≥ x) = alpha (0 when x is at the bottom; for mid-p, where
   * the tail tends to ½ as ψ → 0, when alpha ≤ ½).
   */
  lowerLimit(alpha: number): number {
    if (this.x === this.lo && (!this.midP || alpha <= 0.5 || this.lo === this.hi)) return 0;
    return Math.exp(rootOnLogScale((phi) => this.upperTail(phi, CUT_ROOT) - alpha));
  }

  /** Upper limit: the ψ with P_ψ(X ≤ x) = alpha (∞ when x is at the top, as above). */
  upperLimit(alpha: number): number {
    if (this.x === this.hi && (!this.midP || alpha <= 0.5 || this.lo === this.hi)) {
      return Infinity;
    }
    return Math.exp(rootOnLogScale((phi) => alpha - this.lowerTail(phi, CUT_ROOT)));
  }
}

/**
 * Root of an increasing function of φ = log ψ that is negative as φ → −∞ and positive as
 * φ → +∞: bracket by doubling steps from φ = 0, then Brent to full precision.
 */
function rootOnLogScale(f: (phi: number) => number): number {
  const f0 = f(0);
  if (f0 === 0) return 0;
  const direction = f0 < 0 ? 1 : -1;
  let inner = 0;
  let fInner = f0;
  for (let step = 1; step <= 4096; step *= 2) {
    const outer = direction * step;
    const fOuter = f(outer);
    if (fOuter === 0) return outer;
    if ((fOuter > 0) !== (fInner > 0)) {
      return brentRoot(f, inner, outer, 0, fInner, fOuter);
    }
    inner = outer;
    fInner = fOuter;
  }
  return direction * Infinity;
}
