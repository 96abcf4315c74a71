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
 * The Wan and Shi SDs divide the range by ξ(n), by default the closed form the papers print;
 * `rangeConstant: "expected-range"` uses the exact expected normal range instead (Wan et al.'s
 * Table 1), which matters for very small n (see {@linkcode RANGE_CONSTANTS}).
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
import { normalCdf, normalQuantile } from "./distributions.ts";
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
    mean: "(min + 2·median + max)/4 if n ≤ 25, else the median",
    sd: "√(((min − 2·median + max)²/4 + (max − min)²)/12) if n ≤ 15, " +
      "range/4 if 15 < n ≤ 70, range/6 if n > 70",
    references: [HOZO],
  },
  wan: {
    method: "wan",
    scenarios: ["S1", "S2", "S3"],
    mean: "S1 (min + 2·median + max)/4; S2 (q1 + median + q3)/3; " +
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

/** Options of {@linkcode estimateMeanSD}. */
export interface EstimateMeanSdOptions {
  /** Estimation method; default `"luo"`. */
  readonly method?: MeanSdMethod;
  /** ξ(n) for the range-based SD of `"wan"`, `"luo"` and `"shi"`; default `"blom"`. */
  readonly rangeConstant?: RangeConstant;
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
 *   `rangeConstant` (default `"blom"`), see {@linkcode RANGE_CONSTANTS}
 * @throws {RangeError} naming the field and its value: n not an integer ≥ 2, values out of
 *   order, a lone min/max or q1/q3, a method that does not accept the scenario, or a
 *   non-positive value with `"log-normal"`
 *
 * @example Wan et al. (2014) and the log-normal fit for a right-skewed summary
 * ```ts
 * import { estimateMeanSD } from "./estimate_mean_sd.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const summary = { n: 10, min: 181, median: 11093.5, max: 76131 };
 * const wan = estimateMeanSD(summary, { method: "wan" });
 * assertAlmostEquals(wan.mean, (181 + 2 * 11093.5 + 76131) / 4, 1e-9);
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
  const xi = rangeConstant === "blom" ? 2 * zMax(input.n) : expectedNormalRange(input.n);
  const usesRange = method !== "hozo" && scenario !== "S2";
  return {
    method,
    scenario,
    input,
    ...(usesRange ? { rangeConstant } : {}),
    mean: method === "hozo"
      ? hozoMean(input)
      : method === "wan"
      ? wanMean(input, scenario)
      : luoMean(input, scenario),
    sd: method === "hozo"
      ? hozoSd(input)
      : method === "shi"
      ? shiSd(input, xi)
      : wanSd(input, scenario, xi),
  };
}

function hozoMean({ n, min, median, max }: QuantileSummary): number {
  return n <= 25 ? (min! + 2 * median + max!) / 4 : median;
}

function hozoSd({ n, min, median, max }: QuantileSummary): number {
  const range = max! - min!;
  if (n <= 15) return Math.sqrt(((min! - 2 * median + max!) ** 2 / 4 + range ** 2) / 12);
  return n <= 70 ? range / 4 : range / 6;
}

function wanMean({ min, q1, median, q3, max }: QuantileSummary, s: QuantileScenario): number {
  if (s === "S1") return (min! + 2 * median + max!) / 4;
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
  { n, min, q1, q3, max }: QuantileSummary,
  s: QuantileScenario,
  xi: number,
): number {
  const fromRange = () => (max! - min!) / xi;
  const fromIqr = () => (q3! - q1!) / (2 * zQ3(n));
  if (s === "S1") return fromRange();
  if (s === "S2") return fromIqr();
  return (fromRange() + fromIqr()) / 2;
}

function shiSd({ n, min, q1, q3, max }: QuantileSummary, xi: number): number {
  const w = 1 / (1 + 0.07 * n ** 0.6);
  return w * (max! - min!) / xi + (1 - w) * (q3! - q1!) / (2 * zQ3(n));
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
