/**
 * Conditional inference on the odds ratio of a 2×2 table beyond `fisherExact`'s: the Cornfield
 * mid-p interval and the Baptista–Pike interval, with the conditional maximum-likelihood
 * estimate they are reported with. Private to `lib/stats/` (`compareProportions` exposes them).
 *
 * Given all margins, the count x = a.x follows Fisher's noncentral hypergeometric distribution,
 * P_φ(X = k) ∝ C(n_a, k)·C(n_b, m − k)·e^{φk} on lo..hi (m = a.x + b.x events, φ = log of the
 * odds ratio). Probabilities are built from the exact ratios of successive central terms,
 * summed on the log scale outwards from the mode, so every probability keeps its relative
 * accuracy for any table size.
 *
 * References:
 * - Cornfield, J. 1956. "A statistical problem arising from retrospective studies."
 *   Proceedings of the Third Berkeley Symposium on Mathematical Statistics and Probability 4:
 *   135–148.
 * - Baptista, J., and M. C. Pike. 1977. "Algorithm AS 115: Exact two-sided confidence limits
 *   for the odds ratio in a 2×2 table." Journal of the Royal Statistical Society, Series C
 *   (Applied Statistics) 26 (2): 214–220. doi:10.2307/2347041
 * - Fagerland, M. W., S. Lydersen, and P. Laake. 2017. Statistical Analysis of Contingency
 *   Tables. Boca Raton: Chapman & Hall/CRC, chapter 4. doi:10.1201/9781315374116
 *
 * @module
 */
import { brentRoot } from "./_brent.ts";
import type { Arm } from "./_two_arm.ts";

/** Terms smaller than e^−CUT times the largest are dropped (e^−100 ≈ 4e−44). */
const CUT = 100;
/** log(1 + 1e-7): tables within this log-ratio of the observed one count as no more likely. */
const LOG_REL_ERR = Math.log1p(1e-7);
/** Search limits on φ = log ψ: ψ in [e^−LIMIT, e^LIMIT] ≈ [1e−100, 1e100]. */
const LIMIT = 100 * Math.LN10;

/** The conditional distribution of `a.x` given the margins of the table `a`, `b`. */
export class ConditionalOddsRatio {
  /** Smallest and largest possible count. */
  readonly lo: number;
  readonly hi: number;
  /** The observed count. */
  readonly x: number;
  /** `logRatio[j − lo]` = log P₀(j + 1)/P₀(j), a decreasing sequence. */
  private readonly logRatio: Float64Array;
  /** `cumulative[k − lo]` = log P₀(k)/P₀(lo). */
  private readonly cumulative: Float64Array;
  private readonly weight: Float64Array;

  constructor(a: Arm, b: Arm) {
    const events = a.x + b.x;
    const nonEvents = a.n - a.x + (b.n - b.x);
    this.lo = Math.max(0, a.n - nonEvents);
    this.hi = Math.min(a.n, events);
    this.x = a.x;
    const size = this.hi - this.lo;
    this.logRatio = new Float64Array(size);
    this.cumulative = new Float64Array(size + 1);
    this.weight = new Float64Array(size + 1);
    for (let j = this.lo; j < this.hi; j++) {
      const r = Math.log(((events - j) * (a.n - j)) / ((j + 1) * (nonEvents - a.n + j + 1)));
      this.logRatio[j - this.lo] = r;
      this.cumulative[j + 1 - this.lo] = this.cumulative[j - this.lo]! + r;
    }
  }

  /** The most probable count at `phi` (the first one whose successor is not more probable). */
  private mode(phi: number): number {
    let low = this.lo;
    let high = this.hi;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.logRatio[mid - this.lo]! + phi > 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * Fills `weight[k − lo]` ∝ P_φ(X = k), the largest 1, over the window [from, to] outside of
   * which the terms are below e^−CUT; returns the window and the total.
   */
  private fill(phi: number): readonly [from: number, to: number, total: number] {
    const { lo, hi, logRatio, weight } = this;
    const mode = this.mode(phi);
    weight[mode - lo] = 1;
    let total = 1;
    let to = mode;
    let log = 0;
    while (to < hi) {
      log += logRatio[to - lo]! + phi;
      if (log < -CUT) break;
      to++;
      total += weight[to - lo] = Math.exp(log);
    }
    let from = mode;
    log = 0;
    while (from > lo) {
      log -= logRatio[from - 1 - lo]! + phi;
      if (log < -CUT) break;
      from--;
      total += weight[from - lo] = Math.exp(log);
    }
    return [from, to, total];
  }

  /** Σ P_φ(X = k) over k ≤ `upTo` and over k ≥ `from`, plus `half`·P_φ(X = `at`). */
  private tails(phi: number, upTo: number, fromK: number, at = -1, half = 0): number {
    const [from, to, total] = this.fill(phi);
    let s = 0;
    for (let k = from; k <= Math.min(to, upTo); k++) s += this.weight[k - this.lo]!;
    for (let k = Math.max(from, fromK, upTo + 1); k <= to; k++) s += this.weight[k - this.lo]!;
    if (at >= from && at <= to) s += half * this.weight[at - this.lo]!;
    return s / total;
  }

  /** E_φ(X). */
  private mean(phi: number): number {
    const [from, to, total] = this.fill(phi);
    let moment = 0;
    for (let k = from; k <= to; k++) moment += (k - from) * this.weight[k - this.lo]!;
    return from + moment / total;
  }

  /** Conditional MLE: E_ψ(X) = x; 0 at the bottom of the support (checked first), ∞ at the top. */
  conditionalMle(): number {
    if (this.x === this.lo) return 0;
    if (this.x === this.hi) return Infinity;
    return Math.exp(rootOutward((phi) => this.mean(phi) - this.x, 0, 1));
  }

  /**
   * Cornfield's limit with mid-p tails: the lower limit solves
   * P(X > x) + ½P(X = x) = `tail`, the upper P(X < x) + ½P(X = x) = `tail`.
   */
  midPLimit(tail: number, side: "lower" | "upper"): number {
    const { x } = this;
    if (side === "lower") {
      if (x === this.lo) return 0;
      const f = (phi: number) => this.tails(phi, -Infinity, x + 1, x, 0.5) - tail;
      return Math.exp(rootOutward(f, 0, 1));
    }
    if (x === this.hi) return Infinity;
    const f = (phi: number) => tail - this.tails(phi, x - 1, Infinity, x, 0.5);
    return Math.exp(rootOutward(f, 0, 1));
  }

  /**
   * Baptista–Pike limit: inf (lower) or sup (upper) of {ψ : P_ψ(tables no more likely than the
   * observed one, within 1 + 1e-7) > α}. On φ = log ψ, log P(k)/P(x) = C_k + (k − x)φ, so
   * table k is more likely than x on one side of t_k = (log(1 + 1e-7) − C_k)/(k − x); the
   * tables more likely than x form a run [A, B] (log-concavity) whose ends move at the t_k, and
   * between those points the acceptability P(X ≤ A − 1) + P(X ≥ B + 1) crosses α at most twice,
   * first downwards (exponential family: variation diminishing). The walk starts where the
   * acceptability is certainly ≤ α (Cornfield's exact limit at α/((hi − lo + 1)(1 + 1e-7)),
   * since every table counted has probability ≤ (1 + 1e-7)·P(X = x)) and stops at the first
   * piece where it exceeds α.
   */
  acceptabilityLimit(alpha: number, side: "lower" | "upper"): number {
    const { x, lo, hi } = this;
    const lower = side === "lower";
    if (lower && x === lo) return 0;
    if (!lower && x === hi) return Infinity;
    const size = hi - lo + 1;
    const startTail = alpha / (size * (1 + 1e-7));
    // Exact (Cornfield) limit at startTail: P(X ≥ x) = startTail (lower), P(X ≤ x) (upper).
    const phi0 = lower
      ? rootOutward((phi) => this.tails(phi, -Infinity, x) - startTail, 0, 1)
      : rootOutward((phi) => startTail - this.tails(phi, x, Infinity), 0, 1);
    // Where x becomes a mode: P(x − 1) = P(x) (lower) or P(x + 1) = P(x) (upper).
    const phiEnd = lower ? -this.logRatio[x - 1 - lo]! : -this.logRatio[x - lo]!;
    const logRel = (k: number) => this.cumulative[k - lo]! - this.cumulative[x - lo]!;
    const breakpoint = (k: number) => (LOG_REL_ERR - logRel(k)) / (k - x);
    const excess = (k: number) => logRel(k) + (k - x) * phi0 - LOG_REL_ERR;
    const mode = this.mode(phi0);
    if (excess(mode) <= 0) return Math.exp(phi0);
    let below = lo - 1;
    let above = mode;
    while (above - below > 1) {
      const mid = (below + above) >> 1;
      if (excess(mid) > 0) above = mid;
      else below = mid;
    }
    let a = above;
    below = mode;
    above = hi + 1;
    while (above - below > 1) {
      const mid = (below + above) >> 1;
      if (excess(mid) > 0) below = mid;
      else above = mid;
    }
    let b = below;
    let s = phi0;
    for (;;) {
      if (a > b) return Math.exp(s);
      const tA = breakpoint(a);
      const tB = breakpoint(b);
      const e = lower
        ? Math.max(s, Math.min(tA, tB, phiEnd))
        : Math.min(s, Math.max(tA, tB, phiEnd));
      const upTo = a - 1;
      const fromK = b + 1;
      const piece = (phi: number) => this.tails(phi, upTo, fromK) - alpha;
      const fS = piece(s);
      if (fS > 0) return Math.exp(s);
      const fE = piece(e);
      if (fE > 0) {
        return Math.exp(
          lower ? brentRoot(piece, s, e, 0, fS, fE) : brentRoot(piece, e, s, 0, fE, fS),
        );
      }
      if (e === phiEnd) return Math.exp(e); // not reached: x is a mode there, acceptability 1
      if (lower ? tA <= tB : tA >= tB) a++;
      if (lower ? tB <= tA : tB >= tA) b--;
      s = e;
    }
  }
}

/**
 * Root of a function of φ that is increasing (`sign` 1) or decreasing (−1) through zero:
 * bracket by doubling steps from `start`, then Brent to full precision; ±LIMIT when the sign
 * never changes inside [−LIMIT, LIMIT].
 */
function rootOutward(f: (phi: number) => number, start: number, sign: 1 | -1): number {
  const f0 = f(start);
  if (f0 === 0) return start;
  const direction = (f0 < 0) === (sign > 0) ? 1 : -1;
  let inner = start;
  let fInner = f0;
  for (let step = 1;; step *= 2) {
    const outer = Math.max(-LIMIT, Math.min(LIMIT, start + direction * step));
    const fOuter = f(outer);
    if (fOuter === 0) return outer;
    if ((fOuter > 0) !== (fInner > 0)) return brentRoot(f, inner, outer, 0, fInner, fOuter);
    if (Math.abs(outer) === LIMIT) return outer;
    inner = outer;
    fInner = fOuter;
  }
}
