/**
 * The result every check returns: a status, the re-derived value as it would be printed, and
 * an explanation that says, for a discrepancy, what was expected and what would make the
 * printed number right.
 *
 * @module
 */

/**
 * The outcomes of a check, in the order the reports list them (problems first).
 *
 * The ledger and the automatic audit share this vocabulary.
 */
export const CHECK_STATUSES = [
  "discrepancy",
  "artefact",
  "explained",
  "consistent",
  "reproduced",
  "not-derivable",
] as const;

/**
 * - `discrepancy`: the printed number does not follow from the inputs (or is not a well-formed
 *   number);
 * - `artefact`: it does not add up as the text reads, in a pattern that PDF/XML conversion damage
 *   produces (a lost decimal point, a reference digit glued to a number); the explanation starts
 *   "Possibly a conversion artefact:" and says which reading fits;
 * - `explained`: inconsistent on its face, but reconciled by the paper itself (a footnote, a
 *   stated exclusion) — the note says how;
 * - `consistent`: shown possible but not re-derived: some count of n prints the percentage, a
 *   bound holds;
 * - `reproduced`: re-derived from other printed numbers and equal at the printed precision;
 * - `not-derivable`: nothing in the paper allows re-deriving it (a dose, a date, a survival
 *   estimate without data, or inputs that leave it undetermined).
 */
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * The statuses in the order a tally reads them: what agrees first, as a table of printed and
 * re-derived values is read (`12 reproduced, 3 consistent, 1 discrepancy`).
 */
export const STATUS_READING_ORDER: readonly CheckStatus[] = [
  "reproduced",
  "consistent",
  "discrepancy",
  "artefact",
  "explained",
  "not-derivable",
];

/** The statuses that count as a problem the paper should fix. */
export const PROBLEM_STATUSES: readonly CheckStatus[] = ["discrepancy"];

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
