/**
 * Stratified 2×2 tables: the Mantel–Haenszel pooled odds ratio, risk ratio or risk difference
 * with its confidence interval, the Cochran–Mantel–Haenszel test of conditional independence,
 * and the Breslow–Day test (with and without Tarone's correction) that the odds ratio is the
 * same in every stratum.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { type Arm, readArm, readLevel, twoSidedZ } from "./_two_arm.ts";
import { COMPARISON_MEASURES, type ComparisonMeasure } from "./compare_proportions.ts";
import { normalSf } from "./distributions.ts";
import { requireOneOf } from "./_validate.ts";
import {
  breslowDay,
  cellsOf,
  type ChiSquareStatistic,
  cochranMantelHaenszel,
  MH_DIFFERENCE_VARIANCES,
  type MhDifferenceVariance,
  oddsRatio,
  riskDifference,
  riskRatio,
} from "./_stratified.ts";

export {
  type ChiSquareStatistic,
  MH_DIFFERENCE_VARIANCES,
  type MhDifferenceVariance,
} from "./_stratified.ts";

/** One stratum (or study): arm `a` (x events among n) against arm `b`. */
export interface Stratum {
  /** First arm (the exposed or experimental group). */
  readonly a: Arm;
  /** Second arm (the reference group). */
  readonly b: Arm;
  readonly label?: string;
}

/** Options of {@linkcode mantelHaenszel}. */
export interface MantelHaenszelOptions {
  /** Effect measure of a versus b. Default `"odds-ratio"`. */
  readonly measure?: ComparisonMeasure;
  /** Two-sided confidence level, in (0, 1). Default 0.95. */
  readonly level?: number;
  /** Continuity correction of the Cochran–Mantel–Haenszel test. Default `true` (as R). */
  readonly correct?: boolean;
  /** Variance of the pooled risk difference. Default `"sato"` (as metafor). */
  readonly differenceVariance?: MhDifferenceVariance;
}

/** One stratum as it entered the pooled estimate. */
export interface StratumWeight {
  readonly label: string;
  readonly a: Arm;
  readonly b: Arm;
  /** Mantel–Haenszel weight in percent (sums to 100): b·c/N, c·n_a/N or n_a·n_b/N. */
  readonly weightPercent: number;
}

/** Result of {@linkcode mantelHaenszel}. */
export interface MantelHaenszelResult {
  readonly method: {
    readonly measure: ComparisonMeasure;
    readonly level: number;
    readonly correct: boolean;
    /** The risk-difference variance, or `null` for the ratio measures. */
    readonly differenceVariance: MhDifferenceVariance | null;
  };
  /** Number of strata. */
  readonly k: number;
  readonly strata: readonly StratumWeight[];
  /** Pooled estimate on the measure's own scale (a ratio, or a difference). */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  /**
   * The estimate on the scale of the interval: the log ratio (log odds ratio, log risk ratio)
   * or the difference itself, with its standard error and the Wald test against 0.
   */
  readonly pooled: {
    readonly scale: "log" | "identity";
    readonly estimate: number;
    readonly se: number;
    readonly lower: number;
    readonly upper: number;
    readonly z: number;
    readonly pValue: number;
  };
  /**
   * Cochran–Mantel–Haenszel test of conditional independence (χ², 1 df), over the strata with
   * at least two patients; `null` when no stratum has both an event and a non-event.
   */
  readonly cmh: (ChiSquareStatistic & { readonly correct: boolean }) | null;
  /**
   * Breslow–Day test of a common odds ratio (χ², K′ − 1 df over the K′ strata with both an
   * event and a non-event); `null` for the other measures or when K′ < 2.
   */
  readonly breslowDay: ChiSquareStatistic | null;
  /** The Breslow–Day test with Tarone's correction; `null` when `breslowDay` is. */
  readonly tarone: ChiSquareStatistic | null;
}

/** Validates strata passed as argument `name` and returns frozen copies. */
function readStrata(name: string, value: unknown): readonly (Stratum & { label: string })[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`\`${name}\` must be an array of { a, b }, got ${String(value)}`);
  }
  if (value.length === 0) {
    throw new RangeError(`\`${name}\` must contain at least one stratum, got 0`);
  }
  return value.map((s: unknown, i) => {
    if (typeof s !== "object" || s === null) {
      throw new TypeError(`\`${name}[${i}]\` must be an object { a, b }, got ${String(s)}`);
    }
    const { a, b, label } = s as Record<string, unknown>;
    if (label !== undefined && typeof label !== "string") {
      throw new TypeError(`\`${name}[${i}].label\` must be a string, got ${String(label)}`);
    }
    return Object.freeze({
      a: readArm(`${name}[${i}].a`, a),
      b: readArm(`${name}[${i}].b`, b),
      label: (label as string | undefined) ?? `stratum ${i + 1}`,
    });
  });
}

/**
 * Mantel–Haenszel analysis of K stratified 2×2 tables, each stratum `{ a, b }` with arms
 * `{ x, n }` (x events among n): the pooled odds ratio, risk ratio or risk difference of a
 * versus b, its confidence interval, the Cochran–Mantel–Haenszel test and, for the odds ratio,
 * the Breslow–Day test of homogeneity.
 *
 * In stratum i, with cells a (events in a), b (non-events in a), c, d, arm sizes n₁, n₂ and
 * N = n₁ + n₂:
 * - odds ratio: Σ(a·d/N) / Σ(b·c/N), with the Robins–Breslow–Greenland (1986) variance of its
 *   logarithm — R's `mantelhaen.test`, metafor's `rma.mh(measure = "OR")`;
 * - risk ratio: Σ(a·n₂/N) / Σ(c·n₁/N), with the Greenland–Robins (1985) variance of its
 *   logarithm, Σ(n₁n₂(a + c)/N² − a·c/N) / [Σ(a·n₂/N)·Σ(c·n₁/N)] — `rma.mh(measure = "RR")`;
 * - risk difference: Σ(a·n₂ − c·n₁)/N / Σ(n₁n₂/N), with the variance of Sato, Greenland and
 *   Robins (1989), consistent both for many small strata and for few large ones (default,
 *   `rma.mh(measure = "RD")`), or, with `differenceVariance: "greenland-robins"`, that of
 *   Greenland and Robins (1985), Σ[(a·b·n₂³ + c·d·n₁³)/(n₁n₂N²)] / [Σ(n₁n₂/N)]², consistent
 *   for large strata only (RevMan's and Stata's `metan`).
 * The interval is the Wald interval on the log scale (ratios) or on the difference scale.
 * No continuity correction is added to any cell: strata with zero cells enter as they are (a
 * stratum with no events at all adds nothing to the odds or risk ratio). An estimate that the
 * data cannot give (every a·d or every b·c zero for the odds ratio; no event in one arm of
 * every stratum for the risk ratio; a zero variance for the difference) is refused with a
 * RangeError rather than returned as 0, ∞ or NaN.
 *
 * Cochran–Mantel–Haenszel test: [|Σ(aᵢ − Eᵢ)| − ½]² / ΣVᵢ with Eᵢ = n₁·m₁/N and
 * Vᵢ = n₁n₂m₁m₂/(N²(N − 1)) (m₁, m₂ the event and non-event totals), χ² with 1 df. The ½ is
 * applied only when `correct` and |Σ(aᵢ − Eᵢ)| ≥ ½, as R's `mantelhaen.test` (metafor's
 * `rma.mh` subtracts it even below ½, overshooting zero; see the tests). Strata of a
 * single patient carry no information and are left out (R refuses them).
 *
 * Breslow–Day test (odds ratio only): Σ(aᵢ − Âᵢ)²/V̂ᵢ, where Âᵢ is the expected count in
 * cell a given the stratum's margins and the Mantel–Haenszel odds ratio (the root of a
 * quadratic, taken in the form that does not cancel) and 1/V̂ᵢ the sum of the reciprocals of
 * the four expected cells; χ² with K′ − 1 df over the K′ strata with both an event and a
 * non-event (in the others aᵢ is fixed by the margins). Tarone's (1985) correction subtracts
 * [Σ(aᵢ − Âᵢ)]²/ΣV̂ᵢ. These are DescTools' `BreslowDayTest(correct = FALSE | TRUE)`,
 * statsmodels' `StratifiedTable.test_equal_odds(adjust = False | True)` and metafor's `rma.mh`
 * (its Tarone test).
 *
 * References:
 * - Mantel, N., and W. Haenszel. 1959. "Statistical aspects of the analysis of data from
 *   retrospective studies of disease." Journal of the National Cancer Institute 22 (4):
 *   719–748. doi:10.1093/jnci/22.4.719
 * - Robins, J., N. Breslow, and S. Greenland. 1986. "Estimators of the Mantel-Haenszel
 *   variance consistent in both sparse data and large-strata limiting models." Biometrics 42
 *   (2): 311–323. doi:10.2307/2531052
 * - Greenland, S., and J. M. Robins. 1985. "Estimation of a common effect parameter from
 *   sparse follow-up data." Biometrics 41 (1): 55–68. doi:10.2307/2530643
 * - Sato, T., S. Greenland, and J. M. Robins. 1989. "On the variance estimator for the
 *   Mantel-Haenszel risk difference." Biometrics 45 (4): 1323–1324. doi:10.2307/2531784
 * - Breslow, N. E., and N. E. Day. 1980. Statistical Methods in Cancer Research, Volume I:
 *   The Analysis of Case-Control Studies, §4.4. IARC Scientific Publications 32. Lyon: IARC.
 * - Tarone, R. E. 1985. "On heterogeneity tests based on efficient scores." Biometrika 72
 *   (1): 91–95. doi:10.1093/biomet/72.1.91
 *
 * @param strata the strata; arms are `{ x, n }` with integers 0 ≤ x ≤ n, n ≥ 1
 * @param options measure, level, continuity correction and risk-difference variance
 * @throws {RangeError} no stratum, invalid counts, an unknown `measure` or
 *   `differenceVariance`, a `level` outside (0, 1), an estimate the data cannot give
 * @throws {TypeError} strata that are not an array of objects, a non-numeric count, a
 *   non-boolean `correct`, a non-string label
 *
 * @example Penicillin and rabbits (R's ?mantelhaen.test; Agresti 1990, pp. 231–237)
 * ```ts
 * import { mantelHaenszel } from "./mantel_haenszel.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * // Cured among rabbits given penicillin at once (a) or 1.5 h later (b), five dose levels
 * const strata = [
 *   { a: { x: 0, n: 6 }, b: { x: 0, n: 5 } },
 *   { a: { x: 3, n: 6 }, b: { x: 0, n: 6 } },
 *   { a: { x: 6, n: 6 }, b: { x: 2, n: 6 } },
 *   { a: { x: 5, n: 6 }, b: { x: 6, n: 6 } },
 *   { a: { x: 2, n: 2 }, b: { x: 5, n: 5 } },
 * ];
 * const mh = mantelHaenszel(strata);
 * // statsmodels/stats/tests/test_contingency_tables.py, TestStratified1 (from mantelhaen.test)
 * assertAlmostEquals(mh.estimate, 7, 1e-12);
 * assertAlmostEquals(mh.lower, 1.026713, 1e-6);
 * assertAlmostEquals(mh.upper, 47.725133, 1e-6);
 * assertAlmostEquals(mh.cmh!.statistic, 3.9286, 1e-4);
 * ```
 */
export function mantelHaenszel(
  strata: readonly Stratum[],
  options: MantelHaenszelOptions = {},
): MantelHaenszelResult {
  const read = readStrata("strata", strata);
  const measure = options.measure ?? "odds-ratio";
  requireOneOf("measure", measure, COMPARISON_MEASURES);
  const level = readLevel(options.level);
  const correct = options.correct ?? true;
  if (typeof correct !== "boolean") {
    throw new TypeError(`\`correct\` must be a boolean, got ${JSON.stringify(correct)}`);
  }
  const differenceVariance = options.differenceVariance ?? "sato";
  requireOneOf("differenceVariance", differenceVariance, MH_DIFFERENCE_VARIANCES);

  const cells = read.map(cellsOf);
  const pooledFit = measure === "odds-ratio"
    ? oddsRatio(cells, "strata")
    : measure === "ratio"
    ? riskRatio(cells, "strata")
    : riskDifference(cells, differenceVariance, "strata");
  const z = twoSidedZ(level);
  const { estimate: theta, se, weights } = pooledFit;
  const statistic = theta / se;
  const pooled = {
    scale: measure === "difference" ? "identity" as const : "log" as const,
    estimate: theta,
    se,
    lower: theta - z * se,
    upper: theta + z * se,
    z: statistic,
    pValue: 2 * normalSf(Math.abs(statistic)),
  };
  const natural = measure === "difference" ? (t: number) => t : Math.exp;
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const homogeneity = measure === "odds-ratio" ? breslowDay(cells, Math.exp(theta)) : null;
  const result: MantelHaenszelResult = {
    method: {
      measure,
      level,
      correct,
      differenceVariance: measure === "difference" ? differenceVariance : null,
    },
    k: read.length,
    strata: Object.freeze(read.map((s, i) =>
      Object.freeze({
        label: s.label,
        a: s.a,
        b: s.b,
        weightPercent: (100 * weights[i]!) / totalWeight,
      })
    )),
    estimate: natural(theta),
    lower: natural(pooled.lower),
    upper: natural(pooled.upper),
    pooled: Object.freeze(pooled),
    cmh: cochranMantelHaenszel(cells, correct),
    breslowDay: homogeneity?.breslowDay ?? null,
    tarone: homogeneity?.tarone ?? null,
  };
  return Object.freeze(
    displayAs(`Mantel–Haenszel ${measure}: ${read.length} strata`, result),
  );
}
