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
 * - `test-statistic` printed `p < .000` (software output for p below 0.0005, printed with a `<`) is
 *   read as `p = .000`, which the check reads as `p < 0.0005`.
 * - `test-statistic`: an F with more than one numerator degree of freedom in a paper that says its
 *   p-values are corrected for non-sphericity (Greenhouse–Geisser or Huynh–Feldt adjusted p, or
 *   unadjusted degrees of freedom reported) is `consistent` when some ε between 1/df1 and 1 gives
 *   the printed p: the correction multiplies both degrees of freedom by ε, which only raises p,
 *   and ε is not printed.
 * - `percentage` next to words that say the text reports time-to-event estimates (Kaplan–Meier,
 *   cumulative incidence, actuarial or life-table rates, competing risks; in its sentence or the
 *   sentence before or after it) is `not-derivable`: such a percentage is an estimate over
 *   follow-up, not a share x/n of the patients counted.
 *
 * @module
 */

import { formatPValue } from "../checks/format_p.ts";
import { scanNumbers } from "../checks/printed_number.ts";
import { chiSquareSf, fSf, normalSf, studentTSf } from "../stats/distributions.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { Statement } from "../extract/statement.ts";
import { sentenceSpans } from "../extract/text.ts";
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
 * Words that say a text reports time-to-event estimates: `Kaplan–Meier`, `cumulative incidence`,
 * `cumulative 5-year incidence`, `actuarial`, `life-table`, `competing risks`.
 */
export const TIME_TO_EVENT =
  /\bKaplan[-–‐ ]?Meier\b|\bcumulative(?:\s+\d+[-‐ ]?(?:years?|months?|weeks?|days?))?\s+(?:incidences?|probabilit(?:y|ies))\b|\bactuarial\b|\blife[- ]tables?\b|\bcompeting[- ]risks?\b/i;

/** The sentence holding `offset` with the sentences before and after it, within its line. */
function sentencesAround(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const newline = text.indexOf("\n", offset);
  const spans = sentenceSpans(text, start, newline === -1 ? text.length : newline);
  const i = spans.findIndex((s) => offset >= s.start && offset < s.end);
  if (i === -1) return "";
  return text.slice(
    spans[Math.max(0, i - 1)]!.start,
    spans[Math.min(spans.length - 1, i + 1)]!.end,
  );
}

function timeToEventOutcome(
  statement: Statement,
  explanation: string,
  text: string,
): { status: CheckStatus; explanation: string } | undefined {
  const m = TIME_TO_EVENT.exec(sentencesAround(text, statement.offset));
  if (m === null) return undefined;
  return {
    status: "not-derivable",
    explanation:
      `Not re-derived: the text around it reports time-to-event estimates ("${m[0]}"), ` +
      `and a Kaplan–Meier or cumulative-incidence percentage is not a share x/n of the patients ` +
      `counted. As printed: ${explanation}`,
  };
}

/** The range of p a printed statistic gives over its own rounding, or `undefined`. */
function pRange(
  args: Readonly<Record<string, string>>,
  df = Number(args.df),
  df2 = Number(args.df2),
): { lo: number; hi: number } | undefined {
  const text = (args.statistic ?? "").replace(/^-/, "");
  const value = Number(text);
  if (text === "" || !Number.isFinite(value)) return undefined;
  const dot = text.indexOf(".");
  const h = 0.5 * 10 ** -(dot < 0 ? 0 : text.length - dot - 1);
  const p = (x: number): number | undefined => {
    switch (args.test) {
      case "t":
        return df > 0 ? 2 * studentTSf(x, df) : undefined;
      case "z":
        return 2 * normalSf(x);
      case "F":
        return df > 0 && df2 > 0 ? fSf(x, df, df2) : undefined;
      case "chi-square":
        return df > 0 ? chiSquareSf(x, df) : undefined;
      default:
        return undefined;
    }
  };
  const lo = p(value + h);
  const hi = p(Math.max(0, value - h));
  return lo === undefined || hi === undefined ? undefined : { lo, hi };
}

/** A printed exact p (`p = .05`) as the interval it stands for, or `undefined`. */
function printedExactP(reported: string): { lo: number; hi: number; text: string } | undefined {
  const p = scanNumbers(reported)[0];
  if (p === undefined || p.relation !== undefined || p.percent || p.value <= 0) return undefined;
  const h = 0.5 * 10 ** -p.decimals;
  return { lo: p.value - h, hi: p.value + h, text: p.text };
}

const showP = (p: number) => formatPValue(p).replace(/^p = /, "").replace(/^p /, "");

function zeroPOutcome(
  statement: Statement,
  run: Runner,
): { status: CheckStatus; explanation: string } | undefined {
  const m = /[<≤]\s*(0?\.0+)\s*$/.exec(statement.reported);
  if (m === null) return undefined;
  let read;
  try {
    read = run({ ...statement, reported: statement.reported.slice(0, m.index) + "= " + m[1] });
  } catch {
    return undefined;
  }
  if (read.status !== "reproduced") return undefined;
  return {
    status: "reproduced",
    explanation: `"${m[0].trim()}" is software output for p below 0.0005 printed with a "<"; ` +
      `read as "= ${m[1]}": ${read.explanation}`,
  };
}

/** Where a paper says its F tests' p-values are corrected for non-sphericity. */
export const SPHERICITY_ADJUSTED_P = new RegExp(
  String.raw`(?:Greenhouse|Huynh)[^.]{0,160}?\b(?:p[- ]?values?|significance|unadjusted degrees|` +
    String.raw`uncorrected degrees|corrected F|adjusted F|to calculate the p)|` +
    String.raw`\b(?:p[- ]?values?|significance)\b[^.]{0,80}?(?:Greenhouse|Huynh)`,
  "i",
);

function sphericityOutcome(
  statement: Statement,
  explanation: string,
  text: string,
): { status: CheckStatus; explanation: string } | undefined {
  const { test, df: dfText, df2: df2Text } = statement.args;
  if (test !== "F" || dfText === undefined || df2Text === undefined) return undefined;
  const df = Number(dfText);
  const df2 = Number(df2Text);
  if (!Number.isInteger(df) || !Number.isInteger(df2) || df < 2) return undefined;
  const mention = SPHERICITY_ADJUSTED_P.exec(text);
  const printed = printedExactP(statement.reported);
  if (mention === null || printed === undefined) return undefined;
  const uncorrected = pRange(statement.args);
  const extreme = pRange(statement.args, 1, df2 / df);
  if (uncorrected === undefined || extreme === undefined) return undefined;
  // ε ∈ [1/df1, 1] scales both degrees of freedom and only raises p.
  if (printed.hi < uncorrected.lo || printed.lo > extreme.hi || printed.lo < uncorrected.hi) {
    return undefined;
  }
  const words = mention[0].length > 60 ? `${mention[0].slice(0, 57)}…` : mention[0];
  return {
    status: "consistent",
    explanation: `Possible under the correction for non-sphericity the paper names ` +
      `("${words}"): a Greenhouse–Geisser or Huynh–Feldt ε between 1/${df} and 1 gives p from ` +
      `${showP(uncorrected.lo)} to ${showP(extreme.hi)}, which holds the printed p = ` +
      `${printed.text}; not re-derived (ε is not printed). Uncorrected: ${explanation}`,
  };
}

function oneSidedOutcome(
  statement: Statement,
  text: string,
  run: Runner,
): { status: CheckStatus; explanation: string } | undefined {
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
  if (statement.kind === "percentage") {
    return timeToEventOutcome(statement, result.explanation, text);
  }
  if (statement.kind === "test-statistic") {
    return oneSidedOutcome(statement, text, run) ?? zeroPOutcome(statement, run) ??
      sphericityOutcome(statement, result.explanation, text);
  }
  return undefined;
}
