/**
 * The two-arm reference values (tests/fixtures/two_arm.json, written by
 * tests/fixtures/generate_two_arm.py with R 4.2.2 + metafor 3.8.1 and statsmodels 0.13.5 /
 * scipy 1.10.1; versions are recorded inside the JSON), typed, with the tolerances of the
 * two-arm tests named once, by kind.
 *
 * @module
 */
import type { RatioFromCIResult } from "../../lib/stats/ratio_from_ci.ts";
import { AssertionError } from "@std/assert";
import raw from "../fixtures/two_arm.json" with { type: "json" };

/** Relative tolerances, by kind of quantity. */
export const TOL = {
  /** Closed forms (Wald, Agresti–Caffo, Newcombe, Katz, Woolf, chi-square statistic). */
  closedForm: 1e-12,
  /** Root-found limits: score intervals, exact conditional limits and estimate. */
  root: 1e-10,
  /** Fisher p-values (sums of hypergeometric probabilities) against R. */
  pValue: 1e-10,
  /**
   * Normal-tail p-values (chi-square, ratioFromCI): limited for now by `normalSf` in
   * lib/stats/distributions.ts (a jStat erfc wrapper, ~1e-12 relative at |z| ≈ 4.5).
   */
  normalTail: 1e-9,
} as const;

/** A number in the fixture: finite numbers as JSON numbers, infinities as strings. */
export type FixtureNumber = number | "Infinity" | "-Infinity";

/** The number a fixture entry stands for. */
export function num(value: FixtureNumber | null | undefined): number {
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  if (typeof value !== "number") throw new TypeError(`fixture value missing: ${value}`);
  return value;
}

/**
 * Asserts |actual − expected| ≤ rel·|expected| + abs. Infinities must match exactly.
 * `abs` (default 1e-15) only matters for expected values at or near 0.
 */
export function assertClose(
  actual: number,
  expected: number,
  rel: number,
  label: string,
  abs = 1e-15,
): void {
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    if (actual !== expected) throw new AssertionError(`${label}: ${actual} !== ${expected}`);
    return;
  }
  const error = Math.abs(actual - expected);
  if (!(error <= rel * Math.abs(expected) + abs)) {
    throw new AssertionError(
      `${label}: ${actual} vs ${expected} (relative error ${error / Math.abs(expected)})`,
    );
  }
}

type Pair = readonly [number, number] | null;
type Triple = readonly [FixtureNumber, FixtureNumber, FixtureNumber] | null;

/** statsmodels' part of one table at one level. */
export interface StatsmodelsRow {
  readonly level: number;
  readonly difference: {
    readonly wald: Pair;
    readonly "agresti-caffo": Pair;
    readonly newcombe: Pair;
    readonly "miettinen-nurminen": { readonly statsmodels: Pair; readonly tight: Triple };
  };
  readonly ratio: {
    readonly "katz-log": Pair;
    readonly koopman: {
      readonly statsmodels: Pair;
      readonly cubic: readonly [FixtureNumber, FixtureNumber] | null;
      readonly tight: Triple;
    };
  };
  readonly "odds-ratio": {
    readonly woolf: Pair;
    readonly "miettinen-nurminen": { readonly statsmodels: Pair; readonly tight: Triple };
  };
}

/** R's fisher.test at one level and alternative. */
export interface FisherRow {
  readonly level: number;
  readonly alternative: "two-sided" | "less" | "greater";
  readonly pValue: number;
  readonly r_default: {
    readonly estimate: FixtureNumber;
    readonly lower: FixtureNumber;
    readonly upper: FixtureNumber;
  };
  readonly tight: {
    readonly estimate: FixtureNumber;
    readonly lower: FixtureNumber;
    readonly upper: FixtureNumber;
  };
}

/** R's chisq.test with or without correction. */
export interface ChisqRow {
  readonly statistic: number;
  readonly pValue: number;
  readonly expected: readonly [readonly [number, number], readonly [number, number]];
  readonly warned: boolean;
}

/** metafor::escalc log ratio (RR or OR) with its default zero-cell rule, and its interval. */
export interface EscalcRow {
  readonly measure: "RR" | "OR";
  readonly level: number;
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** scipy's conditional odds ratio and exact interval (estimate null where scipy gives NaN). */
export interface ScipyConditionalRow {
  readonly level: number;
  readonly alternative: "two-sided" | "less" | "greater";
  readonly estimate: FixtureNumber | null;
  readonly lower: FixtureNumber;
  readonly upper: FixtureNumber;
}

/** One table of the fixture. */
export interface FixtureTable {
  readonly a: { readonly x: number; readonly n: number };
  readonly b: { readonly x: number; readonly n: number };
  readonly fisher: readonly FisherRow[];
  readonly chisq: { readonly correct: ChisqRow; readonly uncorrected: ChisqRow } | null;
  readonly prop_test: { readonly statistic: number; readonly pValue: number } | null;
  readonly escalc: readonly EscalcRow[];
  readonly statsmodels: readonly StatsmodelsRow[];
  readonly scipy_conditional: readonly ScipyConditionalRow[];
}

/** One reported ratio and its closed-form consequences (scipy): the result's fields. */
export type RatioFromCIRow = RatioFromCIResult;

/** The whole fixture. */
export interface TwoArmFixture {
  readonly python_version: string;
  readonly statsmodels_version: string;
  readonly scipy_version: string;
  readonly r_version: string;
  readonly metafor_version: string;
  readonly tables: readonly FixtureTable[];
  readonly ratio_from_ci: readonly RatioFromCIRow[];
}

/** The checked-in reference values. */
export const fixture = raw as unknown as TwoArmFixture;

/** "xa/na vs xb/nb", for assertion labels. */
export function tableLabel(t: FixtureTable): string {
  return `${t.a.x}/${t.a.n} vs ${t.b.x}/${t.b.n}`;
}
