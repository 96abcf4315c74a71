/**
 * Reading summary figures as a paper prints them: single numbers (`11,093.50`, `87.90%`),
 * ranges (`181.0: 76,131.0`, `20.9%–98.4%`, `2 to 12`) and counts (`10 of 14`). Tokens are read
 * by the shared {@linkcode scanNumbers} (lib/checks/printed_number.ts); a malformed number
 * (`68,17.50`) is flagged with its candidate reading and given no value — never silently fixed.
 *
 * @module
 */
import { scanNumbers } from "../checks/printed_number.ts";

/** Why a printed number has no value: it is malformed. */
export interface PrintedFigureFlag {
  /** What is wrong: a comma that is no thousands separator. */
  readonly kind: "misplaced-thousands-separator";
  /** The number read with the commas removed — a candidate, not a correction. */
  readonly reading: number;
  /** Why it is malformed. */
  readonly message: string;
}

/**
 * A number exactly as printed, with its parsed value. A malformed number (`68,17.50`) has
 * `value: null` and a `flag` carrying the candidate reading: nothing downstream gets a number
 * for it unless it chooses to, in the open.
 */
export interface PrintedFigure {
  /** The figure exactly as printed. */
  readonly printed: string;
  /** Its value; `null` when it is malformed. */
  readonly value: number | null;
  /** Digits after the decimal point as printed (`87.50` → 2). */
  readonly decimals: number;
  /** Whether the printed string ends in `%`. */
  readonly percent: boolean;
  /** Why it has no value, for a malformed figure; else `null`. */
  readonly flag: PrintedFigureFlag | null;
}

/** A printed range (`181.0: 76,131.0`, `181.0–76,131.0`). */
export interface PrintedRange {
  /** The range exactly as printed. */
  readonly printed: string;
  /** Its first figure. */
  readonly min: PrintedFigure;
  /** Its second figure. */
  readonly max: PrintedFigure;
}

/** A count printed as "10 of 14". */
export interface PrintedCount {
  /** The count exactly as printed. */
  readonly printed: string;
  /** k of "k of n". */
  readonly count: number;
  /** n of "k of n". */
  readonly of: number;
}

/**
 * Parses one printed number. The whole string must be one number, optionally followed by `%`.
 *
 * @throws {RangeError} naming `printed` when the string is not exactly one number
 *
 * @example A well-formed number and a typesetting error
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
  const tokens = typeof printed === "string" ? scanNumbers(printed) : [];
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

/**
 * The separators of a printed range: `": "` (`181.0: 76,131.0`), the en dash
 * (`20.9%–98.4%`) and `" to "` (`2 to 12`).
 */
export const RANGE_SEPARATORS = [": ", "–", " to "] as const;
/** One of {@linkcode RANGE_SEPARATORS}. */
export type RangeSeparator = (typeof RANGE_SEPARATORS)[number];

/**
 * Parses a printed range `min<separator>max`. Without `separator`, exactly one of
 * {@linkcode RANGE_SEPARATORS} must split the string in two.
 *
 * @throws {RangeError} naming `printed` when the separator is not found exactly once (or, with
 *   no separator given, none or several fit) or a side is not one number
 *
 * @example A table's "Minimum: Maximum" cell and a range in running text
 * ```ts
 * import { parsePrintedRange } from "./printed.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parsePrintedRange("181.0: 76,131.0", ": ").max.value, 76131);
 * assertEquals(parsePrintedRange("20.9%–98.4%").min.percent, true);
 * ```
 */
export function parsePrintedRange(printed: string, separator?: RangeSeparator): PrintedRange {
  if (typeof printed !== "string") {
    throw new RangeError(`\`printed\` must be a range "min: max", got ${String(printed)}`);
  }
  const candidates = separator === undefined
    ? RANGE_SEPARATORS.filter((s) => printed.split(s).length === 2)
    : [separator];
  const used = candidates[0];
  const parts = used === undefined ? [] : printed.split(used);
  if (candidates.length !== 1 || parts.length !== 2) {
    const shape = separator === undefined
      ? RANGE_SEPARATORS.map((s) => `"min${s}max"`).join(" or ")
      : `"min${separator}max"`;
    throw new RangeError(`\`printed\` must be a range ${shape}, got ${JSON.stringify(printed)}`);
  }
  return { printed, min: parsePrintedFigure(parts[0]!), max: parsePrintedFigure(parts[1]!) };
}

/**
 * Parses a count printed as `k of n`.
 *
 * @throws {RangeError} naming `printed` unless it reads `k of n` with integers 0 ≤ k ≤ n
 *
 * @example "available for 10 of 14 patients"
 * ```ts
 * import { parsePrintedCount } from "./printed.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(parsePrintedCount("10 of 14"), { printed: "10 of 14", count: 10, of: 14 });
 * ```
 */
export function parsePrintedCount(printed: string): PrintedCount {
  const m = typeof printed === "string" ? /^(\d+) of (\d+)$/.exec(printed) : null;
  if (m === null || Number(m[1]) > Number(m[2])) {
    throw new RangeError(
      `\`printed\` must read "k of n" with k ≤ n, got ${JSON.stringify(printed)}`,
    );
  }
  return { printed, count: Number(m[1]), of: Number(m[2]) };
}
