/**
 * Which interval method reproduces a published comparison of two proportions — a difference,
 * a ratio or an odds ratio with its confidence interval?
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { readArm, readLevel } from "./_two_arm.ts";
import { requireOneOf } from "./_validate.ts";
import {
  type Arm,
  compareProportions,
  COMPARISON_MEASURES,
  COMPARISON_METHODS,
  type ComparisonMeasure,
  type ComparisonMethod,
} from "./compare_proportions.ts";
import { ROUNDING_RULES, type RoundingRule } from "./identify_ci_method.ts";

/** Scales a printed comparison can be on: `"percent"` (5.2 means 0.052) or `"proportion"`. */
export const COMPARISON_SCALES = ["proportion", "percent"] as const;
/** One of {@linkcode COMPARISON_SCALES}. */
export type ComparisonScale = (typeof COMPARISON_SCALES)[number];

/**
 * A published comparison as printed (strings, so that "2.30" keeps its two decimals): the
 * interval, and the estimate when the paper prints one. Numbers may be negative ("-0.05" or
 * with the minus sign "−0.05"); an infinite upper limit may be printed "∞", "Inf" or
 * "Infinity".
 */
export interface PrintedComparison {
  /** Point estimate as printed, e.g. `"1.52"`; optional. */
  readonly estimate?: string;
  /** Lower limit as printed, e.g. `"0.98"`. */
  readonly lower: string;
  /** Upper limit as printed, e.g. `"2.36"`. */
  readonly upper: string;
}

/** Options of {@linkcode identifyComparisonMethod}. */
export interface IdentifyComparisonMethodOptions {
  /** Effect measure of the print. Default `"difference"`. */
  readonly measure?: ComparisonMeasure;
  /** Two-sided confidence level. Default 0.95. */
  readonly level?: number;
  /**
   * Scale of the printed numbers. Default: `"percent"` when the printed text (a string
   * `printed`) contains "%", else `"proportion"`. Ratios and odds ratios are always
   * `"proportion"`.
   */
  readonly scale?: ComparisonScale;
  /** How the paper rounded (see {@linkcode RoundingRule}); default `"half-up"`. */
  readonly rounding?: RoundingRule;
}

/** One method's estimate and limits next to the printed ones. */
export interface ComparisonCandidate {
  /** The method. */
  readonly method: ComparisonMethod;
  /** Estimate (on the measure's own scale, full precision). */
  readonly estimate: number;
  /** Lower limit (full precision). */
  readonly lower: number;
  /** Upper limit (full precision). */
  readonly upper: number;
  /** The estimate on the printed scale, rounded as printed (absent when none is printed). */
  readonly estimateText?: string;
  /** The lower limit on the printed scale, rounded as printed. */
  readonly lowerText: string;
  /** The upper limit on the printed scale, rounded as printed. */
  readonly upperText: string;
  /** Every printed number equals the rounded one. */
  readonly matches: boolean;
}

/** Result of {@linkcode identifyComparisonMethod}. */
export interface ComparisonMethodIdentification {
  /** First arm (numerator of the comparison). */
  readonly a: Arm;
  /** Second arm (reference). */
  readonly b: Arm;
  /** The effect measure tried. */
  readonly measure: ComparisonMeasure;
  /** The comparison as printed (a string `printed` is split into its parts). */
  readonly printed: PrintedComparison;
  /** Scale of the printed numbers. */
  readonly scale: ComparisonScale;
  /** Confidence level tried. */
  readonly level: number;
  /** Rounding rule applied. */
  readonly rounding: RoundingRule;
  /** Decimals read from each printed number. */
  readonly decimals: {
    readonly estimate?: number;
    readonly lower: number;
    readonly upper: number;
  };
  /** The methods that reproduce every printed number, in {@linkcode COMPARISON_METHODS} order. */
  readonly matches: readonly ComparisonMethod[];
  /** Every method of the measure with its numbers and rounded strings, so near misses show. */
  readonly candidates: readonly ComparisonCandidate[];
}

/** A printed number: optional sign (hyphen-minus or U+2212), digits, optional decimals. */
const NUMBER = /^[-−]?\d+(\.\d+)?$/;
const INFINITY = /^(∞|Inf|inf|Infinity)$/;
/**
 * The numbers of a printed comparison: a sign is a U+2212 minus, or a hyphen-minus at the start
 * or after a space, bracket, comma or semicolon (so "0.98-2.36" is a range, "(-0.12, 0.03)"
 * has a negative limit); en and em dashes, "to" and commas separate.
 */
const TOKENS = /(?:−|(?<=^|[\s(\[,;])-)?\d+(?:\.\d+)?|∞|Infinity|Inf\b|inf\b/g;

/**
 * Finds which interval methods of {@linkcode compareProportions} reproduce a published
 * comparison of arm `a` with arm `b`: every method of the measure is computed at the given
 * level, put on the printed scale (×100 for `"percent"`), and rounded to the decimals of each
 * printed number ("2.36" → 2, "2.3" → 1; the estimate and the limits may differ). A method
 * matches when every printed number — the estimate too, when printed — equals its rounded
 * value. All candidates are returned, so a near miss is visible.
 *
 * `printed` is either `{ estimate?, lower, upper }` with the numbers as printed, or the text as
 * the paper prints it: "1.52 (0.98–2.36)", "1.52 (95% CI 0.98 to 2.36)" (a number followed by
 * "%" and "CI" is the level and is skipped), "0.98-2.36", "−5.2% (−11.6% to 1.3%)". Three
 * numbers are the estimate and the limits, two are the limits.
 *
 * Rounding, as `identifyCiMethod`: a tie is a fractional part within 1e-9 of ½ of the last
 * digit, broken away from zero (`"half-up"`, default) or to the even digit (`"half-even"`);
 * negative numbers round as their magnitude. A limit printed as 0 matches −0 and +0 alike.
 *
 * The estimate of each method is the one {@linkcode compareProportions} reports: the sample
 * difference, ratio or odds ratio, except the conditional maximum-likelihood estimate of the
 * `"exact"`, `"cornfield-mid-p"` and `"baptista-pike"` odds-ratio intervals and the zero-cell
 * conventions documented there. Leave the estimate out of `printed` to match on the interval
 * alone.
 *
 * @param a First arm `{ x, n }`.
 * @param b Second arm `{ x, n }`.
 * @param printed The comparison as printed (object or text).
 * @param options `measure` (default `"difference"`), `level` (0.95), `scale`, `rounding`
 * (`"half-up"`).
 * @returns The matching methods and every candidate.
 * @throws {TypeError} If `printed` is neither a string nor an object, or a printed number is
 * not a string.
 * @throws {RangeError} For bad counts, level, measure, scale or rounding; a printed number
 * that is not a plain decimal; a text with other than two or three numbers; a percent scale
 * for a ratio or odds ratio.
 *
 * @example Newcombe (1998), Table II, example (a): 56/70 vs 48/80, "0.0524 to 0.3339"
 * ```ts
 * import { identifyComparisonMethod } from "./identify_comparison_method.ts";
 * import { assertEquals } from "@std/assert";
 *
 * const id = identifyComparisonMethod({ x: 56, n: 70 }, { x: 48, n: 80 }, "0.2000 (0.0524 to 0.3339)");
 * assertEquals(id.matches, ["newcombe"]);
 * ```
 *
 * @example A relative risk printed with its interval (Fagerland et al. 2017, Perondi et al.)
 * ```ts
 * import { identifyComparisonMethod } from "./identify_comparison_method.ts";
 * import { assert } from "@std/assert";
 *
 * const id = identifyComparisonMethod(
 *   { x: 7, n: 34 },
 *   { x: 1, n: 34 },
 *   { estimate: "7.00", lower: "1.21", upper: "43.03" },
 *   { measure: "ratio" },
 * );
 * assert(id.matches.includes("miettinen-nurminen") && !id.matches.includes("koopman"));
 * ```
 */
export function identifyComparisonMethod(
  a: Arm,
  b: Arm,
  printed: PrintedComparison | string,
  options: IdentifyComparisonMethodOptions = {},
): ComparisonMethodIdentification {
  const armA = readArm("a", a);
  const armB = readArm("b", b);
  const measure = options.measure ?? "difference";
  requireOneOf("measure", measure, COMPARISON_MEASURES);
  const level = readLevel(options.level);
  const rounding = options.rounding ?? "half-up";
  requireOneOf("rounding", rounding, ROUNDING_RULES);
  const [parts, percentSigns] = readPrinted(printed);
  const scale = options.scale ?? (percentSigns ? "percent" : "proportion");
  requireOneOf("scale", scale, COMPARISON_SCALES);
  if (scale === "percent" && measure !== "difference") {
    throw new RangeError(
      `\`scale\` must be "proportion" for measure "${measure}" (a ratio has no percent scale), ` +
        `got "percent"`,
    );
  }
  const shift = scale === "percent" ? 2 : 0;
  const estimate = parts.estimate === undefined
    ? undefined
    : readNumber("printed.estimate", parts.estimate);
  const lower = readNumber("printed.lower", parts.lower);
  const upper = readNumber("printed.upper", parts.upper);

  const methods: readonly ComparisonMethod[] = COMPARISON_METHODS[measure];
  const candidates = methods.map((method): ComparisonCandidate => {
    const r = compareProportions(armA, armB, { measure, method, level });
    const lowerRounded = roundUnits(r.lower, shift, lower.decimals, rounding);
    const upperRounded = roundUnits(r.upper, shift, upper.decimals, rounding);
    let matches = lowerRounded === lower.units && upperRounded === upper.units;
    let estimateText: string | undefined;
    if (estimate !== undefined) {
      const estimateRounded = roundUnits(r.estimate, shift, estimate.decimals, rounding);
      estimateText = unitsToText(estimateRounded, estimate.decimals);
      matches &&= estimateRounded === estimate.units;
    }
    return Object.freeze({
      method,
      estimate: r.estimate,
      lower: r.lower,
      upper: r.upper,
      ...(estimateText === undefined ? {} : { estimateText }),
      lowerText: unitsToText(lowerRounded, lower.decimals),
      upperText: unitsToText(upperRounded, upper.decimals),
      matches,
    });
  });
  const shown = `${
    parts.estimate === undefined ? "" : `${parts.estimate} `
  }(${parts.lower}–${parts.upper})`;
  return Object.freeze(
    displayAs(
      `Which ${measure} method prints ${shown} for ${armA.x}/${armA.n} vs ${armB.x}/${armB.n}?`,
      {
        a: armA,
        b: armB,
        measure,
        printed: Object.freeze(parts),
        scale,
        level,
        rounding,
        decimals: Object.freeze({
          ...(estimate === undefined ? {} : { estimate: estimate.decimals }),
          lower: lower.decimals,
          upper: upper.decimals,
        }),
        matches: Object.freeze(candidates.filter((c) => c.matches).map((c) => c.method)),
        candidates: Object.freeze(candidates),
      },
    ),
  );
}

/**
 * The printed parts, from an object or from the text as printed, and whether the text carries
 * "%" signs (other than in the level).
 */
function readPrinted(printed: unknown): [PrintedComparison, boolean] {
  if (typeof printed === "string") {
    // Drop a level such as "95% CI" or "95%CI" so its number is not taken for a limit.
    const text = printed.replace(/\b\d+(\.\d+)?\s*%\s*(CI|confidence interval)\b/gi, " ");
    const percent = text.includes("%");
    const numbers = text.match(TOKENS) ?? [];
    if (numbers.length !== 2 && numbers.length !== 3) {
      throw new RangeError(
        "`printed` must hold two numbers (the limits) or three (estimate and limits), got " +
          `${JSON.stringify(printed)} (${numbers.length} numbers)`,
      );
    }
    const [first, second, third] = numbers as [string, string, string?];
    return [
      third === undefined
        ? { lower: first, upper: second }
        : { estimate: first, lower: second, upper: third },
      percent,
    ];
  }
  if (typeof printed !== "object" || printed === null) {
    throw new TypeError(
      `\`printed\` must be an object { estimate?, lower, upper } or the printed text, got ${
        String(printed)
      }`,
    );
  }
  const { estimate, lower, upper } = printed as Record<string, unknown>;
  for (const [name, value] of [["lower", lower], ["upper", upper], ["estimate", estimate]]) {
    if (name === "estimate" && value === undefined) continue;
    if (typeof value !== "string") {
      throw new TypeError(
        `\`printed.${name}\` must be a string as printed, got ${String(value)}`,
      );
    }
  }
  return [
    estimate === undefined
      ? { lower: lower as string, upper: upper as string }
      : { estimate: estimate as string, lower: lower as string, upper: upper as string },
    false,
  ];
}

/** A printed number as integer units of its last digit, with its number of decimals. */
function readNumber(name: string, text: string): { units: number; decimals: number } {
  if (INFINITY.test(text)) return { units: Infinity, decimals: 0 };
  if (!NUMBER.test(text)) {
    throw new RangeError(
      `\`${name}\` must be a decimal number as printed (e.g. "-0.05" or "2.36"), got ${
        JSON.stringify(text)
      }`,
    );
  }
  const negative = text.startsWith("-") || text.startsWith("−");
  const digits = negative ? text.slice(1) : text;
  const dot = digits.indexOf(".");
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const units = Number(digits.replace(".", ""));
  return { units: negative && units !== 0 ? -units : units, decimals };
}

/**
 * value · 10^shift rounded to `decimals` places, as integer units of the last place: the
 * magnitude rounded (a tie within 1e-9 broken up or to even), the sign put back; ±Infinity
 * stays.
 */
function roundUnits(value: number, shift: number, decimals: number, rule: RoundingRule): number {
  if (!Number.isFinite(value)) return value;
  const scaled = Math.abs(value) * 10 ** (shift + decimals);
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  let units: number;
  if (Math.abs(fraction - 0.5) <= 1e-9) {
    units = rule === "half-up" || floor % 2 === 1 ? floor + 1 : floor;
  } else {
    units = fraction > 0.5 ? floor + 1 : floor;
  }
  return value < 0 && units !== 0 ? -units : units;
}

/** Integer units of the last place back to text with `decimals` places ("∞" for Infinity). */
function unitsToText(units: number, decimals: number): string {
  if (units === Infinity) return "∞";
  if (units === -Infinity) return "-∞";
  const digits = String(Math.abs(units)).padStart(decimals + 1, "0");
  const body = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return units < 0 ? `-${body}` : body;
}
