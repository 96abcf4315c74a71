import { assert, assertEquals, assertThrows } from "@std/assert";
import { twoProportionZTest, Z_TEST_ALTERNATIVES } from "../../lib/stats/two_proportion_z_test.ts";
import { chiSquareTest } from "../../lib/stats/chi_square_test.ts";
import { normalCdf } from "../../lib/stats/distributions.ts";
import { assertClose } from "./_two_arm_fixture.ts";
import { fixture, tableLabel, TOL } from "./_unconditional_fixture.ts";

// Reference values: tests/fixtures/unconditional.json (generate_unconditional.py):
// statsmodels 0.13.5 proportions_ztest (pooled) and test_proportions_2indep(method = "wald")
// (unpooled), statistic and two-sided p-value.

Deno.test("statistic and p-value match statsmodels, pooled and unpooled", () => {
  let checked = 0;
  for (const t of fixture.tables) {
    for (const [kind, ref] of Object.entries(t.z)) {
      const r = twoProportionZTest(t.a, t.b, { pooled: kind === "pooled" });
      const label = `${tableLabel(t)} ${kind}`;
      assertClose(r.statistic, ref.statistic, TOL.closedForm, `${label} z`);
      assertClose(r.pValue, ref.pValue, TOL.normalTail, `${label} p`, 1e-300);
      checked++;
    }
  }
  assert(checked >= 90, `only ${checked} comparisons`);
});

Deno.test("the pooled z-test is the uncorrected chi-square test", () => {
  for (const t of fixture.tables) {
    const z = twoProportionZTest(t.a, t.b);
    const chi = chiSquareTest(t.a, t.b, { correct: false });
    assertClose(z.statistic ** 2, chi.statistic, 1e-12, tableLabel(t), 1e-14);
    assertClose(z.pValue, chi.pValue, 1e-12, tableLabel(t), 1e-300);
  }
});

Deno.test("one-sided p-values are the normal tails on each side", () => {
  const a = { x: 7, n: 15 };
  const b = { x: 12, n: 15 };
  const two = twoProportionZTest(a, b);
  const less = twoProportionZTest(a, b, { alternative: "less" });
  const greater = twoProportionZTest(a, b, { alternative: "greater" });
  assertClose(less.pValue, normalCdf(two.statistic), 1e-15, "less");
  assertClose(less.pValue + greater.pValue, 1, 1e-15, "sum");
  assertClose(two.pValue, 2 * less.pValue, 1e-15, "two-sided");
});

Deno.test("boundaries: equal proportions give z = 0; a zero unpooled variance gives ±∞", () => {
  const none = twoProportionZTest({ x: 0, n: 10 }, { x: 0, n: 20 });
  assertEquals([none.statistic, none.pValue], [0, 1]);
  assertEquals(twoProportionZTest({ x: 3, n: 6 }, { x: 5, n: 10 }, { pooled: false }).pValue, 1);
  const infinite = twoProportionZTest({ x: 0, n: 10 }, { x: 10, n: 10 }, { pooled: false });
  assertEquals([infinite.statistic, infinite.pValue], [-Infinity, 0]);
  const greater = twoProportionZTest({ x: 0, n: 10 }, { x: 10, n: 10 }, {
    pooled: false,
    alternative: "greater",
  });
  assertEquals(greater.pValue, 1);
  const half = twoProportionZTest({ x: 2, n: 4 }, { x: 1, n: 2 }, { alternative: "less" });
  assertEquals(half.pValue, 0.5);
});

Deno.test("results are frozen and carry their inputs; bad input is rejected by name", () => {
  const r = twoProportionZTest({ x: 7, n: 20 }, { x: 2, n: 18 });
  assertEquals([r.pooled, r.alternative], [true, "two-sided"]);
  assert(Object.isFrozen(r));
  assertEquals([...Z_TEST_ALTERNATIVES], ["two-sided", "less", "greater"]);
  const ok = { x: 2, n: 18 };
  assertThrows(() => twoProportionZTest(ok, { x: 2, n: 0 }), RangeError, "`b.n`");
  assertThrows(
    () => twoProportionZTest(ok, ok, { pooled: 0 as never }),
    TypeError,
    "`pooled` must be a boolean, got 0",
  );
  assertThrows(
    () => twoProportionZTest(ok, ok, { alternative: "up" as never }),
    RangeError,
    '`alternative` must be one of "two-sided", "less", "greater", got "up"',
  );
});
