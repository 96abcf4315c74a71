/**
 * The honest answer for numbers that nothing in the paper allows re-deriving: a dose, a date,
 * a survival estimate without the data behind it.
 *
 * @module
 */

import { type CheckResult, checkResult } from "./result.ts";

/**
 * A `not-derivable` result carrying the reason.
 *
 * @example Boissel 2022, Results: "the median cumulative dose was 70.19 mg/kg"
 * ```ts
 * import { notDerivable } from "./not_derivable.ts";
 * import { assertEquals } from "@std/assert";
 * const r = notDerivable("a median of patient-level doses that are not published");
 * assertEquals([r.status, r.recomputed], ["not-derivable", ""]);
 * ```
 */
export function notDerivable(reason: string): CheckResult {
  if (reason.trim() === "") throw new TypeError('`reason` must be a non-empty string, got ""');
  return checkResult("not-derivable", "", reason.trim());
}
