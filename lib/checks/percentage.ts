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
import { locateNumbers, type NumberSpan, type PrintedNumber } from "./printed_number.ts";
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
  /**
   * Another denominator the paper gives for the same group (the enrolled where `n` is the
   * treated, the evaluable where `n` is all): the explanation says whether it would print the
   * percentage. The status is decided by `n` alone.
   */
  readonly altN?: number;
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
// Between a fraction and its percentage: `4/14 (`, `44 of 49 patients (`, `35/36 or `,
// `35/36, `.
const BEFORE_PARENTHESIS = /^[\s\p{L}-]*(?:\(|,|\bor\b|=)?\s*$/u;
// "half" as a percentage (50%), where no number carries a `%`.
const HALF = /\bhalf\b/i;
// Between a percentage and the parenthesis of its fraction: `43% (`.
const INTO_PARENTHESIS = /^\s*\(\s*$/;

/**
 * The percentage and the count (and denominator) printed with it in a cell: the percentage is
 * the first number with a `%`, else the second number (`11 (78.6)`), else the only one. The
 * count is the number just before it (`12 (87.5%)`), or — when a fraction is printed next to
 * it — the fraction's numerator, with its denominator: `4/14 (28.6%)`, `44 of 49 patients
 * (90%)`, `43% (81/189)`. Where no number carries a `%`, the word `half` is read as 50%
 * (printed without decimals) with the first printed fraction: `half of the patients (11/22)`.
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
  const { percent, count, denominator } = locatePercentage(reported);
  return {
    percent: percent.number,
    ...(count === undefined ? {} : { count: count.number }),
    ...(denominator === undefined ? {} : { denominator: denominator.number }),
  };
}

/** {@linkcode readPercentage} with where each number stands in the text. */
function locatePercentage(
  reported: string,
): { percent: NumberSpan; count?: NumberSpan; denominator?: NumberSpan } {
  const spans = locateNumbers(reported);
  const at = spans.findIndex((s) => s.number.percent);
  const half = at < 0 ? HALF.exec(reported) : null;
  if (half !== null) {
    // "half of the patients (11/22)": the word is the percentage (50% exactly, printed without
    // decimals), the first printed fraction its count and denominator.
    const percent: NumberSpan = {
      number: {
        text: half[0],
        value: 50,
        decimals: 0,
        percent: true,
        wellFormed: true,
        word: true,
      },
      start: half.index,
      end: half.index + half[0].length,
    };
    for (let i = 0; i + 1 < spans.length; i++) {
      if (FRACTION_JOIN.test(reported.slice(spans[i]!.end, spans[i + 1]!.start))) {
        return { percent, count: spans[i]!, denominator: spans[i + 1]! };
      }
    }
    return { percent };
  }
  const index = at >= 0 ? at : spans.length >= 2 ? 1 : 0;
  const percent = spans[index];
  if (percent === undefined) {
    throw new TypeError(`\`reported\` must contain a percentage, got ${JSON.stringify(reported)}`);
  }
  const between = (a: number, b: number) => reported.slice(spans[a]!.end, spans[b]!.start);
  const fraction = (i: number) => {
    const x = spans[i];
    const n = spans[i + 1];
    if (x === undefined || n === undefined || x.number.percent || n.number.percent) {
      return undefined;
    }
    if (!FRACTION_JOIN.test(between(i, i + 1))) return undefined;
    return { percent, count: x, denominator: n };
  };
  if (index >= 2 && BEFORE_PARENTHESIS.test(between(index - 1, index))) {
    const before = fraction(index - 2);
    if (before !== undefined) return before;
  }
  if (index + 2 < spans.length && INTO_PARENTHESIS.test(between(index, index + 1))) {
    const after = fraction(index + 1);
    if (after !== undefined) return after;
  }
  const count = index > 0 ? spans[index - 1] : undefined;
  return count === undefined ? { percent } : { percent, count };
}

/** `reported` with the number at `span` printed as `value` instead (keeping its `%`, if any). */
function reprint(reported: string, span: NumberSpan, value: string): string {
  const printed = reported.slice(span.start, span.end);
  const at = printed.indexOf(span.number.text.replace("%", "").replace(/^-/, ""));
  const digits = span.number.text.replace(/%$/, "").replace(/^-/, "");
  if (at < 0) return value;
  return reported.slice(0, span.start) + printed.slice(0, at) + value +
    printed.slice(at + digits.length) + reported.slice(span.end);
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
  const at = (k: number) => `${k}/${n} = ${formatAt((100 * k) / n, d + 2)}%`;
  if (counts.length > 0) {
    // Only shown possible: a count fits, but none is printed to re-derive it from.
    const fitting = counts.length === 1
      ? `${counts[0]}/${n}`
      : counts.length <= 3
      ? `${counts.slice(0, -1).join(", ")} or ${counts.at(-1)} of ${n}`
      : `${counts[0]}–${counts.at(-1)} of ${n}`;
    return checkResult(
      "consistent",
      fitting,
      `No count is printed; out of ${n}, ${shown} fits a count of ${listOf(counts)} ` +
        `(${at(counts[0]!)}${counts.length > 1 ? ", …" : ""}).`,
    );
  }
  const below = Math.floor((p * n) / 100);
  const flank = [below, below + 1].filter((k) => k >= 0 && k <= n).map(at).join(" and ");
  return checkResult(
    "discrepancy",
    `${nearest}/${n} = ${formatAt((100 * nearest) / n, d)}%`,
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
 * assertEquals([r.status, r.recomputed], ["discrepancy", "12 (85.7%)"]);
 * assertStringIncludes(r.explanation, "8, 16, 24");
 * assertEquals(checkPercentage({ reported: "11 (78.6)", n: 14 }).status, "reproduced");
 * ```
 *
 * @example Aureli 2023, §4.1.1 (TOWER): "34%" of 271, no count printed — only shown possible
 * ```ts
 * import { checkPercentage } from "./percentage.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkPercentage({ reported: "34%", n: 271 });
 * assertEquals(r.status, "consistent");
 * assertStringIncludes(r.explanation, "fits a count of 91, 92, 93");
 * ```
 */
export function checkPercentage(input: PercentageInput): CheckResult {
  const { reported, n } = input;
  requireInteger("n", n, 1);
  if (input.altN !== undefined) requireInteger("altN", input.altN, 1);
  const located = locatePercentage(reported);
  const { percent, count, denominator } = readPercentage(reported);
  if (!percent.wellFormed) {
    throw new TypeError(
      `\`reported\` prints a percentage that cannot be read without guessing: ${percent.issue}`,
    );
  }
  const d = percent.decimals;
  const p = percent.value;
  const shown = `${percent.text}${percent.percent ? "" : "%"}`;
  const x = input.x ?? count?.value;
  const sentences: string[] = [];
  if (denominator !== undefined && denominator.value !== n) {
    sentences.push(`The printed denominator ${denominator.text} differs from the n = ${n} used.`);
  }
  // Another denominator (`altN`): what it would print, said plainly whether or not `n` fits.
  const alternative = (): string[] => {
    const m = input.altN;
    if (m === undefined || m === n) return [];
    const lead = `With ${m} as the denominator instead of ${n},`;
    if (x !== undefined && x <= m) {
      const e = (100 * x) / m;
      return [
        `${lead} ${x}/${m} = ${formatAt(e, d + 2)}% ` +
        (fitsPrinted(e, p, d) ? `prints as ${shown}.` : `would print as ${formatAt(e, d)}%.`),
      ];
    }
    const counts = countsPrinting(p, d, m);
    return [
      counts.length > 0
        ? `${lead} ${shown} fits ${listOf(counts.map((k) => `${k}/${m}`))}.`
        : `${lead} no count prints ${shown}.`,
    ];
  };
  if (x === undefined) {
    const r = anyCount(p, d, n, shown);
    const extra = alternative();
    return extra.length === 0
      ? r
      : checkResult(r.status, r.recomputed, [r.explanation, ...extra].join(" "));
  }
  requireInteger("x", x);
  if (x > n) throw new RangeError(`\`x\` must be an integer in [0, n] (n = ${n}), got ${x}`);
  const exact = (100 * x) / n;
  const value = formatAt(exact, d);
  const recomputed =
    located.count !== undefined && input.x === undefined && !located.percent.number.word
      ? reprint(reported, located.percent, value)
      : `${x}/${n} = ${value}%`;
  if (input.x !== undefined && count !== undefined && count.value !== input.x) {
    sentences.push(`The printed count ${count.text} differs from the count ${x} used.`);
  }
  const fits = fitsPrinted(exact, p, d);
  if (fits && sentences.length === 0) {
    return checkResult(
      "reproduced",
      recomputed,
      [`${x}/${n} = ${formatAt(exact, d + 2)}% prints as ${value}%.`, ...alternative()].join(" "),
    );
  }
  if (!fits) {
    sentences.unshift(
      `${x}/${n} = ${formatAt(exact, d + 2)}% prints as ${value}%, not ${shown}.`,
    );
    if (truncatesTo(exact, p, d)) {
      sentences.push(`Truncating (not rounding) ${x}/${n} gives ${shown}.`);
    }
    const counts = countsPrinting(p, d, n);
    sentences.push(
      counts.length > 0
        ? `Out of ${n}, ${shown} fits a count of ${listOf(counts)}.`
        : `No count out of ${n} prints as ${shown}.`,
    );
    sentences.push(...otherDenominators(p, d, n, shown, x));
  }
  sentences.push(...alternative());
  return checkResult("discrepancy", recomputed, sentences.join(" "));
}
