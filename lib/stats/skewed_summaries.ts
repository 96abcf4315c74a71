/**
 * Descriptive summaries for positive, right-skewed quantities reported as a median and range
 * (receptor densities that span orders of magnitude): the fold range max/min, its log10 span,
 * and ratios of medians between groups — with a plain statement of what such a ratio can and
 * cannot mean when the groups hold different (or unknown) patients.
 *
 * These are arithmetic on reported figures, not estimators: no uncertainty is attached, and
 * none can be without the patient-level data.
 *
 * @module
 */
import { requireFinite, requireInteger, requireOneOf } from "./_validate.ts";

function requirePositive(name: string, value: unknown): asserts value is number {
  requireFinite(name, value);
  if (!(value > 0)) {
    throw new RangeError(`\`${name}\` must be > 0 on a log scale, got ${value}`);
  }
}

function requireRange(min: unknown, max: unknown): void {
  requirePositive("min", min);
  requirePositive("max", max);
  if (min > max) throw new RangeError(`\`min\` must be ≤ \`max\` (max = ${max}), got ${min}`);
}

/**
 * The fold range max/min of a positive quantity.
 *
 * @throws {RangeError} when `min` or `max` is not a positive finite number, or min > max
 *
 * @example Boissel 2022, Table 3: receptor density in blood, range 181.0–76,131.0 sABC/cell
 * ```ts
 * import { foldRange } from "./skewed_summaries.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(foldRange(181, 76131), 420.6, 0.05);
 * ```
 */
export function foldRange(min: number, max: number): number {
  requireRange(min, max);
  return max / min;
}

/**
 * The span of a positive range in decades: log10(max/min).
 *
 * @throws {RangeError} when `min` or `max` is not a positive finite number, or min > max
 *
 * @example A range of 2.6 orders of magnitude
 * ```ts
 * import { log10Span } from "./skewed_summaries.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(log10Span(181, 76131), Math.log10(76131 / 181), 1e-15);
 * ```
 */
export function log10Span(min: number, max: number): number {
  requireRange(min, max);
  return Math.log10(max) - Math.log10(min);
}

/**
 * A group's reported median, its sample size and a label for the wording. The label reads
 * after "the median" and after "the n patients": a place or a time (`"in blood"`,
 * `"at baseline"`).
 */
export interface MedianGroup {
  readonly label: string;
  readonly n: number;
  readonly median: number;
}

/**
 * What is known about the patients behind two medians: `"unknown"` (default; the paper does
 * not say), `"same-patients"` (the same individuals, e.g. two compartments sampled in each),
 * `"subset"` (the smaller group's patients are among the larger group's).
 */
export const SAMPLE_RELATIONS = ["unknown", "same-patients", "subset"] as const;
/** One of {@linkcode SAMPLE_RELATIONS}. */
export type SampleRelation = (typeof SAMPLE_RELATIONS)[number];

/** Options of {@linkcode ratioOfMedians}. */
export interface RatioOfMediansOptions {
  /** What is known about the two groups' patients; default `"unknown"`. */
  readonly relation?: SampleRelation;
  /** What the medians are of, for the wording (`"receptor density"`); default none. */
  readonly quantity?: string;
}

/** A ratio of two reported medians, with its inputs and an honest sentence about it. */
export interface MedianRatio {
  readonly numerator: MedianGroup;
  readonly denominator: MedianGroup;
  readonly relation: SampleRelation;
  /** numerator.median / denominator.median. */
  readonly ratio: number;
  readonly log10Ratio: number;
  /** What the ratio does and does not say, for a report or a notebook. */
  readonly wording: string;
}

function show(x: number): string {
  return Number(x.toPrecision(3)).toString();
}

/**
 * The ratio of two groups' medians, with a sentence on what it means given the groups' sizes
 * and what is known of their overlap. A ratio of medians is not the median of per-patient
 * ratios (they can differ arbitrarily) and, between groups of different patients, it mixes any
 * change within patients with the choice of patients measured.
 *
 * @throws {RangeError} when a median is not positive, an n is not an integer ≥ 1, or
 *   `relation` is not one of {@linkcode SAMPLE_RELATIONS}
 *
 * @example Boissel 2022, Table 3: on-treatment (n = 4) vs baseline (n = 10) occupancy in blood
 * ```ts
 * import { ratioOfMedians } from "./skewed_summaries.ts";
 * import { assertAlmostEquals, assertStringIncludes } from "@std/assert";
 * const r = ratioOfMedians(
 *   { label: "on treatment", n: 4, median: 57.96 },
 *   { label: "at baseline", n: 10, median: 61.60 },
 * );
 * assertAlmostEquals(r.ratio, 57.96 / 61.60, 1e-15);
 * assertStringIncludes(r.wording, "4 vs 10 patients");
 * ```
 */
export function ratioOfMedians(
  numerator: MedianGroup,
  denominator: MedianGroup,
  options: RatioOfMediansOptions = {},
): MedianRatio {
  const relation = options.relation ?? "unknown";
  requireOneOf("relation", relation, SAMPLE_RELATIONS);
  requireInteger("numerator.n", numerator.n, 1);
  requireInteger("denominator.n", denominator.n, 1);
  requirePositive("numerator.median", numerator.median);
  requirePositive("denominator.median", denominator.median);
  if (relation === "same-patients" && numerator.n !== denominator.n) {
    throw new RangeError(
      `\`relation\` "same-patients" needs equal n (denominator.n = ${denominator.n}), ` +
        `got numerator.n = ${numerator.n}`,
    );
  }
  const ratio = numerator.median / denominator.median;
  const a = numerator;
  const b = denominator;
  const what = options.quantity === undefined ? "" : `${options.quantity} `;
  const head = `The median ${what}${a.label} is ${show(ratio)} times the median ${b.label} ` +
    `(${a.n} vs ${b.n} patients).`;
  const notPaired = "It is a ratio of two summaries, not the median of per-patient ratios, " +
    "which can differ from it in either direction";
  let body: string;
  if (relation === "same-patients") {
    body = ` Both medians come from the same ${a.n} patients, but without the pairs ` +
      `the within-patient ratios are unknown. ${notPaired}.`;
  } else if (a.n === b.n) {
    body = ` Both medians are of ${a.n} patients, but the report does not say they are the ` +
      `same patients. ${notPaired}.`;
  } else {
    const small = a.n < b.n ? a : b;
    const large = a.n < b.n ? b : a;
    body = (relation === "subset"
      ? ` The ${small.n} patients ${small.label} are among the ${large.n} ${large.label}, `
      : ` The ${small.n} patients ${small.label} may or may not be among the ${large.n} ` +
        `${large.label}, `) +
      `so the ratio mixes any change within patients with which patients were measured. ` +
      `${notPaired}; no uncertainty can be attached from the reported figures.`;
  }
  return {
    numerator: { ...numerator },
    denominator: { ...denominator },
    relation,
    ratio,
    log10Ratio: Math.log10(ratio),
    wording: head + body,
  };
}
