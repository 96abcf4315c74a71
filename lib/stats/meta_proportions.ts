/**
 * Meta-analysis of single proportions (x responders out of n per study): inverse-variance
 * pooling on a transformed scale, common-effect or random-effects, with the heterogeneity
 * statistics and prediction interval of metafor's `rma()` / `predict.rma()`.
 *
 * Transforms (metafor's `escalc` measure in brackets), with yᵢ and its sampling variance vᵢ:
 * - `"logit"` (PLO): y = log(x / (n − x)), v = 1/x + 1/(n − x);
 * - `"freeman-tukey"` (PFT): y = ½[asin √(x/(n+1)) + asin √((x+1)/(n+1))], v = 1/(4n + 2);
 * - `"arcsine"` (PAS): y = asin √(x/n), v = 1/(4n);
 * - `"raw"` (PR): y = x/n, v = y(1 − y)/n.
 *
 * Zero cells: a study with x = 0 or x = n has an infinite logit and a zero raw variance, so for
 * `"logit"` and `"raw"` — and only for such studies — ½ is added to x and to n − x (so n grows
 * by 1), exactly as metafor's `escalc(add = 1/2, to = "only0")` default. The arcsine and
 * Freeman–Tukey transforms are finite at 0 and n and are never corrected (metafor's `add = 0`
 * for PAS and PFT). Each study in the result says whether it was corrected.
 *
 * Between-study variance τ² (option `tau2`): `"DL"` DerSimonian–Laird moment estimator,
 * `"REML"` restricted maximum likelihood (Fisher scoring, as metafor), `"PM"` Paule–Mandel
 * (the generalised Q statistic set to k − 1), `"FE"` a common-effect model (τ² = 0). All are
 * truncated at 0. Iterations run to ~1e-14, well below metafor's default stopping rules.
 *
 * Back-transformation to the proportion scale: inverse logit; sin² (clipped to [0, 1] outside
 * [0, π/2], as `transf.iarcsin`); Freeman–Tukey by Miller's (1978) inversion at the harmonic
 * mean of the n (clipped to [0, 1] outside the range of the transform, as `transf.ipft.hm`);
 * raw limits are returned as they are, even below 0 or above 1 (as metafor).
 *
 * References:
 * - DerSimonian, R., and N. Laird. 1986. "Meta-analysis in clinical trials." Controlled
 *   Clinical Trials 7 (3): 177–188. doi:10.1016/0197-2456(86)90046-2
 * - Viechtbauer, W. 2005. "Bias and efficiency of meta-analytic variance estimators in the
 *   random-effects model." Journal of Educational and Behavioral Statistics 30 (3): 261–293.
 *   doi:10.3102/10769986030003261
 * - Paule, R. C., and J. Mandel. 1982. "Consensus values and weighting factors." Journal of
 *   Research of the National Bureau of Standards 87 (5): 377–385. doi:10.6028/jres.087.022
 * - Knapp, G., and J. Hartung. 2003. "Improved tests for a random effects meta-regression with
 *   a single covariate." Statistics in Medicine 22 (17): 2693–2710. doi:10.1002/sim.1482
 * - Higgins, J. P. T., and S. G. Thompson. 2002. "Quantifying heterogeneity in a
 *   meta-analysis." Statistics in Medicine 21 (11): 1539–1558. doi:10.1002/sim.1186
 * - Freeman, M. F., and J. W. Tukey. 1950. "Transformations related to the angular and the
 *   square root." Annals of Mathematical Statistics 21 (4): 607–611.
 *   doi:10.1214/aoms/1177729756
 * - Miller, J. J. 1978. "The inverse of the Freeman–Tukey double arcsine transformation."
 *   The American Statistician 32 (4): 138. doi:10.1080/00031305.1978.10479283
 * - Riley, R. D., J. P. T. Higgins, and J. J. Deeks. 2011. "Interpretation of random effects
 *   meta-analyses." BMJ 342: d549. doi:10.1136/bmj.d549 (the prediction interval)
 * - Viechtbauer, W. 2010. "Conducting meta-analyses in R with the metafor package." Journal of
 *   Statistical Software 36 (3): 1–48. doi:10.18637/jss.v036.i03
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import {
  poolInverseVariance,
  requireSameField,
  TAU2_METHODS,
  type Tau2Method,
} from "./_meta_pool.ts";
import { requireCounts, requireOneOf, requireOpenUnit } from "./_validate.ts";

export { TAU2_METHODS, type Tau2Method } from "./_meta_pool.ts";

/** Scales on which proportions are pooled. */
export const META_TRANSFORMS = ["logit", "freeman-tukey", "arcsine", "raw"] as const;
/** A scale on which proportions are pooled; default `"logit"`. */
export type MetaTransform = (typeof META_TRANSFORMS)[number];

/** One study: `x` responders among `n`, with optional label, endpoint and population. */
export interface ProportionStudy {
  readonly x: number;
  readonly n: number;
  readonly label?: string;
  /** The endpoint as reported (`"CR"`, `"CR/CRh"`, …); studies that differ are not pooled. */
  readonly endpoint?: string;
  /** The population (`"adult, relapsed/refractory"`, …); studies that differ are not pooled. */
  readonly population?: string;
}

/** Options of {@linkcode metaProportions}. */
export interface MetaProportionsOptions {
  /** Scale of pooling; default `"logit"`. */
  readonly transform?: MetaTransform;
  /** Estimator of τ²; default `"REML"`. */
  readonly tau2?: Tau2Method;
  /** Confidence level of the confidence and prediction intervals; default 0.95. */
  readonly level?: number;
  /** Knapp–Hartung standard error and t-based intervals (k − 1 df); default `false`. */
  readonly knappHartung?: boolean;
  /** Pool studies whose `endpoint` or `population` differ; default `false` (refused). */
  readonly allowMixedEndpoints?: boolean;
}

/** One study as it entered the model. */
export interface StudyEffect {
  readonly label: string;
  readonly x: number;
  readonly n: number;
  /** Whether ½ was added to x and n − x (zero cell; logit and raw only). */
  readonly corrected: boolean;
  /** Effect on the transformed scale. */
  readonly yi: number;
  /** Its sampling variance. */
  readonly vi: number;
  /** Observed proportion x/n (uncorrected). */
  readonly proportion: number;
  /** Weight in the pooled estimate, in percent (sums to 100). */
  readonly weightPercent: number;
}

/** An estimate with its confidence and prediction limits on one scale. */
export interface PooledScale {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly predictionLower: number;
  readonly predictionUpper: number;
}

/** The result of {@linkcode metaProportions}: method, inputs, estimates and heterogeneity. */
export interface MetaProportionsResult {
  readonly method: {
    readonly transform: MetaTransform;
    readonly tau2: Tau2Method;
    readonly level: number;
    readonly knappHartung: boolean;
  };
  /** Number of studies. */
  readonly k: number;
  readonly studies: readonly StudyEffect[];
  /** Pooled estimate on the transformed scale, with its standard error. */
  readonly transformed: PooledScale & { readonly se: number };
  /** Pooled proportion and limits, back-transformed. */
  readonly proportion: PooledScale;
  /** Harmonic mean of n (used by the Freeman–Tukey back-transform). */
  readonly harmonicMeanN: number;
  /** Test of the pooled estimate against 0 on the transformed scale (z, or t with k − 1 df). */
  readonly test: {
    readonly distribution: "normal" | "t";
    readonly statistic: number;
    readonly df: number | null;
    readonly pValue: number;
  };
  /** Heterogeneity: τ², Cochran's Q (df k − 1) with its p-value, I² (in percent) and H². */
  readonly heterogeneity: {
    readonly tau2: number;
    readonly q: number;
    readonly df: number;
    readonly pValue: number;
    readonly i2: number;
    readonly h2: number;
  };
  /** Present when k = 1: what was returned and why. */
  readonly note?: string;
}

/** Effect size and sampling variance of one study on the chosen scale (escalc's defaults). */
function studyEffect(
  x: number,
  n: number,
  transform: MetaTransform,
): { yi: number; vi: number; corrected: boolean } {
  switch (transform) {
    case "freeman-tukey":
      return {
        yi: 0.5 * (Math.asin(Math.sqrt(x / (n + 1))) + Math.asin(Math.sqrt((x + 1) / (n + 1)))),
        vi: 1 / (4 * n + 2),
        corrected: false,
      };
    case "arcsine":
      return { yi: Math.asin(Math.sqrt(x / n)), vi: 1 / (4 * n), corrected: false };
    case "logit":
    case "raw": {
      const corrected = x === 0 || x === n;
      const a = corrected ? x + 0.5 : x;
      const b = corrected ? n - x + 0.5 : n - x;
      if (transform === "logit") return { yi: Math.log(a / b), vi: 1 / a + 1 / b, corrected };
      const p = a / (a + b);
      return { yi: p, vi: (p * (1 - p)) / (a + b), corrected };
    }
  }
}

/** Freeman–Tukey transform of a proportion p at sample size n (metafor's `transf.pft`). */
function freemanTukey(p: number, n: number): number {
  return 0.5 *
    (Math.asin(Math.sqrt((p * n) / (n + 1))) + Math.asin(Math.sqrt((p * n + 1) / (n + 1))));
}

/**
 * Back-transforms a value on the pooling scale to a proportion, as metafor's
 * `transf.ilogit`, `transf.iarcsin` (clipped to [0, 1] outside [0, π/2]) and
 * `transf.ipft.hm` (Miller's 1978 inversion at sample size `nHarmonic`, clipped to [0, 1]
 * outside the range of the transform at that n); `"raw"` is returned unchanged.
 *
 * @example Inverse logit and Miller's inversion
 * ```ts
 * import { metaBackTransform } from "./meta_proportions.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(metaBackTransform(0, "logit", 10), 0.5, 1e-15);
 * // Freeman–Tukey transform of 3/10 at n = 10, inverted at n = 10, gives back 0.3
 * const t = 0.5 * (Math.asin(Math.sqrt(3 / 11)) + Math.asin(Math.sqrt(4 / 11)));
 * assertAlmostEquals(metaBackTransform(t, "freeman-tukey", 10), 0.3, 1e-12);
 * ```
 */
export function metaBackTransform(t: number, transform: MetaTransform, nHarmonic: number): number {
  switch (transform) {
    case "logit":
      return 1 / (1 + Math.exp(-t));
    case "arcsine":
      if (t < 0) return 0;
      if (t > Math.PI / 2) return 1;
      return Math.sin(t) ** 2;
    case "raw":
      return t;
    case "freeman-tukey": {
      if (t < freemanTukey(0, nHarmonic)) return 0;
      if (t > freemanTukey(1, nHarmonic)) return 1;
      const s = Math.sin(2 * t);
      const inner = 1 - (s + (s - 1 / s) / nHarmonic) ** 2;
      return 0.5 * (1 - Math.sign(Math.cos(2 * t)) * Math.sqrt(Math.max(0, inner)));
    }
  }
}

/**
 * Pools single proportions across studies (inverse-variance, on a transformed scale), as
 * metafor's `rma(escalc(measure, xi, ni), method = tau2, test = "z" | "knha")` followed by
 * `predict()` with the matching back-transform.
 *
 * The prediction interval is estimate ± c·√(SE² + τ²), c the normal quantile, or the t
 * quantile with k − 1 df under Knapp–Hartung (as `predict.rma`). For a common-effect model it
 * equals the confidence interval.
 *
 * A single study (k = 1): τ² cannot be estimated, so it is 0 whatever `tau2` says, and the
 * result is that study's own estimate with its Wald interval on the chosen scale; Q = 0 with
 * p = 1, I² = 0, H² = 1, and the prediction interval equals the confidence interval. These
 * are metafor's values, and the result carries a `note` saying so. Knapp–Hartung needs k ≥ 2
 * (its t has k − 1 df) and is refused for k = 1 (metafor silently switches to z).
 *
 * Knapp–Hartung with `tau2: "FE"` is computed (as metafor, which warns that the method was
 * devised for random-effects models).
 *
 * @param studies the studies; endpoints and populations, where given, must agree unless
 *   `allowMixedEndpoints` is set
 * @throws {RangeError} no study, x > n, n = 0, an unknown `transform` or `tau2`, a `level`
 *   outside (0, 1), mixed endpoints or populations, Knapp–Hartung with one study
 * @throws {TypeError} a non-numeric count or a non-boolean flag
 *
 * @example Relapsed/refractory response rates (Aureli 2023), logit scale, REML
 * ```ts
 * import { metaProportions } from "./meta_proportions.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const studies = [
 *   { label: "Topp 2015", x: 81, n: 189 },
 *   { label: "ALCANTARA", x: 16, n: 45 },
 *   { label: "RIALTO", x: 69, n: 110 },
 * ];
 * const fit = metaProportions(studies, { transform: "logit", tau2: "REML" });
 * // metafor 3.8.1: rma(escalc("PLO", xi, ni), method = "REML") then transf.ilogit
 * assertAlmostEquals(fit.proportion.estimate, 0.475455, 1e-6);
 * assertAlmostEquals(fit.heterogeneity.tau2, 0.271694, 1e-6);
 * ```
 *
 * @example Pooling different endpoints is refused
 * ```ts
 * import { metaProportions } from "./meta_proportions.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(
 *   () =>
 *     metaProportions([
 *       { label: "Topp 2015", x: 81, n: 189, endpoint: "CR/CRh" },
 *       { label: "ELIANA", x: 61, n: 75, endpoint: "overall remission" },
 *     ]),
 *   RangeError,
 *   "cannot pool different endpoints",
 * );
 * ```
 */
export function metaProportions(
  studies: readonly ProportionStudy[],
  options: MetaProportionsOptions = {},
): MetaProportionsResult {
  if (!Array.isArray(studies)) {
    throw new TypeError(`\`studies\` must be an array, got ${String(studies)}`);
  }
  if (studies.length === 0) {
    throw new RangeError("`studies` must contain at least one study, got 0");
  }
  studies.forEach((s, i) => {
    if (typeof s !== "object" || s === null) {
      throw new TypeError(`\`studies[${i}]\` must be an object { x, n }, got ${String(s)}`);
    }
    requireCounts(s.x, s.n, `studies[${i}].x`, `studies[${i}].n`);
  });
  const transform = options.transform ?? "logit";
  requireOneOf("transform", transform, META_TRANSFORMS);
  const tau2Method = options.tau2 ?? "REML";
  requireOneOf("tau2", tau2Method, TAU2_METHODS);
  const level = options.level ?? 0.95;
  requireOpenUnit("level", level);
  const knappHartung = options.knappHartung ?? false;
  const allowMixed = options.allowMixedEndpoints ?? false;
  for (
    const [name, value] of [["knappHartung", knappHartung], ["allowMixedEndpoints", allowMixed]]
  ) {
    if (typeof value !== "boolean") {
      throw new TypeError(`\`${name}\` must be a boolean, got ${JSON.stringify(value)}`);
    }
  }
  if (!allowMixed) {
    requireSameField(studies, "endpoint");
    requireSameField(studies, "population");
  }
  const k = studies.length;
  if (knappHartung && k === 1) {
    throw new RangeError(
      "`knappHartung` needs at least 2 studies (its t distribution has k − 1 df), got 1 study",
    );
  }

  const effects = studies.map((s) => studyEffect(s.x, s.n, transform));
  const y = effects.map((e) => e.yi);
  const v = effects.map((e) => e.vi);
  const fit = poolInverseVariance(y, v, tau2Method, level, knappHartung);

  const harmonicMeanN = k / studies.reduce((acc, s) => acc + 1 / s.n, 0);
  const transformed = {
    estimate: fit.estimate,
    se: fit.se,
    lower: fit.lower,
    upper: fit.upper,
    predictionLower: fit.predictionLower,
    predictionUpper: fit.predictionUpper,
  };
  const back = (t: number) => metaBackTransform(t, transform, harmonicMeanN);
  const result: MetaProportionsResult = {
    method: { transform, tau2: tau2Method, level, knappHartung },
    k,
    studies: studies.map((s, i) => ({
      label: s.label ?? `study ${i + 1}`,
      x: s.x,
      n: s.n,
      corrected: effects[i]!.corrected,
      yi: y[i]!,
      vi: v[i]!,
      proportion: s.x / s.n,
      weightPercent: fit.weightPercent[i]!,
    })),
    transformed,
    proportion: {
      estimate: back(transformed.estimate),
      lower: back(transformed.lower),
      upper: back(transformed.upper),
      predictionLower: back(transformed.predictionLower),
      predictionUpper: back(transformed.predictionUpper),
    },
    harmonicMeanN,
    test: fit.test,
    heterogeneity: fit.heterogeneity,
  };
  const title = `Meta-analysis of ${k} ${
    k === 1 ? "study" : "studies"
  } (${transform}, ${tau2Method})`;
  if (k === 1) {
    return displayAs(title, {
      ...result,
      note: "a single study: tau² is not estimable and is set to 0, so the pooled estimate is " +
        "the study's own (Wald interval on the chosen scale); Q = 0, p = 1, I² = 0, H² = 1",
    });
  }
  return displayAs(title, result);
}
