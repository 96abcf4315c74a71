/**
 * A p-value comparing two proportions, recomputed from the counts by every standard two-sided
 * test ({@linkcode identifyTest}: Fisher's exact test, its mid-p, Pearson's chi-square test
 * without and with Yates's correction, the pooled and unpooled z-tests, Barnard's and
 * Boschloo's exact unconditional tests). A printed value (`p = 0.03`) is reproduced when a
 * test's p-value rounds to it at its printed decimals; a printed bound (`p < 0.001`) when the
 * p-value satisfies it literally; "NS" when p ≥ 0.05. The explanation says which tests fit
 * and which do not, with their p-values: "0.29 fits the chi-square test without continuity
 * correction, not Fisher's (0.36)".
 *
 * References: see {@linkcode identifyTest} and the functions it calls.
 *
 * @module
 */

import { formatPValue } from "./format_p.ts";
import {
  identifyTest,
  type TestCandidate,
  TWO_GROUP_TEST_NAMES,
  TWO_GROUP_TEST_SHORT_NAMES,
  TWO_GROUP_TESTS,
  type TwoGroupTest,
} from "../stats/identify_test.ts";
import { readPrintedP } from "../stats/printed_p_value.ts";
import { requireOneOf } from "../stats/_validate.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { formatAt } from "./rounding.ts";

/**
 * The tests a `p-value` claim may name: any of {@linkcode TWO_GROUP_TESTS}, or `any`, which
 * accepts whichever reproduces the print.
 */
export const P_VALUE_TESTS = [...TWO_GROUP_TESTS, "any"] as const;
/** A test (default `any`). */
export type PValueTest = (typeof P_VALUE_TESTS)[number];

/** Inputs of {@linkcode checkPValue}. */
export interface PValueInput {
  /** The printed p: `p < 0.001`, `0.001`, `P = .03`, `NS`. */
  readonly reported: string;
  readonly x1: number;
  readonly n1: number;
  readonly x2: number;
  readonly n2: number;
  /** The test the paper names, one of {@linkcode P_VALUE_TESTS}. Default `any`. */
  readonly test?: string;
}

/** Formats a p-value with three significant digits (or `< 1e-10`). */
function showP(p: number): string {
  // As prose prints it (`0.29`, `0.012`, `< 0.0001`), without its `p = ` prefix.
  return formatPValue(p).replace(/^p = /, "").replace(/^p /, "");
}

/** "a", "a and b", "a, b and c" (or "or" for a list of misses). */
function sentenceList(items: readonly string[], last: "and" | "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${last} ${items[items.length - 1]}`;
}

/**
 * Recomputes a two-sided p-value from a 2×2 table given as x1/n1 vs x2/n2 and says which
 * tests give the printed one.
 *
 * Status: with `test` = `any` (default), `reproduced` when at least one test fits the print;
 * with a named test, when that test fits. `recomputed` shows the p-value of the named test,
 * or of the first fitting test in {@linkcode TWO_GROUP_TESTS} order (Fisher's first), or of
 * Fisher's test when none fits.
 *
 * @example Aureli 2023 §4.1.2 (Locatelli 2021): CR 44/49 vs 26/48
 * ```ts
 * import { checkPValue } from "./p_value.ts";
 * import { assertEquals } from "@std/assert";
 * const r = checkPValue({ reported: "p < 0.001", x1: 44, n1: 49, x2: 26, n2: 48 });
 * assertEquals(r.status, "reproduced");
 * ```
 *
 * @example A print that only the uncorrected chi-square test gives
 * ```ts
 * import { checkPValue } from "./p_value.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkPValue({ reported: "0.29", x1: 3, n1: 6, x2: 9, n2: 32, test: "fisher" });
 * assertEquals(r.status, "discrepancy");
 * assertStringIncludes(r.explanation, "fits the chi-square test without continuity correction");
 * assertStringIncludes(r.explanation, "not Fisher's (0.36)");
 * ```
 */
export function checkPValue(input: PValueInput): CheckResult {
  const { reported, x1, n1, x2, n2 } = input;
  const test = input.test ?? "any";
  requireOneOf("test", test, P_VALUE_TESTS);
  if (typeof reported !== "string") {
    throw new TypeError(`\`reported\` must be a string as printed, got ${String(reported)}`);
  }
  try {
    readPrintedP(reported);
  } catch {
    throw new RangeError(`\`reported\` must print a p-value, got ${JSON.stringify(reported)}`);
  }
  const id = identifyTest({ x: x1, n: n1 }, { x: x2, n: n2 }, reported);
  const { printed, candidates } = id;
  const shown = (c: TestCandidate) => {
    if (printed.relation !== "=") return showP(c.pValue);
    const rounded = formatAt(c.pValue, printed.decimals);
    return Number(rounded) === 0 ? showP(c.pValue) : rounded;
  };
  const fits = candidates.filter((c) => c.matches);
  const misses = candidates.filter((c) => !c.matches);
  const withValue = printed.relation !== "=";
  const fitText = sentenceList(
    fits.map((c) => `${TWO_GROUP_TEST_NAMES[c.test]}${withValue ? ` (${shown(c)})` : ""}`),
    "and",
  );
  const missList = (last: "and" | "or") =>
    sentenceList(misses.map((c) => `${TWO_GROUP_TEST_SHORT_NAMES[c.test]} (${shown(c)})`), last);
  const missText = missList("or");
  const table = `${x1}/${n1} vs ${x2}/${n2}`;
  const byName = (t: TwoGroupTest) => candidates.find((c) => c.test === t)!;
  const recomputed = (c: TestCandidate) => `${formatPValue(c.pValue)} (${c.test})`;

  if (test === "any") {
    if (fits.length > 0) {
      const rest = misses.length > 0 ? `, not ${missText}` : "";
      return checkResult(
        "reproduced",
        recomputed(fits[0]!),
        `${table}: ${reported} fits ${fitText}${rest}.`,
      );
    }
    return checkResult(
      "discrepancy",
      recomputed(byName("fisher")),
      `${table}: no standard two-sided test gives ${reported}: ${missList("and")}.`,
    );
  }
  const named = byName(test as TwoGroupTest);
  if (named.matches) {
    const rest = misses.length > 0 ? `, not ${missText}` : "";
    return checkResult(
      "reproduced",
      recomputed(named),
      `${table}: ${reported} fits ${fitText}${rest}; the paper names ` +
        `${TWO_GROUP_TEST_NAMES[named.test]}.`,
    );
  }
  const others = fits.length > 0
    ? `it fits ${fitText}, not ${missText}`
    : `no standard two-sided test gives it: ${missList("and")}`;
  return checkResult(
    "discrepancy",
    recomputed(named),
    `${table}: ${reported} does not fit ${TWO_GROUP_TEST_NAMES[named.test]}, which the paper ` +
      `names; ${others}.`,
  );
}
