/**
 * Regular-expression pieces shared by the extractors: a count (digits or a number word), a
 * percentage, a decimal, a p-value, the dashes and words that join two limits. Every piece is
 * bounded (no nested unbounded repetition), so matching is linear in the text.
 *
 * @module
 */

import { firstNumber } from "../checks/printed_number.ts";

const UNITS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|" +
  "fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const HYPHEN = "[-‐‑\\s]"; // a hyphen (ASCII, U+2010, U+2011) or a space between number words
const BELOW_100 = `(?:(?:${TENS})(?:${HYPHEN}(?:one|two|three|four|five|six|seven|eight|nine))?|` +
  `(?:${UNITS}))`;

/**
 * A number word below a thousand (`three`, `Forty-five`, `Fifty‐eight`, `One hundred and
 * fifty`), not the end of a longer word or compound. Needs the `u` flag.
 */
export const WORD_NUMBER = `(?<![\\p{L}\\-‐‑])\\b(?:${BELOW_100}(?:${HYPHEN}hundred(?:${HYPHEN}` +
  `(?:and${HYPHEN})?${BELOW_100})?)?)(?![-‐‑\\w])`;

/** Digits of a count after a `/` or a word: `12`, `1,234` (not followed by decimals). */
export const BARE_COUNT = String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?!\d|[.,]\d)`;

/** Digits of a count: `12`, `1,234` (not part of a longer number, a range or a decimal). */
export const DIGITS_COUNT = String.raw`(?<![\p{L}\d.,/^±×+−\-–])` + BARE_COUNT;

/** A count in digits or words. */
export const COUNT = `(?:${DIGITS_COUNT}|${WORD_NUMBER})`;

/** A decimal number (no sign): `87.5`, `.04`, `12`. */
export const DECIMAL = String.raw`(?<![\d.])(?:\d+(?:\.\d+)?|\.\d+)(?![\d])`;

/**
 * A percentage with its sign, `87.5%`, `12 %` — not a confidence level (`95% CI`,
 * `95% confidence interval`, `90% CrI`).
 */
export const PERCENT = String.raw`(?<![\d.])\d{1,3}(?:\.\d+)?\s?%` +
  String.raw`(?!\s*(?:CI\b|C\.I\.|CrI|UI\b|PI\b|conf|cred|uncert|predict|interval|range|level))`;

/**
 * What may follow a percentage printed in brackets with its count: a closing bracket, or a
 * separator that does not start a list of percentages (`10/20 (24.3%, 42.4%, …)`).
 */
export const AFTER_BRACKETED = String.raw`(?=\s*[)\]]|\s*[,;](?!\s*\d+(?:\.\d+)?\s?%))`;

/**
 * What makes the number after it a bound or an approximation, not a value a count can be checked
 * against (`more than 71% of 20`, `almost 1/4 (22.0%)`, `nearly 40%`). Anchored at the end.
 */
export const BOUND_BEFORE =
  /\b(?:(?:more|less|fewer|greater|higher|lower)\s+than|over|under|above|below|nearly|almost|about|approximately|approx\.|around|roughly|circa|up\s+to|at\s+least|at\s+most|in\s+excess\s+of)\s*$|[~≈]\s*$/iu;

/**
 * What makes the count after it the complement of the group's share (`all but one of 74
 * (98.6%)`, `except two (96%)`). Anchored at the end.
 */
export const EXCEPT_BEFORE = /\b(?:all\s+but|except(?:\s+for)?|other\s+than|apart\s+from)\s*$/iu;

/** The dash or word between two limits: `–`, `-`, ` to `, `, `. */
export const RANGE_JOIN = String.raw`\s*(?:[-–—−‑]|to|,|;)\s*`;

/** A p-value as printed: `p = 0.03`, `P < .001`, `p=0.63`. */
export const P_VALUE =
  String.raw`\b[pP]\s*(?:value\s*)?(?:[=<>≤≥]|<=|>=)\s*(?:0?\.\d+|[01](?:\.0+)?)` +
  String.raw`(?:\s*[x×]\s*10\s*[-−–]\s*\d+)?`;

/**
 * The largest denominator the extractor reads: beyond it a count is a population, not a trial
 * arm (and the percentage check's search for other denominators is linear in n).
 */
export const MAX_N = 100_000;

/**
 * The value of a count as printed (digits with thousands separators, or words).
 *
 * @example Digits, separators and words
 * ```ts
 * import { countValue } from "./patterns.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals([countValue("1,234"), countValue("Forty-five"), countValue("1.5")], [1234, 45, undefined]);
 * ```
 */
export function countValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(trimmed)) return Number(trimmed.replaceAll(",", ""));
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const n = firstNumber(trimmed);
  return n !== undefined && n.word && n.text.length === trimmed.length ? n.value : undefined;
}

/**
 * The value and decimals of a printed percentage (`87.5%` → 87.5, 1).
 *
 * @example Decimals as printed
 * ```ts
 * import { percentValue } from "./patterns.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(percentValue("87.50 %"), { value: 87.5, decimals: 2 });
 * ```
 */
export function percentValue(text: string): { value: number; decimals: number } {
  const digits = text.replace(/\s?%$/, "").trim();
  const dot = digits.indexOf(".");
  return { value: Number(digits), decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}
