/**
 * The result every check returns: a status, the re-derived value as it would be printed, and
 * an explanation that says, for a discrepancy, what was expected and what would make the
 * printed number right.
 *
 * @module
 */

/** The three outcomes of a check, in the order the report lists them. */
export const CHECK_STATUSES = ["discrepancy", "reproduced", "not-derivable"] as const;

/**
 * `reproduced`: the printed number follows from the inputs at its printed precision;
 * `discrepancy`: it does not (or it is not a well-formed number);
 * `not-derivable`: nothing in the paper allows re-deriving it (a dose, a date, a survival
 * estimate without data, or inputs that leave it undetermined).
 */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** What a check found. */
export interface CheckResult {
  readonly status: CheckStatus;
  /** The re-derived value, formatted at the printed precision (empty when not derivable). */
  readonly recomputed: string;
  /** One or two sentences: how it was re-derived and, for a discrepancy, what would fit. */
  readonly explanation: string;
}

/**
 * Builds a frozen {@linkcode CheckResult}.
 *
 * @example A reproduced percentage
 * ```ts
 * import { checkResult } from "./result.ts";
 * import { assertEquals } from "@std/assert";
 * const r = checkResult("reproduced", "78.6%", "11/14 = 78.57% prints as 78.6%.");
 * assertEquals(r.status, "reproduced");
 * ```
 */
export function checkResult(
  status: CheckStatus,
  recomputed: string,
  explanation: string,
): CheckResult {
  return Object.freeze({ status, recomputed, explanation });
}
