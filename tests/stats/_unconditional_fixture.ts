/**
 * The reference values of the exact unconditional tests, Fisher's mid-p and the z-tests
 * (tests/fixtures/unconditional.json, written by tests/fixtures/generate_unconditional.py
 * with Debian's scipy 1.10.1, statsmodels 0.13.5 and mpmath 1.2.1; versions are recorded
 * inside the JSON), typed, with the tolerances of those tests named once, by kind.
 *
 * @module
 */
import raw from "../fixtures/unconditional.json" with { type: "json" };

/** Relative tolerances, by kind of quantity. */
export const TOL = {
  /**
   * Exact unconditional p-values against the independent reference (exact region, dense grid
   * refined, value in mpmath): both are sums of binomial and hypergeometric terms, each
   * correct to about N·ε.
   */
  supremum: 1e-11,
  /**
   * scipy's `barnard_exact`/`boschloo_exact` p-values: `shgo` from 32 Sobol points may stop
   * short of the supremum; measured on the fixture: at most 5.4e-11 relative below it.
   */
  scipyGrid: 1e-9,
  /**
   * scipy's own evaluation error (binomial terms summed from log-gamma): measured at most
   * 6.4e-12 relative above the supremum.
   */
  scipyEvaluation: 1e-11,
  /** Closed forms (z statistics). */
  closedForm: 1e-13,
  /** Normal tails (z-test p-values), limited by `normalSf`. */
  normalTail: 1e-9,
  /** Sums of exact hypergeometric probabilities (mid-p). */
  pValue: 1e-12,
  /** Root-found limits (mid-p interval). */
  root: 1e-9,
} as const;

/** A number in the fixture: finite numbers as JSON numbers, infinities as strings. */
export type FixtureNumber = number | "Infinity" | "-Infinity";

/** The number a fixture entry stands for. */
export function num(value: FixtureNumber): number {
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return value;
}

/** The three alternatives, as the tests name them. */
export type Alternative = "two-sided" | "less" | "greater";

/** Barnard's test at one alternative and variance. */
export interface BarnardRow {
  readonly test: "barnard";
  readonly alternative: Alternative;
  readonly pooled: boolean;
  readonly scipy: { readonly statistic: FixtureNumber; readonly pValue: number };
  readonly exact: { readonly pValue: number; readonly nuisance: number };
  readonly float_region: { readonly pValue: number };
}

/** Boschloo's test at one alternative. */
export interface BoschlooRow {
  readonly test: "boschloo";
  readonly alternative: Alternative;
  readonly scipy: { readonly statistic: number; readonly pValue: number };
  readonly exact: { readonly pValue: number; readonly statistic: number };
}

/** Fisher's mid-p at one level and alternative. */
export interface MidPRow {
  readonly level: number;
  readonly alternative: Alternative;
  readonly pValue: number;
  readonly lower: FixtureNumber;
  readonly upper: FixtureNumber;
}

/** statsmodels' z-tests (absent where statsmodels is undefined: 0/0 or equal proportions). */
export interface ZRows {
  readonly pooled?: { readonly statistic: number; readonly pValue: number };
  readonly unpooled?: { readonly statistic: number; readonly pValue: number };
}

/** One table of the fixture. */
export interface UnconditionalTable {
  readonly a: { readonly x: number; readonly n: number };
  readonly b: { readonly x: number; readonly n: number };
  readonly unconditional: readonly (BarnardRow | BoschlooRow)[];
  readonly mid_p: readonly MidPRow[];
  readonly z: ZRows;
}

/** The whole fixture. */
export interface UnconditionalFixture {
  readonly scipy_version: string;
  readonly statsmodels_version: string;
  readonly mpmath_version: string;
  readonly tables: readonly UnconditionalTable[];
}

/** The checked-in reference values. */
export const fixture = raw as unknown as UnconditionalFixture;

/** "xa/na vs xb/nb", for assertion labels. */
export function tableLabel(t: UnconditionalTable): string {
  return `${t.a.x}/${t.a.n} vs ${t.b.x}/${t.b.n}`;
}

/** The Barnard rows of the fixture with their tables. */
export function barnardRows(): [UnconditionalTable, BarnardRow][] {
  return fixture.tables.flatMap((t) =>
    t.unconditional.filter((r): r is BarnardRow => r.test === "barnard").map((r) =>
      [t, r] as [UnconditionalTable, BarnardRow]
    )
  );
}

/** The Boschloo rows of the fixture with their tables. */
export function boschlooRows(): [UnconditionalTable, BoschlooRow][] {
  return fixture.tables.flatMap((t) =>
    t.unconditional.filter((r): r is BoschlooRow => r.test === "boschloo").map((r) =>
      [t, r] as [UnconditionalTable, BoschlooRow]
    )
  );
}
