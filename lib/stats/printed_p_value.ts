/**
 * Reading a p-value as a paper prints it (`0.29`, `p < 0.001`, `P = .03`, `p = 2.3 × 10⁻⁶`,
 * `NS`, `P > 0.05`) and deciding whether a computed p-value fits the print.
 *
 * This is the numerical core's own reader (the core imports nothing from `lib/checks/`). It
 * knows only the syntax of a p-value; general printed numbers (thousands separators, words,
 * percentages) are read by `lib/checks/printed_number.ts`. Its rule for a printed value is the
 * project's rounding rule of `lib/checks/rounding.ts` (`fitsPrinted`), which the tests check.
 *
 * @module
 */
import { requireOpenUnit } from "./_validate.ts";

/** How a printed p relates to its number; `"ns"` is "not significant". */
export const P_RELATIONS = ["=", "<", "≤", ">", "≥", "ns"] as const;
/** One of {@link P_RELATIONS}. */
export type PRelation = (typeof P_RELATIONS)[number];

/** A p-value as printed. */
export interface PrintedP {
  /** The text as given. */
  readonly text: string;
  /** `"="` for a printed value (also when no sign is printed), or the printed inequality. */
  readonly relation: PRelation;
  /** The printed number; for `"ns"` the significance level it stands for. */
  readonly value: number;
  /**
   * Decimal places the number is printed to: `0.29` → 2, `.030` → 3, `2.3 × 10⁻⁶` → 7
   * (one decimal of the mantissa, shifted by the exponent).
   */
  readonly decimals: number;
}

/** Options of {@link readPrintedP}. */
export interface ReadPrintedPOptions {
  /** The significance level "NS" stands for, in (0, 1). Default 0.05. */
  readonly alpha?: number;
}

const RELATION_WORDS: Readonly<Record<string, PRelation>> = {
  "=": "=",
  "<": "<",
  ">": ">",
  "≤": "≤",
  "⩽": "≤",
  "<=": "≤",
  "=<": "≤",
  "≥": "≥",
  "⩾": "≥",
  ">=": "≥",
  "=>": "≥",
};
const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  "⁻": "-",
  "⁺": "+",
};

const PREFIX = String.raw`(?:p(?:[\s-]*values?)?\s*[:=]?\s*)?`;
const NOT_SIGNIFICANT = new RegExp(
  String.raw`^${PREFIX}(?:n\.?\s?s\.?|not\s+significant|non-?significant)$`,
  "i",
);
const VALUE = new RegExp(
  String.raw`^(?:p(?:[\s-]*values?)?\s*:?\s*)?(<=|>=|=<|=>|[=<>≤≥⩽⩾])?\s*` +
    String.raw`(\d+(?:\.\d*)?|\.\d+)?` + // mantissa (absent in "10⁻⁶")
    String.raw`(?:\s*(?:e|(?:[×x*·]\s*)?10\s*\^?)\s*([-+−]?\d+))?$`,
  "i",
);

/**
 * Reads a p-value as printed.
 *
 * Accepted: an optional `p`, `P`, `p-value` or `p value` (with `:` or `=`), an optional
 * relation (`=`, `<`, `>`, `≤`, `≥`, `<=`, `>=`), and a number: a decimal (`0.29`, `.03`),
 * scientific (`2.3e-6`, `2.3 × 10⁻⁶`, `2.3x10^-6`) or a power of ten (`10⁻⁶`). "NS", "n.s.",
 * "not significant" and "non-significant" read as relation `"ns"` at level `alpha`. A bare
 * number is a printed value (`"="`).
 *
 * @param text The p-value as printed.
 * @param options The level "NS" stands for (default 0.05).
 * @returns The relation, the number and its printed decimals.
 * @throws {TypeError} If `text` is not a string.
 * @throws {RangeError} If `text` is not a p-value, or its number is not in [0, 1].
 *
 * @example Values, bounds and "NS"
 * ```ts
 * import { readPrintedP } from "./printed_p_value.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(readPrintedP("0.29"), { text: "0.29", relation: "=", value: 0.29, decimals: 2 });
 * assertEquals(readPrintedP("p < 0.001").relation, "<");
 * assertEquals(readPrintedP("P = 2.3 × 10⁻⁶").decimals, 7);
 * assertEquals(readPrintedP("NS").relation, "ns");
 * ```
 */
export function readPrintedP(text: string, options: ReadPrintedPOptions = {}): PrintedP {
  if (typeof text !== "string") {
    throw new TypeError(`\`printed\` must be a string as printed, got ${String(text)}`);
  }
  const alpha = options.alpha ?? 0.05;
  requireOpenUnit("alpha", alpha);
  const normal = text.trim().replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]/g, (c) => SUPERSCRIPTS[c] ?? c)
    .replace(/−/g, "-");
  if (NOT_SIGNIFICANT.test(normal)) {
    return Object.freeze({ text, relation: "ns", value: alpha, decimals: decimalsOf(alpha) });
  }
  const match = VALUE.exec(normal);
  const [, sign, mantissa, exponent] = match ?? [];
  if (match === null || (mantissa === undefined && exponent === undefined)) {
    throw new RangeError(`\`printed\` must be a p-value as printed, got ${JSON.stringify(text)}`);
  }
  const powerOnly = mantissa === undefined;
  const shift = exponent === undefined ? 0 : Number(exponent);
  const digits = powerOnly ? "1" : mantissa;
  const dot = digits.indexOf(".");
  const mantissaDecimals = dot < 0 ? 0 : digits.length - dot - 1;
  const value = Number(`${digits}e${shift}`);
  if (!(value >= 0 && value <= 1)) {
    throw new RangeError(
      `\`printed\` must be a p-value in [0, 1], got ${JSON.stringify(text)} (${value})`,
    );
  }
  return Object.freeze({
    text,
    relation: sign === undefined ? "=" : RELATION_WORDS[sign] ?? "=",
    value,
    decimals: mantissaDecimals - shift,
  });
}

function decimalsOf(value: number): number {
  const [, fraction = ""] = String(value).split(".");
  return fraction.length;
}

/**
 * Whether a computed p-value fits a printed one.
 *
 * - A printed value (`"="`) fits when p lies within half a unit of its last printed decimal:
 *   |p − value| ≤ ½·10^−decimals, ties included on both sides (half-up and half-even
 *   rounding both accepted) — the rule of `lib/checks/rounding.ts` `fitsPrinted`, with its
 *   floating-point slack taken relative to the half unit (1e-9 of it) so that it also holds
 *   for `2.3 × 10⁻⁶`. Truncation is not accepted.
 * - An inequality is read literally: `p < 0.001` needs p < 0.001, so a p of 0.0010 or 0.0012,
 *   which some software prints as "0.001", does not fit it (the printed bound would be
 *   wrong); `≤`, `>` and `≥` likewise.
 * - "NS" fits p ≥ alpha: "significant" means p < alpha, so "not significant" means its
 *   negation. `P > 0.05` is the inequality and fits p > 0.05; the two differ only at p = 0.05
 *   exactly.
 *
 * @param p The computed p-value, in [0, 1].
 * @param printed The printed p-value, from {@link readPrintedP}.
 * @returns Whether p fits the print.
 * @throws {RangeError} If `p` is not in [0, 1].
 *
 * @example 0.2871 prints as 0.29; 0.0012 is not "< 0.001"
 * ```ts
 * import { fitsPrintedP, readPrintedP } from "./printed_p_value.ts";
 * import { assert } from "@std/assert";
 * assert(fitsPrintedP(0.2871, readPrintedP("0.29")));
 * assert(!fitsPrintedP(0.0012, readPrintedP("p < 0.001")));
 * assert(fitsPrintedP(0.31, readPrintedP("NS")));
 * ```
 */
export function fitsPrintedP(p: number, printed: PrintedP): boolean {
  if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
    throw new RangeError(`\`p\` must be a probability in [0, 1], got ${String(p)}`);
  }
  switch (printed.relation) {
    case "<":
      return p < printed.value;
    case "≤":
      return p <= printed.value;
    case ">":
      return p > printed.value;
    case "≥":
    case "ns":
      return p >= printed.value;
    default: {
      const half = 0.5 * 10 ** -printed.decimals;
      return Math.abs(p - printed.value) <= half * (1 + 1e-9);
    }
  }
}
