/**
 * Parts against their total: subgroups that must add up, deaths by cause, screened =
 * enrolled + screen failures.
 *
 * @module
 */

import { requireFinite } from "../stats/_validate.ts";
import { type CheckResult, checkResult } from "./result.ts";

/** Inputs of {@linkcode checkSum}. */
export interface SumInput {
  /** The parts (counts or amounts), in the order printed. */
  readonly parts: readonly number[];
  /** The printed total. */
  readonly total: number;
}

/**
 * Checks that `parts` add up to `total` exactly (parts and totals are counts, printed without
 * rounding). For a discrepancy the explanation gives the difference.
 *
 * @example Boissel 2022, Results: 11 deaths = 6 within 30 days + 5 later
 * ```ts
 * import { checkSum } from "./sum.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(checkSum({ parts: [6, 5], total: 11 }).status, "reproduced");
 * // Aureli 2023, §4.1.1 (TOWER): "271 out of 495 … and 134 patients received chemotherapy"
 * assertEquals(checkSum({ parts: [271, 134], total: 495 }).recomputed, "405");
 * ```
 */
export function checkSum(input: SumInput): CheckResult {
  const { parts, total } = input;
  if (parts.length < 2) {
    throw new RangeError(`\`parts\` must list at least 2 numbers, got ${parts.length}`);
  }
  parts.forEach((p, i) => requireFinite(`parts[${i}]`, p));
  requireFinite("total", total);
  const sum = parts.reduce((a, b) => a + b, 0);
  // Parts may carry decimals (amounts); compare at the finest of their precisions.
  const equal = Math.abs(sum - total) <= 1e-9 * Math.max(1, Math.abs(total));
  const expression = `${parts.join(" + ")} = ${Number(sum.toPrecision(12))}`;
  if (equal) {
    return checkResult("reproduced", String(Number(sum.toPrecision(12))), `${expression}.`);
  }
  const difference = Number((total - sum).toPrecision(12));
  return checkResult(
    "discrepancy",
    String(Number(sum.toPrecision(12))),
    `${expression}, not ${total}: the parts ${difference > 0 ? "fall short of" : "exceed"} ` +
      `the total by ${Math.abs(difference)}.`,
  );
}
