/**
 * The percentages of a complete breakdown (every patient in exactly one category) against
 * 100: each printed percentage carries up to ½·10^−d of rounding, so their sum may miss 100
 * by at most k·½·10^−d for k categories, and no more.
 *
 * @module
 */

import type { PrintedNumber } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { formatAt } from "./rounding.ts";

/**
 * Checks that printed percentages of a complete breakdown add up to 100 within their rounding.
 *
 * @example Boissel 2022, Table 1, ECOG 0/1/2: 14.3 + 64.3 + 21.4 = 100.0
 * ```ts
 * import { checkPercentSum } from "./percent_sum.ts";
 * import { scanNumbers } from "./printed_number.ts";
 * import { assertEquals } from "@std/assert";
 * const parts = scanNumbers("14.3% 64.3% 21.4%");
 * assertEquals(checkPercentSum(parts).status, "reproduced");
 * ```
 */
export function checkPercentSum(parts: readonly PrintedNumber[]): CheckResult {
  if (parts.length < 2) {
    throw new RangeError(`\`parts\` must list at least 2 percentages, got ${parts.length}`);
  }
  const decimals = Math.max(...parts.map((p) => p.decimals));
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const slack = parts.reduce((a, p) => a + 0.5 * 10 ** -p.decimals, 0);
  const shown = `${formatAt(sum, decimals)}%`;
  const expression = `${parts.map((p) => p.text.replace("%", "")).join(" + ")} = ${shown}`;
  if (Math.abs(sum - 100) <= slack + 1e-9) {
    return checkResult(
      "reproduced",
      shown,
      `${expression}, within the ±${formatAt(slack, decimals + 2)} that rounding ${parts.length} ` +
        `percentages allows.`,
    );
  }
  return checkResult(
    "discrepancy",
    shown,
    `${expression}: rounding ${parts.length} percentages can move their sum from 100% by at most ` +
      `${formatAt(slack, decimals + 2)} points, so a category or a count is wrong or missing.`,
  );
}
