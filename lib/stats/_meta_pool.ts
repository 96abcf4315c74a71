/**
 * Inverse-variance pooling shared by the meta-analyses (`metaProportions`, `metaTwoArm`): the
 * estimators of the between-study variance τ² (DerSimonian–Laird, REML, Paule–Mandel, or none),
 * the pooled estimate with its Wald-type or Knapp–Hartung interval, the prediction interval and
 * the heterogeneity statistics of metafor's `rma()`. Private to `lib/stats/`; the references are
 * in `meta_proportions.ts`, whose documentation describes each step.
 *
 * @module
 */
import {
  chiSquareSf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTQuantile,
} from "./distributions.ts";

/** Estimators of the between-study variance τ²; `"FE"` is the common-effect model (τ² = 0). */
export const TAU2_METHODS = ["DL", "REML", "PM", "FE"] as const;
/** An estimator of τ²; default `"REML"` (metafor's default). */
export type Tau2Method = (typeof TAU2_METHODS)[number];

/** Σw, Σw², the weighted mean μ and Σw(y − μ)², with weights 1/(vᵢ + τ²). */
export interface WeightedSums {
  readonly s1: number;
  readonly s2: number;
  readonly mu: number;
  /** Σ wᵢ (yᵢ − μ)² */
  readonly q: number;
}

/** The weighted sums at τ² = `tau2`. */
export function weightedSums(
  y: readonly number[],
  v: readonly number[],
  tau2: number,
): WeightedSums {
  let s1 = 0;
  let s2 = 0;
  let sy = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / (v[i]! + tau2);
    s1 += w;
    s2 += w * w;
    sy += w * y[i]!;
  }
  const mu = sy / s1;
  let q = 0;
  for (let i = 0; i < y.length; i++) {
    const w = 1 / (v[i]! + tau2);
    q += w * (y[i]! - mu) ** 2;
  }
  return { s1, s2, mu, q };
}

const TOLERANCE = 1e-14;
const MAX_ITERATIONS = 10_000;

/** DerSimonian–Laird: (Q − (k − 1)) / (Σw − Σw²/Σw), truncated at 0. */
function tau2DerSimonianLaird(y: readonly number[], v: readonly number[]): number {
  const { s1, s2, q } = weightedSums(y, v, 0);
  return Math.max(0, (q - (y.length - 1)) / (s1 - s2 / s1));
}

/**
 * REML by Fisher scoring, started (as metafor) at the Hedges estimator and kept ≥ 0 by step
 * halving: τ² ← τ² + (y'PPy − tr P) / tr(PP), with P = W − wwᵀ/Σw.
 */
function tau2Reml(y: readonly number[], v: readonly number[]): number {
  const k = y.length;
  const mean = y.reduce((a, b) => a + b, 0) / k;
  const rss = y.reduce((a, b) => a + (b - mean) ** 2, 0);
  const sumV = v.reduce((a, b) => a + b, 0);
  let tau2 = Math.max(0, (rss - (sumV * (k - 1)) / k) / (k - 1));
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let sy = 0;
    for (let i = 0; i < k; i++) {
      const w = 1 / (v[i]! + tau2);
      s1 += w;
      s2 += w * w;
      s3 += w * w * w;
      sy += w * y[i]!;
    }
    const mu = sy / s1;
    let yPPy = 0;
    for (let i = 0; i < k; i++) {
      const w = 1 / (v[i]! + tau2);
      yPPy += (w * (y[i]! - mu)) ** 2;
    }
    const trP = s1 - s2 / s1;
    const trPP = s2 - (2 * s3) / s1 + (s2 * s2) / (s1 * s1);
    let step = (yPPy - trP) / trPP;
    while (tau2 + step < 0) step /= 2;
    tau2 += step;
    if (Math.abs(step) <= TOLERANCE * Math.max(1, tau2)) return tau2;
  }
  throw new RangeError(`REML estimation of \`tau2\` did not converge in ${MAX_ITERATIONS} steps`);
}

/** Paule–Mandel: the τ² ≥ 0 at which Σ wᵢ(τ²)(yᵢ − μ)² = k − 1 (bisection; Q decreases). */
function tau2PauleMandel(y: readonly number[], v: readonly number[]): number {
  const target = y.length - 1;
  if (weightedSums(y, v, 0).q <= target) return 0;
  let lo = 0;
  let hi = 1;
  while (weightedSums(y, v, hi).q > target) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > TOLERANCE * hi) {
    const mid = 0.5 * (lo + hi);
    if (mid === lo || mid === hi) break;
    if (weightedSums(y, v, mid).q > target) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** τ² by `method` (0 for a single study or the common-effect model). */
export function estimateTau2(
  method: Tau2Method,
  y: readonly number[],
  v: readonly number[],
): number {
  if (y.length === 1) return 0;
  switch (method) {
    case "FE":
      return 0;
    case "DL":
      return tau2DerSimonianLaird(y, v);
    case "REML":
      return tau2Reml(y, v);
    case "PM":
      return tau2PauleMandel(y, v);
  }
}

/** A test of the pooled estimate against 0 (z, or t with k − 1 df). */
export interface PooledTest {
  readonly distribution: "normal" | "t";
  readonly statistic: number;
  readonly df: number | null;
  readonly pValue: number;
}

/** Cochran's Q (df k − 1) with its p-value, τ², I² (percent) and H². */
export interface Heterogeneity {
  readonly tau2: number;
  readonly q: number;
  readonly df: number;
  readonly pValue: number;
  readonly i2: number;
  readonly h2: number;
}

/** An inverse-variance fit on the analysis scale. */
export interface InverseVarianceFit {
  readonly estimate: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
  readonly predictionLower: number;
  readonly predictionUpper: number;
  /** Weight of each study in percent (sums to 100). */
  readonly weightPercent: readonly number[];
  readonly test: PooledTest;
  readonly heterogeneity: Heterogeneity;
}

/**
 * Pools estimates `y` with sampling variances `v` as metafor's `rma(yi, vi, method, test)`:
 * τ² by `tau2Method`, weights 1/(vᵢ + τ²), the Wald-type (or Knapp–Hartung) interval and test,
 * the prediction interval estimate ± c·√(SE² + τ²), and Q, I², H² as metafor reports them.
 */
export function poolInverseVariance(
  y: readonly number[],
  v: readonly number[],
  tau2Method: Tau2Method,
  level: number,
  knappHartung: boolean,
): InverseVarianceFit {
  const k = y.length;
  const tau2 = estimateTau2(tau2Method, y, v);
  const { s1, mu } = weightedSums(y, v, tau2);
  let se = Math.sqrt(1 / s1);
  let df: number | null = null;
  let crit = normalQuantile(1 - (1 - level) / 2);
  if (knappHartung) {
    const s2w = weightedSums(y, v, tau2).q / (k - 1);
    se *= Math.sqrt(s2w);
    df = k - 1;
    crit = studentTQuantile(1 - (1 - level) / 2, df);
  }
  const statistic = mu / se;
  const pValue = df === null
    ? 2 * normalSf(Math.abs(statistic))
    : 2 * (1 - studentTCdf(Math.abs(statistic), df));
  const halfPrediction = crit * Math.sqrt(se * se + tau2);
  return {
    estimate: mu,
    se,
    lower: mu - crit * se,
    upper: mu + crit * se,
    predictionLower: mu - halfPrediction,
    predictionUpper: mu + halfPrediction,
    weightPercent: v.map((vi) => (100 / (vi + tau2)) / s1),
    test: { distribution: df === null ? "normal" : "t", statistic, df, pValue },
    heterogeneity: heterogeneity(y, v, tau2, tau2Method === "FE"),
  };
}

/**
 * Heterogeneity from the common-effect weights 1/vᵢ (metafor's QE, I², H²): for a
 * common-effect model I² = max(0, (Q − df)/Q) and H² = Q/df; otherwise
 * I² = τ²/(s² + τ²) and H² = (τ² + s²)/s² with Higgins and Thompson's typical sampling variance
 * s² = (k − 1)/(Σw − Σw²/Σw). A single study has Q = 0, p = 1, I² = 0, H² = 1.
 */
export function heterogeneity(
  y: readonly number[],
  v: readonly number[],
  tau2: number,
  commonEffect: boolean,
): Heterogeneity {
  const k = y.length;
  const fixed = weightedSums(y, v, 0);
  const q = k > 1 ? fixed.q : 0;
  const df = k - 1;
  const pValue = k > 1 ? chiSquareSf(q, df) : 1;
  let i2 = 0;
  let h2 = 1;
  if (k > 1) {
    if (commonEffect) {
      i2 = q > 0 ? Math.max(0, (100 * (q - df)) / q) : 0;
      h2 = q / df;
    } else {
      const typical = df / (fixed.s1 - fixed.s2 / fixed.s1);
      i2 = (100 * tau2) / (typical + tau2);
      h2 = tau2 / typical + 1;
    }
  }
  return { tau2, q, df, pValue, i2, h2 };
}

/**
 * Refuses to pool studies whose `endpoint` (or `population`) differ, naming each value with its
 * studies; studies that do not state it are not compared.
 */
export function requireSameField(
  studies: readonly {
    readonly label?: string;
    readonly endpoint?: string;
    readonly population?: string;
  }[],
  field: "endpoint" | "population",
): void {
  const byValue = new Map<string, string[]>();
  studies.forEach((s, i) => {
    const value = s[field];
    if (value === undefined) return;
    const labels = byValue.get(value) ?? [];
    labels.push(s.label ?? `studies[${i}]`);
    byValue.set(value, labels);
  });
  if (byValue.size > 1) {
    const parts = [...byValue].map(([value, labels]) => `"${value}" (${labels.join(", ")})`);
    throw new RangeError(
      `cannot pool different ${field}s: ${parts.join(" vs ")}; ` +
        "pass `allowMixedEndpoints: true` to pool them anyway",
    );
  }
}
