/**
 * Boschloo's exact unconditional test of two independent binomial proportions: Fisher's
 * p-value as the test statistic, the nuisance parameter maximised out to full precision.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { type Arm, readArm } from "./_two_arm.ts";
import { bigChooseRow, ConditionalRows, supremumOverNuisance } from "./_unconditional.ts";
import { requireOneOf } from "./_validate.ts";

/** Alternative hypotheses about p_a versus p_b. */
export const BOSCHLOO_ALTERNATIVES = ["two-sided", "less", "greater"] as const;
/** One of {@link BOSCHLOO_ALTERNATIVES}. */
export type BoschlooAlternative = (typeof BOSCHLOO_ALTERNATIVES)[number];

/** Options of {@link boschlooTest}. */
export interface BoschlooTestOptions {
  /** `"two-sided"` (default): p_a ≠ p_b; `"less"`: p_a < p_b; `"greater"`: p_a > p_b. */
  readonly alternative?: BoschlooAlternative;
}

/** Result of {@link boschlooTest}. */
export interface BoschlooTestResult {
  /**
   * The test statistic: Fisher's one-sided p-value of the observed table, P(X_a ≤ x_a | S)
   * for `"less"`, P(X_a ≥ x_a | S) for `"greater"`; for `"two-sided"`, that of the side with
   * the smaller Boschloo p-value (`"greater"` on a tie), as in scipy.
   */
  readonly statistic: number;
  /** The exact unconditional p-value. */
  readonly pValue: number;
  /** The common event probability π at which the (one-sided) supremum is attained. */
  readonly nuisance: number;
  /** Alternative hypothesis. */
  readonly alternative: BoschlooAlternative;
  /** First arm. */
  readonly a: Arm;
  /** Second arm. */
  readonly b: Arm;
}

/**
 * Boschloo's exact unconditional test that arms `a` and `b` (each `{ x, n }`) have the same
 * event probability.
 *
 * The tables (x_a, x_b) are ordered by Fisher's one-sided p-value: for `"less"` (p_a < p_b)
 * by F(x_a, S) = P(X_a ≤ x_a | S = x_a + x_b) under the hypergeometric distribution, for
 * `"greater"` by P(X_a ≥ x_a | S). The p-value is the supremum over the common event
 * probability π ∈ [0, 1] of the probability of the tables whose Fisher p-value is at most the
 * observed one. Since the observed table is in its own region, the p-value never exceeds
 * Fisher's one-sided p-value: the test is uniformly more powerful than Fisher's (Boschloo
 * 1970). Two-sided: twice the smaller one-sided p-value, capped at 1 — the definition of
 * scipy's `boschloo_exact` and of R's `Exact::exact.test(method = "boschloo", tsmethod =
 * "central")`.
 *
 * Ties are decided exactly: Fisher's p-values are ratios of integers, Σ C(n_a, j)C(n_b, S − j)
 * / C(N, S), and a table whose floating-point p-value lies within 1e-9 (relative, on the
 * smaller of F and 1 − F) of the observed one is compared with it in exact BigInt
 * arithmetic. Mirror tables with mathematically equal p-values (frequent when n_a = n_b) are
 * therefore always in the region; scipy accepts ties within a relative 1e-13 instead.
 *
 * The supremum over π is found to full precision (see {@link barnardTest} and
 * `_unconditional.ts`); scipy's `boschloo_exact` (`shgo` from 32 Sobol points) and R's
 * `Exact` (a grid) agree with these to their grid's resolution and can only be lower.
 *
 * References:
 * - Boschloo, R. D. 1970. "Raised conditional level of significance for the 2 × 2-table when
 *   testing the equality of two probabilities." Statistica Neerlandica 24 (1): 1–35.
 *   doi:10.1111/j.1467-9574.1970.tb00104.x
 * - Lydersen, S., M. W. Fagerland, and P. Laake. 2009. "Recommended tests for association in
 *   2 × 2 tables." Statistics in Medicine 28 (7): 1159–1175. doi:10.1002/sim.3531
 * - Mehrotra, D. V., I. S. F. Chan, and R. L. Berger. 2003. "A cautionary note on exact
 *   unconditional inference for a difference between two independent binomial proportions."
 *   Biometrics 59 (2): 441–450. doi:10.1111/1541-0420.00051
 *
 * @param a First arm `{ x, n }`.
 * @param b Second arm `{ x, n }`.
 * @param options Alternative (default two-sided).
 * @returns The statistic, the p-value and the maximising π, with the inputs.
 * @throws {TypeError} If an arm is not an object.
 * @throws {RangeError} For invalid counts or an unknown `alternative`.
 *
 * @example Seven of 15 infected with the vaccine versus 12 of 15 with placebo
 * ```ts
 * import { boschlooTest } from "./boschloo_test.ts";
 * import { fisherExact } from "./fisher_exact.ts";
 * import { assert, assertAlmostEquals } from "@std/assert";
 * const vaccine = { x: 7, n: 15 };
 * const placebo = { x: 12, n: 15 };
 * const test = boschlooTest(vaccine, placebo, { alternative: "less" });
 * // scipy/stats/tests/test_hypotests.py (scipy 1.10.1), TestBoschlooExact.test_less: the
 * // table [[7, 12], [8, 3]] gives statistic 0.06406797 and p = 0.03410916 (R Exact).
 * assertAlmostEquals(test.statistic, 0.06406797, 1e-8);
 * assertAlmostEquals(test.pValue, 0.03410916, 1e-8);
 * assert(test.pValue < fisherExact(vaccine, placebo, { alternative: "less" }).pValue);
 * ```
 */
export function boschlooTest(
  a: Arm,
  b: Arm,
  options: BoschlooTestOptions = {},
): BoschlooTestResult {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const alternative = options.alternative ?? "two-sided";
  requireOneOf("alternative", alternative, BOSCHLOO_ALTERNATIVES);
  let side: OneSided;
  let pValue: number;
  if (alternative === "two-sided") {
    const less = lowerTailTest(armA, armB);
    const greater = lowerTailTest(armB, armA);
    side = less.pValue < greater.pValue ? less : greater;
    pValue = Math.min(1, 2 * side.pValue);
  } else {
    // "greater" for (a, b) is "less" for (b, a): P(X_a ≥ x_a | S) = P(X_b ≤ x_b | S).
    side = alternative === "less" ? lowerTailTest(armA, armB) : lowerTailTest(armB, armA);
    pValue = side.pValue;
  }
  return Object.freeze(displayAs(`Boschloo's test: ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}`, {
    statistic: side.statistic,
    pValue,
    nuisance: side.nuisance,
    alternative,
    a: armA,
    b: armB,
  }));
}

interface OneSided {
  readonly statistic: number;
  readonly pValue: number;
  readonly nuisance: number;
}

/** Near-ties (relative, on the smaller of F and 1 − F) are decided exactly. */
const NEAR = 1e-9;

/** Boschloo's one-sided test of p₁ < p₂: the region F(x₁, S) ≤ F(observed). */
function lowerTailTest(first: Arm, second: Arm): OneSided {
  const n1 = first.n;
  const n2 = second.n;
  const big = n1 + n2;
  const rows = new ConditionalRows(n1, n2);
  const lower = new Float64Array(n1 + 2); // lower[x] = Σ_{j ≤ x} row[j], from `from`
  const upper = new Float64Array(n1 + 2); // upper[x] = Σ_{j > x} row[j], to `to`
  const tails = (s: number) => {
    rows.fill(s);
    const { row, from, to } = rows;
    let acc = 0;
    for (let x = from; x <= to; x++) lower[x] = acc += row[x] as number;
    acc = 0;
    for (let x = to; x >= from; x--) {
      upper[x] = acc;
      acc += row[x] as number;
    }
  };

  const observedS = first.x + second.x;
  // At the top of its support the observed table has F = 1: every table is in the region.
  if (first.x === Math.min(n1, observedS)) return { statistic: 1, pValue: 1, nuisance: 0 };
  tails(observedS);
  const observedF = fTail(first.x, rows, lower, true);
  const observedQ = fTail(first.x, rows, upper, false);
  const exact = new ExactTails(n1, n2);
  const observedA = () => exact.lowerSum(first.x, observedS);

  /** Sign of F(x, s) − F(observed), from the filled row of s. */
  const compare = (x: number, s: number): number => {
    const f = lower[x] as number / rows.total;
    const q = upper[x] as number / rows.total;
    const [diff, scale] = observedF <= 0.5
      ? [f - observedF, observedF]
      : [observedQ - q, observedQ];
    if (Math.abs(diff) > NEAR * scale) return Math.sign(diff);
    // A·C(N, s_obs) versus A_obs·C(N, s): F = A / C(N, s).
    const left = exact.lowerSum(x, s) * exact.chooseN[observedS]!;
    const right = observedA() * exact.chooseN[s]!;
    return left > right ? 1 : left < right ? -1 : 0;
  };

  const weights = new Float64Array(big + 1);
  for (let s = 0; s <= big; s++) {
    tails(s);
    const { from, to, total } = rows;
    let w = 0;
    for (let x = from; x <= to; x++) {
      if (compare(x, s) > 0) break;
      w = lower[x] as number / total;
    }
    weights[s] = w;
  }
  const { pValue, nuisance } = supremumOverNuisance(weights);
  return { statistic: observedF, pValue, nuisance };
}

/** P(X₁ ≤ x) (lower) or P(X₁ > x) (upper) from the filled tails; 0/1 outside the window. */
function fTail(x: number, rows: ConditionalRows, sums: Float64Array, lowerTail: boolean): number {
  if (x < rows.from) return lowerTail ? 0 : 1;
  if (x > rows.to) return lowerTail ? 1 : 0;
  return sums[x] as number / rows.total;
}

/** Exact numerators of Fisher's lower tails, Σ_{j ≤ x} C(n₁, j)C(n₂, s − j), on demand. */
class ExactTails {
  private chooseA: bigint[] | undefined;
  private chooseB: bigint[] | undefined;
  private chooseAll: bigint[] | undefined;
  private readonly cache = new Map<number, bigint>();

  constructor(readonly n1: number, readonly n2: number) {}

  get chooseN(): bigint[] {
    return this.chooseAll ??= bigChooseRow(this.n1 + this.n2);
  }

  lowerSum(x: number, s: number): bigint {
    const key = s * (this.n1 + 1) + x;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const a = this.chooseA ??= bigChooseRow(this.n1);
    const b = this.chooseB ??= bigChooseRow(this.n2);
    let sum = 0n;
    for (let j = Math.max(0, s - this.n2); j <= x; j++) sum += a[j]! * b[s - j]!;
    this.cache.set(key, sum);
    return sum;
  }
}
