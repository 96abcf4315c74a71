/**
 * The same quantity printed in two places (text and table, abstract and results): every
 * number in one must equal the corresponding number in the other, at the coarser of the two
 * printed precisions. A number that is not well formed (`68,17.50`) is reported as a
 * typesetting discrepancy even when its likely intended value agrees, with that value.
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

/**
 * Compares two printings of the same quantity.
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
  const mine = scanNumbers(self.reported);
  const theirs = scanNumbers(other.reported);
  if (mine.length === 0 || mine.length !== theirs.length) {
    throw new RangeError(
      `\`other\` must print as many numbers as this claim: ${JSON.stringify(self.reported)} ` +
        `has ${mine.length}, ${JSON.stringify(other.reported)} has ${theirs.length}`,
    );
  }
  const recomputed = other.reported;
  const problems: string[] = [];
  mine.forEach((a, i) => {
    const b = theirs[i]!;
    const decimals = Math.min(a.decimals, b.decimals);
    const equal = fitsPrinted(a.value, b.value, decimals) &&
      fitsPrinted(b.value, a.value, decimals);
    for (
      const [p, at, q, qat] of [[a, self.where, b, other.where], [
        b,
        other.where,
        a,
        self.where,
      ]] as const
    ) {
      if (p.wellFormed) continue;
      const intended = p.value.toLocaleString("en-US", {
        minimumFractionDigits: p.decimals,
        maximumFractionDigits: p.decimals,
      });
      problems.push(
        `Typesetting: ${p.issue} (${at}). Read without its separator it is ${intended}, which ` +
          (equal
            ? `equals the ${q.text} printed in ${qat}: the intended value is most likely ${intended}.`
            : `still differs from the ${q.text} printed in ${qat}.`),
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
    `${self.where} and ${other.where} print the same value${mine.length > 1 ? "s" : ""}.`,
  );
}
