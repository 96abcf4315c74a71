/**
 * Reading numbers as a paper prints them: `87.5%`, `11,093.50`, `0.0%–23.2%`,
 * `33.0 (16.0: 74.0)`, `p < 0.001`, `>3/19`, `three (21.4%)`. Each number keeps its printed
 * precision (the count of decimals), whether a `%` follows it, an inequality before it, and —
 * for a malformed number such as `68,17.50` — why it is malformed and what it most likely meant.
 *
 * Thousands separators: a comma is read as a thousands separator only when the digits before
 * the first comma are 1–3 and every group after a comma has exactly three digits (`11,093.50`,
 * `76,131.0`). Any other comma between digits (`68,17.50`) makes the number malformed; its
 * likely intended value is the digits with the commas removed (6817.50).
 *
 * @module
 */

/** An inequality printed before a number (`p < 0.001`, `>3/19`). */
export type Relation = "<" | ">" | "≤" | "≥";

/** One number as printed. */
export interface PrintedNumber {
  /** The characters as printed, sign and `%` included, inequality excluded. */
  readonly text: string;
  /** The value (for a malformed number: the likely intended value, commas removed). */
  readonly value: number;
  /** Digits after the decimal point as printed (`87.50` → 2, `14` → 0). */
  readonly decimals: number;
  /** Whether a `%` follows the number. */
  readonly percent: boolean;
  /** An inequality printed just before the number. */
  readonly relation?: Relation;
  /** Whether it is a well-formed number. */
  readonly wellFormed: boolean;
  /** For a malformed number, why. */
  readonly issue?: string;
  /** Whether it was written as a word (`three`). */
  readonly word: boolean;
}

const WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};

const RELATIONS: Readonly<Record<string, Relation>> = {
  "<": "<",
  ">": ">",
  "≤": "≤",
  "≥": "≥",
  "<=": "≤",
  ">=": "≥",
};

// An optional inequality, an optional minus (only where it cannot be a range dash), digits
// with commas and one decimal point, an optional `%`; or a number word.
const TOKEN =
  /(?:(<=|>=|≤|≥|<|>)\s*)?(?:(?<![\d.])([-−]))?(\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?|\.\d+)(\s?%)?|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/gi;

function readDigits(digits: string): { value: number; wellFormed: boolean; issue?: string } {
  const [integerPart = "", fraction] = digits.split(".");
  if (!integerPart.includes(",")) return { value: Number(digits), wellFormed: true };
  const groups = integerPart.split(",");
  const [head = "", ...rest] = groups;
  const wellFormed = head.length >= 1 && head.length <= 3 && rest.every((g) => g.length === 3);
  const value = Number(groups.join("") + (fraction === undefined ? "" : `.${fraction}`));
  if (wellFormed) return { value, wellFormed };
  const sizes = groups.map((g) => g.length).join("+");
  return {
    value,
    wellFormed: false,
    issue: `"${digits}" is not a well-formed number: a thousands separator must be followed by ` +
      `exactly three digits (digit groups here: ${sizes})`,
  };
}

/**
 * All numbers in a printed text, in order.
 *
 * @example Table cells and a malformed value
 * ```ts
 * import { scanNumbers } from "./printed_number.ts";
 * import { assertEquals } from "@std/assert";
 * const [count, pct] = scanNumbers("12 (87.5%)");
 * assertEquals([count?.value, pct?.value, pct?.decimals, pct?.percent], [12, 87.5, 1, true]);
 * const [bad] = scanNumbers("68,17.50");
 * assertEquals([bad?.wellFormed, bad?.value], [false, 6817.5]);
 * assertEquals(scanNumbers("p < 0.001")[0]?.relation, "<");
 * ```
 */
export function scanNumbers(text: string): PrintedNumber[] {
  const numbers: PrintedNumber[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [, rel, sign, digits, pct, word] = m;
    const relation = rel === undefined ? undefined : RELATIONS[rel];
    if (word !== undefined) {
      numbers.push({
        text: word,
        value: WORDS[word.toLowerCase()]!,
        decimals: 0,
        percent: false,
        wellFormed: true,
        word: true,
      });
      continue;
    }
    const read = readDigits(digits!);
    const negative = sign !== undefined;
    const fraction = digits!.split(".")[1];
    const printed = `${negative ? "-" : ""}${digits}${pct ?? ""}`;
    numbers.push({
      text: printed,
      value: negative ? -read.value : read.value,
      decimals: fraction === undefined ? 0 : fraction.length,
      percent: pct !== undefined,
      ...(relation === undefined ? {} : { relation }),
      wellFormed: read.wellFormed,
      ...(read.issue === undefined ? {} : { issue: read.issue }),
      word: false,
    });
  }
  return numbers;
}

/**
 * The first number in a printed text, or `undefined` when there is none.
 *
 * @example
 * ```ts
 * import { firstNumber } from "./printed_number.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(firstNumber("N = 14")?.value, 14);
 * assertEquals(firstNumber("not reached"), undefined);
 * ```
 */
export function firstNumber(text: string): PrintedNumber | undefined {
  return scanNumbers(text)[0];
}
