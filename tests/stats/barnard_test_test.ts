import { assert, assertEquals, assertThrows } from "@std/assert";
import { BARNARD_ALTERNATIVES, barnardTest } from "../../lib/stats/barnard_test.ts";
import { assertClose } from "./_two_arm_fixture.ts";
import { barnardRows, num, tableLabel, TOL } from "./_unconditional_fixture.ts";

// Reference values: tests/fixtures/unconditional.json (tests/fixtures/generate_unconditional.py):
// an independent computation with the region decided in exact integer arithmetic and the
// supremum located on a dense grid and evaluated in mpmath ("exact"); scipy 1.10.1's
// barnard_exact ("scipy"); and the region as scipy's floating point decides it
// ("float_region"). Published values: scipy 1.10.1 scipy/stats/tests/test_hypotests.py, whose
// expected values come from R's Barnard package with a nuisance grid of step 1e-6.

/** scipy's table [[x_a, x_b], [n_a − x_a, n_b − x_b]] as two arms. */
function arms(table: number[][]): [{ x: number; n: number }, { x: number; n: number }] {
  const [[xa, xb], [ya, yb]] = table as [[number, number], [number, number]];
  return [{ x: xa, n: xa + ya }, { x: xb, n: xb + yb }];
}

Deno.test("p-values match the independent exact computation to 1e-11", () => {
  let checked = 0;
  for (const [t, row] of barnardRows()) {
    const r = barnardTest(t.a, t.b, { alternative: row.alternative, pooled: row.pooled });
    const label = `${tableLabel(t)} ${row.alternative} pooled=${row.pooled}`;
    assertClose(r.pValue, row.exact.pValue, TOL.supremum, label, 1e-300);
    checked++;
  }
  assertEquals(checked, 58 * 6);
});

Deno.test("agrees with scipy's barnard_exact to its grid, never below it, except at broken ties", () => {
  // scipy maximises with shgo from 32 Sobol points, so its p-value can only fall short of
  // the supremum. But its region is decided on floating-point z: the table with events and
  // non-events swapped, (n_a − x_a, n_b − x_b), always has exactly the observed |z| (and,
  // when n_a = n_b, so has (n_a − x_b, n_b − x_a) its z), yet its rounded z often comes out
  // an ulp short and scipy leaves it out. Where that happens ("float_region" differs from
  // the exact region: 22 of the fixture's 348 rows, e.g. 12/15 vs 1/7 two-sided, scipy 0.00385
  // against 0.00446), scipy answers for a smaller region; its value then matches the
  // floating-point region's supremum instead.
  let agreed = 0;
  let brokenTies = 0;
  for (const [t, row] of barnardRows()) {
    const r = barnardTest(t.a, t.b, { alternative: row.alternative, pooled: row.pooled });
    const label = `${tableLabel(t)} ${row.alternative} pooled=${row.pooled}`;
    assertClose(r.statistic, num(row.scipy.statistic), TOL.closedForm, `${label} z`);
    const tieBroken = Math.abs(row.float_region.pValue - row.exact.pValue) >
      TOL.supremum * row.exact.pValue;
    if (tieBroken) {
      brokenTies++;
      assertClose(row.scipy.pValue, row.float_region.pValue, TOL.scipyGrid, label, 1e-12);
      continue;
    }
    assertClose(r.pValue, row.scipy.pValue, TOL.scipyGrid, label, 1e-12);
    assert(r.pValue >= row.scipy.pValue * (1 - TOL.scipyEvaluation), `${label}: below scipy`);
    agreed++;
  }
  assert(agreed >= 300, `only ${agreed} agreed`);
  assertEquals(brokenTies, 22, "rows where scipy's rounding breaks an exact tie");
});

Deno.test("scipy's published values (R Barnard, dp = 1e-6), pooled and unpooled", () => {
  // scipy/stats/tests/test_hypotests.py:1004–1013 (pooled) and :1033–1042 (unpooled; :1040 is
  // the broken tie of the next test), checked there with rtol 1e-7.
  const pooled: [number[][], number, number][] = [
    [[[43, 40], [10, 39]], 3.555406779643, 0.000362832367],
    [[[100, 2], [1000, 5]], -1.776382925679, 0.135126970878],
    [[[2, 7], [8, 2]], -2.518474945157, 0.019210815430],
    [[[5, 1], [10, 10]], 1.449486150679, 0.156277546306],
    [[[5, 15], [20, 20]], -1.851640199545, 0.066363501421],
    [[[5, 16], [20, 25]], -1.609639949352, 0.116984852192],
    [[[10, 5], [10, 1]], -1.449486150679, 0.177536588915],
    [[[5, 0], [1, 4]], 2.581988897472, 0.013671875000],
    [[[0, 1], [3, 2]], -1.095445115010, 0.509667991877],
    [[[0, 2], [6, 4]], -1.549193338483, 0.197019618792],
  ];
  const unpooled: [number[][], number, number][] = [
    [[[43, 40], [10, 39]], 3.920362887717, 0.000289470662],
    [[[100, 2], [1000, 5]], -1.139432816087, 0.950272080594],
    [[[2, 7], [8, 2]], -3.079373904042, 0.020172119141],
    [[[5, 1], [10, 10]], 1.622375939458, 0.150599922226],
    [[[5, 15], [20, 20]], -1.974771239528, 0.063038448651],
    [[[5, 16], [20, 25]], -1.722122973346, 0.133329494287],
    [[[10, 5], [10, 1]], -1.765469659009, 0.250566655215],
    [[[0, 1], [3, 2]], -1.224744871392, 0.509667991877],
    [[[0, 2], [6, 4]], -1.732050807569, 0.197019618792],
  ];
  for (const [rows, isPooled] of [[pooled, true], [unpooled, false]] as const) {
    for (const [table, z, p] of rows) {
      const r = barnardTest(...arms(table), { pooled: isPooled });
      const label = `${JSON.stringify(table)} pooled=${isPooled}`;
      assertClose(r.statistic, z, 1e-12, label);
      // Printed to 12 decimals: half a unit is 5e-13.
      assertClose(r.pValue, p, 1e-9, label, 1e-12);
    }
  }
});

Deno.test("an exact tie that scipy and R's Barnard break by rounding", () => {
  // scipy/stats/tests/test_hypotests.py:1040 expects p = 0.0078125 for [[5, 0], [1, 4]]
  // (5/6 vs 0/4) with the unpooled z = √30 = 5.477. The table 1/6 vs 4/4 has
  // z = −(5/6)/√(5/216) = −√30 too, exactly, but rounds to −5.477225575051661 against the
  // observed 5.477225575051662, so scipy and R leave it out. It belongs in the region
  // (|z| ≥ |z_obs|); with it the p-value is 7/512, the pooled test's value at the same table.
  const a = { x: 5, n: 6 };
  const b = { x: 0, n: 4 };
  const r = barnardTest(a, b, { pooled: false });
  assertClose(r.statistic, Math.sqrt(30), 1e-15, "z");
  assertClose(r.pValue, 7 / 512, 1e-14, "p");
  assertClose(barnardTest(a, b).pValue, 7 / 512, 1e-14, "pooled p");
});

Deno.test("one-sided: scipy's published values and the symmetry greater(a, b) = less(b, a)", () => {
  // scipy/stats/tests/test_hypotests.py:1113–1115 ("less", atol 1e-7; "greater" on the
  // table with its columns swapped).
  const less = barnardTest(...arms([[2, 7], [8, 2]]), { alternative: "less" });
  assertClose(less.pValue, 0.009886140845, 1e-9, "[[2, 7], [8, 2]] less");
  for (const table of [[[7, 200], [300, 8]], [[21, 28], [1957, 6]]]) {
    const r = barnardTest(...arms(table), { alternative: "less" });
    assert(r.pValue < 1e-7, `${JSON.stringify(table)}: ${r.pValue}`);
  }
  const [a, b] = arms([[7, 12], [8, 3]]);
  const greater = barnardTest(b, a, { alternative: "greater" });
  assertEquals(greater.pValue, barnardTest(a, b, { alternative: "less" }).pValue);
  assertEquals(greater.statistic, -barnardTest(a, b).statistic);
  // scipy's barnard_exact docstring (scipy/stats/_hypotests.py, scipy 1.10.1): the vaccine
  // trial of Chan (1998), 7/15 vs 12/15, "less": statistic −1.894…, p-value 0.03407…. The
  // table 3/15 vs 8/15 has exactly the same z (D = −75, S(N − S) = 209 for both) but rounds
  // above it, so scipy leaves it out; with it the p-value is 0.034109 (fixture: "exact"
  // 0.03410915466159729; "float_region" 0.03407671636576778).
  const vaccine = barnardTest(a, b, { alternative: "less" });
  assertEquals(+vaccine.statistic.toFixed(3), -1.894);
  assertClose(vaccine.pValue, 0.03410915466159729, TOL.supremum, "vaccine");
  assert(Math.abs(vaccine.pValue - 0.03407) > 3e-5);
});

Deno.test("edges: no difference gives p = 1; never NaN; p within [0, 1]", () => {
  // scipy/stats/tests/test_hypotests.py:1088: [[0, 0], [4, 3]] gives statistic 0, p 1.
  const none = barnardTest({ x: 0, n: 4 }, { x: 0, n: 3 });
  assertEquals([none.statistic, none.pValue], [0, 1]);
  const tables: [number, number, number, number][] = [
    [1, 1, 0, 1],
    [0, 1, 0, 1],
    [5, 5, 0, 5],
    [0, 10, 10, 10],
    [12, 12, 12, 12],
    [1, 30, 0, 2],
  ];
  for (const [xa, na, xb, nb] of tables) {
    for (const alternative of BARNARD_ALTERNATIVES) {
      for (const pooled of [true, false]) {
        const r = barnardTest({ x: xa, n: na }, { x: xb, n: nb }, { alternative, pooled });
        assert(r.pValue >= 0 && r.pValue <= 1, `${xa}/${na} vs ${xb}/${nb}: ${r.pValue}`);
        assert(!Number.isNaN(r.statistic) && r.nuisance >= 0 && r.nuisance <= 1);
      }
    }
  }
  const infinite = barnardTest({ x: 0, n: 10 }, { x: 10, n: 10 }, { pooled: false });
  assertEquals(infinite.statistic, -Infinity);
});

Deno.test("results are frozen and carry their inputs and defaults", () => {
  const r = barnardTest({ x: 7, n: 20 }, { x: 2, n: 18 });
  assertEquals([r.alternative, r.pooled], ["two-sided", true]);
  assertEquals([r.a, r.b], [{ x: 7, n: 20 }, { x: 2, n: 18 }]);
  assert(Object.isFrozen(r));
  assertEquals([...BARNARD_ALTERNATIVES], ["two-sided", "less", "greater"]);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { x: 2, n: 18 };
  const cases: [unknown, unknown, unknown, ErrorConstructor, string][] = [
    [{ x: 1.5, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got 1.5"],
    [ok, { x: 19, n: 18 }, {}, RangeError, "`b.x` must be an integer in [0, b.n]"],
    [ok, { x: 0, n: 0 }, {}, RangeError, "`b.n` must be an integer ≥ 1, got 0"],
    [null, ok, {}, TypeError, "`a` must be an object { x, n }, got null"],
    [ok, ok, { alternative: "two.sided" }, RangeError, '`alternative` must be one of "two-sided"'],
    [ok, ok, { pooled: "yes" }, TypeError, "`pooled` must be a boolean, got yes"],
  ];
  for (const [a, b, options, ErrorClass, message] of cases) {
    assertThrows(
      () => barnardTest(a as never, b as never, options as never),
      ErrorClass,
      message,
    );
  }
});
