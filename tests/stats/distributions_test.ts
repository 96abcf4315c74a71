import { assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
// --- Reference values: tests/fixtures/generate_binomial.py (mpmath at 50 digits, written with
// 16 significant digits; versions in the JSON under "versions").
import fixture from "../fixtures/binomial.json" with { type: "json" };
import {
  betaCdf,
  betaPdf,
  betaQuantile,
  betaQuantileUpper,
  betaSf,
  binomialCdf,
  binomialPmf,
  binomialUpper,
  chiSquareCdf,
  chiSquareSf,
  logChoose,
  logGamma,
  normalCdf,
  normalQuantile,
  normalSf,
  studentTCdf,
  studentTQuantile,
  studentTSf,
} from "../../lib/stats/distributions.ts";

Deno.test("normalQuantile(0.975) equals R's qnorm(0.975)", () => {
  // R 4.2: sprintf("%.16g", qnorm(0.975)) -> 1.959963984540054
  assertAlmostEquals(normalQuantile(0.975), 1.959963984540054, 1e-15);
});

Deno.test("betaQuantile(0.025, 1, 14) equals the closed form 1 - 0.975^(1/14)", () => {
  // Beta(1, b) quantile is 1 - (1 - p)^(1/b) (closed form).
  assertAlmostEquals(betaQuantile(0.025, 1, 14), 1 - Math.pow(0.975, 1 / 14), 1e-9);
});

Deno.test("normalQuantile rejects a probability outside [0, 1], naming `p`", () => {
  assertThrows(() => normalQuantile(1.5), RangeError, "`p`");
});

/** Relative tolerances, by family (measured worst cases are 2 to 10 times smaller). */
const NORMAL_REL = 1e-14;
const BETA_REL = 1e-13;
/** Binomial pmf and tails near 1e-299 carry exp(−690)'s argument error: ~1.5e-13. */
const BINOMIAL_REL = 1e-12;
const T_REL = 1e-13;
const CHI_SQUARE_REL = 1e-13;

function assertRel(actual: number, expected: number, rel: number, label: string): void {
  const error = expected === 0
    ? Math.abs(actual)
    : Math.abs(actual - expected) / Math.abs(expected);
  if (!(error <= rel)) {
    throw new Error(`${label}: got ${actual}, expected ${expected} (relative error ${error})`);
  }
}

Deno.test("normal cdf, sf and quantile match mpmath, tails down to 1e-300", () => {
  for (const r of fixture.normal) {
    assertRel(normalCdf(r.x), r.cdf, NORMAL_REL, `normalCdf(${r.x})`);
    assertRel(normalSf(r.x), r.sf, NORMAL_REL, `normalSf(${r.x})`);
  }
  for (const r of fixture.normalQuantile) {
    assertRel(normalQuantile(r.p), r.x, NORMAL_REL, `normalQuantile(${r.p})`);
  }
});

Deno.test("beta cdf, sf and quantiles match mpmath (parameters from 0.1 to 100 000)", () => {
  for (const r of fixture.beta) {
    assertRel(betaCdf(r.x, r.a, r.b), r.cdf, BETA_REL, `betaCdf(${r.x}, ${r.a}, ${r.b})`);
    assertRel(betaSf(r.x, r.a, r.b), r.sf, BETA_REL, `betaSf(${r.x}, ${r.a}, ${r.b})`);
  }
  for (const r of fixture.betaQuantile) {
    assertRel(betaQuantile(r.p, r.a, r.b), r.x, BETA_REL, `betaQuantile(${r.p}, ${r.a}, ${r.b})`);
    // The upper quantile at 1 − p is the same point (1 − p is exact in doubles for p ≥ ½).
    if (r.p >= 0.5) {
      const upper = betaQuantileUpper(1 - r.p, r.a, r.b);
      assertRel(upper, r.x, BETA_REL, `betaQuantileUpper(${1 - r.p}, ${r.a}, ${r.b})`);
    }
  }
});

Deno.test("binomial pmf and both tails match mpmath (n up to 100 000)", () => {
  for (const r of fixture.binomial) {
    const label = `(${r.k}, ${r.n}, ${r.p})`;
    assertRel(binomialPmf(r.k, r.n, r.p), r.pmf, BINOMIAL_REL, `binomialPmf${label}`);
    assertRel(binomialCdf(r.k, r.n, r.p), r.cdf, BINOMIAL_REL, `binomialCdf${label}`);
    assertRel(binomialUpper(r.k, r.n, r.p), r.upper, BINOMIAL_REL, `binomialUpper${label}`);
  }
});

Deno.test("Student t cdf, sf and quantile match mpmath (df from 1 to 100 000)", () => {
  for (const r of fixture.studentT) {
    assertRel(studentTCdf(r.x, r.df), r.cdf, T_REL, `studentTCdf(${r.x}, ${r.df})`);
    assertRel(studentTSf(r.x, r.df), r.sf, T_REL, `studentTSf(${r.x}, ${r.df})`);
  }
  for (const r of fixture.studentTQuantile) {
    assertRel(studentTQuantile(r.p, r.df), r.t, T_REL, `studentTQuantile(${r.p}, ${r.df})`);
  }
});

Deno.test("chi-square cdf and sf match mpmath", () => {
  for (const r of fixture.chiSquare) {
    assertRel(chiSquareCdf(r.x, r.df), r.cdf, CHI_SQUARE_REL, `chiSquareCdf(${r.x}, ${r.df})`);
    assertRel(chiSquareSf(r.x, r.df), r.sf, CHI_SQUARE_REL, `chiSquareSf(${r.x}, ${r.df})`);
  }
});

Deno.test("closed forms: Cauchy (t with 1 df), chi-square with 2 df, log-gamma, beta density", () => {
  // t₁ is Cauchy: F(x) = ½ + atan(x)/π; its 97.5% quantile is tan(0.475π) = 12.706204736174…
  // (the closed form itself loses a digit to the subtraction in double precision).
  assertRel(studentTCdf(-3, 1), 0.5 - Math.atan(3) / Math.PI, 1e-14, "Cauchy cdf");
  assertRel(studentTQuantile(0.975, 1), Math.tan(0.475 * Math.PI), 1e-14, "Cauchy quantile");
  // χ²₂ is exponential with mean 2: P(X > x) = e^(−x/2).
  assertRel(chiSquareSf(40, 2), Math.exp(-20), 1e-15, "chi-square 2 df");
  // log Γ(n) = log((n − 1)!), log Γ(½) = log √π.
  assertRel(logGamma(10), Math.log(362880), 1e-15, "logGamma(10)");
  assertRel(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-15, "logGamma(1/2)");
  assertRel(logChoose(14, 7), Math.log(3432), 1e-15, "logChoose(14, 7)");
  // Beta(2, 3) density 12 x (1 − x)².
  assertRel(betaPdf(0.3, 2, 3), 12 * 0.3 * 0.49, 1e-15, "betaPdf(0.3, 2, 3)");
});

Deno.test("distribution functions reject arguments outside their domain, naming them", () => {
  assertThrows(() => normalCdf(NaN), RangeError, "`x` must be a number, got NaN");
  assertThrows(() => betaCdf(0.5, 0, 1), RangeError, "`a` must be a positive finite number, got 0");
  assertThrows(() => betaQuantile(0.5, 1, -1), RangeError, "`b` must be a positive finite number");
  assertThrows(
    () => betaQuantileUpper(2, 1, 1),
    RangeError,
    "`q` must be a probability in [0, 1], got 2",
  );
  assertThrows(
    () => studentTQuantile(0.5, 0),
    RangeError,
    "`df` must be a positive finite number, got 0",
  );
  assertThrows(() => chiSquareSf(1, Infinity), RangeError, "`df`");
  assertThrows(() => binomialPmf(1.5, 10, 0.5), RangeError, "`k` must be an integer, got 1.5");
  assertThrows(() => binomialCdf(1, -10, 0.5), RangeError, "`n` must be an integer ≥ 0, got -10");
  assertThrows(
    () => binomialUpper(1, 10, 1.5),
    RangeError,
    "`p` must be a probability in [0, 1], got 1.5",
  );
  assertThrows(() => logGamma(0), RangeError, "`x` must be a positive finite number, got 0");
});

Deno.test("betaQuantile in the far lower tail of Beta(a, 1), whose cdf is xᵃ", () => {
  // Beta(a, 1): F(x) = xᵃ, so the p-quantile is p^(1/a) (closed form).
  assertRel(betaQuantile(1e-10, 0.05, 1), 1e-200, 1e-13, "Beta(0.05, 1) at 1e-10");
  // p^(1/a) = 1e-1000 is below the smallest positive double: the quantile rounds to 0.
  assertEquals(betaQuantile(1e-50, 0.05, 1), 0);
});
