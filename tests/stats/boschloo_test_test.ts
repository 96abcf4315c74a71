import { assert, assertEquals, assertThrows } from "@std/assert";
import { BOSCHLOO_ALTERNATIVES, boschlooTest } from "../../lib/stats/boschloo_test.ts";
import { fisherExact } from "../../lib/stats/fisher_exact.ts";
import { assertClose } from "./_two_arm_fixture.ts";
import { boschlooRows, tableLabel, TOL } from "./_unconditional_fixture.ts";

// Reference values: tests/fixtures/unconditional.json (tests/fixtures/generate_unconditional.py):
// an independent computation with Fisher's p-values as exact fractions, the supremum located on
// a dense grid and evaluated in mpmath ("exact"), and scipy 1.10.1's boschloo_exact
// ("scipy"). Published values: scipy 1.10.1 scipy/stats/tests/test_hypotests.py, whose expected
// values come from R's Exact package (exact.test(method = "Boschloo", tsmethod = "central",
// np.interval = TRUE, beta = 1e-8)), checked there with atol 1e-7.

/** scipy's table [[x_a, x_b], [n_a − x_a, n_b − x_b]] as two arms. */
function arms(table: number[][]): [{ x: number; n: number }, { x: number; n: number }] {
  const [[xa, xb], [ya, yb]] = table as [[number, number], [number, number]];
  return [{ x: xa, n: xa + ya }, { x: xb, n: xb + yb }];
}

Deno.test("p-values and statistics match the independent exact computation", () => {
  let checked = 0;
  for (const [t, row] of boschlooRows()) {
    const r = boschlooTest(t.a, t.b, { alternative: row.alternative });
    const label = `${tableLabel(t)} ${row.alternative}`;
    assertClose(r.pValue, row.exact.pValue, TOL.supremum, label, 1e-300);
    assertClose(r.statistic, row.exact.statistic, TOL.pValue, `${label} statistic`, 1e-300);
    checked++;
  }
  assertEquals(checked, 58 * 3);
});

Deno.test("agrees with scipy's boschloo_exact to its grid, never below it", () => {
  for (const [t, row] of boschlooRows()) {
    const r = boschlooTest(t.a, t.b, { alternative: row.alternative });
    const label = `${tableLabel(t)} ${row.alternative}`;
    assertClose(r.statistic, row.scipy.statistic, TOL.pValue, `${label} statistic`, 1e-300);
    assertClose(r.pValue, row.scipy.pValue, TOL.scipyGrid, label, 1e-12);
    assert(r.pValue >= row.scipy.pValue * (1 - TOL.scipyEvaluation), `${label}: below scipy`);
  }
});

Deno.test("scipy's published values (R Exact), every alternative", () => {
  // scipy/stats/tests/test_hypotests.py:1153–1161 (less), :1182–1192 (greater),
  // :1213–1220 (two-sided): (statistic, p-value).
  const expected: Record<"less" | "greater" | "two-sided", [number[][], number, number][]> = {
    less: [
      [[[2, 7], [8, 2]], 0.01852173, 0.009886142],
      [[[5, 1], [10, 10]], 0.9782609, 0.9450994],
      [[[5, 16], [20, 25]], 0.08913823, 0.05827348],
      [[[10, 5], [10, 1]], 0.1652174, 0.08565611],
      [[[5, 0], [1, 4]], 1, 1],
      [[[0, 1], [3, 2]], 0.5, 0.34375],
      [[[7, 12], [8, 3]], 0.06406797, 0.03410916],
      [[[10, 24], [25, 37]], 0.2009359, 0.1512882],
    ],
    greater: [
      [[[43, 40], [10, 39]], 0.0002875544, 0.0001615562],
      [[[2, 7], [8, 2]], 0.9990149, 0.9918327],
      [[[5, 1], [10, 10]], 0.1652174, 0.09008534],
      [[[5, 15], [20, 20]], 0.9849087, 0.9706997],
      [[[5, 16], [20, 25]], 0.972349, 0.9524124],
      [[[5, 0], [1, 4]], 0.02380952, 0.006865367],
      [[[0, 1], [3, 2]], 1, 1],
      [[[0, 2], [6, 4]], 1, 1],
      [[[7, 12], [8, 3]], 0.9895302, 0.9771215],
      [[[10, 24], [25, 37]], 0.9012936, 0.8633275],
    ],
    "two-sided": [
      [[[43, 40], [10, 39]], 0.0002875544, 0.0003231115],
      [[[2, 7], [8, 2]], 0.01852173, 0.01977228],
      [[[5, 1], [10, 10]], 0.1652174, 0.1801707],
      [[[5, 16], [20, 25]], 0.08913823, 0.116547],
      [[[5, 0], [1, 4]], 0.02380952, 0.01373073],
      [[[0, 1], [3, 2]], 0.5, 0.6875],
      [[[7, 12], [8, 3]], 0.06406797, 0.06821831],
    ],
  };
  for (const [alternative, rows] of Object.entries(expected)) {
    for (const [table, statistic, p] of rows) {
      const r = boschlooTest(...arms(table), { alternative: alternative as "less" });
      const label = `${JSON.stringify(table)} ${alternative}`;
      assert(Math.abs(r.statistic - statistic) <= 1e-7, `${label}: ${r.statistic}`);
      // R's Exact with np.interval = TRUE maximises over a 1 − 1e-8 confidence interval for π
      // and adds 1e-8 (Berger and Boos 1994): its value sits up to ~1e-8 from the supremum.
      assert(Math.abs(r.pValue - p) <= 1e-7, `${label}: ${r.pValue} vs ${p}`);
    }
  }
});

Deno.test("two-sided is twice the smaller one-sided p-value, capped at 1", () => {
  // scipy/stats/tests/test_hypotests.py:1281–1286: for [[1, 1], [13, 12]] twice the smaller
  // one-sided p-value exceeds 1 and the two-sided p-value is 1.
  const [a, b] = arms([[1, 1], [13, 12]]);
  const less = boschlooTest(a, b, { alternative: "less" }).pValue;
  const greater = boschlooTest(a, b, { alternative: "greater" }).pValue;
  assert(2 * Math.min(less, greater) > 1);
  assertEquals(boschlooTest(a, b).pValue, 1);
  const [c, d] = arms([[7, 12], [8, 3]]);
  const two = boschlooTest(c, d);
  assertEquals(two.pValue, 2 * boschlooTest(c, d, { alternative: "less" }).pValue);
});

Deno.test("the statistic is Fisher's one-sided p-value, and Boschloo's p never exceeds it", () => {
  // scipy/stats/tests/test_hypotests.py:1289–1295 checks the statistic against fisher_exact.
  for (const [a, b] of [arms([[2, 7], [8, 2]]), arms([[43, 40], [10, 39]])]) {
    for (const alternative of ["less", "greater"] as const) {
      const r = boschlooTest(a, b, { alternative });
      const fisher = fisherExact(a, b, { alternative }).pValue;
      assertClose(r.statistic, fisher, 1e-13, alternative);
      assert(r.pValue <= fisher * (1 + 1e-13), `${alternative}: ${r.pValue} > ${fisher}`);
    }
  }
});

Deno.test("mirror tables with exactly equal Fisher p-values are in the region (n_a = n_b)", () => {
  // With n_a = n_b = n the table (n − x_b, n − x_a) has exactly the observed Fisher p-value
  // (swap events and non-events, then arms). 50/100 vs 50/100: P(X ≤ 50 | S = 100) ties with
  // itself only; 37/100 vs 51/100 ties with 49/100 vs 63/100. The exact reference includes
  // the mirror; a computation that lost it by rounding would fall below the reference.
  const r = boschlooTest({ x: 37, n: 100 }, { x: 51, n: 100 }, { alternative: "less" });
  const mirror = boschlooTest({ x: 49, n: 100 }, { x: 63, n: 100 }, { alternative: "less" });
  assertClose(r.statistic, mirror.statistic, 1e-13, "Fisher p-values tie");
  assertEquals(r.pValue, mirror.pValue);
});

Deno.test("edges: never NaN, p within [0, 1]", () => {
  const tables: [number, number, number, number][] = [
    [0, 4, 0, 3],
    [1, 1, 0, 1],
    [0, 1, 0, 1],
    [5, 5, 0, 5],
    [0, 10, 10, 10],
    [12, 12, 12, 12],
  ];
  for (const [xa, na, xb, nb] of tables) {
    for (const alternative of BOSCHLOO_ALTERNATIVES) {
      const r = boschlooTest({ x: xa, n: na }, { x: xb, n: nb }, { alternative });
      assert(r.pValue >= 0 && r.pValue <= 1, `${xa}/${na} vs ${xb}/${nb}: ${r.pValue}`);
      assert(r.statistic >= 0 && r.statistic <= 1 && r.nuisance >= 0 && r.nuisance <= 1);
    }
  }
  assertEquals(boschlooTest({ x: 0, n: 4 }, { x: 0, n: 3 }).pValue, 1);
});

Deno.test("results are frozen and carry their inputs and defaults", () => {
  const r = boschlooTest({ x: 7, n: 20 }, { x: 2, n: 18 });
  assertEquals(r.alternative, "two-sided");
  assertEquals([r.a, r.b], [{ x: 7, n: 20 }, { x: 2, n: 18 }]);
  assert(Object.isFrozen(r));
  assertEquals([...BOSCHLOO_ALTERNATIVES], ["two-sided", "less", "greater"]);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { x: 2, n: 18 };
  const cases: [unknown, unknown, unknown, ErrorConstructor, string][] = [
    [{ x: -1, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got -1"],
    [ok, { x: 3, n: 2.5 }, {}, RangeError, "`b.n` must be an integer ≥ 1, got 2.5"],
    [ok, "2/18", {}, TypeError, "`b` must be an object { x, n }, got 2/18"],
    [ok, ok, { alternative: "both" }, RangeError, '`alternative` must be one of "two-sided"'],
  ];
  for (const [a, b, options, ErrorClass, message] of cases) {
    assertThrows(
      () => boschlooTest(a as never, b as never, options as never),
      ErrorClass,
      message,
    );
  }
});
