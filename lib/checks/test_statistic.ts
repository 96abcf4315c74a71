/**
 * A printed test statistic with its degrees of freedom against its printed p-value — statcheck's
 * check, for the statistics trial reports print: `t(58) = 2.10, p = .04`, `χ2(1) = 0.24,
 * P = 0.63`, `F(2, 57) = 3.10, p = 0.05`, `z = 1.96, p = .05`, `Log rank 0.24 df 1 P = 0.63`.
 *
 * The statistic's own rounding is allowed for, as statcheck does: a statistic printed with d
 * decimals stands for every value within ½·10^−d of it, which gives a range of p-values; the
 * printed p is consistent when it is what some p in that range prints as at its own decimals
 * (`p = .04`), or when the range reaches below a printed bound (`p < .05`) or above one
 * (`p > .05`). A printed `p = 0.000` is read as `p < 0.0005` (what software prints for it),
 * not as an error. t and z are two-sided unless `sides` is 1; chi-square and F are upper-tail,
 * and with `sides` 1 their upper-tail p is halved — the one-tailed reading of papers that say they
 * test one-tailed and halve every p (exact for χ²(1) and F(1, ·), the squares of z and t).
 *
 * References: Nuijten, M. B., C. H. J. Hartgerink, M. A. L. M. van Assen, S. Epskamp, and
 * J. M. Wicherts. 2016. "The prevalence of statistical reporting errors in psychology
 * (1985–2013)." Behavior Research Methods 48 (4): 1205–1226. doi:10.3758/s13428-015-0664-2 —
 * Epskamp, S., and M. B. Nuijten. statcheck: Extract statistics from articles and recompute
 * p values. R package (the rounding rule: `R/error_test.R`).
 *
 * @module
 */

import { formatPValue } from "./format_p.ts";
import { chiSquareSf, fSf, normalSf, studentTSf } from "../stats/distributions.ts";
import { requireFinite, requireOneOf } from "../stats/_validate.ts";
import { type PrintedNumber, scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { formatAt } from "./rounding.ts";

/** The statistics the check recomputes a p-value from. */
export const TEST_STATISTICS = ["t", "chi-square", "F", "z"] as const;
/** A test statistic's distribution under the null hypothesis. */
export type TestStatistic = (typeof TEST_STATISTICS)[number];

/** Inputs of {@linkcode checkTestStatistic}. */
export interface TestStatisticInput {
  /** The printed p-value: `p = .04`, `P < 0.001`, `0.63`, `p=0.000`. */
  readonly reported: string;
  /** The statistic's distribution: `t`, `chi-square`, `F` or `z`. */
  readonly test: string;
  /** The statistic as printed (its decimals set the rounding allowed): `2.10`, `-1.96`. */
  readonly statistic: string;
  /** Degrees of freedom (t, chi-square; the numerator's for F). */
  readonly df?: number;
  /** The denominator's degrees of freedom (F). */
  readonly df2?: number;
  /**
   * 1 for a one-sided t or z test (default 2). Chi-square and F are upper-tail; 1 halves their
   * p (a paper's one-tailed reading of them).
   */
  readonly sides?: number;
}

/** The significance level at which a decision error is named. */
export const DECISION_ALPHA = 0.05;

function showP(p: number): string {
  // As prose prints it (`0.29`, `0.012`, `< 0.0001`), without its `p = ` prefix.
  return formatPValue(p).replace(/^p = /, "").replace(/^p /, "");
}

function name(test: TestStatistic, df?: number, df2?: number): string {
  switch (test) {
    case "t":
      return `t(${df})`;
    case "chi-square":
      return `χ²(${df})`;
    case "F":
      return `F(${df}, ${df2})`;
    case "z":
      return "z";
  }
}

/** The p-value of a statistic's absolute value. */
function pOf(test: TestStatistic, value: number, sides: number, df?: number, df2?: number): number {
  const v = Math.abs(value);
  switch (test) {
    case "t":
      return Math.min(1, sides * studentTSf(v, df!));
    case "z":
      return Math.min(1, sides * normalSf(v));
    case "chi-square":
      return (sides === 1 ? 0.5 : 1) * chiSquareSf(v, df!);
    case "F":
      return (sides === 1 ? 0.5 : 1) * fSf(v, df!, df2!);
  }
}

/**
 * Recomputes the p-value of a printed test statistic and compares it with the printed p,
 * allowing for the rounding of both (statcheck's rule).
 *
 * @example statcheck's decision error `t(28) = 2.20, p = .06` and a consistent chi-square
 * ```ts
 * import { checkTestStatistic } from "./test_statistic.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * // statcheck tests/testthat/test-decisionerror.R: "t(28) = 2.20, p = .06" is a decision error.
 * const t = checkTestStatistic({ reported: "p = .06", test: "t", statistic: "2.20", df: 28 });
 * assertEquals(t.status, "discrepancy");
 * assertStringIncludes(t.explanation, "significant");
 * // "Log rank 0.24 df 1 P = 0.63": P(χ²(1) > 0.24) = 0.624, and 0.235–0.245 give 0.621–0.628.
 * const lr = checkTestStatistic({ reported: "P = 0.63", test: "chi-square", statistic: "0.24", df: 1 });
 * assertEquals(lr.status, "reproduced");
 * ```
 *
 * @example A paper's one-tailed F: the upper-tail p halved
 * ```ts
 * import { checkTestStatistic } from "./test_statistic.ts";
 * import { assertEquals } from "@std/assert";
 * // scipy.stats.f.sf over 1.95–2.05 on (3, 96) df: 0.1267–0.1120, halved 0.0634–0.0560.
 * const input = { reported: "p = 0.06", test: "F", statistic: "2.0", df: 3, df2: 96 };
 * assertEquals(checkTestStatistic(input).status, "discrepancy");
 * assertEquals(checkTestStatistic({ ...input, sides: 1 }).status, "reproduced");
 * ```
 */
export function checkTestStatistic(input: TestStatisticInput): CheckResult {
  requireOneOf("test", input.test, TEST_STATISTICS);
  const test = input.test;
  const sides = input.sides ?? 2;
  if (sides !== 1 && sides !== 2) {
    throw new RangeError(`\`sides\` must be 1 or 2, got ${input.sides}`);
  }
  const { df, df2 } = input;
  if (test !== "z") {
    requireFinite("df", df);
    if (!(df! > 0)) throw new RangeError(`\`df\` must be positive, got ${df}`);
  }
  if (test === "F") {
    requireFinite("df2", df2);
    if (!(df2! > 0)) throw new RangeError(`\`df2\` must be positive, got ${df2}`);
  }
  const stat = scanNumbers(input.statistic)[0];
  if (stat === undefined || stat.percent || !stat.wellFormed) {
    throw new TypeError(
      `\`statistic\` must print a number, got ${JSON.stringify(input.statistic)}`,
    );
  }
  if ((test === "chi-square" || test === "F") && stat.value < 0) {
    throw new RangeError(`\`statistic\` of a ${test} test must be ≥ 0, got ${stat.text}`);
  }
  const printed = scanNumbers(input.reported).find((p) => !p.percent);
  if (printed === undefined || printed.value < 0 || printed.value > 1) {
    throw new TypeError(`\`reported\` must print a p-value, got ${JSON.stringify(input.reported)}`);
  }
  const h = 0.5 * 10 ** -stat.decimals;
  const magnitude = Math.abs(stat.value);
  const low = Math.max(0, magnitude - h);
  const high = magnitude + h;
  const exact = pOf(test, magnitude, sides, df, df2);
  // The larger |statistic| gives the smaller p.
  const pMin = pOf(test, high, sides, df, df2);
  const pMax = pOf(test, low, sides, df, df2);
  const label = `${name(test, df, df2)} = ${stat.text}`;
  const tail = sides === 1
    ? test === "t" || test === "z" ? "one-sided " : "halved (one-tailed) "
    : test === "t" || test === "z"
    ? "two-sided "
    : "";
  // The span the statistic's rounding allows, at three significant digits: prose rounding (two)
  // would often print both ends alike.
  const sig3 = (p: number) => p < 0.0001 ? "< 0.0001" : String(Number(p.toPrecision(3)));
  const range = pMax < 0.0001 ? "all below 0.0001" : `${sig3(pMin)} to ${sig3(pMax)}`;
  const derived = `${label} gives a ${tail}p of ${showP(exact)} (${range} over the statistic's ` +
    `rounding, ${formatAt(low, stat.decimals + 1)}–${formatAt(high, stat.decimals + 1)})`;
  const zero = printed.relation === undefined && printed.value === 0;
  const verdict = consistent(printed, pMin, pMax, zero);
  const recomputed = formatPValue(exact);
  if (verdict) {
    const note = zero
      ? ` The printed ${input.reported.trim()} is read as p < ${
        formatAt(0.5 * 10 ** -printed.decimals, printed.decimals + 1)
      }.`
      : "";
    return checkResult(
      "reproduced",
      recomputed,
      `${derived}; printed ${input.reported.trim()} fits.${note}`,
    );
  }
  const sentences = [`${derived}, not ${input.reported.trim()}.`];
  // A decision error (statcheck): the printed p and every p the statistic allows fall on
  // different sides of α (a printed p = α counts as significant, as statcheck counts it).
  const printedSignificant = printed.relation === ">" || printed.relation === "≥"
    ? false
    : printed.value <= DECISION_ALPHA;
  if (printedSignificant ? pMin > DECISION_ALPHA : pMax <= DECISION_ALPHA) {
    sentences.push(
      printedSignificant
        ? `The printed p is significant at ${DECISION_ALPHA} and the recomputed one is not (a decision error).`
        : `The recomputed p is significant at ${DECISION_ALPHA} and the printed one is not (a decision error).`,
    );
  }
  if (
    sides === 2 && (test === "t" || test === "z") && consistent(printed, pMin / 2, pMax / 2, zero)
  ) {
    sentences.push(`A one-sided test (p = ${showP(exact / 2)}) would give the printed value.`);
  }
  return checkResult("discrepancy", recomputed, sentences.join(" "));
}

/** Whether a printed p agrees with a recomputed range [pMin, pMax]. */
function consistent(printed: PrintedNumber, pMin: number, pMax: number, zero: boolean): boolean {
  const h = 0.5 * 10 ** -printed.decimals;
  if (zero) return pMin < h;
  switch (printed.relation) {
    case "<":
      return pMin < printed.value;
    case "≤":
      return pMin <= printed.value;
    case ">":
      return pMax > printed.value;
    case "≥":
      return pMax >= printed.value;
    default:
      return pMin <= printed.value + h + 1e-12 && pMax >= printed.value - h - 1e-12;
  }
}
