/**
 * A printed median (with its minimum and maximum) against a frequency table of the same
 * variable. The sample median of N ordered values is the value at position (N + 1)/2, or the
 * mean of the values at N/2 and N/2 + 1 when N is even (Hyndman and Fan 1996, definition 2
 * and the usual convention for the median); a frequency table fixes those positions unless
 * they fall in an open category such as "≥ 8".
 *
 * Reference: Hyndman, R. J., and Y. Fan. 1996. "Sample Quantiles in Statistical Packages."
 * The American Statistician 50 (4): 361–365. doi:10.1080/00031305.1996.10473566
 *
 * @module
 */

import { requireFinite, requireInteger } from "../stats/_validate.ts";
import { scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { fitsPrinted, formatAt } from "./rounding.ts";

/** One category of a frequency table: a value, or an open category "≥ value". */
export interface Category {
  readonly value: number;
  readonly open: boolean;
}

/**
 * Reads a category label: `5` → {5, closed}; `>=8`, `≥8` → {8, open}.
 *
 * @example An open top category
 * ```ts
 * import { parseCategory } from "./median_distribution.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parseCategory(">=8"), { value: 8, open: true });
 * ```
 */
export function parseCategory(label: string): Category {
  const m = /^\s*(>=|≥)?\s*(-?\d+(?:\.\d+)?)\s*$/.exec(label);
  if (m === null) {
    throw new TypeError(
      `\`values\` items must be numbers or ">=number", got ${JSON.stringify(label)}`,
    );
  }
  return { value: Number(m[2]), open: m[1] !== undefined };
}

/** Inputs of {@linkcode checkMedianDistribution}. */
export interface MedianDistributionInput {
  /** The printed summary: `5.50 (2.0: 12.0)` (median, then optionally minimum and maximum). */
  readonly reported: string;
  /** The categories in increasing order; only the last may be open. */
  readonly categories: readonly Category[];
  /** The count in each category. */
  readonly counts: readonly number[];
  /** The stated number of patients, if any (checked against the sum of the counts). */
  readonly n?: number;
}

type Located = { value: number; open: boolean };

function valueAt(position: number, categories: readonly Category[], counts: readonly number[]) {
  let seen = 0;
  for (let i = 0; i < categories.length; i++) {
    seen += counts[i]!;
    if (position <= seen) return categories[i]!;
  }
  throw new RangeError(`position ${position} is beyond the ${seen} counted values`);
}

/**
 * Checks a median, minimum and maximum against a frequency table.
 *
 * @example Boissel 2022, Table 1: prior lines 5.50 (2.0: 12.0) with 2,2,2,1,1,1 and ≥8: 5
 * ```ts
 * import { checkMedianDistribution, parseCategory } from "./median_distribution.ts";
 * import { assertEquals } from "@std/assert";
 * const r = checkMedianDistribution({
 *   reported: "5.50 (2.0: 12.0)",
 *   categories: ["2", "3", "4", "5", "6", "7", ">=8"].map(parseCategory),
 *   counts: [2, 2, 2, 1, 1, 1, 5],
 * });
 * assertEquals([r.status, r.recomputed], ["reproduced", "5.50 (2.0: ≥8)"]);
 * ```
 */
export function checkMedianDistribution(input: MedianDistributionInput): CheckResult {
  const { reported, categories, counts } = input;
  if (categories.length !== counts.length || categories.length === 0) {
    throw new RangeError(
      `\`values\` and \`counts\` must have the same non-zero length, got ${categories.length} and ${counts.length}`,
    );
  }
  categories.forEach((c, i) => {
    requireFinite(`values[${i}]`, c.value);
    if (c.open && i !== categories.length - 1) {
      throw new RangeError(
        `\`values\`: only the last category may be open, got ≥${c.value} at ${i}`,
      );
    }
    if (i > 0 && !(c.value > categories[i - 1]!.value)) {
      throw new RangeError(
        `\`values\` must increase, got ${categories[i - 1]!.value} then ${c.value}`,
      );
    }
  });
  counts.forEach((c, i) => requireInteger(`counts[${i}]`, c));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) throw new RangeError("`counts` must not all be 0");
  const [median, min, max] = scanNumbers(reported);
  if (median === undefined) {
    throw new TypeError(`\`reported\` must contain a median, got ${JSON.stringify(reported)}`);
  }

  const problems: string[] = [];
  const notes: string[] = [];
  if (input.n !== undefined && input.n !== total) {
    problems.push(`the counts add up to ${total}, not the stated ${input.n}`);
  }
  const show = (c: Located, d: number) => (c.open ? `≥${c.value}` : formatAt(c.value, d));

  const lo = valueAt(Math.floor((total + 1) / 2), categories, counts);
  const hi = valueAt(Math.ceil((total + 1) / 2), categories, counts);
  let medianShown: string;
  let derivable = true;
  if (lo.open || hi.open) {
    derivable = false;
    medianShown = `≥${formatAt(lo.open ? lo.value : (lo.value + hi.value) / 2, median.decimals)}`;
    notes.push(`the middle of the ${total} values falls in the open category ≥${hi.value}`);
  } else {
    const m = (lo.value + hi.value) / 2;
    medianShown = formatAt(m, median.decimals);
    const how = total % 2 === 1
      ? `value ${(total + 1) / 2} of ${total} is ${lo.value}`
      : `values ${total / 2} and ${total / 2 + 1} of ${total} are ${lo.value} and ${hi.value}`;
    if (fitsPrinted(m, median.value, median.decimals)) notes.push(`median: ${how}`);
    else problems.push(`median: ${how}, so the median is ${medianShown}, not ${median.text}`);
  }

  const first = categories[counts.findIndex((c) => c > 0)]!;
  const last = categories[counts.length - 1 - [...counts].reverse().findIndex((c) => c > 0)]!;
  const parts = [medianShown];
  if (min !== undefined) {
    parts.push(show(first, min.decimals));
    if (first.open ? min.value < first.value : !fitsPrinted(first.value, min.value, min.decimals)) {
      problems.push(
        `the lowest non-empty category is ${show(first, min.decimals)}, not ${min.text}`,
      );
    }
  }
  if (max !== undefined) {
    parts.push(show(last, max.decimals));
    if (last.open) {
      if (max.value < last.value) {
        problems.push(`the maximum ${max.text} lies below the open category ≥${last.value}`);
      } else notes.push(`maximum ${max.text} lies in the open category ≥${last.value}`);
    } else if (!fitsPrinted(last.value, max.value, max.decimals)) {
      problems.push(`the highest non-empty category is ${last.value}, not ${max.text}`);
    }
  }
  const recomputed = parts.length === 1 ? parts[0]! : `${parts[0]} (${parts.slice(1).join(": ")})`;
  if (problems.length > 0) {
    return checkResult("discrepancy", recomputed, `${cap(problems.join("; "))}.`);
  }
  if (!derivable) return checkResult("not-derivable", recomputed, `${cap(notes.join("; "))}.`);
  return checkResult("reproduced", recomputed, `${cap(notes.join("; "))}.`);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
