/**
 * The same quantity printed in two places (text and table, abstract and results): every
 * number in one must equal the corresponding number in the other, at the coarser of the two
 * printed precisions. A number that is not well formed (`68,17.50`) is reported as a
 * typesetting discrepancy of the claim that prints it, even when its likely intended value
 * agrees (with that value); the other printing's claim stays reproduced, with a remark.
 *
 * @module
 */

import { type PrintedNumber, scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { fitsPrinted } from "./rounding.ts";

/** One of the two printings. */
export interface Printing {
  /** The number(s) as printed. */
  readonly reported: string;
  /** Where it stands (`Table 3, Median, Bone marrow`). */
  readonly where: string;
}

function oneDigitApart(a: string, b: string): string | undefined {
  if (a.length !== b.length) return undefined;
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return at.length === 1 ? `${a[at[0]!]} vs ${b[at[0]!]}` : undefined;
}

function digits(p: PrintedNumber): string {
  return p.text.replace(/[%,\s]/g, "");
}

// A count of zero in words: "No patient achieved CR", "none of the patients".
const ZERO_WORDS = /^\s*(?:no|none|nobody|neither)\b/i;

/** The numbers printed; a printing with none that opens with "No …"/"None" prints a zero. */
function numbersOf(reported: string): PrintedNumber[] {
  const numbers = scanNumbers(reported);
  if (numbers.length > 0 || !ZERO_WORDS.test(reported)) return numbers;
  const word = ZERO_WORDS.exec(reported)![0].trim();
  return [{ text: word, value: 0, decimals: 0, percent: false, wellFormed: true, word: true }];
}

/**
 * Compares two printings of the same quantity, number by number. When one prints fewer
 * numbers, only the first ones of the other are compared (a count `12` against `12 (87.5%)`).
 * A printing without digits that opens with `No`, `None`, `Nobody` or `Neither` ("No patient
 * achieved CR") is a count of zero.
 *
 * @example Boissel 2022: Results "87.90%" vs Table 3 "87.50"; Table 3 "68,17.50" vs text "6817.50"
 * ```ts
 * import { checkSameValue } from "./same_value.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const text = { reported: "87.90%", where: "Results" };
 * const table = { reported: "87.50", where: "Table 3" };
 * assertEquals(checkSameValue(text, table).status, "discrepancy");
 * const typo = checkSameValue({ reported: "68,17.50", where: "Table 3" }, {
 *   reported: "6817.50",
 *   where: "Results",
 * });
 * assertEquals(typo.status, "discrepancy");
 * assertStringIncludes(typo.explanation, "6,817.50");
 * ```
 */
export function checkSameValue(self: Printing, other: Printing): CheckResult {
  const mine = numbersOf(self.reported);
  const theirs = numbersOf(other.reported);
  if (mine.length === 0 || theirs.length === 0) {
    throw new RangeError(
      `\`other\` and this claim must both print a number: ${JSON.stringify(self.reported)} ` +
        `has ${mine.length}, ${JSON.stringify(other.reported)} has ${theirs.length}`,
    );
  }
  // A printing with fewer numbers is compared with the first ones of the other ("12" with
  // "12 (87.5%)": the count only).
  const compared = Math.min(mine.length, theirs.length);
  mine.length = compared;
  theirs.length = compared;
  const recomputed = other.reported;
  const problems: string[] = [];
  const remarks: string[] = [];
  mine.forEach((a, i) => {
    const b = theirs[i]!;
    const decimals = Math.min(a.decimals, b.decimals);
    const equal = fitsPrinted(a.value, b.value, decimals) &&
      fitsPrinted(b.value, a.value, decimals);
    const intended = (p: PrintedNumber) =>
      p.value.toLocaleString("en-US", {
        minimumFractionDigits: p.decimals,
        maximumFractionDigits: p.decimals,
      });
    // A malformed number is this claim's problem only when it is printed here; the other
    // printing's typesetting is that claim's to report.
    if (!a.wellFormed) {
      problems.push(
        `Typesetting: ${a.issue} (${self.where}). Read without its separator it is ` +
          `${intended(a)}, which ` +
          (equal
            ? `equals the ${b.text} printed in ${other.where}: the intended value is most likely ` +
              `${intended(a)}.`
            : `still differs from the ${b.text} printed in ${other.where}.`),
      );
    } else if (!b.wellFormed && equal) {
      remarks.push(
        `${other.where} prints it as ${b.text}, malformed (${b.issue}); read without its ` +
          `separator it equals ${a.text}.`,
      );
    }
    if (!equal) {
      const apart = oneDigitApart(digits(a), digits(b));
      problems.push(
        `${self.where} prints ${a.text}, ${other.where} prints ${b.text}` +
          (apart === undefined ? "" : ` (one digit apart: ${apart})`) +
          `: the two printings of the same quantity disagree, so at least one is a typo.`,
      );
    }
  });
  if (problems.length > 0) return checkResult("discrepancy", recomputed, problems.join(" "));
  return checkResult(
    "reproduced",
    recomputed,
    [
      `${self.where} and ${other.where} print the same value${mine.length > 1 ? "s" : ""}.`,
      ...remarks,
    ].join(" "),
  );
}
