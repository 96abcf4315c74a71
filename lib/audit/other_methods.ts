/**
 * Discrepancies that another standard method explains. Two checks compare a printed result with
 * one method, while papers use several:
 *
 * - `test-statistic` recomputes a two-sided p for t and z and the upper-tail p for chi-square
 *   and F. Where the paper says it tests one-sided (`one-tailed`, `one-sided`, `1-tailed`), the
 *   statement is re-run one-sided through the same check, as statcheck does; if that re-derives
 *   the printed p, it is `reproduced` — for chi-square and F (whose p the paper then halves)
 *   only with one degree of freedom, where the halved p is the one-sided test; with more it is
 *   `consistent`, the paper's own convention.
 * - `ratio-ci` compares a ratio with a Wald interval (symmetric on the log scale) and its
 *   Wald p. Profile-likelihood, exact and score intervals are asymmetric, and log-rank,
 *   likelihood-ratio or exact p-values differ from the Wald p. So a ratio that fails the Wald
 *   check is a `discrepancy` only when no method could give it: the estimate lies outside its
 *   own interval, or so far off its centre (outside the middle 60% of the interval on the log
 *   scale) that no usual interval puts it there, or the printed p and the interval disagree on
 *   significance (p < α while the interval holds 1, or the reverse). Otherwise it is
 *   `consistent`: possible, but not re-derived.
 *
 * @module
 */

import { scanNumbers } from "../checks/printed_number.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { Statement } from "../extract/statement.ts";
import type { Runner } from "./artefacts.ts";

/**
 * Where the paper says it tests one-sided (the first mention), if it does.
 *
 * @example Where a paper says it tests one-sided
 * ```ts
 * import { oneSidedMention } from "./other_methods.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(oneSidedMention("All tests were one-tailed.")?.words, "one-tailed");
 * ```
 */
export function oneSidedMention(text: string): { offset: number; words: string } | undefined {
  const m = /\b(?:one|1)[- ](?:tailed|sided)\b/i.exec(text);
  return m === null ? undefined : { offset: m.index, words: m[0] };
}

/**
 * The share of the log interval below the estimate (0.5 for a Wald interval).
 *
 * @example A Wald interval puts its estimate half-way
 * ```ts
 * import { logPosition } from "./other_methods.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(logPosition(Math.sqrt(0.18 * 1.01), 0.18, 1.01), 0.5, 1e-12);
 * ```
 */
export function logPosition(estimate: number, lower: number, upper: number): number {
  return Math.log(estimate / lower) / Math.log(upper / lower);
}

/** The most and least of the middle of the log interval an estimate may sit at. */
export const LOG_POSITION_RANGE = [0.2, 0.8] as const;

function ratioOutcome(
  statement: Statement,
  explanation: string,
): { status: CheckStatus; explanation: string } | undefined {
  const numbers = scanNumbers(statement.reported);
  const levelNumber = numbers.find((n) => n.percent);
  const [e, l, u] = numbers.filter((n) => !n.percent);
  if (e === undefined || l === undefined || u === undefined) return undefined;
  const h = (d: number) => 0.5 * 10 ** -d;
  const outside = e.value < l.value - h(l.decimals) - h(e.decimals) ||
    e.value > u.value + h(u.decimals) + h(e.decimals);
  if (outside) return undefined;
  const position = logPosition(e.value, l.value, u.value);
  if (position < LOG_POSITION_RANGE[0] || position > LOG_POSITION_RANGE[1]) return undefined;
  const level = statement.args.level !== undefined
    ? Number(statement.args.level)
    : levelNumber !== undefined
    ? levelNumber.value / 100
    : 0.95;
  const alpha = 1 - level;
  const p = statement.args.p === undefined ? undefined : scanNumbers(statement.args.p)[0];
  if (p !== undefined) {
    // The interval holds 1 (allowing for the rounding of its limits) or excludes it.
    const holdsOne = l.value - h(l.decimals) <= 1 && u.value + h(u.decimals) >= 1;
    const excludesOne = l.value + h(l.decimals) > 1 || u.value - h(u.decimals) < 1;
    const significant = p.relation === "<" || p.relation === "≤"
      ? p.value <= alpha
      : p.relation === ">" || p.relation === "≥"
      ? false
      : p.value < alpha;
    const notSignificant = p.relation === ">" || p.relation === "≥"
      ? p.value >= alpha
      : p.relation === undefined
      ? p.value > alpha
      : false;
    if ((significant && !excludesOne) || (notSignificant && !holdsOne)) return undefined;
  }
  return {
    status: "consistent",
    explanation: `Not a Wald interval as printed, but possible: ${explanation} The estimate sits ` +
      `${Math.round(position * 100)}% of the way along the interval on the log scale` +
      (p === undefined ? "" : ` and the printed p agrees with the interval on significance`) +
      `, as profile-likelihood, exact or score intervals and other tests give; not re-derived.`,
  };
}

/**
 * A discrepancy's status and explanation once the other standard methods are allowed for
 * (see the module documentation), or `undefined` when none explains it.
 *
 * @example A slightly asymmetric odds ratio interval is only possible, not a discrepancy
 * ```ts
 * import { reconcileWithOtherMethods } from "./other_methods.ts";
 * import { runStatement } from "./audit.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Men were more likely to ask (OR 1.60, 95% CI 1.25-2.11, P=.001).";
 * const [s] = extractStatements(text);
 * const result = runStatement(s!);
 * assertEquals(result.status, "discrepancy");
 * assertEquals(reconcileWithOtherMethods(s!, result, text, runStatement)?.status, "consistent");
 * ```
 */
export function reconcileWithOtherMethods(
  statement: Statement,
  result: { status: CheckStatus; explanation: string },
  text: string,
  run: Runner,
): { status: CheckStatus; explanation: string } | undefined {
  if (result.status !== "discrepancy") return undefined;
  if (statement.kind === "ratio-ci") return ratioOutcome(statement, result.explanation);
  if (statement.kind === "test-statistic") {
    const test = statement.args.test;
    if (statement.args.sides === "1") return undefined;
    const mention = oneSidedMention(text);
    if (mention === undefined) return undefined;
    let oneSided;
    try {
      oneSided = run({ ...statement, args: { ...statement.args, sides: "1" } });
    } catch {
      return undefined;
    }
    if (oneSided.status !== "reproduced") return undefined;
    if (test === "t" || test === "z") {
      return {
        status: "reproduced",
        explanation: `One-sided, as the paper says it tests ("${mention.words}"): ` +
          oneSided.explanation,
      };
    }
    // A chi-square or F with one degree of freedom is a squared z or t: halving its p is the
    // one-sided test. With more, no one-sided test exists; the paper's halved p is only its
    // own convention, so the printed p is shown possible, not re-derived.
    const single = statement.args.df === "1";
    return {
      status: single ? "reproduced" : "consistent",
      explanation: `Halved, as the paper says it tests "${mention.words}": ` +
        oneSided.explanation +
        (single ? "" : " Halving the p of a test with more than one degree of freedom is not a " +
          "one-sided test; the printed p follows the paper's convention."),
    };
  }
  return undefined;
}
