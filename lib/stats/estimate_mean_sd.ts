/**
 * Estimating a sample's mean and standard deviation from the quantiles a paper reports instead
 * (a median with the range and/or the quartiles), as meta-analyses must.
 *
 * Three reporting scenarios, named as in Wan et al. (2014):
 * - **S1**: n, minimum, median, maximum;
 * - **S2**: n, first quartile, median, third quartile;
 * - **S3**: all five (n, minimum, quartiles, median, maximum).
 *
 * Methods (the {@linkcode MEAN_SD_METHODS} list; each entry of {@linkcode MEAN_SD_METHOD_INFO}
 * carries its reference and the scenarios it accepts):
 *
 * | method | mean | SD | scenarios |
 * | --- | --- | --- | --- |
 * | `"hozo"` | Hozo et al. 2005 | Hozo et al. 2005 | S1 |
 * | `"wan"` | Wan et al. 2014 | Wan et al. 2014 | S1, S2, S3 |
 * | `"luo"` (default) | Luo et al. 2018 | Wan et al. 2014 | S1, S2, S3 |
 * | `"shi"` | Luo et al. 2018 | Shi et al. 2020 | S3 |
 * | `"log-normal"` | log-normal quantile fit | log-normal quantile fit | S1, S2, S3 |
 *
 * The Wan and Shi SDs divide the range by ξ(n) and the IQR by η(n), by default the closed forms
 * the papers print; `rangeConstant: "expected-range"` uses the exact expected normal range
 * instead (Wan et al.'s Table 1) and `iqrConstant: "expected-iqr"` the exact expected normal
 * IQR (their Table 2), which matter for very small n (see {@linkcode RANGE_CONSTANTS} and
 * {@linkcode IQR_CONSTANTS}).
 *
 * Hozo et al.'s (2005) estimators, option `hozo` (see {@linkcode HOZO_VARIANTS}): by default the
 * estimators their bounds give, for every n; `hozo: "recommendation"` applies the rules their
 * simulations led them to recommend (the median as the mean when n > 25; range/4 as the SD when
 * 15 < n ≤ 70 and range/6 when n > 70).
 *
 * The first four assume roughly normal data. `"log-normal"` is for positive, right-skewed
 * quantities that span orders of magnitude (receptor densities): in the spirit of the quantile
 * estimation (QE) method of McGrath et al. (2020), it fits a distribution's quantile function
 * to the reported quantiles; unlike QE it fits only the log-normal family, and does so by least
 * squares on the log scale, which has a closed form (QE minimises squared differences on the
 * original scale numerically and chooses among several families). Each reported quantile is
 * placed at the probability of Blom's (1958) plotting position for its order statistic, the
 * same positions behind Wan et al.'s ξ(n) and η(n). The fit describes a population: with a
 * wide range and small n its mean and SD can exceed what the reported sample allows (check
 * them against `medianConstraints`).
 *
 * References:
 * - Hozo, S. P., B. Djulbegovic, and I. Hozo. 2005. "Estimating the mean and variance from the
 *   median, range, and the size of a sample." BMC Medical Research Methodology 5: 13.
 *   doi:10.1186/1471-2288-5-13
 * - Wan, X., W. Wang, J. Liu, and T. Tong. 2014. "Estimating the sample mean and standard
 *   deviation from the sample size, median, range and/or interquartile range." BMC Medical
 *   Research Methodology 14: 135. doi:10.1186/1471-2288-14-135
 * - Luo, D., X. Wan, J. Liu, and T. Tong. 2018. "Optimally estimating the sample mean from the
 *   sample size, median, mid-range, and/or mid-quartile range." Statistical Methods in Medical
 *   Research 27 (6): 1785–1805. doi:10.1177/0962280216669183
 * - Shi, J., D. Luo, H. Weng, X.-T. Zeng, L. Lin, H. Chu, and T. Tong. 2020. "Optimally
 *   estimating the sample standard deviation from the five-number summary." Research Synthesis
 *   Methods 11 (5): 641–654. doi:10.1002/jrsm.1429
 * - McGrath, S., X. Zhao, R. Steele, B. D. Thombs, A. Benedetti, and the DEPRESSD
 *   Collaboration. 2020. "Estimating the sample mean and standard deviation from commonly
 *   reported quantiles in meta-analysis." Statistical Methods in Medical Research 29 (9):
 *   2520–2537. doi:10.1177/0962280219889080
 * - Blom, G. 1958. Statistical Estimates and Transformed Beta-Variables. New York: Wiley.
 *
 * @module
 */
import { logChoose, normalCdf, normalQuantile } from "./distributions.ts";
import { requireFinite, requireInteger, requireOneOf } from "./_validate.ts";

/** Estimation methods, in the order of the table above. */
export const MEAN_SD_METHODS = ["hozo", "wan", "luo", "shi", "log-normal"] as const;
/** One of {@linkcode MEAN_SD_METHODS}. */
export type MeanSdMethod = (typeof MEAN_SD_METHODS)[number];

/** Reporting scenarios: S1 min/median/max, S2 q1/median/q3, S3 all five. */
export const QUANTILE_SCENARIOS = ["S1", "S2", "S3"] as const;
/** One of {@linkcode QUANTILE_SCENARIOS}. */
export type QuantileScenario = (typeof QUANTILE_SCENARIOS)[number];

/** What a method is, where it comes from and which scenarios it accepts. */
export interface MeanSdMethodInfo {
  readonly method: MeanSdMethod;
  readonly scenarios: readonly QuantileScenario[];
  readonly mean: string;
  readonly sd: string;
  readonly references: readonly string[];
}

const HOZO =
  "Hozo SP, Djulbegovic B, Hozo I. 2005. Estimating the mean and variance from the median, range, and the size of a sample. BMC Med Res Methodol 5:13. doi:10.1186/1471-2288-5-13";
const WAN =
  "Wan X, Wang W, Liu J, Tong T. 2014. Estimating the sample mean and standard deviation from the sample size, median, range and/or interquartile range. BMC Med Res Methodol 14:135. doi:10.1186/1471-2288-14-135";
const LUO =
  "Luo D, Wan X, Liu J, Tong T. 2018. Optimally estimating the sample mean from the sample size, median, mid-range, and/or mid-quartile range. Stat Methods Med Res 27(6):1785-1805. doi:10.1177/0962280216669183";
const SHI =
  "Shi J, Luo D, Weng H, Zeng X-T, Lin L, Chu H, Tong T. 2020. Optimally estimating the sample standard deviation from the five-number summary. Res Synth Methods 11(5):641-654. doi:10.1002/jrsm.1429";
const MCGRATH =
  "McGrath S, Zhao X, Steele R, Thombs BD, Benedetti A, DEPRESSD Collaboration. 2020. Estimating the sample mean and standard deviation from commonly reported quantiles in meta-analysis. Stat Methods Med Res 29(9):2520-2537. doi:10.1177/0962280219889080";
const BLOM = "Blom G. 1958. Statistical Estimates and Transformed Beta-Variables. Wiley.";

/** Reference and accepted scenarios of every method. */
export const MEAN_SD_METHOD_INFO: Readonly<Record<MeanSdMethod, MeanSdMethodInfo>> = {
  hozo: {
    method: "hozo",
    scenarios: ["S1"],
    mean: "(min + 2·median + max)/4 + (min − 2·median + max)/(4n); " +
      'with hozo: "recommendation", the median when n > 25',
    sd: "the SD of the pseudo-sample behind the mean: min, median, max, (n − 3)/2 values at " +
      "(min + median)/2 and (n − 3)/2 at (median + max)/2, divisor n − 1; " +
      'with hozo: "recommendation", √(((min − 2·median + max)²/4 + (max − min)²)/12) ' +
      "if n ≤ 15, range/4 if 15 < n ≤ 70, range/6 if n > 70",
    references: [HOZO],
  },
  wan: {
    method: "wan",
    scenarios: ["S1", "S2", "S3"],
    mean: "S1 (min + 2·median + max)/4 + (min − 2·median + max)/(4n) (Hozo et al.'s, " +
      "Wan et al.'s equation 2); S2 (q1 + median + q3)/3; " +
      "S3 (min + 2·q1 + 2·median + 2·q3 + max)/8",
    sd: "S1 (max − min)/ξ(n); S2 (q3 − q1)/η(n); S3 the average of the two",
    references: [WAN],
  },
  luo: {
    method: "luo",
    scenarios: ["S1", "S2", "S3"],
    mean: "S1 w·(min + max)/2 + (1 − w)·median, w = 4/(4 + n^0.75); " +
      "S2 w·(q1 + q3)/2 + (1 − w)·median, w = 0.7 + 0.39/n; " +
      "S3 w₁·(min + max)/2 + w₂·(q1 + q3)/2 + (1 − w₁ − w₂)·median, " +
      "w₁ = 2.2/(2.2 + n^0.75), w₂ = 0.7 − 0.72/n^0.55",
    sd: 'as method "wan"',
    references: [LUO, WAN],
  },
  shi: {
    method: "shi",
    scenarios: ["S3"],
    mean: 'as method "luo"',
    sd: "w·(max − min)/ξ(n) + (1 − w)·(q3 − q1)/η(n), w = 1/(1 + 0.07·n^0.6)",
    references: [SHI, LUO],
  },
  "log-normal": {
    method: "log-normal",
    scenarios: ["S1", "S2", "S3"],
    mean: "exp(μ + σ²/2), with (μ, σ) the least-squares fit of log q = μ + σ·Φ⁻¹(p) " +
      "to the reported quantiles q at Blom's plotting positions p",
    sd: "exp(μ + σ²/2)·√(exp(σ²) − 1)",
    references: [MCGRATH, BLOM],
  },
};

/** A reported quantile summary. S1 needs min and max, S2 q1 and q3, S3 all four. */
export interface QuantileSummary {
  readonly n: number;
  readonly median: number;
  readonly min?: number;
  readonly max?: number;
  readonly q1?: number;
  readonly q3?: number;
}

/**
 * The constant ξ(n) that turns a range into an SD in the Wan and Shi estimators (SD ≈ range/ξ):
 * `"blom"` (default), the closed form 2Φ⁻¹((n − 0.375)/(n + 0.25)) that the papers print and
 * most software uses; `"expected-range"`, the exact expected range of n standard normal
 * observations, 2E(Z₍ₙ₎) (Wan et al. 2014 tabulate it for n ≤ 50 in their Table 1). The two
 * differ by 4.5% at n = 2, 2.7% at n = 3, 0.5% at n = 10 and under 0.1% beyond n = 50.
 */
export const RANGE_CONSTANTS = ["blom", "expected-range"] as const;
/** One of {@linkcode RANGE_CONSTANTS}. */
export type RangeConstant = (typeof RANGE_CONSTANTS)[number];

/**
 * The constant η(n) that turns an interquartile range into an SD in the Wan, Luo and Shi
 * estimators (SD ≈ IQR/η): `"blom"` (default), the closed form 2Φ⁻¹((0.75n − 0.125)/(n + 0.25))
 * that the papers print; `"expected-iqr"`, the exact expected IQR of n standard normal
 * observations (see {@linkcode expectedNormalIqr}), which Wan et al. (2014) tabulate for
 * n = 4Q + 1 ≤ 201 in their Table 2. The two differ by 1.1% at n = 5, 0.3% at n = 9 and under
 * 0.1% beyond n = 21 (n = 4Q + 1).
 */
export const IQR_CONSTANTS = ["blom", "expected-iqr"] as const;
/** One of {@linkcode IQR_CONSTANTS}. */
export type IqrConstant = (typeof IQR_CONSTANTS)[number];

/**
 * Which of Hozo et al.'s (2005) estimates `method: "hozo"` gives: `"estimator"` (default), the
 * estimators for every n; `"recommendation"`, the rules their simulations recommend by sample
 * size (mean: the estimator up to n = 25, the median above; SD: their closed form
 * √(((a − 2m + b)²/4 + (b − a)²)/12) up to n = 15, range/4 up to n = 70, range/6 above).
 */
export const HOZO_VARIANTS = ["estimator", "recommendation"] as const;
/** One of {@linkcode HOZO_VARIANTS}. */
export type HozoVariant = (typeof HOZO_VARIANTS)[number];

/** Options of {@linkcode estimateMeanSD}. */
export interface EstimateMeanSdOptions {
  /** Estimation method; default `"luo"`. */
  readonly method?: MeanSdMethod;
  /** ξ(n) for the range-based SD of `"wan"`, `"luo"` and `"shi"`; default `"blom"`. */
  readonly rangeConstant?: RangeConstant;
  /** η(n) for the IQR-based SD of `"wan"`, `"luo"` and `"shi"`; default `"blom"`. */
  readonly iqrConstant?: IqrConstant;
  /** For `method: "hozo"`: the estimators or Hozo et al.'s recommendation; default `"estimator"`. */
  readonly hozo?: HozoVariant;
}

/** An estimated mean and SD, with how they were obtained. */
export interface MeanSdEstimate {
  readonly method: MeanSdMethod;
  readonly scenario: QuantileScenario;
  readonly input: QuantileSummary;
  readonly mean: number;
  readonly sd: number;
  /** For `"wan"`, `"luo"` and `"shi"` with a range (S1, S3): the ξ(n) used. */
  readonly rangeConstant?: RangeConstant;
  /** For `"wan"`, `"luo"` and `"shi"` with quartiles (S2, S3): the η(n) used. */
  readonly iqrConstant?: IqrConstant;
  /** For `"hozo"`: which of Hozo et al.'s estimates. */
  readonly hozo?: HozoVariant;
  /** For `"log-normal"`: the fitted parameters of log X ~ N(μ, σ²). */
  readonly logNormal?: { readonly mu: number; readonly sigma: number };
}

/**
 * Blom's plotting position for the expected maximum of n normal observations:
 * Φ⁻¹((n − 0.375)/(n + 0.25)). Wan et al.'s ξ(n) is twice this.
 */
function zMax(n: number): number {
  return normalQuantile((n - 0.375) / (n + 0.25));
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const expectedRangeCache = new Map<number, number>();

/**
 * The expected range of n independent standard normal observations, 2E(Z₍ₙ₎), with
 * E(Z₍ₙ₎) = ∫ z·n·φ(z)·Φ(z)ⁿ⁻¹ dz computed by Simpson's rule on [−9, 9] (h = 0.005; the
 * integrand is smooth and negligible outside for n < 10¹⁵). Wan et al. (2014) call it ξ(n) and
 * tabulate it to 3 decimals for n ≤ 50 (their Table 1).
 *
 * @throws {RangeError} unless `n` is an integer ≥ 1
 *
 * @example Wan et al. (2014), Table 1: ξ(10) = 3.078
 * ```ts
 * import { expectedNormalRange } from "./estimate_mean_sd.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(expectedNormalRange(10), 3.078, 5e-4);
 * assertAlmostEquals(expectedNormalRange(2), 2 / Math.sqrt(Math.PI), 1e-10);
 * ```
 */
export function expectedNormalRange(n: number): number {
  requireInteger("n", n, 1);
  const cached = expectedRangeCache.get(n);
  if (cached !== undefined) return cached;
  const a = -9;
  const panels = 3600;
  const h = 18 / panels;
  let sum = 0;
  for (let k = 0; k <= panels; k++) {
    const z = a + k * h;
    const weight = k === 0 || k === panels ? 1 : k % 2 === 1 ? 4 : 2;
    const f = z * n * Math.exp(-z * z / 2) / SQRT_2PI * normalCdf(z) ** (n - 1);
    sum += weight * f;
  }
  const value = 2 * sum * h / 3;
  expectedRangeCache.set(n, value);
  return value;
}

/** Blom's plotting position for the third quartile: Φ⁻¹((0.75n − 0.125)/(n + 0.25)) = η(n)/2. */
function zQ3(n: number): number {
  return normalQuantile((0.75 * n - 0.125) / (n + 0.25));
}

const orderStatisticCache = new Map<string, number>();

/**
 * E(Z₍ₖ₎), the expected k-th smallest of n standard normal observations:
 * ∫ z·f(z) dz with log f(z) = log(n·C(n − 1, k − 1)) + (k − 1)·log Φ(z) + (n − k)·log Φ(−z)
 * + log φ(z), by Simpson's rule (800 panels) over the window where f is within e⁻⁴⁰ of its
 * largest value, found by stepping out from Blom's approximation.
 */
function expectedOrderStatistic(k: number, n: number): number {
  const key = `${k}/${n}`;
  const cached = orderStatisticCache.get(key);
  if (cached !== undefined) return cached;
  const logConstant = Math.log(n) + logChoose(n - 1, k - 1) - 0.5 * Math.log(2 * Math.PI);
  const logDensity = (z: number) =>
    logConstant + (k > 1 ? (k - 1) * Math.log(normalCdf(z)) : 0) +
    (n > k ? (n - k) * Math.log(normalCdf(-z)) : 0) - z * z / 2;
  const p = (k - 0.375) / (n + 0.25);
  const centre = normalQuantile(p);
  const spread = Math.sqrt(p * (1 - p) / (n + 2)) * Math.sqrt(2 * Math.PI) *
    Math.exp(centre * centre / 2);
  const step = Math.min(0.25, spread / 4);
  let peak = logDensity(centre);
  let low = centre;
  while (low > -40) {
    low -= step;
    const value = logDensity(low);
    peak = Math.max(peak, value);
    if (value < peak - 40) break;
  }
  let high = centre;
  while (high < 40) {
    high += step;
    const value = logDensity(high);
    peak = Math.max(peak, value);
    if (value < peak - 40) break;
  }
  const panels = 800;
  const h = (high - low) / panels;
  let sum = 0;
  for (let i = 0; i <= panels; i++) {
    const z = low + i * h;
    const weight = i === 0 || i === panels ? 1 : i % 2 === 1 ? 4 : 2;
    sum += weight * z * Math.exp(logDensity(z));
  }
  const value = sum * h / 3;
  orderStatisticCache.set(key, value);
  return value;
}

/**
 * The expected interquartile range of n independent standard normal observations, with the
 * quartiles as R's `quantile()` computes them by default (type 7: the third quartile at
 * position h = 0.75(n − 1) + 1 of the ordered sample, interpolating linearly between the
 * order statistics around it): 2·[(1 − g)·E(Z₍ⱼ₎) + g·E(Z₍ⱼ₊₁₎)], j = ⌊h⌋, g = h − j. For
 * n = 4Q + 1 the quartiles are the order statistics Q + 1 and 3Q + 1, and this is Wan et al.'s
 * (2014) η(n) = 2E(Z₍₃Q₊₁₎), tabulated to 3 decimals for Q ≤ 50 in their Table 2. (The R
 * package meta applies Table 2 at Q = ⌈(n − 1)/4⌉ to other n.)
 *
 * @throws {RangeError} unless `n` is an integer ≥ 2
 *
 * @example Wan et al. (2014), Table 2: η(5) = 0.990, η(201) = 1.340
 * ```ts
 * import { expectedNormalIqr } from "./estimate_mean_sd.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * assertAlmostEquals(expectedNormalIqr(5), 0.990, 5e-4);
 * assertAlmostEquals(expectedNormalIqr(201), 1.340, 5e-4);
 * ```
 */
export function expectedNormalIqr(n: number): number {
  requireInteger("n", n, 2);
  const h = 0.75 * (n - 1) + 1;
  const j = Math.floor(h);
  const g = h - j;
  const upper = g === 0
    ? expectedOrderStatistic(j, n)
    : (1 - g) * expectedOrderStatistic(j, n) + g * expectedOrderStatistic(j + 1, n);
  return 2 * upper;
}

/**
 * Identifies the scenario of a quantile summary and validates it: every given value finite,
 * `n` an integer ≥ `minN` (default 1), the values in order, min and max (q1 and q3) given
 * together.
 *
 * @throws {RangeError} naming the offending field and its value
 *
 * @example Which scenario a summary is
 * ```ts
 * import { quantileScenario } from "./estimate_mean_sd.ts";
 * import { assertEquals, assertThrows } from "@std/assert";
 * assertEquals(quantileScenario({ n: 10, min: 108, median: 6817.5, max: 44872 }), "S1");
 * assertThrows(() => quantileScenario({ n: 3, min: 5, median: 4, max: 9 }), RangeError, "`min`");
 * ```
 */
export function quantileScenario(summary: QuantileSummary, minN = 1): QuantileScenario {
  requireInteger("n", summary.n, minN);
  requireFinite("median", summary.median);
  const { min, max, q1, q3 } = summary;
  for (const [name, value] of [["min", min], ["max", max], ["q1", q1], ["q3", q3]] as const) {
    if (value !== undefined) requireFinite(name, value);
  }
  if ((min === undefined) !== (max === undefined)) {
    const missing = min === undefined ? "min" : "max";
    throw new RangeError(
      `\`${missing}\` must be given together with \`${missing === "min" ? "max" : "min"}\`, ` +
        `got ${missing} = undefined`,
    );
  }
  if ((q1 === undefined) !== (q3 === undefined)) {
    const missing = q1 === undefined ? "q1" : "q3";
    throw new RangeError(
      `\`${missing}\` must be given together with \`${missing === "q1" ? "q3" : "q1"}\`, ` +
        `got ${missing} = undefined`,
    );
  }
  if (min === undefined && q1 === undefined) {
    throw new RangeError("`min`/`max` or `q1`/`q3` must be given, got neither");
  }
  const ordered: [string, number][] = [];
  if (min !== undefined) ordered.push(["min", min]);
  if (q1 !== undefined) ordered.push(["q1", q1]);
  ordered.push(["median", summary.median]);
  if (q3 !== undefined) ordered.push(["q3", q3]);
  if (max !== undefined) ordered.push(["max", max]);
  for (let k = 1; k < ordered.length; k++) {
    const [lowName, low] = ordered[k - 1]!;
    const [highName, high] = ordered[k]!;
    if (low > high) {
      throw new RangeError(
        `\`${lowName}\` must be ≤ \`${highName}\` (${highName} = ${high}), got ${low}`,
      );
    }
  }
  return min === undefined ? "S2" : q1 === undefined ? "S1" : "S3";
}

/**
 * Estimates the sample mean and SD from a reported median with the range and/or quartiles.
 *
 * @param summary `n` (an integer ≥ 2), `median`, and `min`/`max` and/or `q1`/`q3`
 * @param options `method` (default `"luo"`), see {@linkcode MEAN_SD_METHOD_INFO};
 *   `rangeConstant` (default `"blom"`), see {@linkcode RANGE_CONSTANTS}; `iqrConstant`
 *   (default `"blom"`), see {@linkcode IQR_CONSTANTS}; `hozo` (default `"estimator"`), see
 *   {@linkcode HOZO_VARIANTS}
 * @throws {RangeError} naming the field and its value: n not an integer ≥ 2, values out of
 *   order, a lone min/max or q1/q3, a method that does not accept the scenario, a
 *   non-positive value with `"log-normal"`, or an unknown option value
 *
 * @example Wan et al. (2014) and the log-normal fit for a right-skewed summary
 * ```ts
 * import { estimateMeanSD } from "./estimate_mean_sd.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const summary = { n: 10, min: 181, median: 11093.5, max: 76131 };
 * const wan = estimateMeanSD(summary, { method: "wan" });
 * // Wan et al. (2014), equation 2 (Hozo et al.'s estimator): (a + 2m + b)/4 + (a − 2m + b)/(4n)
 * assertAlmostEquals(wan.mean, 24624.75 + (181 - 2 * 11093.5 + 76131) / 40, 1e-9);
 * const lognormal = estimateMeanSD(summary, { method: "log-normal" });
 * assertAlmostEquals(lognormal.logNormal!.mu, Math.log(181 * 11093.5 * 76131) / 3, 1e-12);
 * ```
 */
export function estimateMeanSD(
  summary: QuantileSummary,
  options: EstimateMeanSdOptions = {},
): MeanSdEstimate {
  const method = options.method ?? "luo";
  requireOneOf("method", method, MEAN_SD_METHODS);
  const rangeConstant = options.rangeConstant ?? "blom";
  requireOneOf("rangeConstant", rangeConstant, RANGE_CONSTANTS);
  const iqrConstant = options.iqrConstant ?? "blom";
  requireOneOf("iqrConstant", iqrConstant, IQR_CONSTANTS);
  const hozo = options.hozo ?? "estimator";
  requireOneOf("hozo", hozo, HOZO_VARIANTS);
  const scenario = quantileScenario(summary, 2);
  const info = MEAN_SD_METHOD_INFO[method];
  if (!info.scenarios.includes(scenario)) {
    throw new RangeError(
      `\`method\` "${method}" accepts scenario ${info.scenarios.join(", ")} only, got a ` +
        `${scenario} summary (${
          scenario === "S1" ? "min/median/max" : scenario === "S2" ? "q1/median/q3" : "all five"
        })`,
    );
  }
  const input = { ...summary };
  if (method === "log-normal") return logNormalFit(input, scenario);
  if (method === "hozo") {
    return {
      method,
      scenario,
      input,
      hozo,
      mean: hozoMean(input, hozo),
      sd: hozoSd(input, hozo),
    };
  }
  const usesRange = scenario !== "S2";
  const usesIqr = scenario !== "S1";
  const xi = rangeConstant === "blom" ? 2 * zMax(input.n) : expectedNormalRange(input.n);
  const eta = !usesIqr
    ? NaN
    : iqrConstant === "blom"
    ? 2 * zQ3(input.n)
    : expectedNormalIqr(input.n);
  return {
    method,
    scenario,
    input,
    ...(usesRange ? { rangeConstant } : {}),
    ...(usesIqr ? { iqrConstant } : {}),
    mean: method === "wan" ? wanMean(input, scenario) : luoMean(input, scenario),
    sd: method === "shi" ? shiSd(input, xi, eta) : wanSd(input, scenario, xi, eta),
  };
}

/** Hozo et al.'s (2005) mean estimator (a + 2m + b)/4 + (a − 2m + b)/(4n). */
function hozoEstimator({ n, min, median, max }: QuantileSummary): number {
  return (min! + 2 * median + max!) / 4 + (min! - 2 * median + max!) / (4 * n);
}

function hozoMean(input: QuantileSummary, variant: HozoVariant): number {
  return variant === "recommendation" && input.n > 25 ? input.median : hozoEstimator(input);
}

/**
 * Estimator: the SD (divisor n − 1) of the pseudo-sample whose mean is the estimator above —
 * a, m, b, and (n − 3)/2 values at each of (a + m)/2 and (m + b)/2 — written as a sum of
 * squared deviations. Recommendation: Hozo et al.'s closed form up to n = 15, range/4 up to 70,
 * range/6 above.
 */
function hozoSd(input: QuantileSummary, variant: HozoVariant): number {
  const { n, median } = input;
  const min = input.min!;
  const max = input.max!;
  const range = max - min;
  if (variant === "recommendation") {
    if (n <= 15) return Math.sqrt(((min - 2 * median + max) ** 2 / 4 + range ** 2) / 12);
    return n <= 70 ? range / 4 : range / 6;
  }
  const mean = hozoEstimator(input);
  const squares = (min - mean) ** 2 + (median - mean) ** 2 + (max - mean) ** 2 +
    ((n - 3) / 2) * (((min + median) / 2 - mean) ** 2 + ((median + max) / 2 - mean) ** 2);
  return Math.sqrt(squares / (n - 1));
}

function wanMean(input: QuantileSummary, s: QuantileScenario): number {
  const { min, q1, median, q3, max } = input;
  if (s === "S1") return hozoEstimator(input);
  if (s === "S2") return (q1! + median + q3!) / 3;
  return (min! + 2 * q1! + 2 * median + 2 * q3! + max!) / 8;
}

function luoMean({ n, min, q1, median, q3, max }: QuantileSummary, s: QuantileScenario): number {
  if (s === "S1") {
    const w = 4 / (4 + n ** 0.75);
    return w * (min! + max!) / 2 + (1 - w) * median;
  }
  if (s === "S2") {
    const w = 0.7 + 0.39 / n;
    return w * (q1! + q3!) / 2 + (1 - w) * median;
  }
  const w1 = 2.2 / (2.2 + n ** 0.75);
  const w2 = 0.7 - 0.72 / n ** 0.55;
  return w1 * (min! + max!) / 2 + w2 * (q1! + q3!) / 2 + (1 - w1 - w2) * median;
}

function wanSd(
  { min, q1, q3, max }: QuantileSummary,
  s: QuantileScenario,
  xi: number,
  eta: number,
): number {
  const fromRange = () => (max! - min!) / xi;
  const fromIqr = () => (q3! - q1!) / eta;
  if (s === "S1") return fromRange();
  if (s === "S2") return fromIqr();
  return (fromRange() + fromIqr()) / 2;
}

function shiSd({ n, min, q1, q3, max }: QuantileSummary, xi: number, eta: number): number {
  const w = 1 / (1 + 0.07 * n ** 0.6);
  return w * (max! - min!) / xi + (1 - w) * (q3! - q1!) / eta;
}

function logNormalFit(input: QuantileSummary, scenario: QuantileScenario): MeanSdEstimate {
  const { n } = input;
  const points: [string, number, number][] = [];
  if (input.min !== undefined) points.push(["min", input.min, -zMax(n)]);
  if (input.q1 !== undefined) points.push(["q1", input.q1, -zQ3(n)]);
  points.push(["median", input.median, 0]);
  if (input.q3 !== undefined) points.push(["q3", input.q3, zQ3(n)]);
  if (input.max !== undefined) points.push(["max", input.max, zMax(n)]);
  for (const [name, value] of points) {
    if (!(value > 0)) {
      throw new RangeError(
        `\`${name}\` must be > 0 for the log-normal fit (log scale), got ${value}`,
      );
    }
  }
  // Least squares of y = log q on z; the z are symmetric about 0, so the intercept is ȳ.
  let sumY = 0;
  let sumZY = 0;
  let sumZZ = 0;
  for (const [, value, z] of points) {
    const y = Math.log(value);
    sumY += y;
    sumZY += z * y;
    sumZZ += z * z;
  }
  const mu = sumY / points.length;
  const sigma = sumZY / sumZZ;
  const mean = Math.exp(mu + sigma * sigma / 2);
  return {
    method: "log-normal",
    scenario,
    input,
    mean,
    sd: mean * Math.sqrt(Math.expm1(sigma * sigma)),
    logNormal: { mu, sigma },
  };
}
