/**
 * Reading the CD38 figures as printed: single numbers (`11,093.50`, `87.90%`), ranges
 * (`181.0: 76,131.0`, `20.9%–98.4%`) and counts (`10 of 14`). Tokens are read by the shared
 * {@linkcode scanNumbers} (lib/checks/printed_number.ts); a malformed number (`68,17.50`) is
 * flagged with its candidate reading and given no value — never silently fixed.
 *
 * @module
 */
import { scanNumbers } from "../checks/printed_number.ts";
import type { PrintedCount, PrintedFigure, PrintedRange } from "./types.ts";

/**
 * Parses one printed number. The whole string must be one number, optionally followed by `%`.
 *
 * @throws {RangeError} naming `printed` when the string is not exactly one number
 *
 * @example A well-formed number and the Table 3 typesetting error
 * ```ts
 * import { parsePrintedFigure } from "./printed.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parsePrintedFigure("11,093.50").value, 11093.5);
 * const bad = parsePrintedFigure("68,17.50");
 * assertEquals(bad.value, null);
 * assertEquals(bad.flag?.reading, 6817.5);
 * ```
 */
export function parsePrintedFigure(printed: string): PrintedFigure {
  const tokens = scanNumbers(printed);
  const token = tokens[0];
  if (
    typeof printed !== "string" || tokens.length !== 1 || token === undefined ||
    token.word || token.relation !== undefined || token.text !== printed.trim()
  ) {
    throw new RangeError(
      `\`printed\` must be exactly one number (optionally with %), got ${JSON.stringify(printed)}`,
    );
  }
  return {
    printed,
    value: token.wellFormed ? token.value : null,
    decimals: token.decimals,
    percent: token.percent,
    flag: token.wellFormed ? null : {
      kind: "misplaced-thousands-separator",
      reading: token.value,
      message: token.issue ?? `${JSON.stringify(printed)} is not a well-formed number`,
    },
  };
}

/** The separators of a printed range: Table 3's `": "` and the text's en dash. */
export const RANGE_SEPARATORS = [": ", "–"] as const;

/**
 * Parses a printed range `min<sep>max`.
 *
 * @throws {RangeError} naming `printed` when the separator is not found exactly once or a
 *   side is not one number
 *
 * @example Table 3 and Results text
 * ```ts
 * import { parsePrintedRange } from "./printed.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parsePrintedRange("181.0: 76,131.0", ": ").max.value, 76131);
 * assertEquals(parsePrintedRange("20.9%–98.4%", "–").min.percent, true);
 * ```
 */
export function parsePrintedRange(
  printed: string,
  separator: (typeof RANGE_SEPARATORS)[number],
): PrintedRange {
  const parts = printed.split(separator);
  if (parts.length !== 2) {
    throw new RangeError(
      `\`printed\` must be a range "min${separator}max", got ${JSON.stringify(printed)}`,
    );
  }
  return { printed, min: parsePrintedFigure(parts[0]!), max: parsePrintedFigure(parts[1]!) };
}

/**
 * Parses a count printed as `k of n`.
 *
 * @throws {RangeError} naming `printed` unless it reads `k of n` with integers 0 ≤ k ≤ n
 *
 * @example The Results text's "available for 10 of 14 patients"
 * ```ts
 * import { parsePrintedCount } from "./printed.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parsePrintedCount("10 of 14"), { printed: "10 of 14", count: 10, of: 14 });
 * ```
 */
export function parsePrintedCount(printed: string): PrintedCount {
  const m = /^(\d+) of (\d+)$/.exec(printed);
  if (m === null || Number(m[1]) > Number(m[2])) {
    throw new RangeError(
      `\`printed\` must read "k of n" with k ≤ n, got ${JSON.stringify(printed)}`,
    );
  }
  return { printed, count: Number(m[1]), of: Number(m[2]) };
}
