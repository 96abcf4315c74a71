import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  binomialCI,
  CI_METHODS,
  CI_SIDES,
  type CiMethod,
  type CiSides,
} from "../../lib/stats/binomial_ci.ts";
import { binomialCdf, binomialPmf, binomialUpper } from "../../lib/stats/distributions.ts";
// Reference values: tests/fixtures/generate_binomial.py (mpmath at 50 digits; versions of
// Python, mpmath, scipy and statsmodels recorded in the JSON under "versions").
import fixture from "../fixtures/binomial.json" with { type: "json" };
// Sterne and Blaker mid-p: tests/fixtures/generate_binomial_acceptability.py (grid + mpmath
// bisection of the acceptability; Sterne also by bisection on scipy's binomtest p-value).
import acceptability from "../fixtures/binomial_acceptability.json" with { type: "json" };

/** Tolerances, by kind (relative): the accuracy targets of the issue. */
const ROOT_REL = 1e-10; // bounds that are roots: Clopper–Pearson, mid-p, Blaker, Jeffreys
const CLOSED_REL = 1e-12; // closed-form bounds
/** statsmodels' own accuracy (its beta quantiles come from scipy/Boost; ~1e-15 to 1e-9). */
const STATSMODELS_REL = 1e-9;

const ROOT_METHODS: readonly CiMethod[] = ["clopper-pearson", "mid-p", "blaker", "jeffreys"];

function assertRelClose(actual: number, expected: number, rel: number, label: string): void {
  if (expected === 0 || expected === 1) {
    assert(
      Math.abs(actual - expected) <= rel * 1e-3,
      `${label}: expected exactly ${expected}, got ${actual}`,
    );
    return;
  }
  const error = Math.abs(actual - expected) / Math.abs(expected);
  assert(error <= rel, `${label}: got ${actual}, expected ${expected} (relative error ${error})`);
}

Deno.test("binomialCI matches the mpmath references of generate_binomial.py for every method", () => {
  assert(fixture.ci.length > 400);
  for (const row of fixture.ci) {
    const method = row.method as CiMethod;
    const sides = row.sides as CiSides;
    const ci = binomialCI(row.x, row.n, { method, level: row.level, sides });
    const rel = ROOT_METHODS.includes(method) ? ROOT_REL : CLOSED_REL;
    const label = `${method} ${row.x}/${row.n} level ${row.level} ${sides}`;
    assertRelClose(ci.lower, row.lower, rel, `${label} lower`);
    assertRelClose(ci.upper, row.upper, rel, `${label} upper`);
  }
});

Deno.test("binomialCI agrees with statsmodels' proportion_confint (conventions cross-check)", () => {
  // statsmodels 0.13.5: method "beta" (Clopper–Pearson), "wilson", "agresti_coull",
  // "jeffreys", "normal" (Wald); values recorded by generate_binomial.py.
  for (const row of fixture.ciStatsmodels) {
    const ci = binomialCI(row.x, row.n, { method: row.method as CiMethod });
    const label = `${row.method} vs statsmodels ${row.statsmodels} ${row.x}/${row.n}`;
    // statsmodels returns 2.8e-17 rather than 0 for Wilson at x = 0: compare with an
    // absolute floor of 1e-15 as well. statsmodels' Jeffreys interval omits Brown, Cai &
    // DasGupta's (2001) modification at x = 0 (lower) and x = n (upper), which
    // binomialCI applies: those two bounds are not compared.
    const jeffreys = row.method === "jeffreys";
    const pairs: [number, number, string][] = [];
    if (!(jeffreys && row.x === 0)) pairs.push([ci.lower, row.lower, "lower"]);
    if (!(jeffreys && row.x === row.n)) pairs.push([ci.upper, row.upper, "upper"]);
    for (const [ours, theirs, side] of pairs) {
      assert(
        Math.abs(ours - theirs) <= STATSMODELS_REL * Math.abs(theirs) + 1e-15,
        `${label} ${side}: ${ours} vs ${theirs}`,
      );
    }
  }
});

Deno.test("Clopper–Pearson 0/14 reproduces Boissel 2022, Table 2: 0 (0.0%–23.2%)", () => {
  // Boissel 2022, Table 2, "Responders, CR or CRi": 0 (0.0%–23.2%); closed form
  // U = 1 − 0.025^(1/14) (Clopper & Pearson 1934 with x = 0).
  const ci = binomialCI(0, 14, { method: "clopper-pearson" });
  assertEquals((ci.lower * 100).toFixed(1), "0.0");
  assertEquals((ci.upper * 100).toFixed(1), "23.2");
  assertRelClose(ci.upper, 1 - Math.pow(0.025, 1 / 14), 1e-14, "closed form");
});

Deno.test("Newcombe 1998, Table I: the four worked examples to 4 decimals", () => {
  // Newcombe 1998, Stat Med 17:857–872, Table I (95% intervals for 81/263, 15/148, 0/20 and
  // 1/29): method 3 (score, Wilson), 4 (score with continuity correction), 5 (exact,
  // Clopper–Pearson), 6 (mid-p). Method 1 (Wald) is included where it stays within [0, 1].
  const table: [number, number, CiMethod, string, string][] = [
    [81, 263, "wald", "0.2522", "0.3638"],
    [81, 263, "wilson", "0.2553", "0.3662"],
    [81, 263, "wilson-cc", "0.2535", "0.3682"],
    [81, 263, "clopper-pearson", "0.2527", "0.3676"],
    [81, 263, "mid-p", "0.2544", "0.3658"],
    [15, 148, "wilson", "0.0624", "0.1605"],
    [15, 148, "wilson-cc", "0.0598", "0.1644"],
    [15, 148, "clopper-pearson", "0.0578", "0.1617"],
    [15, 148, "mid-p", "0.0601", "0.1581"],
    [0, 20, "wilson", "0.0000", "0.1611"],
    [0, 20, "wilson-cc", "0.0000", "0.2005"],
    [0, 20, "clopper-pearson", "0.0000", "0.1684"],
    [0, 20, "mid-p", "0.0000", "0.1391"],
    [1, 29, "wilson", "0.0061", "0.1718"],
    [1, 29, "wilson-cc", "0.0018", "0.1963"],
    [1, 29, "clopper-pearson", "0.0009", "0.1776"],
    [1, 29, "mid-p", "0.0017", "0.1585"],
  ];
  for (const [x, n, method, lower, upper] of table) {
    const ci = binomialCI(x, n, { method });
    assertEquals([ci.lower.toFixed(4), ci.upper.toFixed(4)], [lower, upper], `${method} ${x}/${n}`);
  }
});

Deno.test("closed forms at the boundaries: Clopper–Pearson and mid-p at x = 0 and x = n", () => {
  // Clopper–Pearson: P(X ≥ n) = Lⁿ = α/2 at x = n; mid-p at x = 0: ½(1 − U)ⁿ = α/2.
  for (const n of [1, 14, 1000, 100_000]) {
    const cp = binomialCI(n, n, { method: "clopper-pearson" });
    assertRelClose(cp.lower, Math.pow(0.025, 1 / n), 1e-13, `CP ${n}/${n} lower`);
    const mid = binomialCI(0, n, { method: "mid-p" });
    assertRelClose(mid.upper, -Math.expm1(Math.log(0.05) / n), 1e-13, `mid-p 0/${n} upper`);
  }
});

Deno.test("bounds lie in [0, 1] and are ordered, for every method, n ≤ 40 and every x", () => {
  for (const method of CI_METHODS) {
    for (let n = 1; n <= 40; n++) {
      for (let x = 0; x <= n; x++) {
        const { lower, upper } = binomialCI(x, n, { method });
        assert(0 <= lower && lower <= upper && upper <= 1, `${method} ${x}/${n}`);
      }
    }
  }
});

Deno.test("Blaker's interval lies inside Clopper–Pearson's (Blaker 2000, Theorem 1)", () => {
  for (let n = 1; n <= 40; n++) {
    for (let x = 0; x <= n; x++) {
      for (const level of [0.9, 0.95, 0.99]) {
        const b = binomialCI(x, n, { method: "blaker", level });
        const cp = binomialCI(x, n, { method: "clopper-pearson", level });
        assert(cp.lower <= b.lower * (1 + 1e-14) && b.upper <= cp.upper * (1 + 1e-14), `${x}/${n}`);
      }
    }
  }
});

Deno.test("mid-p bounds lie inside the exact ones (Berry & Armitage 1995)", () => {
  for (const [x, n] of [[1, 14], [4, 14], [300, 1000], [30_000, 100_000]]) {
    const mid = binomialCI(x!, n!, { method: "mid-p" });
    const cp = binomialCI(x!, n!, { method: "clopper-pearson" });
    assert(cp.lower < mid.lower && mid.upper < cp.upper, `${x}/${n}`);
  }
});

Deno.test("one-sided intervals are [L, 1] and [0, U] with α in one tail", () => {
  // A one-sided 95% bound is the two-sided 90% bound (α/2 = 0.05 in each tail).
  // Blaker's and Sterne's one-sided bounds are Clopper–Pearson's, Blaker mid-p's are mid-p's.
  const oneSided = (m: CiMethod): CiMethod =>
    m === "blaker" || m === "sterne" ? "clopper-pearson" : m === "blaker-mid-p" ? "mid-p" : m;
  for (const method of CI_METHODS) {
    const two = binomialCI(4, 14, { method: oneSided(method), level: 0.9 });
    const lower = binomialCI(4, 14, { method, sides: "lower" });
    const upper = binomialCI(4, 14, { method, sides: "upper" });
    assertEquals([lower.upper, upper.lower], [1, 0]);
    assertRelClose(lower.lower, two.lower, 1e-15, `${method} lower`);
    assertRelClose(upper.upper, two.upper, 1e-15, `${method} upper`);
  }
});

Deno.test("the result is frozen and carries its method and inputs", () => {
  const ci = binomialCI(3, 14, { method: "jeffreys", level: 0.9, sides: "upper" });
  assert(Object.isFrozen(ci));
  assertEquals(
    {
      method: ci.method,
      x: ci.x,
      n: ci.n,
      level: ci.level,
      sides: ci.sides,
      estimate: ci.estimate,
    },
    { method: "jeffreys", x: 3, n: 14, level: 0.9, sides: "upper", estimate: 3 / 14 },
  );
  const defaults = binomialCI(3, 14);
  assertEquals([defaults.method, defaults.level, defaults.sides], ["wilson", 0.95, "two-sided"]);
  assertEquals(CI_SIDES, ["two-sided", "lower", "upper"]);
});

Deno.test("binomialCI rejects bad input, naming the argument and the value", () => {
  assertThrows(() => binomialCI(1.5, 14), RangeError, "`x` must be an integer ≥ 0, got 1.5");
  assertThrows(() => binomialCI(-1, 14), RangeError, "`x` must be an integer ≥ 0, got -1");
  assertThrows(
    () => binomialCI(15, 14),
    RangeError,
    "`x` must be an integer in [0, n] (n = 14), got 15",
  );
  assertThrows(() => binomialCI(0, 0), RangeError, "`n` must be an integer ≥ 1, got 0");
  assertThrows(() => binomialCI(0, 14.2), RangeError, "`n` must be an integer ≥ 1, got 14.2");
  assertThrows(() => binomialCI(0, -3), RangeError, "`n`");
  assertThrows(() => binomialCI(NaN, 14), RangeError, "`x` must be a finite number, got NaN");
  assertThrows(
    () => binomialCI(1, Infinity),
    RangeError,
    "`n` must be a finite number, got Infinity",
  );
  assertThrows(
    () => binomialCI("3" as unknown as number, 14),
    TypeError,
    '`x` must be a number, got "3"',
  );
  assertThrows(
    () => binomialCI(3, 14, { level: 1 }),
    RangeError,
    "`level` must be in (0, 1), got 1",
  );
  assertThrows(
    () => binomialCI(3, 14, { level: 0 }),
    RangeError,
    "`level` must be in (0, 1), got 0",
  );
  assertThrows(
    () => binomialCI(3, 14, { level: 95 }),
    RangeError,
    "`level` must be in (0, 1), got 95",
  );
  assertThrows(() => binomialCI(3, 14, { level: NaN }), RangeError, "`level`");
  assertThrows(
    () => binomialCI(3, 14, { method: "exact" as CiMethod }),
    RangeError,
    '`method` must be one of "clopper-pearson", "mid-p"',
  );
  assertThrows(
    () => binomialCI(3, 14, { sides: "both" as CiSides }),
    RangeError,
    '`sides` must be one of "two-sided", "lower", "upper", got "both"',
  );
});

Deno.test("exact bounds satisfy their defining tail equations across n = 1 … 100 000", () => {
  // Clopper & Pearson (1934): P(X ≥ x | L) = α/2 and P(X ≤ x | U) = α/2. Mid-p (Lancaster
  // 1961): P(X > x | L) + ½P(X = x | L) = α/2 and P(X < x | U) + ½P(X = x | U) = α/2.
  // The tolerance allows for the tails' sensitivity to p (d log P / d log p grows like √n).
  // Only bounds ≤ ½ are checked: near 1 a bound's last-bit rounding is a large relative
  // change in 1 − p, on which the tail depends (those cases are the mirror images x ↔ n − x
  // of the ones checked).
  const tol = 1e-11;
  for (const n of [1, 2, 5, 14, 99, 1000, 12_345, 100_000]) {
    for (const x of new Set([0, 1, 2, Math.floor(n / 3), n - 1, n])) {
      if (x < 0 || x > n) continue;
      const cp = binomialCI(x, n, { method: "clopper-pearson" });
      const mid = binomialCI(x, n, { method: "mid-p" });
      if (x > 0 && cp.lower <= 0.5) {
        assertRelClose(binomialUpper(x, n, cp.lower), 0.025, tol, `CP ${x}/${n} lower`);
        const t = binomialUpper(x + 1, n, mid.lower) + 0.5 * binomialPmf(x, n, mid.lower);
        assertRelClose(t, 0.025, tol, `mid-p ${x}/${n} lower`);
      }
      if (x < n && mid.upper <= 0.5) {
        assertRelClose(binomialCdf(x, n, cp.upper), 0.025, tol, `CP ${x}/${n} upper`);
        const t = binomialCdf(x - 1, n, mid.upper) + 0.5 * binomialPmf(x, n, mid.upper);
        assertRelClose(t, 0.025, tol, `mid-p ${x}/${n} upper`);
      }
    }
  }
});

Deno.test("Sterne and Blaker mid-p match the brute-force references of generate_binomial_acceptability.py", () => {
  // 388 intervals: n = 1…100 (x = 0, 1, 2, n/3, n/2, n − 1, n) at 90, 95, 99%, and a few
  // published examples; the bounds are infima/suprema of non-monotone acceptabilities.
  let compared = 0;
  for (const row of acceptability.rows) {
    const method = row.method as CiMethod;
    const ci = binomialCI(row.x, row.n, { method, level: row.level });
    const label = `${method} ${row.x}/${row.n} level ${row.level}`;
    assertRelClose(ci.lower, row.lower, ROOT_REL, `${label} lower`);
    assertRelClose(ci.upper, row.upper, ROOT_REL, `${label} upper`);
    if (method === "sterne") {
      // The same bounds by inverting scipy.stats.binomtest's two-sided ("minlike") p-value.
      const [lower, upper] = (row as { scipy_binomtest?: number[] }).scipy_binomtest!;
      assertRelClose(ci.lower, lower!, ROOT_REL, `${label} lower vs scipy`);
      assertRelClose(ci.upper, upper!, ROOT_REL, `${label} upper vs scipy`);
    }
    compared++;
  }
  assertEquals(compared, 388);
});

Deno.test("contingencytables' published chapter-2 examples (Fagerland, Lydersen & Laake 2017)", () => {
  // ocbe-uio/contingencytables, tests/testthat/test-ch2.R (commit 0b16d6d5), 4 decimals:
  // line 31 Blaker_midP_CI_1x2(100, 500, alpha = 0.5) "50% CI 0.1881 to 0.2121";
  // line 21 Blaker_exact_CI_1x2(1, 100) "0.0005 to 0.0513";
  // line 46 ClopperPearson_midP_CI_1x2(13, 16) "0.5699 to 0.9500".
  const cases: [number, number, number, CiMethod, string, string][] = [
    [100, 500, 0.5, "blaker-mid-p", "0.1881", "0.2121"],
    [1, 100, 0.95, "blaker", "0.0005", "0.0513"],
    [13, 16, 0.95, "mid-p", "0.5699", "0.9500"],
  ];
  for (const [x, n, level, method, lower, upper] of cases) {
    const ci = binomialCI(x, n, { method, level });
    assertEquals([ci.lower.toFixed(4), ci.upper.toFixed(4)], [lower, upper], `${method} ${x}/${n}`);
  }
});

Deno.test("Sterne and Blaker mid-p: where the bounds sit relative to the other exact intervals", () => {
  // At x = n = 1 the acceptabilities are closed forms: Sterne's is p for p < ½ (outcome 0 is
  // the more likely one), Blaker mid-p's is p/2 (the observed tail counts half): bounds α, 2α.
  assertRelClose(binomialCI(1, 1, { method: "sterne" }).lower, 0.05, 1e-14, "Sterne 1/1");
  assertRelClose(binomialCI(1, 1, { method: "blaker-mid-p" }).lower, 0.1, 1e-14, "mid 1/1");
  // Blaker mid-p counts the observed outcome half, so it is never wider than Blaker's.
  for (let n = 1; n <= 30; n++) {
    for (let x = 0; x <= n; x++) {
      const blaker = binomialCI(x, n, { method: "blaker" });
      const mid = binomialCI(x, n, { method: "blaker-mid-p" });
      assert(blaker.lower <= mid.lower * (1 + 1e-14) || mid.lower === 0, `${x}/${n} lower`);
      assert(mid.upper <= blaker.upper * (1 + 1e-14), `${x}/${n} upper`);
    }
  }
});
