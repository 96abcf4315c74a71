/**
 * The engine of the exact unconditional tests of two binomial proportions (Barnard's and
 * Boschloo's). Private to `lib/stats/`.
 *
 * Under H₀ both arms have the same event probability π, the nuisance parameter. A test is a
 * rejection region R of tables (x₁, x₂), x₁ ∈ 0..n₁, x₂ ∈ 0..n₂, and its p-value is
 * sup over π ∈ [0, 1] of P_π(R). Grouping the tables by their total S = x₁ + x₂ gives
 *
 *     P_π(R) = Σ_S w_S · Bin(S; N, π),   N = n₁ + n₂,
 *
 * where w_S = P(R | S) is a hypergeometric probability that does not depend on π (given S,
 * x₁ is hypergeometric whatever π is). So the region is summarised once, in O(n₁·n₂), by the
 * N + 1 weights w_S, and each evaluation of P_π(R) costs O(N): the p-value is the supremum of
 * a binomial mixture of the w_S.
 *
 * The supremum. P_π(R) is a polynomial of degree N in π and may have several local maxima
 * (Mehrotra, Chan and Berger 2003 show how a coarse grid misses the global one). On the
 * variance-stabilising scale π = sin²θ every binomial term is a bump of standard deviation
 * about 1/(2√N) in θ whatever π, so the mixture cannot oscillate faster than that. The
 * function is evaluated on an even grid of θ ∈ [0, π/2] with spacing at most 1/(16√N)
 * (eight points per standard deviation; at least 64 intervals), which includes both end
 * points π = 0 and π = 1; every grid point that is not lower than its neighbours is then
 * refined by Brent's minimisation (golden section with parabolic steps) on the two grid
 * intervals around it, to |Δθ| ≈ 1e-10. At a maximum the function is flat, so the value, the
 * p-value, is then exact to rounding (~1e-14 relative); the location, the nuisance value, to
 * about 1e-9.
 *
 * Terms. The hypergeometric and binomial terms are built from their mode outwards with the
 * exact ratio of successive terms and normalised by their sum, so nothing overflows; terms
 * below 1e-300 of the largest are dropped (their share of any probability is below 1e-297).
 * A p-value below about 1e-290 may therefore come out as 0.
 *
 * References:
 * - Mehrotra, D. V., I. S. F. Chan, and R. L. Berger. 2003. "A cautionary note on exact
 *   unconditional inference for a difference between two independent binomial proportions."
 *   Biometrics 59 (2): 441–450. doi:10.1111/1541-0420.00051
 * - Brent, R. P. 1973. Algorithms for Minimization without Derivatives, chapter 5 ("An
 *   algorithm with guaranteed convergence for finding a minimum of a function of one
 *   variable"). Englewood Cliffs, NJ: Prentice-Hall.
 *
 * @module
 */

/** Terms below this fraction of the largest are dropped. */
const TINY = 1e-300;

/**
 * The conditional distribution of x₁ given S = s, for arms of sizes n₁ and n₂: fills
 * `row[x₁]` (absolute index) with terms proportional to P(x₁ | s), the largest being 1, over
 * [from, to]; terms outside are below 1e-300 of the largest and left unset.
 */
export class ConditionalRows {
  /** Terms of the last filled row, indexed by x₁. */
  readonly row: Float64Array;
  /** First index of the last filled row. */
  from = 0;
  /** Last index of the last filled row. */
  to = 0;
  /** Sum of the terms of the last filled row. */
  total = 1;

  constructor(readonly n1: number, readonly n2: number) {
    this.row = new Float64Array(n1 + 1);
  }

  /** Fills the row of S = s. */
  fill(s: number): void {
    const { n1, n2, row } = this;
    const lo = Math.max(0, s - n2);
    const hi = Math.min(n1, s);
    const mode = Math.min(hi, Math.max(lo, Math.floor(((n1 + 1) * (s + 1)) / (n1 + n2 + 2))));
    row[mode] = 1;
    let total = 1;
    let term = 1;
    let to = mode;
    while (to < hi) {
      // P(j + 1) / P(j) = (n₁ − j)(s − j) / ((j + 1)(n₂ − s + j + 1))
      term *= ((n1 - to) * (s - to)) / ((to + 1) * (n2 - s + to + 1));
      if (term < TINY) break;
      to++;
      row[to] = term;
      total += term;
    }
    term = 1;
    let from = mode;
    while (from > lo) {
      term *= (from * (n2 - s + from)) / ((n1 - from + 1) * (s - from + 1));
      if (term < TINY) break;
      from--;
      row[from] = term;
      total += term;
    }
    this.from = from;
    this.to = to;
    this.total = total;
  }
}

/** P_π(R) = Σ_S w_S·Bin(S; N, π) for the weights w (length N + 1). */
export function mixture(weights: Float64Array, pi: number): number {
  const n = weights.length - 1;
  if (pi <= 0) return weights[0] as number;
  if (pi >= 1) return weights[n] as number;
  const odds = pi / (1 - pi);
  const mode = Math.min(n, Math.floor((n + 1) * pi));
  let total = 1;
  let sum = weights[mode] as number;
  let term = 1;
  for (let k = mode; k < n; k++) {
    term *= ((n - k) / (k + 1)) * odds;
    if (term < TINY) break;
    total += term;
    sum += (weights[k + 1] as number) * term;
  }
  term = 1;
  for (let k = mode; k > 0; k--) {
    term *= k / ((n - k + 1) * odds);
    if (term < TINY) break;
    total += term;
    sum += (weights[k - 1] as number) * term;
  }
  return sum / total;
}

/** The supremum over the nuisance parameter and where it is attained. */
export interface NuisanceSupremum {
  /** sup over π of P_π(R), capped at 1 (it exceeds 1 only by rounding). */
  readonly pValue: number;
  /** The π at which it is attained (the smallest such π found). */
  readonly nuisance: number;
}

/** sup over π ∈ [0, 1] of Σ_S w_S·Bin(S; N, π): grid on π = sin²θ, then Brent. */
export function supremumOverNuisance(weights: Float64Array): NuisanceSupremum {
  const n = weights.length - 1;
  let constant = true;
  for (let s = 1; s <= n && constant; s++) constant = weights[s] === weights[0];
  if (constant) return { pValue: Math.min(1, weights[0] as number), nuisance: 0 };

  const intervals = Math.max(64, Math.ceil(8 * Math.PI * Math.sqrt(n)));
  const step = Math.PI / 2 / intervals;
  const at = (theta: number) => mixture(weights, Math.sin(theta) ** 2);
  const values = new Float64Array(intervals + 1);
  for (let i = 0; i <= intervals; i++) values[i] = at(i * step);

  let best = -1;
  let bestTheta = 0;
  const consider = (theta: number, value: number) => {
    if (value > best) {
      best = value;
      bestTheta = theta;
    }
  };
  for (let i = 0; i <= intervals; i++) consider(i * step, values[i] as number);
  for (let i = 0; i <= intervals; i++) {
    const here = values[i] as number;
    const left = i > 0 ? values[i - 1] as number : -Infinity;
    const right = i < intervals ? values[i + 1] as number : -Infinity;
    if (here < left || here < right || (here === left && here === right)) continue;
    const lower = Math.max(0, i - 1) * step;
    const upper = Math.min(intervals, i + 1) * step;
    const refined = brentMaximum(at, lower, upper, 1e-10);
    consider(refined.x, refined.value);
  }
  return { pValue: Math.min(1, best), nuisance: Math.sin(bestTheta) ** 2 };
}

const GOLDEN = (3 - Math.sqrt(5)) / 2;
const SQRT_EPS = Math.sqrt(Number.EPSILON);

/**
 * Maximum of `f` on [a, b] by Brent's (1973) method: golden-section steps, parabolic
 * interpolation when it behaves, stopping when the bracket around the best point is narrower
 * than 2·(√ε·|x| + tol/3).
 */
export function brentMaximum(
  f: (x: number) => number,
  a: number,
  b: number,
  tol: number,
): { readonly x: number; readonly value: number } {
  let x = a + GOLDEN * (b - a);
  let w = x;
  let v = x;
  let fx = -f(x);
  let fw = fx;
  let fv = fx;
  let d = 0;
  let e = 0;
  for (let iteration = 0; iteration < 200; iteration++) {
    const middle = 0.5 * (a + b);
    const tol1 = SQRT_EPS * Math.abs(x) + tol / 3;
    const tol2 = 2 * tol1;
    if (Math.abs(x - middle) <= tol2 - 0.5 * (b - a)) break;
    let golden = true;
    if (Math.abs(e) > tol1) {
      let r = (x - w) * (fx - fv);
      let q = (x - v) * (fx - fw);
      let p = (x - v) * q - (x - w) * r;
      q = 2 * (q - r);
      if (q > 0) p = -p;
      else q = -q;
      r = e;
      e = d;
      if (Math.abs(p) < Math.abs(0.5 * q * r) && p > q * (a - x) && p < q * (b - x)) {
        d = p / q;
        const u = x + d;
        if (u - a < tol2 || b - u < tol2) d = x < middle ? tol1 : -tol1;
        golden = false;
      }
    }
    if (golden) {
      e = (x < middle ? b : a) - x;
      d = GOLDEN * e;
    }
    const u = x + (Math.abs(d) >= tol1 ? d : d > 0 ? tol1 : -tol1);
    const fu = -f(u);
    if (fu <= fx) {
      if (u < x) b = x;
      else a = x;
      v = w;
      fv = fw;
      w = x;
      fw = fx;
      x = u;
      fx = fu;
    } else {
      if (u < x) a = u;
      else b = u;
      if (fu <= fw || w === x) {
        v = w;
        fv = fw;
        w = u;
        fw = fu;
      } else if (fu <= fv || v === x || v === w) {
        v = u;
        fv = fu;
      }
    }
  }
  return { x, value: -fx };
}

/** Exact binomial coefficients C(n, 0..n) as BigInt, for deciding near-ties exactly. */
export function bigChooseRow(n: number): bigint[] {
  const row: bigint[] = [1n];
  let c = 1n;
  for (let k = 1; k <= n; k++) {
    c = (c * BigInt(n - k + 1)) / BigInt(k);
    row.push(c);
  }
  return row;
}
