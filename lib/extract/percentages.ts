/**
 * Percentages printed with their count and denominator — `x/n (y%)`, `y% (x/n)`,
 * `x of n (y%)`, `x out of n patients (y%)`, `(x/n, y%)` — become `percentage` statements at
 * the `explicit` tier: everything the check needs is printed together. Not where the words before
 * make it an approximation or a complement (`almost 1/4 (22.0%)`, `all but one of 74 (98.6%)`),
 * where the percentage is a threshold (`HbA1c ≥8% (53/81; 65.4%)`), or where the fraction is the
 * name of a dose or a category that the text uses as such elsewhere (`the 7.5/46 and 15/92
 * groups`, `endoscopy subscore = 0/1`): such a fraction is not a count over a denominator.
 *
 * @module
 */

import { readPercentage } from "../checks/percentage.ts";
import type { ExtractContext } from "./context.ts";
import { SUBJECT_NOUNS } from "./group_sizes.ts";
import {
  AFTER_BRACKETED,
  BARE_COUNT,
  BOUND_BEFORE,
  COUNT,
  countValue,
  DIGITS_COUNT,
  EXCEPT_BEFORE,
  MAX_N,
  PERCENT,
  percentValue,
  WORD_NUMBER,
} from "./patterns.ts";

/**
 * The percentage claim's `reported` and arguments for a count x of n printed with y%.
 *
 * @example The phrase where the ledger reads it, else the percentage and its count
 * ```ts
 * import { percentageClaim } from "./percentages.ts";
 * import { assertEquals } from "@std/assert";
 * const work = "Ten of the 17 children (58.8%)";
 * assertEquals(percentageClaim(work, { start: 0, end: 30 }, { start: 24, end: 29 }, 10, 17), {
 *   reported: "58.8%",
 *   args: { n: "17", x: "10" },
 * });
 * ```
 */
export function percentageClaim(
  work: string,
  span: { start: number; end: number },
  pct: { start: number; end: number },
  x: number | undefined,
  n: number,
): { reported: string; args: Record<string, string> } {
  const whole = work.slice(span.start, span.end);
  const percentText = work.slice(pct.start, pct.end);
  try {
    const read = readPercentage(whole);
    const sameCount = x === undefined ? read.count === undefined : read.count?.value === x;
    const sameN = read.denominator === undefined || read.denominator.value === n;
    if (read.percent.text === percentText && sameCount && sameN) {
      return { reported: whole, args: { n: String(n) } };
    }
  } catch {
    // fall through: the percentage alone, with the count as an argument
  }
  return {
    reported: percentText,
    args: x === undefined ? { n: String(n) } : { n: String(n), x: String(x) },
  };
}

// x/n followed by its percentage: `4/14 (28.6%)`, `41/65, 63.1%`, `6/204 [3%]`, `12/14 = 86%`.
const FRACTION_THEN_PERCENT = new RegExp(
  String.raw`(${DIGITS_COUNT})\s*\/\s*(${BARE_COUNT})(?![\/\d])\s*(?:[(\[]\s*|[,:;=]\s*)` +
    `(${PERCENT})${AFTER_BRACKETED}`,
  "gu",
);
// y% followed by its fraction: `43% (81/189)`, `63% [12 of 19]`, `63% (n = 12/19)`,
// `100% of patients (30/30)`.
const PERCENT_THEN_FRACTION = new RegExp(
  `(${PERCENT})(?:\\s+of\\s+(?:the\\s+|all\\s+)?(?:${SUBJECT_NOUNS}))?\\s*[(\\[]\\s*(?:n\\s*=\\s*)?(${DIGITS_COUNT})\\s*(?:\\/|of|out\\s+of)\\s*` +
    `(${BARE_COUNT})\\s*[)\\],;]`,
  "gu",
);
// x of n … (y%): `44 of 49 patients (90%)`, `three out of the 14 patients [21%]`.
const OF_THEN_PERCENT = new RegExp(
  `(${COUNT})\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+|these\\s+)?(${BARE_COUNT}|${WORD_NUMBER})` +
    `([^()\\[\\]\\d%;.=]{0,40}?)[(\\[]\\s*(${PERCENT})${AFTER_BRACKETED}`,
  "giu",
);

// A comparison sign before the percentage makes it a threshold: `HbA1c ≥8% (53/81; …)`.
const THRESHOLD_BEFORE = /[<>≤≥]\s*$/u;
// A fraction used as a name: a dose or arm (`15/92 mg`, `the 7.5/46 and 15/92 groups`) or the value
// of a score (`subscore = 0/1`, not `n = 12/40` or `dropout = 23/90`).
const NAME_FRACTION = new RegExp(
  String.raw`(?<![\d.\/])(\d+(?:\.\d+)?)\s?\/\s?(\d+(?:\.\d+)?)(?![\d.\/])` +
    String.raw`(?=\s*(?:mg|µg|μg|mcg|mL|ml|IU|mmHg|groups?|arms?|doses?|regimens?)\b)` +
    String.raw`|\b[\p{L}-]*(?:score|grade|stage|class|level|category)\s*=\s*` +
    String.raw`(\d+(?:\.\d+)?)\s?\/\s?(\d+(?:\.\d+)?)(?![\d.\/])`,
  "gu",
);

/**
 * The fractions a text uses as names (`x/n` without spaces): doses and arms (`15/92 mg`,
 * `the 7.5/46 and 15/92 groups`) and values of a score (`subscore = 0/1`).
 *
 * @example Doses and a score value, not a count over a denominator
 * ```ts
 * import { nameFractions } from "./percentages.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "The 7.5/46 and 15/92 groups; subscore = 0/1; n = 12/40 (30%).";
 * assertEquals([...nameFractions(text)].sort(), ["0/1", "15/92"]);
 * ```
 */
export function nameFractions(work: string): Set<string> {
  const names = new Set<string>();
  for (const m of work.matchAll(NAME_FRACTION)) {
    names.add(m[1] === undefined ? `${m[3]}/${m[4]}` : `${m[1]}/${m[2]}`);
  }
  return names;
}

/**
 * `end`, extended past a closing bracket when the span opened one and left it open.
 *
 * @example A parenthesis opened in the span
 * ```ts
 * import { closeBracket } from "./percentages.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(closeBracket("4/14 (28.6%) then", 0, 11), 12);
 * assertEquals(closeBracket("(4/14, 28.6%)", 1, 12), 12);
 * ```
 */
export function closeBracket(work: string, start: number, end: number): number {
  const next = work[end];
  if (next !== ")" && next !== "]") return end;
  const open = next === ")" ? "(" : "[";
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (work[i] === open) depth++;
    else if (work[i] === next) depth--;
  }
  return depth > 0 ? end + 1 : end;
}

/**
 * Finds the explicit percentage statements of a text.
 *
 * @example Three printed forms
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractExplicitPercentages } from "./percentages.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("4/14 (28.6%), 43% (81/189) and 44 of 49 patients (90%).", "a.txt");
 * extractExplicitPercentages(ctx);
 * assertEquals(ctx.statements().map((s) => s.args.n), ["14", "189", "49"]);
 * ```
 */
export function extractExplicitPercentages(ctx: ExtractContext): void {
  const work = ctx.work;
  let names: Set<string> | undefined;
  const emit = (
    start: number,
    endAt: number,
    xText: string,
    nText: string,
    pctStart: number,
    pctText: string,
    pattern: string,
  ) => {
    // `almost 1/4 (22.0%)`, `all but one of 74 (98.6%)`: an approximation, or the complement.
    const lead = work.slice(Math.max(0, start - 30), start);
    if (BOUND_BEFORE.test(lead) || EXCEPT_BEFORE.test(lead) || THRESHOLD_BEFORE.test(lead)) return;
    // `15/92 (27.6%)` in a text that names an arm `15/92`: a dose, not a count of 92.
    if (pattern !== "x of n (y%)") {
      names ??= nameFractions(work);
      if (names.has(`${xText.trim()}/${nText.trim()}`)) return;
    }
    const end = closeBracket(work, start, endAt);
    const x = countValue(xText);
    const n = countValue(nText);
    if (x === undefined || n === undefined || n < 1 || x > n || n > MAX_N) return;
    const { value } = percentValue(pctText);
    // Above 100% a fraction's share is impossible: kept, so the audit can say so (or read a
    // lost decimal point, `250%` for 25.0%).
    if (value > 999) return;
    const pct = { start: pctStart, end: pctStart + pctText.length };
    const claim = percentageClaim(work, { start, end }, pct, x, n);
    ctx.emit({
      start,
      end,
      kind: "percentage",
      ...claim,
      tier: "explicit",
      pattern,
      takes: [pctStart],
    });
  };
  for (const m of work.matchAll(FRACTION_THEN_PERCENT)) {
    const [all, x, n, pct] = m;
    const end = m.index + all.length;
    emit(m.index, end, x!, n!, end - pct!.length, pct!, "x/n (y%)");
  }
  for (const m of work.matchAll(PERCENT_THEN_FRACTION)) {
    const [all, pct, x, n] = m;
    // A closing bracket is part of the phrase; a comma or semicolon after the fraction is not.
    const end = m.index + all.length - (/[,;]$/.test(all) ? 1 : 0);
    emit(m.index, end, x!, n!, m.index, pct!, "y% (x/n)");
  }
  for (const m of work.matchAll(OF_THEN_PERCENT)) {
    const [all, x, n, words, pct] = m;
    if (/\b(?:whom|which|them|these|those)\b/i.test(words!)) continue;
    const end = m.index + all.length;
    emit(m.index, end, x!, n!, end - pct!.length, pct!, "x of n (y%)");
  }
}
