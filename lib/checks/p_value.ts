/**
 * A p-value comparing two proportions, recomputed from the counts: Fisher's exact test and
 * Pearson's chi-square test (with and without Yates's continuity correction), two-sided. A
 * printed bound (`p < 0.001`) is reproduced when the recomputed p satisfies it; a printed value
 * (`p = 0.03`) when it matches at its printed precision.
 *
 * References: Fisher, R. A. 1935. "The logic of inductive inference." Journal of the Royal
 * Statistical Society 98 (1): 39–82. doi:10.2307/2342435. — Yates, F. 1934. "Contingency
 * tables involving small numbers and the χ² test." Supplement to the Journal of the Royal
 * Statistical Society 1 (2): 217–235. doi:10.2307/2983604
 *
 * @module
 */

import { fisherExact } from "../stats/fisher_exact.ts";
import { chiSquareTest } from "../stats/chi_square_test.ts";
import { requireOneOf } from "../stats/_validate.ts";
import { type PrintedNumber, scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { fitsPrinted } from "./rounding.ts";

/** The tests a `p-value` claim may name; `any` accepts whichever reproduces the print. */
export const P_VALUE_TESTS = ["fisher", "chi-square", "chi-square-yates", "any"] as const;
/** A test (default `any`). */
export type PValueTest = (typeof P_VALUE_TESTS)[number];

/** Inputs of {@linkcode checkPValue}. */
export interface PValueInput {
  /** The printed p: `p < 0.001`, `0.001`, `P = .03`. */
  readonly reported: string;
  readonly x1: number;
  readonly n1: number;
  readonly x2: number;
  readonly n2: number;
  readonly test?: string;
}

/** Formats a p-value with three significant digits (or `< 1e-10`). */
function showP(p: number): string {
  return p < 1e-10 ? "< 1e-10" : Number(p.toPrecision(3)).toString();
}

function agrees(p: number, printed: PrintedNumber): boolean {
  switch (printed.relation) {
    case "<":
      return p < printed.value;
    case "≤":
      return p <= printed.value;
    case ">":
      return p > printed.value;
    case "≥":
      return p >= printed.value;
    default:
      return fitsPrinted(p, printed.value, printed.decimals);
  }
}

/**
 * Recomputes a two-sided p-value from a 2×2 table given as x1/n1 vs x2/n2.
 *
 * @example Aureli 2023 §4.1.2 (Locatelli 2021): CR 44/49 vs 26/48
 * ```ts
 * import { checkPValue } from "./p_value.ts";
 * import { assertEquals } from "@std/assert";
 * const r = checkPValue({ reported: "p < 0.001", x1: 44, n1: 49, x2: 26, n2: 48 });
 * assertEquals(r.status, "reproduced");
 * ```
 */
export function checkPValue(input: PValueInput): CheckResult {
  const { reported, x1, n1, x2, n2 } = input;
  const test = input.test ?? "any";
  requireOneOf("test", test, P_VALUE_TESTS);
  const printed = scanNumbers(reported).find((p) => !p.percent);
  if (printed === undefined) {
    throw new TypeError(`\`reported\` must print a p-value, got ${JSON.stringify(reported)}`);
  }
  const a = { x: x1, n: n1 };
  const b = { x: x2, n: n2 };
  const values: Record<Exclude<PValueTest, "any">, number> = {
    "fisher": fisherExact(a, b).pValue,
    "chi-square": chiSquareTest(a, b, { correct: false }).pValue,
    "chi-square-yates": chiSquareTest(a, b, { correct: true }).pValue,
  };
  const candidates = test === "any"
    ? (["fisher", "chi-square", "chi-square-yates"] as const)
    : [test as Exclude<PValueTest, "any">];
  const fits = candidates.filter((t) => agrees(values[t], printed));
  const listed = candidates.map((t) => `${t} p = ${showP(values[t])}`).join("; ");
  const table = `${x1}/${n1} vs ${x2}/${n2}`;
  if (fits.length > 0) {
    return checkResult(
      "reproduced",
      `p = ${showP(values[fits[0]!])} (${fits[0]})`,
      `${table}: ${listed}; printed ${reported} fits ${fits.join(", ")}.`,
    );
  }
  const first = candidates[0]!;
  return checkResult(
    "discrepancy",
    `p = ${showP(values[first])} (${first})`,
    `${table}: ${listed}; none gives the printed ${reported}.`,
  );
}
