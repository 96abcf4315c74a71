/**
 * Reading numbers as a paper prints them: `87.5%`, `11,093.50`, `0.0%–23.2%`,
 * `33.0 (16.0: 74.0)`, `p < 0.001`, `>3/19`, `three (21.4%)`, `forty-five`,
 * `Two-hundred and eight`, `Fifty percent`. Each number keeps its printed precision (the count of decimals), whether a `%` follows it, an inequality before it, and —
 * for a malformed number such as `68,17.50` — why it is malformed and what it most likely meant.
 *
 * Thousands separators: a comma is read as a thousands separator only when the digits before
 * the first comma are 1–3 and every group after a comma has exactly three digits (`11,093.50`,
 * `76,131.0`). Any other comma between digits (`68,17.50`) makes the number malformed; its
 * likely intended value is the digits with the commas removed (6817.50).
 *
 * Decimal commas: a percentage printed with one comma and no point (`52,5%`, as European
 * journals print it) is read as 52.5% with one decimal when the comma is followed by one, two
 * or four or more digits — no thousands group has that many. With exactly three digits
 * (`12,345%`) it is ambiguous and left malformed, with both readings in its `issue`; a check
 * refuses a malformed percentage rather than guess.
 *
 * Number words: zero to nineteen, the tens, and their compounds with a hyphen or a space
 * (`Twenty-one`, `ninety nine`); hundreds and thousands built from them, with or without
 * hyphens and `and` (`Two-hundred and eight`, `one hundred five`, `three thousand four
 * hundred`). A bare `hundred` or `a hundred` is not read as a number.
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
  /** Whether a `%` (or the word `percent`) follows the number. */
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

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** The value of a number word: below 100 (`forty-five`), or with hundreds and thousands. */
function wordValue(word: string): number {
  let total = 0; // completed thousands
  let current = 0; // the part below a thousand
  for (const w of word.toLowerCase().split(/[-\s]+/)) {
    if (w === "and") continue;
    if (w === "hundred") current *= 100;
    else if (w === "thousand") {
      total += current * 1000;
      current = 0;
    } else {
      const t = TENS.indexOf(w);
      current += t >= 0 ? 20 + 10 * t : UNITS.indexOf(w);
    }
  }
  return total + current;
}

const RELATIONS: Readonly<Record<string, Relation>> = {
  "<": "<",
  ">": ">",
  "≤": "≤",
  "≥": "≥",
  "<=": "≤",
  ">=": "≥",
};

// An optional inequality, an optional minus, digits with commas and one decimal point, an
// optional `%` or `percent`; or a number word: below a hundred (BELOW_100), with hundreds (BELOW_1000), with
// thousands. `[-\s]+` joins the words; `and` may stand before the last part.
const BELOW_100 = `(?:(?:${TENS.join("|")})(?:[-\\s](?:${UNITS.slice(1, 10).join("|")}))?|` +
  `${UNITS.join("|")})`;
const JOIN = String.raw`[-\s]+(?:and[-\s]+)?`;
const BELOW_1000 = `(?:${BELOW_100}[-\\s]+hundred(?:${JOIN}${BELOW_100})?|${BELOW_100})`;
const WORD = `\\b(?:${BELOW_1000}[-\\s]+thousand(?:,?${JOIN}${BELOW_1000})?|${BELOW_1000})\\b`;
const INEQUALITY = String.raw`(?:(<=|>=|≤|≥|<|>)\s*)?`;
const SIGN = String.raw`(?:(?<![\d.])([-−]))?`; // a minus only where it cannot be a range dash
const PERCENT = String.raw`(\s?%|\s+percent\b)?`;
const DIGITS = String.raw`(\d[\d,]*\d(?:\.\d+)?|\d(?:\.\d+)?|\.\d+)` + PERCENT;
const TOKEN = new RegExp(`${INEQUALITY}${SIGN}${DIGITS}|(${WORD})${PERCENT}`, "gi");

function readDigits(
  digits: string,
  percent: boolean,
): { value: number; wellFormed: boolean; issue?: string; decimalComma?: boolean } {
  const [integerPart = "", fraction] = digits.split(".");
  if (!integerPart.includes(",")) return { value: Number(digits), wellFormed: true };
  // A percentage with one comma and no point may use a decimal comma (European journals):
  // `52,5%` is 52.5% — a thousands group has exactly three digits, so one or two digits after
  // the comma can only be decimals. Three digits (`12,345%`) could be either: refused.
  const comma = /^(\d{1,3}),(\d+)$/.exec(digits);
  if (percent && comma !== null) {
    const [, whole, decimals] = comma;
    if (decimals!.length !== 3) {
      return { value: Number(`${whole}.${decimals}`), wellFormed: true, decimalComma: true };
    }
    return {
      value: Number(`${whole}${decimals}`),
      wellFormed: false,
      issue:
        `"${digits}%" is ambiguous: with a decimal comma it is ${whole}.${decimals}%, with a ` +
        `thousands separator ${whole}${decimals}%`,
    };
  }
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

/** A number with where it stands in the text (`text.slice(start, end)` is what was read). */
export interface NumberSpan {
  readonly number: PrintedNumber;
  /** Index of its first character (the inequality, if any, included). */
  readonly start: number;
  /** Index just past its last character. */
  readonly end: number;
}

/**
 * All numbers in a printed text, in order, with where each stands — for readers that look at
 * the words between numbers (`4/14`, `44 of 49`).
 *
 * @example Boissel 2022, Results ¶3: "4/14 (28.6%)"
 * ```ts
 * import { locateNumbers } from "./printed_number.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "4/14 (28.6%)";
 * const [x, n] = locateNumbers(text);
 * assertEquals(text.slice(x!.end, n!.start), "/");
 * ```
 */
export function locateNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [, rel, sign, digits, pct, word, wordPct] = m;
    const start = m.index;
    const end = start + m[0].length;
    const relation = rel === undefined ? undefined : RELATIONS[rel];
    if (word !== undefined) {
      spans.push({
        number: {
          text: word + (wordPct ?? ""),
          value: wordValue(word),
          decimals: 0,
          percent: wordPct !== undefined,
          wellFormed: true,
          word: true,
        },
        start,
        end,
      });
      continue;
    }
    const read = readDigits(digits!, pct !== undefined);
    const negative = sign !== undefined;
    const fraction = read.decimalComma ? digits!.split(",")[1] : digits!.split(".")[1];
    const printed = `${negative ? "-" : ""}${digits}${pct ?? ""}`;
    spans.push({
      number: {
        text: printed,
        value: negative ? -read.value : read.value,
        decimals: fraction === undefined ? 0 : fraction.length,
        percent: pct !== undefined,
        ...(relation === undefined ? {} : { relation }),
        wellFormed: read.wellFormed,
        ...(read.issue === undefined ? {} : { issue: read.issue }),
        word: false,
      },
      start,
      end,
    });
  }
  return spans;
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
 * const [comma] = scanNumbers("52,5%");
 * assertEquals([comma?.value, comma?.decimals, comma?.wellFormed], [52.5, 1, true]);
 * assertEquals(scanNumbers("p < 0.001")[0]?.relation, "<");
 * assertEquals(scanNumbers("Two-hundred and eight children")[0]?.value, 208);
 * ```
 */
export function scanNumbers(text: string): PrintedNumber[] {
  return locateNumbers(text).map((span) => span.number);
}

/**
 * The first number in a printed text, or `undefined` when there is none.
 *
 * @example A cell with no number
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
