/**
 * The large-sample z-test comparing two independent proportions, with the pooled or the
 * unpooled variance.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { normalCdf, normalSf } from "./distributions.ts";
import { type Arm, readArm } from "./_two_arm.ts";
import { requireOneOf } from "./_validate.ts";

/** Alternative hypotheses about p_a versus p_b. */
export const Z_TEST_ALTERNATIVES = ["two-sided", "less", "greater"] as const;
/** One of {@link Z_TEST_ALTERNATIVES}. */
export type ZTestAlternative = (typeof Z_TEST_ALTERNATIVES)[number];

/** Options of {@link twoProportionZTest}. */
export interface TwoProportionZTestOptions {
  /** `"two-sided"` (default): p_a ≠ p_b; `"less"`: p_a < p_b; `"greater"`: p_a > p_b. */
  readonly alternative?: ZTestAlternative;
  /** Pooled variance under H₀ (default true) or the unpooled (Wald) variance. */
  readonly pooled?: boolean;
}

/** Result of {@link twoProportionZTest}. */
export interface TwoProportionZTestResult {
  /** z = (p̂_a − p̂_b)/SE: 0 when p̂_a = p̂_b, ±∞ when SE = 0 otherwise. */
  readonly statistic: number;
  /** Normal-approximation p-value for `alternative`. */
  readonly pValue: number;
  /** Whether SE uses the pooled proportion. */
  readonly pooled: boolean;
  /** Alternative hypothesis. */
  readonly alternative: ZTestAlternative;
  /** First arm. */
  readonly a: Arm;
  /** Second arm. */
  readonly b: Arm;
}

/**
 * The z-test of p_a = p_b for two independent arms `{ x, n }`.
 *
 * z = (p̂_a − p̂_b)/SE with SE² = p̂(1 − p̂)(1/n_a + 1/n_b), p̂ = (x_a + x_b)/(n_a + n_b)
 * (`pooled`, default: the score test; z² is Pearson's X² without continuity correction, so
 * the two-sided p-value equals {@link chiSquareTest}'s with `correct: false`), or SE² =
 * p̂_a(1 − p̂_a)/n_a + p̂_b(1 − p̂_b)/n_b (unpooled: the Wald test). The p-value is
 * 2·(1 − Φ(|z|)) two-sided, Φ(z) for `"less"`, 1 − Φ(z) for `"greater"`.
 *
 * Boundaries: z is 0 (p-value 1 two-sided, ½ one-sided) when p̂_a = p̂_b, including 0/n_a
 * versus 0/n_b where SE is 0/0; with the unpooled variance 0/n_a versus n_b/n_b has SE = 0
 * and z = ±∞, p-value 0 (or 1 on the other side), as scipy's `barnard_exact` scores that
 * table. Never NaN.
 *
 * References: Fleiss, J. L., B. Levin, and M. C. Paik. 2003. Statistical Methods for Rates
 * and Proportions, 3rd ed., §2.5 and §3.2. Hoboken, NJ: Wiley. doi:10.1002/0471445428 —
 * Agresti, A. 2002. Categorical Data Analysis, 2nd ed., §3.1.4 and §3.2.1. Hoboken, NJ:
 * Wiley. doi:10.1002/0471249688
 *
 * @param a First arm `{ x, n }`.
 * @param b Second arm `{ x, n }`.
 * @param options Alternative (default two-sided) and pooled variance (default true).
 * @returns The statistic and the p-value, with the inputs.
 * @throws {TypeError} If an arm is not an object, or `pooled` is not a boolean.
 * @throws {RangeError} For invalid counts or an unknown `alternative`.
 *
 * @example The pooled z-test is the uncorrected chi-square test
 * ```ts
 * import { twoProportionZTest } from "./two_proportion_z_test.ts";
 * import { chiSquareTest } from "./chi_square_test.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const a = { x: 7, n: 20 };
 * const b = { x: 2, n: 18 };
 * const z = twoProportionZTest(a, b);
 * assertAlmostEquals(z.statistic ** 2, chiSquareTest(a, b, { correct: false }).statistic, 1e-12);
 * assertAlmostEquals(z.pValue, chiSquareTest(a, b, { correct: false }).pValue, 1e-14);
 * // R 4.2: prop.test(c(7, 2), c(20, 18), correct = FALSE)$p.value prints 0.08372094316
 * assertAlmostEquals(z.pValue, 0.08372094316, 1e-11);
 * ```
 */
export function twoProportionZTest(
  a: Arm,
  b: Arm,
  options: TwoProportionZTestOptions = {},
): TwoProportionZTestResult {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const alternative = options.alternative ?? "two-sided";
  requireOneOf("alternative", alternative, Z_TEST_ALTERNATIVES);
  const pooled = options.pooled ?? true;
  if (typeof pooled !== "boolean") {
    throw new TypeError(`\`pooled\` must be a boolean, got ${String(pooled)}`);
  }
  const pa = armA.x / armA.n;
  const pb = armB.x / armB.n;
  let statistic = 0;
  if (pa !== pb) {
    let variance: number;
    if (pooled) {
      const p = (armA.x + armB.x) / (armA.n + armB.n);
      variance = p * (1 - p) * (1 / armA.n + 1 / armB.n);
    } else {
      variance = (pa * (1 - pa)) / armA.n + (pb * (1 - pb)) / armB.n;
    }
    statistic = variance === 0 ? (pa > pb ? Infinity : -Infinity) : (pa - pb) / Math.sqrt(variance);
  }
  const pValue = alternative === "two-sided"
    ? 2 * tail(-Math.abs(statistic))
    : alternative === "less"
    ? tail(statistic)
    : tail(-statistic);
  const kind = pooled ? "pooled" : "unpooled";
  return Object.freeze(
    displayAs(`z-test (${kind}): ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}`, {
      statistic,
      pValue: Math.min(1, pValue),
      pooled,
      alternative,
      a: armA,
      b: armB,
    }),
  );
}

/** Φ(z), with Φ(±∞) = 1 or 0. */
function tail(z: number): number {
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  return z <= 0 ? normalCdf(z) : 1 - normalSf(z);
}
