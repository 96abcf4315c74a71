/**
 * Pearson's chi-square test of independence for the 2×2 table of two arms, with or without
 * Yates's continuity correction, as R's `chisq.test`.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { normalSf } from "./distributions.ts";
import { type Arm, readArm } from "./_two_arm.ts";

/** Options of {@link chiSquareTest}. */
export interface ChiSquareTestOptions {
  /** Apply Yates's continuity correction, as R's `chisq.test(correct = TRUE)`. Default true. */
  readonly correct?: boolean;
}

/** Result of {@link chiSquareTest}. */
export interface ChiSquareTestResult {
  /** Pearson's X² (continuity-corrected when `correct`). */
  readonly statistic: number;
  /** Degrees of freedom: 1 for a 2×2 table. */
  readonly df: 1;
  /** P(χ²₁ > statistic). */
  readonly pValue: number;
  /**
   * Expected counts under independence, rows a and b, columns events and non-events:
   * `[[E(a.x), E(a.n − a.x)], [E(b.x), E(b.n − b.x)]]`.
   */
  readonly expected: readonly [readonly [number, number], readonly [number, number]];
  /**
   * True when any expected count is below 5, where R warns "Chi-squared approximation may be
   * incorrect" (Cochran 1954); Fisher's exact test is then the safer choice.
   */
  readonly smallExpected: boolean;
  /** Whether Yates's correction was applied. */
  readonly correct: boolean;
  /** First arm. */
  readonly a: Arm;
  /** Second arm. */
  readonly b: Arm;
}

/**
 * Pearson's chi-square test comparing the event proportions of arms `a` and `b` (the 2×2
 * table with rows a, b and columns events, non-events).
 *
 * X² = Σ (|O − E| − Y)² / E over the four cells, with E = row total × column total / N. In a
 * 2×2 table |O − E| is the same in every cell, |x_a·(n_b − x_b) − x_b·(n_a − x_a)| / N.
 * Without correction Y = 0; with Yates's correction Y = min(0.5, |O − E|), the cap that R's
 * `chisq.test` applies so that the correction never exceeds the difference it corrects. The
 * p-value is the χ²₁ upper tail, computed as 2·(1 − Φ(√X²)), which is exact for one degree of
 * freedom and keeps full relative accuracy in the far tail. `prop.test` on the same two
 * proportions gives the same statistic and p-value.
 *
 * Boundary: when no arm has an event, or every patient has one, a column of the table is
 * empty and X² is 0/0 (R returns NaN). Here the statistic is 0 and the p-value 1 — the two
 * observed proportions are identical — with `smallExpected` true. Never NaN.
 *
 * References: Pearson, K. 1900. "On the criterion that a given system of deviations from the
 * probable in the case of a correlated system of variables is such that it can be reasonably
 * supposed to have arisen from random sampling." Philosophical Magazine, series 5, 50 (302):
 * 157–175. doi:10.1080/14786440009463897 — Yates, F. 1934. "Contingency tables involving
 * small numbers and the χ² test." Supplement to the Journal of the Royal Statistical Society
 * 1 (2): 217–235. doi:10.2307/2983604 — Cochran, W. G. 1954. "Some methods for strengthening
 * the common χ² tests." Biometrics 10 (4): 417–451. doi:10.2307/3001616 — R Core Team.
 * `chisq.test`, package stats, R 4.2.
 *
 * @example Seven of 20 versus 2 of 18 responders
 * ```ts
 * import { chiSquareTest } from "./chi_square_test.ts";
 * import { assert, assertAlmostEquals } from "@std/assert";
 * const test = chiSquareTest({ x: 7, n: 20 }, { x: 2, n: 18 });
 * // R 4.2: chisq.test(matrix(c(7, 2, 13, 16), 2)) gives X-squared = 1.8155, p = 0.1779
 * assertAlmostEquals(test.statistic, 1.8155, 1e-4);
 * assertAlmostEquals(test.pValue, 0.1779, 1e-4);
 * assert(test.smallExpected); // expected events 4.74 and 4.26 < 5: R warns
 * ```
 */
export function chiSquareTest(
  a: Arm,
  b: Arm,
  options: ChiSquareTestOptions = {},
): ChiSquareTestResult {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const correct = options.correct ?? true;
  if (typeof correct !== "boolean") {
    throw new TypeError(`\`correct\` must be a boolean, got ${String(correct)}`);
  }
  const total = armA.n + armB.n;
  const events = armA.x + armB.x;
  const nonEvents = total - events;
  const rowA = Object.freeze([(armA.n * events) / total, (armA.n * nonEvents) / total] as const);
  const rowB = Object.freeze([(armB.n * events) / total, (armB.n * nonEvents) / total] as const);
  const expected = Object.freeze([rowA, rowB] as const);
  const smallExpected = [...rowA, ...rowB].some((e) => e < 5);
  let statistic = 0;
  if (events > 0 && nonEvents > 0) {
    const deviation = Math.abs(armA.x * (armB.n - armB.x) - armB.x * (armA.n - armA.x)) / total;
    const yates = correct ? Math.min(0.5, deviation) : 0;
    const inverseSum = 1 / rowA[0] + 1 / rowA[1] + 1 / rowB[0] + 1 / rowB[1];
    statistic = (deviation - yates) ** 2 * inverseSum;
  }
  return Object.freeze(displayAs(`Chi-square test: ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}`, {
    statistic,
    df: 1 as const,
    pValue: statistic === 0 ? 1 : 2 * normalSf(Math.sqrt(statistic)),
    expected,
    smallExpected,
    correct,
    a: armA,
    b: armB,
  }));
}
