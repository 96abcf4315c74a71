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
import { type PrintedNumber, scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { fitsPrinted, formatAt, listOf, truncatesTo } from "./rounding.ts";

/** Inputs of {@linkcode checkPercentage}. */
export interface PercentageInput {
  /** The printed cell or phrase: `12 (87.5%)`, `11 (78.6)`, `87.5%`, `43% (81/189)`. */
  readonly reported: string;
  /** The denominator. */
  readonly n: number;
  /** The count; default: the count printed before the parenthesis in `reported`. */
  readonly x?: number;
}

/**
 * The percentage and (if printed before it) the count in a printed cell: the first number with
 * a `%`, else the second number (`11 (78.6)`), else the only one.
 *
 * @example A Table 1 cell without the percent sign
 * ```ts
 * import { readPercentage } from "./percentage.ts";
 * import { assertEquals } from "@std/assert";
 * const { percent, count } = readPercentage("11 (78.6)");
 * assertEquals([count?.value, percent.value, percent.decimals], [11, 78.6, 1]);
 * ```
 */
export function readPercentage(
  reported: string,
): { percent: PrintedNumber; count?: PrintedNumber } {
  const numbers = scanNumbers(reported);
  const at = numbers.findIndex((p) => p.percent);
  const index = at >= 0 ? at : numbers.length >= 2 ? 1 : 0;
  const percent = numbers[index];
  if (percent === undefined) {
    throw new TypeError(`\`reported\` must contain a percentage, got ${JSON.stringify(reported)}`);
  }
  const count = index > 0 ? numbers[index - 1] : undefined;
  return count === undefined ? { percent } : { percent, count };
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
 * Checks a printed percentage against x/n at its printed precision. For a discrepancy the
 * explanation says what x/n prints as, which counts of n would print the value, which
 * denominators would give it with the same count, and which denominators near n could print
 * it at all.
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
 */
export function checkPercentage(input: PercentageInput): CheckResult {
  const { reported, n } = input;
  requireInteger("n", n, 1);
  const { percent, count } = readPercentage(reported);
  const x = input.x ?? count?.value;
  if (x === undefined) {
    throw new TypeError(`\`x\` is required: no count is printed in ${JSON.stringify(reported)}`);
  }
  requireInteger("x", x);
  if (x > n) throw new RangeError(`\`x\` must be an integer in [0, n] (n = ${n}), got ${x}`);
  const d = percent.decimals;
  const p = percent.value;
  const exact = (100 * x) / n;
  const recomputed = `${formatAt(exact, d)}%`;
  const shown = `${percent.text}${percent.percent ? "" : "%"}`;
  const sentences: string[] = [];
  const printedCountDiffers = input.x !== undefined && count !== undefined &&
    !count.word && count.value !== input.x;
  if (printedCountDiffers) {
    sentences.push(`The printed count ${count.text} differs from the count ${x} used.`);
  }
  if (fitsPrinted(exact, p, d) && !printedCountDiffers) {
    return checkResult(
      "reproduced",
      recomputed,
      `${x}/${n} = ${formatAt(exact, d + 2)}% prints as ${recomputed}.`,
    );
  }
  if (!fitsPrinted(exact, p, d)) {
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
    const upTo = Math.max(2 * n, n + 10);
    const sameCount: number[] = [];
    for (let m = Math.max(1, x); m <= upTo; m++) {
      if (fitsPrinted((100 * x) / m, p, d)) sameCount.push(m);
    }
    if (sameCount.length > 0) {
      sentences.push(`With ${x} as count, ${shown} needs a denominator of ${listOf(sameCount)}.`);
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
  }
  return checkResult("discrepancy", recomputed, sentences.join(" "));
}
