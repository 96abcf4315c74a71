/**
 * Meta-analysis of two-arm trials (events x among n in each arm): the risk ratio, odds ratio
 * or risk difference pooled by inverse variance (common-effect or random-effects, with τ² as
 * for proportions), by Mantel–Haenszel, or by Peto's method, as metafor's `rma()`,
 * `rma.mh()` and `rma.peto()`.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import {
  type Heterogeneity,
  type PooledTest,
  poolInverseVariance,
  requireSameField,
  TAU2_METHODS,
  type Tau2Method,
} from "./_meta_pool.ts";
import { type Arm, readArm, readLevel, twoSidedZ } from "./_two_arm.ts";
import {
  breslowDay,
  type Cells,
  cellsOf,
  type ChiSquareStatistic,
  cochranMantelHaenszel,
  MH_DIFFERENCE_VARIANCES,
  type MhDifferenceVariance,
  oddsRatio,
  type PooledFit,
  riskDifference,
  riskRatio,
} from "./_stratified.ts";
import { COMPARISON_MEASURES, type ComparisonMeasure } from "./compare_proportions.ts";
import { chiSquareSf, normalSf } from "./distributions.ts";

import { requireOneOf } from "./_validate.ts";

/** Pooling methods of {@linkcode metaTwoArm}; the first is the default. */
export const META_POOLING_METHODS = ["inverse-variance", "mantel-haenszel", "peto"] as const;
/** One of {@linkcode META_POOLING_METHODS}. */
export type MetaPooling = (typeof META_POOLING_METHODS)[number];

/** One two-arm trial: arm `a` (experimental) against arm `b` (control). */
export interface TwoArmStudy {
  /** Experimental arm: x events among n. */
  readonly a: Arm;
  /** Control arm: x events among n. */
  readonly b: Arm;
  readonly label?: string;
  /** The endpoint as reported; studies that differ are not pooled. */
  readonly endpoint?: string;
  /** The population; studies that differ are not pooled. */
  readonly population?: string;
}

/** Options of {@linkcode metaTwoArm}. */
export interface MetaTwoArmOptions {
  /**
   * Effect measure of a versus b. Default `"ratio"` (the risk ratio), and `"odds-ratio"` for
   * Peto's method, which estimates nothing else.
   */
  readonly measure?: ComparisonMeasure;
  /** Pooling method. Default `"inverse-variance"`. */
  readonly pooling?: MetaPooling;
  /**
   * Estimator of τ² for inverse-variance pooling; default `"REML"`. Mantel–Haenszel and Peto
   * are common-effect methods: any value but `"FE"` is refused with them.
   */
  readonly tau2?: Tau2Method;
  /** Confidence level of the confidence and prediction intervals; default 0.95. */
  readonly level?: number;
  /** Knapp–Hartung standard error and t-based intervals (inverse variance only); default false. */
  readonly knappHartung?: boolean;
  /** Continuity correction of the Cochran–Mantel–Haenszel test (Mantel–Haenszel); default true. */
  readonly correct?: boolean;
  /** Variance of the Mantel–Haenszel risk difference; default `"sato"` (as metafor). */
  readonly differenceVariance?: MhDifferenceVariance;
  /** Pool studies whose `endpoint` or `population` differ; default false (refused). */
  readonly allowMixedEndpoints?: boolean;
}

/** One study as it entered the analysis. */
export interface TwoArmStudyEffect {
  readonly label: string;
  readonly a: Arm;
  readonly b: Arm;
  /** Whether ½ was added to its four cells for `yi` and `vi` (a zero cell). */
  readonly corrected: boolean;
  /**
   * The study's own estimate on the analysis scale (log ratio, or difference; Peto's
   * (O − E)/V for Peto), with its sampling variance. `null` for a study without events in
   * either arm (or with only events) under Mantel–Haenszel and Peto pooling, which leave it
   * out of the heterogeneity statistics (metafor's `drop00 = TRUE`).
   */
  readonly yi: number | null;
  readonly vi: number | null;
  /** The study's estimate and Wald interval on the measure's own scale (`null` with `yi`). */
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Weight in the pooled estimate, in percent (sums to 100). */
  readonly weightPercent: number;
}

/** An estimate with its confidence and prediction limits on one scale. */
export interface PooledEffect {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly predictionLower: number;
  readonly predictionUpper: number;
}

/** The result of {@linkcode metaTwoArm}. */
export interface MetaTwoArmResult {
  readonly method: {
    readonly measure: ComparisonMeasure;
    readonly pooling: MetaPooling;
    /** τ² estimator; `"FE"` for Mantel–Haenszel and Peto (common-effect). */
    readonly tau2: Tau2Method;
    readonly level: number;
    readonly knappHartung: boolean;
    /** The risk-difference variance of Mantel–Haenszel pooling, else `null`. */
    readonly differenceVariance: MhDifferenceVariance | null;
  };
  /** Number of studies. */
  readonly k: number;
  readonly studies: readonly TwoArmStudyEffect[];
  /**
   * Pooled estimate on the analysis scale (`"log"` for the ratios, `"identity"` for the
   * difference), with its standard error. Under a common-effect model the prediction interval
   * equals the confidence interval.
   */
  readonly pooled: PooledEffect & { readonly scale: "log" | "identity"; readonly se: number };
  /** Pooled estimate and limits on the measure's own scale (exponentiated for the ratios). */
  readonly effect: PooledEffect;
  /** Test of the pooled estimate against 0 on the analysis scale (z, or t with k − 1 df). */
  readonly test: PooledTest;
  /**
   * τ², Cochran's Q with its p-value, I² (percent) and H². Under Mantel–Haenszel and Peto
   * pooling τ² = 0 and Q has k′ − 1 df, k′ the studies with a `yi`.
   */
  readonly heterogeneity: Heterogeneity;
  /** Cochran–Mantel–Haenszel test (Mantel–Haenszel pooling only, else `null`). */
  readonly cmh: (ChiSquareStatistic & { readonly correct: boolean }) | null;
  /** Breslow–Day test of a common odds ratio (Mantel–Haenszel odds ratio only). */
  readonly breslowDay: ChiSquareStatistic | null;
  /** Tarone's corrected Breslow–Day test (Mantel–Haenszel odds ratio only). */
  readonly tarone: ChiSquareStatistic | null;
  /** Present when k = 1: what was returned and why. */
  readonly note?: string;
}

/**
 * Effect of one study on the analysis scale, as metafor's `escalc` with its defaults
 * (`add = 1/2, to = "only0"`, `vtype = "LS"`): ½ is added to the four cells of a study with a
 * zero cell.
 */
function studyEffect(
  cells: Cells,
  measure: ComparisonMeasure,
  peto: boolean,
): { yi: number; vi: number; corrected: boolean } {
  const corrected = cells.a === 0 || cells.b === 0 || cells.c === 0 || cells.d === 0;
  const add = corrected ? 0.5 : 0;
  const a = cells.a + add;
  const b = cells.b + add;
  const c = cells.c + add;
  const d = cells.d + add;
  const n1 = a + b;
  const n2 = c + d;
  if (peto) {
    const n = n1 + n2;
    const m1 = a + c;
    const v = (m1 * (b + d) * (n1 / n) * (n2 / n)) / (n - 1);
    return { yi: (a - (m1 * n1) / n) / v, vi: 1 / v, corrected };
  }
  switch (measure) {
    case "ratio":
      return { yi: Math.log((a / n1) / (c / n2)), vi: 1 / a - 1 / n1 + 1 / c - 1 / n2, corrected };
    case "odds-ratio":
      return { yi: Math.log((a * d) / (b * c)), vi: 1 / a + 1 / b + 1 / c + 1 / d, corrected };
    case "difference":
      return {
        yi: a / n1 - c / n2,
        vi: (a * b) / (n1 * n1 * n1) + (c * d) / (n2 * n2 * n2),
        corrected,
      };
  }
}

function readStudies(value: unknown): readonly (TwoArmStudy & { label: string })[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`\`studies\` must be an array of { a, b }, got ${String(value)}`);
  }
  if (value.length === 0) {
    throw new RangeError("`studies` must contain at least one study, got 0");
  }
  return value.map((s: unknown, i) => {
    if (typeof s !== "object" || s === null) {
      throw new TypeError(`\`studies[${i}]\` must be an object { a, b }, got ${String(s)}`);
    }
    const { a, b, label, endpoint, population } = s as Record<string, unknown>;
    for (
      const [name, field] of [["label", label], ["endpoint", endpoint], ["population", population]]
    ) {
      if (field !== undefined && typeof field !== "string") {
        throw new TypeError(`\`studies[${i}].${name}\` must be a string, got ${String(field)}`);
      }
    }
    return Object.freeze({
      a: readArm(`studies[${i}].a`, a),
      b: readArm(`studies[${i}].b`, b),
      label: (label as string | undefined) ?? `study ${i + 1}`,
      ...(endpoint === undefined ? {} : { endpoint: endpoint as string }),
      ...(population === undefined ? {} : { population: population as string }),
    });
  });
}

function readBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") {
    throw new TypeError(`\`${name}\` must be a boolean, got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * Pools two-arm trials, each `{ a, b }` with arms `{ x, n }`, on the risk ratio, odds ratio or
 * risk difference of a versus b.
 *
 * Pooling (option `pooling`):
 * - `"inverse-variance"` (default): each study's log risk ratio, log odds ratio or risk
 *   difference with its large-sample variance (1/a − 1/n₁ + 1/c − 1/n₂; 1/a + 1/b + 1/c + 1/d;
 *   a·b/n₁³ + c·d/n₂³), pooled with weights 1/(vᵢ + τ²) and τ² by DL, REML (default), PM or
 *   FE, optionally with Knapp–Hartung — metafor's `rma(measure, ai, n1i, ci, n2i, method,
 *   test)` followed by `predict()`, to the same precision as `metaProportions`, of which this
 *   shares the pooling code (see there for the estimators and the prediction interval).
 *   Zero cells: ½ is added to the four cells of every study with a zero cell, and only to
 *   those, including studies without events in either arm, which are kept (metafor's
 *   `add = 1/2, to = "only0", drop00 = FALSE`).
 * - `"mantel-haenszel"`: the Mantel–Haenszel estimate with the Robins–Breslow–Greenland (odds
 *   ratio), Greenland–Robins (risk ratio) or Sato–Greenland–Robins variance (risk difference;
 *   or Greenland–Robins with `differenceVariance: "greenland-robins"`, as RevMan), computed
 *   from the counts as they are (no correction), as `rma.mh()`; see `mantelHaenszel`
 *   for the formulas, the Cochran–Mantel–Haenszel test (`cmh`) and the Breslow–Day test with
 *   Tarone's correction (odds ratio).
 * - `"peto"`: Peto's one-step odds ratio exp(Σ(Oᵢ − Eᵢ)/ΣVᵢ), Oᵢ the events in arm a, Eᵢ and
 *   Vᵢ their hypergeometric mean and variance given the margins, with variance 1/ΣVᵢ — as
 *   `rma.peto()`; uncorrected counts; odds ratio only.
 * The Mantel–Haenszel and Peto models are common-effect (τ² = 0). Their heterogeneity
 * statistics are metafor's: for Mantel–Haenszel, Cochran's Q of the studies' own (corrected)
 * log odds ratios, log risk ratios or risk differences around the pooled estimate with weights
 * 1/vᵢ; for Peto, Σ(Oᵢ − Eᵢ)²/Vᵢ − [Σ(Oᵢ − Eᵢ)]²/ΣVᵢ; in both, a study without events in
 * either arm (or with only events) is left out of Q and its df (`drop00 = TRUE`), and
 * I² = max(0, (Q − df)/Q), H² = Q/df. Weights are metafor's: b·c/N (odds ratio), c·n₁/N
 * (risk ratio), n₁n₂/N (difference) for Mantel–Haenszel, Vᵢ for Peto.
 *
 * A single study: as `metaProportions` (τ² = 0, Q = 0, p = 1, I² = 0, H² = 1, a `note`);
 * Knapp–Hartung needs two studies. An estimate the data cannot give (a Mantel–Haenszel odds
 * or risk ratio without the events it needs; Peto with no event, or only events, in every
 * study) is refused with a RangeError, never returned as NaN.
 *
 * References (the τ² estimators: see `metaProportions`; Mantel–Haenszel: see
 * `mantelHaenszel`):
 * - Yusuf, S., R. Peto, J. Lewis, R. Collins, and P. Sleight. 1985. "Beta blockade during and
 *   after myocardial infarction: an overview of the randomized trials." Progress in
 *   Cardiovascular Diseases 27 (5): 335–371. doi:10.1016/S0033-0620(85)80003-7
 * - Greenland, S., and A. Salvan. 1990. "Bias in the one-step method for pooling study
 *   results." Statistics in Medicine 9 (3): 247–252. doi:10.1002/sim.4780090304
 * - Deeks, J. J., J. P. T. Higgins, and D. G. Altman. 2022. "Analysing data and undertaking
 *   meta-analyses." Chapter 10 in Cochrane Handbook for Systematic Reviews of Interventions,
 *   version 6.3, edited by J. P. T. Higgins et al. Cochrane.
 * - Viechtbauer, W. 2010. "Conducting meta-analyses in R with the metafor package." Journal of
 *   Statistical Software 36 (3): 1–48. doi:10.18637/jss.v036.i03
 *
 * @param studies the trials; endpoints and populations, where given, must agree unless
 *   `allowMixedEndpoints` is set
 * @throws {RangeError} no study, invalid counts, an unknown `measure`, `pooling`, `tau2` or
 *   `differenceVariance`, a `level` outside (0, 1), Peto with a measure other than the odds
 *   ratio, τ² or Knapp–Hartung with a common-effect pooling method, Knapp–Hartung with one
 *   study, mixed endpoints or populations, an estimate the data cannot give
 * @throws {TypeError} a non-array, a non-object study, a non-numeric count, a non-boolean flag
 *
 * @example BCG vaccine trials (metafor's dat.bcg), Mantel–Haenszel risk ratio
 * ```ts
 * import { metaTwoArm } from "./meta_two_arm.ts";
 * import { assertEquals } from "@std/assert";
 * // Colditz et al. 1994: tuberculosis cases among vaccinated (a) and unvaccinated (b)
 * const tpos = [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27];
 * const tneg = [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886];
 * const cpos = [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29];
 * const cneg = [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825];
 * const studies = tpos.map((x, i) => ({
 *   a: { x, n: x + tneg[i]! },
 *   b: { x: cpos[i]!, n: cpos[i]! + cneg[i]! },
 * }));
 * const fit = metaTwoArm(studies, { measure: "ratio", pooling: "mantel-haenszel" });
 * // metafor tests/testthat/test_misc_metan_vs_rma.mh_with_dat.bcg.r (Stata metan): 0.6353
 * // (0.5881 to 0.6862), Q = 152.5676
 * assertEquals(fit.effect.estimate.toFixed(4), "0.6353");
 * assertEquals([fit.effect.lower.toFixed(4), fit.effect.upper.toFixed(4)], ["0.5881", "0.6862"]);
 * assertEquals(fit.heterogeneity.q.toFixed(4), "152.5676");
 * ```
 */
export function metaTwoArm(
  studies: readonly TwoArmStudy[],
  options: MetaTwoArmOptions = {},
): MetaTwoArmResult {
  const read = readStudies(studies);
  const pooling = options.pooling ?? "inverse-variance";
  requireOneOf("pooling", pooling, META_POOLING_METHODS);
  const measure = options.measure ?? (pooling === "peto" ? "odds-ratio" : "ratio");
  requireOneOf("measure", measure, COMPARISON_MEASURES);
  if (pooling === "peto" && measure !== "odds-ratio") {
    throw new RangeError(
      `\`measure\` must be "odds-ratio" for pooling "peto" (Peto's method estimates an odds ` +
        `ratio only), got "${measure}"`,
    );
  }
  const inverseVariance = pooling === "inverse-variance";
  const tau2Method = options.tau2 ?? (inverseVariance ? "REML" : "FE");
  requireOneOf("tau2", tau2Method, TAU2_METHODS);
  if (!inverseVariance && tau2Method !== "FE") {
    throw new RangeError(
      `\`tau2\` must be "FE" (or left out) for pooling "${pooling}", a common-effect method, ` +
        `got "${tau2Method}"`,
    );
  }
  const level = readLevel(options.level);
  const knappHartung = readBoolean("knappHartung", options.knappHartung, false);
  const correct = readBoolean("correct", options.correct, true);
  const allowMixed = readBoolean("allowMixedEndpoints", options.allowMixedEndpoints, false);
  const differenceVariance = options.differenceVariance ?? "sato";
  requireOneOf("differenceVariance", differenceVariance, MH_DIFFERENCE_VARIANCES);
  if (knappHartung && !inverseVariance) {
    throw new RangeError(
      `\`knappHartung\` applies to pooling "inverse-variance" only, got pooling "${pooling}"`,
    );
  }
  if (!allowMixed) {
    requireSameField(read, "endpoint");
    requireSameField(read, "population");
  }
  const k = read.length;
  if (knappHartung && k === 1) {
    throw new RangeError(
      "`knappHartung` needs at least 2 studies (its t distribution has k − 1 df), got 1 study",
    );
  }

  const cells = read.map(cellsOf);
  const peto = pooling === "peto";
  const effects = cells.map((t) => studyEffect(t, measure, peto));
  // Mantel–Haenszel and Peto leave studies without events in either arm (or with only events)
  // out of the heterogeneity statistics (metafor's drop00 = TRUE); inverse variance keeps them.
  const kept = cells.map((t) =>
    inverseVariance || !((t.a === 0 && t.c === 0) || (t.b === 0 && t.d === 0))
  );
  const z = twoSidedZ(level);
  const natural = measure === "difference" ? (t: number) => t : Math.exp;

  let pooled: MetaTwoArmResult["pooled"];
  let test: PooledTest;
  let heterogeneity: Heterogeneity;
  let weightPercent: readonly number[];
  let cmh: MetaTwoArmResult["cmh"] = null;
  let homogeneity: ReturnType<typeof breslowDay> = null;
  const scale = measure === "difference" ? "identity" as const : "log" as const;
  if (inverseVariance) {
    const fit = poolInverseVariance(
      effects.map((e) => e.yi),
      effects.map((e) => e.vi),
      tau2Method,
      level,
      knappHartung,
    );
    pooled = {
      scale,
      estimate: fit.estimate,
      se: fit.se,
      lower: fit.lower,
      upper: fit.upper,
      predictionLower: fit.predictionLower,
      predictionUpper: fit.predictionUpper,
    };
    test = fit.test;
    heterogeneity = fit.heterogeneity;
    weightPercent = fit.weightPercent;
  } else {
    let fit: PooledFit;
    let q: number;
    if (peto) {
      ({ fit, q } = petoFit(cells));
    } else {
      fit = measure === "odds-ratio"
        ? oddsRatio(cells, "studies")
        : measure === "ratio"
        ? riskRatio(cells, "studies")
        : riskDifference(cells, differenceVariance, "studies");
      q = 0;
      effects.forEach((e, i) => {
        if (kept[i]) q += (e.yi - fit.estimate) ** 2 / e.vi;
      });
      cmh = cochranMantelHaenszel(cells, correct);
      if (measure === "odds-ratio") homogeneity = breslowDay(cells, Math.exp(fit.estimate));
    }
    const lower = fit.estimate - z * fit.se;
    const upper = fit.estimate + z * fit.se;
    pooled = {
      scale,
      estimate: fit.estimate,
      se: fit.se,
      lower,
      upper,
      predictionLower: lower,
      predictionUpper: upper,
    };
    const statistic = fit.estimate / fit.se;
    test = {
      distribution: "normal",
      statistic,
      df: null,
      pValue: 2 * normalSf(Math.abs(statistic)),
    };
    heterogeneity = commonEffectHeterogeneity(Math.max(0, q), kept.filter(Boolean).length);
    const total = fit.weights.reduce((s, w) => s + w, 0);
    weightPercent = fit.weights.map((w) => (100 * w) / total);
  }

  const result: MetaTwoArmResult = {
    method: {
      measure,
      pooling,
      tau2: tau2Method,
      level,
      knappHartung,
      differenceVariance: pooling === "mantel-haenszel" && measure === "difference"
        ? differenceVariance
        : null,
    },
    k,
    studies: Object.freeze(read.map((s, i) => {
      const e = effects[i]!;
      const half = z * Math.sqrt(e.vi);
      return Object.freeze({
        label: s.label,
        a: s.a,
        b: s.b,
        corrected: e.corrected,
        yi: kept[i] ? e.yi : null,
        vi: kept[i] ? e.vi : null,
        estimate: kept[i] ? natural(e.yi) : null,
        lower: kept[i] ? natural(e.yi - half) : null,
        upper: kept[i] ? natural(e.yi + half) : null,
        weightPercent: weightPercent[i]!,
      });
    })),
    pooled: Object.freeze(pooled),
    effect: Object.freeze({
      estimate: natural(pooled.estimate),
      lower: natural(pooled.lower),
      upper: natural(pooled.upper),
      predictionLower: natural(pooled.predictionLower),
      predictionUpper: natural(pooled.predictionUpper),
    }),
    test: Object.freeze(test),
    heterogeneity: Object.freeze(heterogeneity),
    cmh,
    breslowDay: homogeneity?.breslowDay ?? null,
    tarone: homogeneity?.tarone ?? null,
    ...(k === 1
      ? {
        note: "a single study: tau² is not estimable and is set to 0, so the pooled estimate " +
          "is the study's own; Q = 0, p = 1, I² = 0, H² = 1",
      }
      : {}),
  };
  const title = `Meta-analysis of ${k} two-arm ${k === 1 ? "study" : "studies"} (${measure}, ${
    inverseVariance ? `inverse variance, ${tau2Method}` : pooling
  })`;
  return Object.freeze(displayAs(title, result));
}

/** Peto's one-step estimate and its heterogeneity Q, from the uncorrected counts. */
function petoFit(cells: readonly Cells[]): { fit: PooledFit; q: number } {
  let sumOE = 0;
  let sumV = 0;
  let sumOE2V = 0;
  const weights = cells.map(({ a, b, c, d, n1, n2, n }) => {
    const m1 = a + c;
    const v = (m1 * (b + d) * (n1 / n) * (n2 / n)) / (n - 1);
    if (v > 0) {
      const oe = a - (m1 * n1) / n;
      sumOE += oe;
      sumV += v;
      sumOE2V += (oe * oe) / v;
    }
    return v;
  });
  if (!(sumV > 0)) {
    throw new RangeError(
      "Peto's odds ratio of `studies` is not estimable: no study has both an event and a " +
        "non-event",
    );
  }
  return {
    fit: { estimate: sumOE / sumV, se: Math.sqrt(1 / sumV), weights },
    q: sumOE2V - (sumOE * sumOE) / sumV,
  };
}

/** Q, its p-value, I² and H² of a common-effect model with `kept` studies in Q. */
function commonEffectHeterogeneity(q: number, kept: number): Heterogeneity {
  if (kept < 2) return { tau2: 0, q: 0, df: Math.max(0, kept - 1), pValue: 1, i2: 0, h2: 1 };
  const df = kept - 1;
  return {
    tau2: 0,
    q,
    df,
    pValue: chiSquareSf(q, df),
    i2: q > 0 ? Math.max(0, (100 * (q - df)) / q) : 0,
    h2: q / df,
  };
}
