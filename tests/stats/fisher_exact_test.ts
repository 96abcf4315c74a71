import { assert, assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import { FISHER_ALTERNATIVES, fisherExact } from "../../lib/stats/fisher_exact.ts";
import { assertClose, fixture, num, tableLabel, TOL } from "./_two_arm_fixture.ts";
import {
  fixture as midPFixture,
  num as midPNum,
  tableLabel as midPLabel,
  TOL as MID_P_TOL,
} from "./_unconditional_fixture.ts";

// Reference values: tests/fixtures/two_arm.json (tests/fixtures/generate_two_arm.R, R 4.2.2):
// fisher.test p-values; the estimate and limits by fisher.test's own definitions solved with
// uniroot(tol = 1e-15) on log(psi) ("tight"); and fisher.test's printed estimate and limits
// ("r_default", uniroot at its default tol = .Machine$double.eps^0.25); and scipy 1.10.1's
// conditional odds ratio (generate_two_arm.py).

Deno.test("p-values match R's fisher.test for every alternative and table to 1e-10", () => {
  let checked = 0;
  for (const t of fixture.tables) {
    for (const f of t.fisher) {
      const r = fisherExact(t.a, t.b, { alternative: f.alternative, level: f.level });
      assertClose(r.pValue, f.pValue, TOL.pValue, `${tableLabel(t)} ${f.alternative}`, 1e-300);
      checked++;
    }
  }
  assertEquals(checked, fixture.tables.length * 3 * 3);
});

Deno.test("conditional MLE and exact limits match fisher.test's definitions at full precision", () => {
  for (const t of fixture.tables) {
    for (const f of t.fisher) {
      const r = fisherExact(t.a, t.b, { alternative: f.alternative, level: f.level });
      const label = `${tableLabel(t)} ${f.alternative} @${f.level}`;
      assertClose(r.oddsRatio, num(f.tight.estimate), TOL.root, `${label} estimate`);
      assertClose(r.lower, num(f.tight.lower), TOL.root, `${label} lower`);
      assertClose(r.upper, num(f.tight.upper), TOL.root, `${label} upper`);
    }
  }
});

Deno.test("estimate and limits agree with scipy's independent implementation", () => {
  // scipy 1.10.1 stats.contingency.odds_ratio(kind="conditional") solves the same equations
  // with brentq(xtol = 1e-13) on psi: agreement to ~1e-13/psi relative is all it allows
  // (measured: 5e-11 at worst). Where the table is degenerate (no events or only events) it
  // reports NaN for the estimate, R 0; the limits [0, ∞] agree.
  for (const t of fixture.tables) {
    for (const s of t.scipy_conditional) {
      const r = fisherExact(t.a, t.b, { alternative: s.alternative, level: s.level });
      const label = `${tableLabel(t)} ${s.alternative} @${s.level}`;
      if (s.estimate !== null) assertClose(r.oddsRatio, num(s.estimate), 1e-9, label);
      assertClose(r.lower, num(s.lower), 1e-9, `${label} lower`);
      assertClose(r.upper, num(s.upper), 1e-9, `${label} upper`);
    }
  }
});

Deno.test("R's printed fisher.test estimate and limits agree within uniroot's default tolerance", () => {
  // R finds each root in psi on (0, 1) or in 1/psi on (eps, 1) with uniroot's default
  // tol = 1.22e-4, so its printed values agree with exact roots on that scale only.
  const onUnitScale = (v: number) => (v > 1 ? 1 / v : v);
  for (const t of fixture.tables) {
    for (const f of t.fisher) {
      const r = fisherExact(t.a, t.b, { alternative: f.alternative, level: f.level });
      const pairs = [
        [r.oddsRatio, num(f.r_default.estimate)],
        [r.lower, num(f.r_default.lower)],
        [r.upper, num(f.r_default.upper)],
      ] as const;
      for (const [ours, theirs] of pairs) {
        if (!Number.isFinite(theirs)) {
          assertEquals(ours, theirs, tableLabel(t));
          continue;
        }
        const gap = Math.abs(onUnitScale(ours) - onUnitScale(theirs));
        assert(gap <= 2.5e-4, `${tableLabel(t)}: ${ours} vs R ${theirs}`);
      }
    }
  }
});

Deno.test("published examples: tea tasting and the twins' convictions", () => {
  // Agresti 2002, Categorical Data Analysis, 2nd ed., §3.5.2, Table 3.8 (Fisher's tea taster):
  // one-sided P = 0.243, two-sided P = 0.486. R's ?fisher.test example gives p = 0.2429.
  const tea = fisherExact({ x: 3, n: 4 }, { x: 1, n: 4 }, { alternative: "greater" });
  assertEquals(+tea.pValue.toFixed(4), 0.2429);
  assertEquals(+fisherExact({ x: 3, n: 4 }, { x: 1, n: 4 }).pValue.toFixed(3), 0.486);
  // R's ?fisher.test example "Convictions" (Fisher 1962): dizygotic 2 of 17 convicted,
  // monozygotic 10 of 13; fisher.test(Convictions, alternative = "less") prints
  // p-value = 0.0004652, 95% CI 0.0000000 0.2849601, odds ratio 0.04693661.
  const twins = fisherExact({ x: 2, n: 17 }, { x: 10, n: 13 }, { alternative: "less" });
  assertEquals(+twins.pValue.toPrecision(4), 0.0004652);
  assertEquals([twins.lower, +twins.upper.toFixed(4)], [0, 0.2850]);
  assertEquals(+twins.oddsRatio.toPrecision(4), 0.04694);
});

Deno.test("edges of the support: estimate 0 or Infinity, limits 0 or Infinity, never NaN", () => {
  // Conventions of R's fisher.test (checked against the fixture's 0/10 vs 0/10, 10/10 vs 0/20).
  const noEvents = fisherExact({ x: 0, n: 10 }, { x: 0, n: 10 });
  assertEquals(
    [noEvents.pValue, noEvents.oddsRatio, noEvents.lower, noEvents.upper],
    [1, 0, 0, Infinity],
  );
  const top = fisherExact({ x: 10, n: 10 }, { x: 0, n: 20 });
  assertEquals([top.oddsRatio, top.upper], [Infinity, Infinity]);
  assert(top.lower > 0 && Number.isFinite(top.lower));
  const less = fisherExact({ x: 1, n: 9 }, { x: 5, n: 9 }, { alternative: "less" });
  assertEquals(less.lower, 0);
  const greater = fisherExact({ x: 5, n: 9 }, { x: 1, n: 9 }, { alternative: "greater" });
  assertEquals(greater.upper, Infinity);
});

Deno.test("results are frozen and carry their inputs and defaults", () => {
  const r = fisherExact({ x: 7, n: 20 }, { x: 2, n: 18 });
  assertEquals([r.alternative, r.level], ["two-sided", 0.95]);
  assertEquals([r.a, r.b], [{ x: 7, n: 20 }, { x: 2, n: 18 }]);
  assert(Object.isFrozen(r));
  assertEquals([...FISHER_ALTERNATIVES], ["two-sided", "less", "greater"]);
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const ok = { x: 2, n: 18 };
  const cases: [unknown, unknown, unknown, ErrorConstructor, string][] = [
    [{ x: 1.5, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got 1.5"],
    [{ x: -2, n: 18 }, ok, {}, RangeError, "`a.x` must be an integer ≥ 0, got -2"],
    [ok, { x: 19, n: 18 }, {}, RangeError, "`b.x` must be an integer in [0, b.n]"],
    [ok, { x: 0, n: 0 }, {}, RangeError, "`b.n` must be an integer ≥ 1, got 0"],
    [ok, { x: 0, n: NaN }, {}, RangeError, "`b.n` must be a finite number, got NaN"],
    [undefined, ok, {}, TypeError, "`a` must be an object { x, n }, got undefined"],
    [ok, ok, { level: 95 }, RangeError, "`level` must be in (0, 1), got 95"],
    [ok, ok, { alternative: "two.sided" }, RangeError, '`alternative` must be one of "two-sided"'],
  ];
  for (const [a, b, options, ErrorClass, message] of cases) {
    assertThrows(
      () => fisherExact(a as never, b as never, options as never),
      ErrorClass,
      message,
    );
  }
});

Deno.test("mid-p p-values and mid-p limits match an exact-fraction computation", () => {
  // tests/fixtures/unconditional.json (generate_unconditional.py): mid-p from exact
  // hypergeometric fractions (two-sided: less likely tables in full, exactly as likely ones
  // by half), limits by bisection on log ψ in mpmath at 40 digits.
  let checked = 0;
  for (const t of midPFixture.tables) {
    for (const row of t.mid_p) {
      const r = fisherExact(t.a, t.b, {
        alternative: row.alternative,
        level: row.level,
        midP: true,
      });
      const label = `${midPLabel(t)} ${row.alternative} @${row.level}`;
      assertClose(r.pValue, row.pValue, MID_P_TOL.pValue, label, 1e-300);
      assertClose(r.lower, midPNum(row.lower), MID_P_TOL.root, `${label} lower`);
      assertClose(r.upper, midPNum(row.upper), MID_P_TOL.root, `${label} upper`);
      assertEquals(r.midP, true);
      checked++;
    }
  }
  assertEquals(checked, 288); // 48 tables with n_a·n_b ≤ 3000, 2 levels, 3 alternatives
});

Deno.test("mid-p: the observed table counts half; conventional minus mid-p is half its probability", () => {
  // Tea tasting by hand: P(X = 3) = 16/70, P(X = 4) = 1/70, P(X = 0) = 1/70, P(X = 1) = 16/70.
  const tea = [{ x: 3, n: 4 }, { x: 1, n: 4 }] as const;
  const greater = fisherExact(...tea, { alternative: "greater", midP: true });
  assertAlmostEquals(greater.pValue, 9 / 70, 1e-15);
  const less = fisherExact(...tea, { alternative: "less", midP: true });
  // P(X = 2) = 36/70: P(X < 3) + ½P(X = 3) = (1 + 16 + 36 + 8)/70.
  assertAlmostEquals(less.pValue, 61 / 70, 1e-15);
  // Two-sided: the tables 0, 1, 3, 4 are no more likely than 3; 1 and 3 tie (16/70 each), so
  // the mid-p is 1/70 + 1/70 + ½·32/70 = 18/70; the conventional p-value is 34/70.
  const two = fisherExact(...tea, { midP: true });
  assertAlmostEquals(two.pValue, 18 / 70, 1e-15);
  assertAlmostEquals(fisherExact(...tea).pValue, 34 / 70, 1e-15);
  // The mid-p interval lies inside the conventional one.
  const conventional = fisherExact(...tea);
  assert(conventional.lower < two.lower && two.upper < conventional.upper);
  assertEquals(two.oddsRatio, conventional.oddsRatio);
});

Deno.test("mid-p: rejects a non-boolean midP", () => {
  assertThrows(
    () => fisherExact({ x: 1, n: 2 }, { x: 0, n: 2 }, { midP: 1 as never }),
    TypeError,
    "`midP` must be a boolean, got 1",
  );
  assertEquals(fisherExact({ x: 1, n: 2 }, { x: 0, n: 2 }).midP, false);
});
