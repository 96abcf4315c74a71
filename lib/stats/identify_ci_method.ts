/**
 * Which confidence-interval method reproduces a published interval for a proportion?
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { binomialCI, CI_METHODS, CI_SIDES, type CiMethod, type CiSides } from "./binomial_ci.ts";
import { requireCounts, requireOneOf, requireOpenUnit } from "./_validate.ts";

/** Scales an interval can be printed on. */
export const REPORTED_SCALES = ["percent", "proportion"] as const;

/** `"percent"` (23.2 means 0.232) or `"proportion"`. */
export type ReportedScale = (typeof REPORTED_SCALES)[number];

/** Rounding rules for the last printed digit. */
export const ROUNDING_RULES = ["half-up", "half-even"] as const;

/**
 * `"half-up"` (default): a tie goes up, as most statistical software prints. `"half-even"`: a
 * tie goes to the even digit (IEEE 754 and R's `round`).
 */
export type RoundingRule = (typeof ROUNDING_RULES)[number];

/** A published interval, bounds as printed (strings, so "23.20" keeps its two decimals). */
export interface ReportedInterval {
  /** Lower bound as printed, e.g. `"0.0"`. */
  readonly lower: string;
  /** Upper bound as printed, e.g. `"23.2"`. */
  readonly upper: string;
  /** Scale of the printed bounds. */
  readonly scale: ReportedScale;
}

/** Options of {@linkcode identifyCiMethod}. */
export interface IdentifyCiMethodOptions {
  /** Confidence level. Default 0.95. */
  readonly level?: number;
  /** Sides. Default `"two-sided"`. */
  readonly sides?: CiSides;
  /** How the paper rounded. Default `"half-up"`. */
  readonly rounding?: RoundingRule;
}

/** One method's bounds next to the printed ones. */
export interface CandidateInterval {
  /** The method. */
  readonly method: CiMethod;
  /** Lower bound (a proportion, full precision). */
  readonly lower: number;
  /** Upper bound (a proportion, full precision). */
  readonly upper: number;
  /** Lower bound on the reported scale, rounded to the printed decimals. */
  readonly lowerText: string;
  /** Upper bound on the reported scale, rounded to the printed decimals. */
  readonly upperText: string;
  /** Both rounded bounds equal the printed ones. */
  readonly matches: boolean;
}

/** Result of {@linkcode identifyCiMethod}. */
export interface CiMethodIdentification {
  /** Number of events. */
  readonly x: number;
  /** Number of trials. */
  readonly n: number;
  /** The interval as printed. */
  readonly reported: ReportedInterval;
  /** Confidence level tried. */
  readonly level: number;
  /** Sides tried. */
  readonly sides: CiSides;
  /** Rounding rule applied. */
  readonly rounding: RoundingRule;
  /** Decimals read from the printed strings. */
  readonly decimals: { readonly lower: number; readonly upper: number };
  /** The methods whose rounded bounds equal the printed ones, in {@linkcode CI_METHODS} order. */
  readonly matches: readonly CiMethod[];
  /** Every method's bounds and rounded strings, so near misses are visible. */
  readonly candidates: readonly CandidateInterval[];
}

const NUMBER_TEXT = /^\d+(\.\d+)?$/;

/**
 * Finds which interval methods reproduce a published confidence interval for x/n.
 *
 * Each method of {@linkcode CI_METHODS} is computed at the given level and sides, put on the
 * printed scale (×100 for `"percent"`), and rounded to the number of decimals of the printed
 * string ("23.2" → 1, "23.20" → 2, "23" → 0; the lower and upper bounds may differ). A method
 * matches when both rounded strings equal the printed strings. All candidates are returned,
 * so a near miss (one digit off in the last place) is visible.
 *
 * Rounding: the value v·10ᵈ (d decimals) is rounded to an integer; a tie is a fractional part
 * within 1e-9 of ½ — so that a bound that is a decimal tie (0.025 at two decimals) but not
 * exactly one in binary floating point still follows the rule — broken up (`"half-up"`,
 * default) or to the even digit (`"half-even"`).
 *
 * @param x Number of events, an integer in [0, n].
 * @param n Number of trials, an integer ≥ 1.
 * @param reported The printed interval: bounds as strings of digits with an optional decimal
 * part, and their scale.
 * @param options Level (default 0.95), sides (default two-sided), rounding (default half-up).
 * @returns The matching methods and every candidate.
 * @throws {TypeError} If a printed bound is not a string.
 * @throws {RangeError} If a printed bound is not a plain non-negative decimal, or for invalid
 * counts, level, sides, scale or rounding.
 *
 * @example Boissel 2022, Table 2: no CR/CRi in 14 patients, "0 (0.0%–23.2%)"
 * ```ts
 * import { identifyCiMethod } from "./identify_ci_method.ts";
 * import { assert } from "@std/assert";
 *
 * const id = identifyCiMethod(0, 14, { lower: "0.0", upper: "23.2", scale: "percent" });
 * assert(id.matches.includes("clopper-pearson"));
 * ```
 */
export function identifyCiMethod(
  x: number,
  n: number,
  reported: ReportedInterval,
  options: IdentifyCiMethodOptions = {},
): CiMethodIdentification {
  requireCounts(x, n);
  if (typeof reported !== "object" || reported === null) {
    throw new TypeError(`\`reported\` must be an object, got ${String(reported)}`);
  }
  const lowerDecimals = decimalsOf("reported.lower", reported.lower);
  const upperDecimals = decimalsOf("reported.upper", reported.upper);
  requireOneOf("reported.scale", reported.scale, REPORTED_SCALES);
  const level = options.level ?? 0.95;
  requireOpenUnit("level", level);
  const sides = options.sides ?? "two-sided";
  requireOneOf("sides", sides, CI_SIDES);
  const rounding = options.rounding ?? "half-up";
  requireOneOf("rounding", rounding, ROUNDING_RULES);

  const shift = reported.scale === "percent" ? 2 : 0;
  const candidates = CI_METHODS.map((method): CandidateInterval => {
    const ci = binomialCI(x, n, { method, level, sides });
    const lowerText = roundToText(ci.lower, shift, lowerDecimals, rounding);
    const upperText = roundToText(ci.upper, shift, upperDecimals, rounding);
    const matches = lowerText === reported.lower && upperText === reported.upper;
    return Object.freeze({
      method,
      lower: ci.lower,
      upper: ci.upper,
      lowerText,
      upperText,
      matches,
    });
  });
  return Object.freeze(
    displayAs(`Which method prints ${reported.lower}–${reported.upper} for ${x} of ${n}?`, {
      x,
      n,
      reported: Object.freeze({ ...reported }),
      level,
      sides,
      rounding,
      decimals: Object.freeze({ lower: lowerDecimals, upper: upperDecimals }),
      matches: Object.freeze(candidates.filter((c) => c.matches).map((c) => c.method)),
      candidates: Object.freeze(candidates),
    }),
  );
}

function decimalsOf(name: string, text: unknown): number {
  if (typeof text !== "string") {
    throw new TypeError(`\`${name}\` must be a string as printed, got ${String(text)}`);
  }
  if (!NUMBER_TEXT.test(text)) {
    throw new RangeError(
      `\`${name}\` must be a non-negative decimal as printed (e.g. "23.2"), got ${
        JSON.stringify(text)
      }`,
    );
  }
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** value · 10^shift rounded to `decimals` places, as a string built from the integer. */
function roundToText(value: number, shift: number, decimals: number, rule: RoundingRule): string {
  const scaled = value * 10 ** (shift + decimals);
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let units: number;
  if (Math.abs(fraction - 0.5) <= 1e-9) {
    units = rule === "half-up" || floor % 2 === 1 ? floor + 1 : floor;
  } else {
    units = fraction > 0.5 ? floor + 1 : floor;
  }
  const digits = String(units).padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
