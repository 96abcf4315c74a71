/**
 * The computations of the Mantel–Haenszel analyses shared by `mantelHaenszel` (stratified
 * tables) and `metaTwoArm` (pooling = "mantel-haenszel"): the pooled odds ratio, risk ratio
 * and risk difference with their variances, the Cochran–Mantel–Haenszel test and the
 * Breslow–Day test. Private to `lib/stats/`; formulas and references are documented on
 * `mantelHaenszel` in `mantel_haenszel.ts`.
 *
 * @module
 */
import type { Arm } from "./_two_arm.ts";
import { chiSquareSf } from "./distributions.ts";

/** Variance estimators of the Mantel–Haenszel risk difference; the first is the default. */
export const MH_DIFFERENCE_VARIANCES = ["sato", "greenland-robins"] as const;
/** One of {@linkcode MH_DIFFERENCE_VARIANCES}. */
export type MhDifferenceVariance = (typeof MH_DIFFERENCE_VARIANCES)[number];

/** A chi-square test with its degrees of freedom. */
export interface ChiSquareStatistic {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
}

/** The four cells of a stratum: a, b events and non-events in arm a; c, d in arm b. */
export interface Cells {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
  readonly n1: number;
  readonly n2: number;
  readonly n: number;
}

export function cellsOf(s: { readonly a: Arm; readonly b: Arm }): Cells {
  const a = s.a.x;
  const c = s.b.x;
  return { a, b: s.a.n - a, c, d: s.b.n - c, n1: s.a.n, n2: s.b.n, n: s.a.n + s.b.n };
}

export interface PooledFit {
  /** Log ratio or difference. */
  readonly estimate: number;
  readonly se: number;
  /** Mantel–Haenszel weight of each stratum (unnormalised). */
  readonly weights: readonly number[];
}

export function oddsRatio(cells: readonly Cells[], name: string): PooledFit {
  let r = 0;
  let s = 0;
  let pr = 0;
  let psQr = 0;
  let qs = 0;
  for (const { a, b, c, d, n } of cells) {
    const ri = (a * d) / n;
    const si = (b * c) / n;
    const pi = (a + d) / n;
    const qi = (b + c) / n;
    r += ri;
    s += si;
    pr += pi * ri;
    psQr += pi * si + qi * ri;
    qs += qi * si;
  }
  if (r === 0 || s === 0) {
    throw new RangeError(
      `the Mantel–Haenszel odds ratio of \`${name}\` is not estimable: Σ a·d/N = ${r} and ` +
        `Σ b·c/N = ${s} (one of them is 0 when every stratum has a zero in that diagonal)`,
    );
  }
  const variance = 0.5 * (pr / (r * r) + psQr / (r * s) + qs / (s * s));
  return {
    estimate: Math.log(r / s),
    se: Math.sqrt(variance),
    weights: cells.map((t) => (t.b * t.c) / t.n),
  };
}

export function riskRatio(cells: readonly Cells[], name: string): PooledFit {
  let r = 0;
  let s = 0;
  let v = 0;
  for (const { a, c, n1, n2, n } of cells) {
    r += (a * n2) / n;
    s += (c * n1) / n;
    v += (n1 * n2 * (a + c)) / (n * n) - (a * c) / n;
  }
  if (r === 0 || s === 0) {
    throw new RangeError(
      `the Mantel–Haenszel risk ratio of \`${name}\` is not estimable: ` +
        (r === 0 ? "arm a has no event in any stratum" : "arm b has no event in any stratum"),
    );
  }
  return {
    estimate: Math.log(r / s),
    se: Math.sqrt(v / (r * s)),
    weights: cells.map((t) => (t.c * t.n1) / t.n),
  };
}

export function riskDifference(
  cells: readonly Cells[],
  variance: MhDifferenceVariance,
  name: string,
): PooledFit {
  let num = 0;
  let w = 0;
  for (const { a, c, n1, n2, n } of cells) {
    num += (a * n2 - c * n1) / n;
    w += (n1 * n2) / n;
  }
  const rd = num / w;
  let v: number;
  if (variance === "sato") {
    let p = 0;
    let q = 0;
    for (const { a, c, n1, n2, n } of cells) {
      const f1 = n1 / n;
      const f2 = n2 / n;
      p += c * f1 * f1 - a * f2 * f2 + (f1 * f2 * (n2 - n1)) / 2;
      q += (a * (n2 - c) + c * (n1 - a)) / n;
    }
    v = (rd * p + q / 2) / (w * w);
  } else {
    let sum = 0;
    for (const { a, b, c, d, n1, n2, n } of cells) {
      sum += (a * b * n2 * n2 * n2 + c * d * n1 * n1 * n1) / (n1 * n2 * n * n);
    }
    v = sum / (w * w);
  }
  if (!(v > 0)) {
    throw new RangeError(
      `the variance of the Mantel–Haenszel risk difference of \`${name}\` is ${v}: ` +
        "every stratum has no events in both arms, or only events",
    );
  }
  return { estimate: rd, se: Math.sqrt(v), weights: cells.map((t) => (t.n1 * t.n2) / t.n) };
}

export function cochranMantelHaenszel(
  cells: readonly Cells[],
  correct: boolean,
): (ChiSquareStatistic & { correct: boolean }) | null {
  let delta = 0;
  let variance = 0;
  for (const { a, c, n1, n2, n } of cells) {
    if (n < 2) continue;
    const m1 = a + c;
    const m2 = n - m1;
    delta += a - (n1 * m1) / n;
    variance += (n1 * n2 * m1 * m2) / (n * n * (n - 1));
  }
  if (!(variance > 0)) return null;
  const yates = correct && Math.abs(delta) >= 0.5 ? 0.5 : 0;
  const statistic = (Math.abs(delta) - yates) ** 2 / variance;
  return Object.freeze({ statistic, df: 1, pValue: chiSquareSf(statistic, 1), correct });
}

export function breslowDay(
  cells: readonly Cells[],
  psi: number,
): { breslowDay: ChiSquareStatistic; tarone: ChiSquareStatistic } | null {
  let bd = 0;
  let sumDiff = 0;
  let sumVar = 0;
  let informative = 0;
  for (const { a, c, n1, n2, n } of cells) {
    const m1 = a + c;
    const m2 = n - m1;
    if (m1 === 0 || m2 === 0) continue;
    informative++;
    // Expected a given the margins and psi: the root in (max(0, n1 − m2), min(n1, m1)) of
    // (psi − 1)·A² − [psi·(n1 + m1) + n2 − m1]·A + psi·n1·m1 = 0, as 2·psi·n1·m1 / (B + √D).
    const bCoef = psi * (n1 + m1) + (n2 - m1);
    const root = Math.sqrt(Math.max(0, bCoef * bCoef - 4 * psi * (psi - 1) * n1 * m1));
    const e11 = (2 * psi * n1 * m1) / (bCoef + root);
    const e12 = n1 - e11;
    const e21 = m1 - e11;
    const e22 = n2 - m1 + e11;
    const v = 1 / (1 / e11 + 1 / e12 + 1 / e21 + 1 / e22);
    const diff = a - e11;
    bd += (diff * diff) / v;
    sumDiff += diff;
    sumVar += v;
  }
  if (informative < 2) return null;
  const df = informative - 1;
  const tarone = Math.max(0, bd - (sumDiff * sumDiff) / sumVar);
  return {
    breslowDay: Object.freeze({ statistic: bd, df, pValue: chiSquareSf(bd, df) }),
    tarone: Object.freeze({ statistic: tarone, df, pValue: chiSquareSf(tarone, df) }),
  };
}
