/**
 * An allocation ratio (`2:1`, `1:1:1`) against the arm sizes the paper prints: the arms,
 * divided by the smallest printed part of the ratio's scale, must round to the printed ratio.
 * Randomization in blocks or with stratification rarely gives the exact ratio, so the check
 * asks whether the arms are the nearest split of their total to it.
 *
 * @module
 */

import { requireInteger } from "../stats/_validate.ts";
import { scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";

/** Inputs of {@linkcode checkAllocationRatio}. */
export interface AllocationRatioInput {
  /** The ratio as printed: `2:1`, `1:1`, `2 : 1`. */
  readonly reported: string;
  /** The arm sizes, in the ratio's order. */
  readonly parts: readonly number[];
}

/**
 * Checks arm sizes against a printed allocation ratio. `reproduced` when the arms are as close
 * to the ratio as their total allows (each arm within one patient of total × share); otherwise
 * a `discrepancy` with the split the ratio gives.
 *
 * @example Aureli 2023 §4.1.1 (TOWER): 271 and 134 patients "(2:1 ratio)"
 * ```ts
 * import { checkAllocationRatio } from "./allocation_ratio.ts";
 * import { assertEquals } from "@std/assert";
 * // 405 × 2/3 = 270, 405 × 1/3 = 135: each arm is within one patient of its share.
 * assertEquals(checkAllocationRatio({ reported: "2:1", parts: [271, 134] }).status, "reproduced");
 * assertEquals(checkAllocationRatio({ reported: "1:1", parts: [271, 134] }).status, "discrepancy");
 * ```
 */
export function checkAllocationRatio(input: AllocationRatioInput): CheckResult {
  const ratio = scanNumbers(input.reported).map((n) => n.value);
  if (ratio.length < 2 || ratio.some((r) => !(r > 0))) {
    throw new TypeError(
      `\`reported\` must print a ratio of positive parts such as 2:1, got ${
        JSON.stringify(input.reported)
      }`,
    );
  }
  const { parts } = input;
  if (parts.length !== ratio.length) {
    throw new RangeError(
      `\`parts\` must list ${ratio.length} arm sizes for the ratio ${input.reported}, got ${parts.length}`,
    );
  }
  parts.forEach((p, i) => requireInteger(`parts[${i}]`, p, 1));
  const total = parts.reduce((a, b) => a + b, 0);
  const scale = ratio.reduce((a, b) => a + b, 0);
  const expected = ratio.map((r) => (total * r) / scale);
  const shown = (x: number) => Number(x.toFixed(1)).toString();
  const split = expected.map(shown).join(" : ");
  const observed = parts.map((p) => shown(p / Math.min(...parts) * Math.min(...ratio))).join(":");
  const recomputed = `${observed} (${parts.join(" : ")})`;
  const close = parts.every((p, i) => Math.abs(p - expected[i]!) <= 1 + 1e-9);
  return close
    ? checkResult(
      "reproduced",
      recomputed,
      `${parts.join(" + ")} = ${total}; a ${input.reported} split of ${total} is ${split}, ` +
        `and each arm is within one patient of it.`,
    )
    : checkResult(
      "discrepancy",
      recomputed,
      `${parts.join(" + ")} = ${total}; a ${input.reported} split of ${total} is ${split}, ` +
        `but the arms are ${parts.join(" and ")} (a ratio of ${observed}).`,
    );
}
