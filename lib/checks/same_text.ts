/**
 * The same list or label printed in two places: the countries of a trial in the text and in a
 * table, the phase a registry number is given in two sentences, the references cited for one
 * result. Each printing is read as a set of items (split at commas, semicolons, slashes and
 * "and"), compared without regard to case, order or surrounding brackets; common country
 * abbreviations count as their names (`US`, `USA`, `United States`).
 *
 * @module
 */

import { type CheckResult, checkResult } from "./result.ts";

/** One of the two printings. */
export interface TextPrinting {
  /** The list or label as printed (`USA, Australia and New Zealand`). */
  readonly reported: string;
  /** Where it stands. */
  readonly where: string;
}

const SEPARATORS = /\s*(?:[,;/]|\band\b|&)\s*/i;

/**
 * The items of a printed list: split at `,`, `;`, `/`, `&` and `and`; trimmed; brackets and a
 * final full stop removed; empty items dropped. `none` (or an empty printing) is no item.
 *
 * @example
 * ```ts
 * import { listItems } from "./same_text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(listItems("USA, Australia and New Zealand"), ["USA", "Australia", "New Zealand"]);
 * assertEquals(listItems("[78]"), ["78"]);
 * assertEquals(listItems("none"), []);
 * ```
 */
export function listItems(text: string): string[] {
  return text.split(SEPARATORS)
    .map((item) => item.replace(/^[\s([{]+|[\s)\]}.]+$/g, "").trim())
    .filter((item) => item !== "" && !/^(?:none|no reference|—|-)$/i.test(item));
}

/**
 * Names written in more than one way that mean the same thing (country names as papers and
 * registries abbreviate them); compared by their first form.
 */
const ALIASES: readonly (readonly string[])[] = [
  ["usa", "us", "u.s.", "u.s.a.", "united states", "united states of america"],
  ["uk", "u.k.", "united kingdom", "great britain"],
  ["nz", "new zealand"],
  ["uae", "united arab emirates"],
  ["russia", "russian federation", "the russian federation"],
  ["south korea", "korea", "republic of korea"],
];
const CANONICAL = new Map(ALIASES.flatMap((names) => names.map((n) => [n, names[0]!])));

const key = (item: string): string => {
  const plain = item.toLowerCase().replace(/\s+/g, " ").replace(/^the /, "");
  return CANONICAL.get(plain) ?? CANONICAL.get(`the ${plain}`) ?? plain;
};

/**
 * Compares two printings of the same list or label: `reproduced` when they name the same
 * items, else a `discrepancy` saying which items only one of them has.
 *
 * @example Aureli 2023, Brown 2021: the text's countries against Table 2's
 * ```ts
 * import { checkSameText } from "./same_text.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkSameText(
 *   { reported: "USA, Australia, New Zealand", where: "§4.1.2" },
 *   { reported: "USA, Canada, Australia, New Zealand", where: "Table 2" },
 * );
 * assertEquals(r.status, "discrepancy");
 * assertStringIncludes(r.explanation, "only Table 2 has Canada");
 * ```
 */
export function checkSameText(self: TextPrinting, other: TextPrinting): CheckResult {
  const mine = listItems(self.reported);
  const theirs = listItems(other.reported);
  const theirKeys = new Set(theirs.map(key));
  const myKeys = new Set(mine.map(key));
  const onlyMine = mine.filter((i) => !theirKeys.has(key(i)));
  const onlyTheirs = theirs.filter((i) => !myKeys.has(key(i)));
  const shown = (items: readonly string[]) => items.length === 0 ? "nothing" : items.join(", ");
  const recomputed = `${other.where}: ${shown(theirs)}`;
  if (onlyMine.length === 0 && onlyTheirs.length === 0) {
    return checkResult(
      "reproduced",
      recomputed,
      `${self.where} and ${other.where} name the same ${
        mine.length === 1 ? "item" : `${mine.length} items`
      }.`,
    );
  }
  const parts: string[] = [];
  if (onlyMine.length > 0) parts.push(`only ${self.where} has ${onlyMine.join(", ")}`);
  if (onlyTheirs.length > 0) parts.push(`only ${other.where} has ${onlyTheirs.join(", ")}`);
  return checkResult(
    "discrepancy",
    recomputed,
    `${self.where} prints ${shown(mine)}; ${other.where} prints ${shown(theirs)}: ` +
      `${parts.join("; ")}.`,
  );
}
