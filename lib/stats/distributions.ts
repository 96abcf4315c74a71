/**
 * Probability distributions used across the numerical core: normal, Student t, chi-square,
 * beta and binomial. One tight family; every other module in `lib/stats/` gets its
 * distribution functions from here, so accuracy work happens in one place.
 *
 * Conventions: `*Cdf` is P(X ≤ x); `*Sf` is the upper tail P(X > x), computed directly (not as
 * 1 − cdf) so that small tails keep their relative accuracy; `*Quantile(p)` is the inverse of
 * the cdf. Arguments outside a function's domain throw a `RangeError` naming the argument.
 *
 * @module
 */
import jStatModule from "jstat";

// deno-lint-ignore no-explicit-any
const jStat: any = (jStatModule as any).jStat ?? jStatModule;

function requireProbability(name: string, p: number): void {
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`\`${name}\` must be a probability in [0, 1], got ${p}`);
  }
}

function requirePositive(name: string, v: number): void {
  if (!(v > 0) || !Number.isFinite(v)) {
    throw new RangeError(`\`${name}\` must be a positive finite number, got ${v}`);
  }
}

/** Standard normal cumulative distribution function Φ(x). */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError(`\`x\` must be a number, got ${x}`);
  return 0.5 * jStat.erfc(-x / Math.SQRT2);
}

/** Standard normal upper tail 1 − Φ(x), accurate in the far tail. */
export function normalSf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError(`\`x\` must be a number, got ${x}`);
  return 0.5 * jStat.erfc(x / Math.SQRT2);
}

/** Standard normal quantile Φ⁻¹(p). */
export function normalQuantile(p: number): number {
  requireProbability("p", p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return jStat.normal.inv(p, 0, 1);
}

/** Student t cumulative distribution function with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  requirePositive("df", df);
  return jStat.studentt.cdf(x, df);
}

/** Student t quantile with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  requireProbability("p", p);
  requirePositive("df", df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return jStat.studentt.inv(p, df);
}

/** Chi-square cumulative distribution function P(X ≤ x) with `df` degrees of freedom. */
export function chiSquareCdf(x: number, df: number): number {
  requirePositive("df", df);
  if (x <= 0) return 0;
  return jStat.lowRegGamma(df / 2, x / 2);
}

/** Chi-square upper tail P(X > x) with `df` degrees of freedom. */
export function chiSquareSf(x: number, df: number): number {
  requirePositive("df", df);
  if (x <= 0) return 1;
  return 1 - jStat.lowRegGamma(df / 2, x / 2);
}

/** Regularized incomplete beta function I_x(a, b): the Beta(a, b) cdf at `x`. */
export function betaCdf(x: number, a: number, b: number): number {
  requirePositive("a", a);
  requirePositive("b", b);
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  return jStat.ibeta(x, a, b);
}

/** Beta(a, b) quantile: the `x` with I_x(a, b) = p. */
export function betaQuantile(p: number, a: number, b: number): number {
  requireProbability("p", p);
  requirePositive("a", a);
  requirePositive("b", b);
  if (p === 0) return 0;
  if (p === 1) return 1;
  return jStat.beta.inv(p, a, b);
}

/** Natural logarithm of the gamma function, for x > 0. */
export function logGamma(x: number): number {
  requirePositive("x", x);
  return jStat.gammaln(x);
}

/** log C(n, k). */
export function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** Binomial probability mass P(X = k) for X ~ Bin(n, p). */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  return Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Binomial lower tail P(X ≤ k) for X ~ Bin(n, p). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return betaCdf(1 - p, n - k, k + 1);
}

/** Binomial upper tail P(X ≥ k) for X ~ Bin(n, p). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  return betaCdf(p, k, n - k + 1);
}
