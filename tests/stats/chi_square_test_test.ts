import { assert, assertEquals, assertThrows } from "@std/assert";
import { chiSquareTest } from "../../lib/stats/chi_square_test.ts";
import { assertClose, fixture, tableLabel, TOL } from "./_two_arm_fixture.ts";

// Reference values: tests/fixtures/two_arm.json (tests/fixtures/generate_two_arm.R, R 4.2.2):
// chisq.test(matrix(c(xa, xb, na - xa, nb - xb), 2), correct = TRUE / FALSE), whether it
// warned "Chi-squared approximation may be incorrect", and prop.test(c(xa, xb), c(na, nb)).

Deno.test("statistic, p-value, expected counts and warning match R's chisq.test", () => {
  let checked = 0;
  for (const t of fixture.tables) {
    if (t.chisq === null) continue; // an empty column: R returns NaN (see the boundary test)
    for (const correct of [true, false]) {
      const expected = correct ? t.chisq.correct : t.chisq.uncorrected;
      const r = chiSquareTest(t.a, t.b, { correct });
      const label = `${tableLabel(t)} correct=${correct}`;
      assertClose(r.statistic, expected.statistic, TOL.closedForm, `${label} statistic`, 1e-14);
      assertClose(r.pValue, expected.pValue, TOL.normalTail, `${label} p`, 1e-300);
      for (const i of [0, 1] as const) {
        for (const j of [0, 1] as const) {
          assertClose(r.expected[i][j], expected.expected[i][j], TOL.closedForm, label);
        }
      }
      assertEquals(r.smallExpected, expected.warned, `${label} warning`);
      assertEquals(r.df, 1);
      checked++;
    }
  }
  assert(checked >= 30, `only ${checked} comparisons`);
});

Deno.test("Yates-corrected statistic equals prop.test's", () => {
  for (const t of fixture.tables) {
    if (t.prop_test === null) continue;
    const r = chiSquareTest(t.a, t.b);
    assertClose(r.statistic, t.prop_test.statistic, TOL.closedForm, tableLabel(t), 1e-14);
    assertClose(r.pValue, t.prop_test.pValue, TOL.normalTail, tableLabel(t), 1e-300);
  }
});

Deno.test("Yates's correction is capped at |O − E| as in R", () => {
  // 5/10 vs 4/10: |O − E| = 0.5·|5·6 − 4·5| / 20 = 0.25 < 0.5, so the corrected statistic is
  // exactly 0 and P = 1 (R 4.2: chisq.test(matrix(c(5, 4, 5, 6), 2)) gives X-squared = 0,
  // p-value = 1); without the cap it would be (0.25)²·ΣE⁻¹ > 0.
  const r = chiSquareTest({ x: 5, n: 10 }, { x: 4, n: 10 });
  assertEquals([r.statistic, r.pValue], [0, 1]);
  assert(chiSquareTest({ x: 5, n: 10 }, { x: 4, n: 10 }, { correct: false }).statistic > 0);
});

Deno.test("empty column (no events, or only events, in both arms): statistic 0, p = 1, flagged", () => {
  // R returns NaN here (0/0 in the cells with zero expected count); see the JSDoc.
  for (const [a, b] of [[{ x: 0, n: 10 }, { x: 0, n: 20 }], [{ x: 20, n: 20 }, { x: 20, n: 20 }]]) {
    const r = chiSquareTest(a!, b!);
    assertEquals([r.statistic, r.pValue, r.smallExpected], [0, 1, true]);
  }
});

Deno.test("defaults, frozen result with its inputs", () => {
  const r = chiSquareTest({ x: 7, n: 20 }, { x: 2, n: 18 });
  assertEquals(r.correct, true);
  assertEquals([r.a, r.b], [{ x: 7, n: 20 }, { x: 2, n: 18 }]);
  assert(Object.isFrozen(r) && Object.isFrozen(r.expected) && Object.isFrozen(r.expected[0]));
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { x: 2, n: 18 };
  const cases: [unknown, unknown, unknown, ErrorConstructor, string][] = [
    [{ x: 0.5, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got 0.5"],
    [{ x: -1, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got -1"],
    [{ x: 19, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer in [0, a.n]"],
    [ok, { x: 0, n: 0 }, {}, RangeError, "`b.n` must be an integer ≥ 1, got 0"],
    [ok, { x: NaN, n: 5 }, {}, RangeError, "`b.x` must be a finite number, got NaN"],
    [ok, 7, {}, TypeError, "`b` must be an object { x, n }, got 7"],
    [ok, ok, { correct: "yes" }, TypeError, "`correct` must be a boolean, got yes"],
  ];
  for (const [a, b, options, ErrorClass, message] of cases) {
    assertThrows(
      () => chiSquareTest(a as never, b as never, options as never),
      ErrorClass,
      message,
    );
  }
});
