/**
 * A percentage against its count and denominator, at the printed precision — the
 * proportion analogue of the GRIM test: with n patients only the values k/n·100 (k = 0…n) can
 * be printed, so a printed percentage that no k gives is impossible.
 *
 * Reference: Brown, N. J. L., and J. A. J. Heathers. 2017. "The GRIM Test: A Simple Technique
 * Detects Numerous Anomalies in the Reporting of Results in Psychology." Social Psychological
 * and Personality Science 8 (4): 363–369. doi:10.1177/1948550616673876
 *
 * @module
 */

import { requireInteger } from "../stats/_validate.ts";
import { locateNumbers, type PrintedNumber } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { fitsPrinted, formatAt, listOf, truncatesTo } from "./rounding.ts";

/** Inputs of {@linkcode checkPercentage}. */
export interface PercentageInput {
  /**
   * The printed cell or phrase: `12 (87.5%)`, `11 (78.6)`, `87.5%`, `43% (81/189)`,
   * `4/14 (28.6%)`, `44 of 49 patients (90%)`.
   */
  readonly reported: string;
  /** The denominator. */
  readonly n: number;
  /**
   * The count; default: the count printed with the percentage (`12 (87.5%)`, `4/14 (28.6%)`,
   * `43% (81/189)`). When there is none, the check asks whether any count out of `n` prints
   * the percentage.
   */
  readonly x?: number;
}

/** What {@linkcode readPercentage} finds in a printed cell. */
export interface PrintedPercentage {
  /** The percentage (with or without its `%`). */
  readonly percent: PrintedNumber;
  /** The count printed with it: before the parenthesis, or the x of `x/n` or `x of n`. */
  readonly count?: PrintedNumber;
  /** The n of a fraction printed with it (`4/14 (28.6%)`, `43% (81/189)`, `44 of 49 (90%)`). */
  readonly denominator?: PrintedNumber;
}

// Between the two numbers of a printed fraction: `4/14`, `44 of 49`, `16 out of 45`.
const FRACTION_JOIN = /^\s*(?:\/|(?:out\s+)?of)\s*$/i;
// Between a fraction and the parenthesis of its percentage: `4/14 (`, `44 of 49 patients (`.
const BEFORE_PARENTHESIS = /^[\s\p{L}-]*\(\s*$/u;
// Between a percentage and the parenthesis of its fraction: `43% (`.
const INTO_PARENTHESIS = /^\s*\(\s*$/;

/**
 * The percentage and the count (and denominator) printed with it in a cell: the percentage is
 * the first number with a `%`, else the second number (`11 (78.6)`), else the only one. The
 * count is the number just before it (`12 (87.5%)`), or — when a fraction is printed next to
 * it — the fraction's numerator, with its denominator: `4/14 (28.6%)`, `44 of 49 patients
 * (90%)`, `43% (81/189)`.
 *
 * @example A Table 1 cell without the percent sign, and a fraction
 * ```ts
 * import { readPercentage } from "./percentage.ts";
 * import { assertEquals } from "@std/assert";
 * const { percent, count } = readPercentage("11 (78.6)");
 * assertEquals([count?.value, percent.value, percent.decimals], [11, 78.6, 1]);
 * // Boissel 2022, Results ¶3: "the disease progressed in 4/14 (28.6%) patients"
 * const f = readPercentage("4/14 (28.6%)");
 * assertEquals([f.count?.value, f.denominator?.value, f.percent.value], [4, 14, 28.6]);
 * ```
 */
export function readPercentage(reported: string): PrintedPercentage {
  const spans = locateNumbers(reported);
  const at = spans.findIndex((s) => s.number.percent);
  const index = at >= 0 ? at : spans.length >= 2 ? 1 : 0;
  const percent = spans[index];
  if (percent === undefined) {
    throw new TypeError(`\`reported\` must contain a percentage, got ${JSON.stringify(reported)}`);
  }
  const between = (a: number, b: number) => reported.slice(spans[a]!.end, spans[b]!.start);
  const fraction = (i: number): PrintedPercentage | undefined => {
    const x = spans[i];
    const n = spans[i + 1];
    if (x === undefined || n === undefined || x.number.percent || n.number.percent) {
      return undefined;
    }
    if (!FRACTION_JOIN.test(between(i, i + 1))) return undefined;
    return { percent: percent.number, count: x.number, denominator: n.number };
  };
  if (index >= 2 && BEFORE_PARENTHESIS.test(between(index - 1, index))) {
    const before = fraction(index - 2);
    if (before !== undefined) return before;
  }
  if (index + 2 < spans.length && INTO_PARENTHESIS.test(between(index, index + 1))) {
    const after = fraction(index + 1);
    if (after !== undefined) return after;
  }
  const count = index > 0 ? spans[index - 1]!.number : undefined;
  return count === undefined ? { percent: percent.number } : { percent: percent.number, count };
}

/**
 * The denominators d in [1, `upTo`] for which some count k ≤ d prints as `printed` at
 * `decimals` decimals (e.g. 87.5% → 8, 16, 24, …).
 *
 * @example Boissel 2022, Table 2: which denominators print 87.5%
 * ```ts
 * import { denominatorsFitting } from "./percentage.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(denominatorsFitting(87.5, 1, 40), [8, 16, 24, 32, 40]);
 * ```
 */
export function denominatorsFitting(printed: number, decimals: number, upTo: number): number[] {
  const fitting: number[] = [];
  for (let d = 1; d <= upTo; d++) {
    const k = Math.round((printed * d) / 100);
    for (const c of [k - 1, k, k + 1]) {
      if (c >= 0 && c <= d && fitsPrinted((100 * c) / d, printed, decimals)) {
        fitting.push(d);
        break;
      }
    }
  }
  return fitting;
}

/**
 * The counts k in [0, n] whose percentage 100·k/n prints as `printed` at `decimals` decimals.
 *
 * @example "34%" of 271 (TOWER, Aureli 2023 §4.1.1) fits 91, 92 and 93
 * ```ts
 * import { countsPrinting } from "./percentage.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(countsPrinting(34, 0, 271), [91, 92, 93]);
 * ```
 */
export function countsPrinting(printed: number, decimals: number, n: number): number[] {
  const counts: number[] = [];
  for (let k = 0; k <= n; k++) if (fitsPrinted((100 * k) / n, printed, decimals)) counts.push(k);
  return counts;
}

/** Where else the printed value could come from: denominators with the same count, or any. */
function otherDenominators(p: number, d: number, n: number, shown: string, x?: number): string[] {
  const sentences: string[] = [];
  const upTo = Math.max(2 * n, n + 10);
  if (x !== undefined) {
    const sameCount: number[] = [];
    for (let m = Math.max(1, x); m <= upTo; m++) {
      if (fitsPrinted((100 * x) / m, p, d)) sameCount.push(m);
    }
    if (sameCount.length > 0) {
      sentences.push(`With ${x} as count, ${shown} needs a denominator of ${listOf(sameCount)}.`);
    }
  }
  const any = denominatorsFitting(p, d, upTo);
  const near = [...any].sort((a, b) => Math.abs(a - n) - Math.abs(b - n) || a - b).slice(0, 8);
  sentences.push(
    any.length === 0
      ? `No denominator up to ${upTo} can print ${shown}.`
      : near.length < any.length
      ? `The denominators nearest ${n} that can print ${shown}: ${
        listOf(near.sort((a, b) => a - b))
      } (${any.length} up to ${upTo}).`
      : `Denominators up to ${upTo} that can print ${shown}: ${listOf(any)}.`,
  );
  return sentences;
}

/** No count printed or given: does any count out of n print the percentage? */
function anyCount(p: number, d: number, n: number, shown: string): CheckResult {
  const counts = countsPrinting(p, d, n);
  const nearest = Math.min(n, Math.max(0, Math.round((p * n) / 100)));
  const recomputed = `${formatAt((100 * nearest) / n, d)}%`;
  const at = (k: number) => `${k}/${n} = ${formatAt((100 * k) / n, d + 2)}%`;
  if (counts.length > 0) {
    return checkResult(
      "reproduced",
      recomputed,
      `No count is printed; out of ${n}, ${shown} fits a count of ${listOf(counts)} ` +
        `(${at(counts[0]!)}${counts.length > 1 ? ", …" : ""}).`,
    );
  }
  const below = Math.floor((p * n) / 100);
  const flank = [below, below + 1].filter((k) => k >= 0 && k <= n).map(at).join(" and ");
  return checkResult(
    "discrepancy",
    recomputed,
    [
      `No count is printed. No count out of ${n} prints as ${shown} (${flank}).`,
      ...otherDenominators(p, d, n, shown),
    ].join(" "),
  );
}

/**
 * Checks a printed percentage against x/n at its printed precision. For a discrepancy the
 * explanation says what x/n prints as, which counts of n would print the value, which
 * denominators would give it with the same count, and which denominators near n could print
 * it at all. When no count is printed and none is given, it asks whether any count out of n
 * prints the percentage. A count or denominator printed in `reported` that differs from the
 * one used is a discrepancy too.
 *
 * @example Boissel 2022, Table 2: "Progressive disease, n (%) 12 (87.5%)" with N = 14
 * ```ts
 * import { checkPercentage } from "./percentage.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkPercentage({ reported: "12 (87.5%)", n: 14 });
 * assertEquals([r.status, r.recomputed], ["discrepancy", "85.7%"]);
 * assertStringIncludes(r.explanation, "8, 16, 24");
 * assertEquals(checkPercentage({ reported: "11 (78.6)", n: 14 }).status, "reproduced");
 * ```
 *
 * @example Aureli 2023, §4.1.1 (TOWER): "34%" of 271, no count printed
 * ```ts
 * import { checkPercentage } from "./percentage.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkPercentage({ reported: "34%", n: 271 });
 * assertEquals(r.status, "reproduced");
 * assertStringIncludes(r.explanation, "fits a count of 91, 92, 93");
 * ```
 */
export function checkPercentage(input: PercentageInput): CheckResult {
  const { reported, n } = input;
  requireInteger("n", n, 1);
  const { percent, count, denominator } = readPercentage(reported);
  const d = percent.decimals;
  const p = percent.value;
  const shown = `${percent.text}${percent.percent ? "" : "%"}`;
  const x = input.x ?? count?.value;
  const sentences: string[] = [];
  if (denominator !== undefined && denominator.value !== n) {
    sentences.push(`The printed denominator ${denominator.text} differs from the n = ${n} used.`);
  }
  if (x === undefined) return anyCount(p, d, n, shown);
  requireInteger("x", x);
  if (x > n) throw new RangeError(`\`x\` must be an integer in [0, n] (n = ${n}), got ${x}`);
  const exact = (100 * x) / n;
  const recomputed = `${formatAt(exact, d)}%`;
  if (input.x !== undefined && count !== undefined && count.value !== input.x) {
    sentences.push(`The printed count ${count.text} differs from the count ${x} used.`);
  }
  const fits = fitsPrinted(exact, p, d);
  if (fits && sentences.length === 0) {
    return checkResult(
      "reproduced",
      recomputed,
      `${x}/${n} = ${formatAt(exact, d + 2)}% prints as ${recomputed}.`,
    );
  }
  if (!fits) {
    sentences.unshift(
      `${x}/${n} = ${formatAt(exact, d + 2)}% prints as ${recomputed}, not ${shown}.`,
    );
    if (truncatesTo(exact, p, d)) {
      sentences.push(`Truncating (not rounding) ${x}/${n} gives ${shown}.`);
    }
    const counts: number[] = [];
    for (let k = 0; k <= n; k++) if (fitsPrinted((100 * k) / n, p, d)) counts.push(k);
    sentences.push(
      counts.length > 0
        ? `Out of ${n}, ${shown} fits a count of ${listOf(counts)}.`
        : `No count out of ${n} prints as ${shown}.`,
    );
    sentences.push(...otherDenominators(p, d, n, shown, x));
  }
  return checkResult("discrepancy", recomputed, sentences.join(" "));
}
