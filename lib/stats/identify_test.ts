/**
 * Which two-group test produced a printed p-value?
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { type Arm, readArm } from "./_two_arm.ts";
import { barnardTest } from "./barnard_test.ts";
import { boschlooTest } from "./boschloo_test.ts";
import { chiSquareTest } from "./chi_square_test.ts";
import { fisherExact } from "./fisher_exact.ts";
import { fitsPrintedP, type PrintedP, readPrintedP } from "./printed_p_value.ts";
import { twoProportionZTest } from "./two_proportion_z_test.ts";
import { requireOneOf } from "./_validate.ts";

/** The standard two-group tests of two proportions, in the order they are tried. */
export const TWO_GROUP_TESTS = [
  "fisher",
  "fisher-mid-p",
  "chi-square",
  "chi-square-yates",
  "z-pooled",
  "z-unpooled",
  "barnard",
  "boschloo",
] as const;
/** One of {@link TWO_GROUP_TESTS}. */
export type TwoGroupTest = (typeof TWO_GROUP_TESTS)[number];

/** What each test is called in a sentence ("0.29 fits {name}"). */
export const TWO_GROUP_TEST_NAMES: Readonly<Record<TwoGroupTest, string>> = Object.freeze({
  "fisher": "Fisher's exact test",
  "fisher-mid-p": "Fisher's exact test with mid-p",
  "chi-square": "the chi-square test without continuity correction",
  "chi-square-yates": "the chi-square test with Yates's continuity correction",
  "z-pooled": "the z-test with pooled variance",
  "z-unpooled": "the z-test with unpooled variance",
  "barnard": "Barnard's exact test",
  "boschloo": "Boschloo's exact test",
});

/** Short possessive names for a list of misses ("not Fisher's (0.36)"). */
export const TWO_GROUP_TEST_SHORT_NAMES: Readonly<Record<TwoGroupTest, string>> = Object
  .freeze({
    "fisher": "Fisher's",
    "fisher-mid-p": "Fisher's mid-p",
    "chi-square": "the uncorrected chi-square's",
    "chi-square-yates": "Yates's",
    "z-pooled": "the pooled z-test's",
    "z-unpooled": "the unpooled z-test's",
    "barnard": "Barnard's",
    "boschloo": "Boschloo's",
  });

/** Options of {@link identifyTest}. */
export interface IdentifyTestOptions {
  /** The level "NS" stands for, in (0, 1). Default 0.05. */
  readonly alpha?: number;
  /** The tests to try, a subset of {@link TWO_GROUP_TESTS}. Default: all of them. */
  readonly tests?: readonly TwoGroupTest[];
}

/** One test's p-value next to the print. */
export interface TestCandidate {
  /** The test. */
  readonly test: TwoGroupTest;
  /** Its two-sided p-value for the two arms. */
  readonly pValue: number;
  /** Whether the p-value fits the print. */
  readonly matches: boolean;
}

/** Result of {@link identifyTest}. */
export interface TestIdentification {
  /** First arm. */
  readonly a: Arm;
  /** Second arm. */
  readonly b: Arm;
  /** The print, as read. */
  readonly printed: PrintedP;
  /** The tests whose p-value fits the print, in {@link TWO_GROUP_TESTS} order. */
  readonly matches: readonly TwoGroupTest[];
  /** Every test tried with its p-value, so that near misses are visible. */
  readonly candidates: readonly TestCandidate[];
}

/**
 * Finds which standard two-sided test of two proportions gives a printed p-value for arms
 * `a` and `b` (each `{ x, n }`).
 *
 * Tried, two-sided, in this order:
 * - `"fisher"`: Fisher's exact test, R's minimum-likelihood rule ({@link fisherExact});
 * - `"fisher-mid-p"`: the same with Lancaster's mid-p (`fisherExact(a, b, { midP: true })`);
 * - `"chi-square"`, `"chi-square-yates"`: Pearson's chi-square test without and with Yates's
 *   continuity correction ({@link chiSquareTest}, as R's `chisq.test`);
 * - `"z-pooled"`, `"z-unpooled"`: the z-test with the pooled or the unpooled variance
 *   ({@link twoProportionZTest}); the pooled z-test is the uncorrected chi-square test
 *   (z² = X²), so these two always fit together;
 * - `"barnard"`: Barnard's exact unconditional test with the pooled z ({@link barnardTest});
 * - `"boschloo"`: Boschloo's exact unconditional test, twice the smaller one-sided p-value
 *   ({@link boschlooTest}).
 *
 * The print is read by {@link readPrintedP} and compared by {@link fitsPrintedP}: a printed
 * value fits when the p-value rounds to it at its printed decimals (`"0.29"`: 0.285 ≤ p ≤
 * 0.295); an inequality is read literally (`"p < 0.001"` needs p < 0.001); "NS" fits
 * p ≥ `alpha`.
 *
 * Cost: the exact unconditional tests summarise (n_a + 1)(n_b + 1) tables; 100 versus 100
 * patients take a few milliseconds in all, 1000 versus 1000 about 0.2 s (`tests` can leave
 * them out).
 *
 * @param a First arm `{ x, n }`.
 * @param b Second arm `{ x, n }`.
 * @param printed The p-value as printed: `"0.29"`, `"p < 0.001"`, `"NS"`, `"P > 0.05"`.
 * @param options The level "NS" stands for (default 0.05), and the tests to try (default
 * all).
 * @returns The fitting tests and every test's p-value.
 * @throws {TypeError} If an arm is not an object or `printed` is not a string.
 * @throws {RangeError} For invalid counts, a print that is not a p-value, an invalid
 * `alpha`, or an unknown test in `tests`.
 *
 * @example "0.29" fits the chi-square test without continuity correction, not Fisher's (0.36)
 * ```ts
 * import { identifyTest } from "./identify_test.ts";
 * import { assertAlmostEquals, assertEquals } from "@std/assert";
 * const id = identifyTest({ x: 3, n: 6 }, { x: 9, n: 32 }, "0.29");
 * assertEquals(id.matches, ["chi-square", "z-pooled"]);
 * // R 4.2: m <- matrix(c(3, 9, 3, 23), 2); fisher.test(m)$p.value prints 0.356658737463691,
 * // chisq.test(m, correct = FALSE)$p.value 0.29013595413263
 * const fisher = id.candidates.find((c) => c.test === "fisher")!;
 * assertAlmostEquals(fisher.pValue, 0.356658737463691, 1e-14);
 * ```
 */
export function identifyTest(
  a: Arm,
  b: Arm,
  printed: string,
  options: IdentifyTestOptions = {},
): TestIdentification {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const read = readPrintedP(printed, options.alpha === undefined ? {} : { alpha: options.alpha });
  const tests = options.tests ?? TWO_GROUP_TESTS;
  if (!Array.isArray(tests)) {
    throw new TypeError(`\`tests\` must be an array of test names, got ${String(tests)}`);
  }
  tests.forEach((t, i) => requireOneOf(`tests[${i}]`, t, TWO_GROUP_TESTS));
  const wanted = TWO_GROUP_TESTS.filter((t) => tests.includes(t));
  const candidates = wanted.map((test): TestCandidate => {
    const pValue = twoSidedP(test, armA, armB);
    return Object.freeze({ test, pValue, matches: fitsPrintedP(pValue, read) });
  });
  return Object.freeze(
    displayAs(`Which test prints ${printed} for ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}?`, {
      a: armA,
      b: armB,
      printed: read,
      matches: Object.freeze(candidates.filter((c) => c.matches).map((c) => c.test)),
      candidates: Object.freeze(candidates),
    }),
  );
}

function twoSidedP(test: TwoGroupTest, a: Arm, b: Arm): number {
  switch (test) {
    case "fisher":
      return fisherExact(a, b).pValue;
    case "fisher-mid-p":
      return fisherExact(a, b, { midP: true }).pValue;
    case "chi-square":
      return chiSquareTest(a, b, { correct: false }).pValue;
    case "chi-square-yates":
      return chiSquareTest(a, b, { correct: true }).pValue;
    case "z-pooled":
      return twoProportionZTest(a, b).pValue;
    case "z-unpooled":
      return twoProportionZTest(a, b, { pooled: false }).pValue;
    case "barnard":
      return barnardTest(a, b).pValue;
    default:
      return boschlooTest(a, b).pValue;
  }
}
