import { assert, assertEquals, assertThrows } from "@std/assert";
import { ratioFromCI } from "../../lib/stats/ratio_from_ci.ts";
import { assertClose, fixture, TOL } from "./_two_arm_fixture.ts";

// Reference values: tests/fixtures/two_arm.json, "ratio_from_ci" (generate_two_arm.py, scipy
// 1.10.1 norm.isf / norm.sf on the closed forms of Altman and Bland 2011, BMJ 343: d2304).

Deno.test("SE, z, p, geometric mid-point and asymmetry match the closed forms (scipy)", () => {
  for (const row of fixture.ratio_from_ci) {
    const r = ratioFromCI(row);
    const label = `${row.estimate} (${row.lower}–${row.upper}) @${row.level}`;
    assertClose(r.se, row.se, TOL.closedForm, `${label} se`);
    assertClose(r.z, row.z, TOL.closedForm, `${label} z`);
    assertClose(r.pValue, row.pValue, TOL.normalTail, `${label} p`);
    assertClose(r.geometricMidpoint, row.geometricMidpoint, TOL.closedForm, `${label} mid`);
    assertClose(r.asymmetry, row.asymmetry, TOL.closedForm, `${label} asymmetry`, 1e-14);
  }
});

Deno.test("a printed HR and interval: Aureli 2023, OS hazard ratio 0.43 (95% CI, 0.18–1.01)", () => {
  // shared/papers/aureli-2023-cancers-all-immunotherapy-review.txt (Locatelli trial):
  // the interval crosses 1 and so should P: 2·(1 − Φ(1.918)) = 0.055 by Altman and Bland's
  // step (b); the estimate sits 1% of a half-width from √(0.18·1.01), as rounding allows.
  const r = ratioFromCI({ estimate: 0.43, lower: 0.18, upper: 1.01 });
  assertEquals(+r.pValue.toFixed(3), 0.055);
  assert(r.pValue > 0.05);
  assert(Math.abs(r.asymmetry) < 0.02);
});

Deno.test("an estimate outside its interval is reported, not rejected", () => {
  const r = ratioFromCI({ estimate: 1.2, lower: 1.25, upper: 2.0 });
  assert(r.asymmetry < -1);
  assertEquals(r.level, 0.95);
  assert(Object.isFrozen(r));
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const cases: [unknown, ErrorConstructor, string][] = [
    [{ estimate: 0, lower: 0.1, upper: 2 }, RangeError, "`estimate` must be a ratio > 0, got 0"],
    [{ estimate: 1, lower: -1, upper: 2 }, RangeError, "`lower` must be a ratio > 0, got -1"],
    [{ estimate: 1, lower: 0.5, upper: NaN }, RangeError, "`upper` must be a finite number"],
    [{ estimate: "1", lower: 0.5, upper: 2 }, TypeError, '`estimate` must be a number, got "1"'],
    [{ estimate: 1, lower: 2, upper: 0.5 }, RangeError, "`upper` must exceed `lower` (2), got 0.5"],
    [{ estimate: 1, lower: 0.5, upper: 2, level: 1.5 }, RangeError, "`level` must be in (0, 1)"],
    [null, TypeError, "`reported` must be an object"],
  ];
  for (const [input, ErrorClass, message] of cases) {
    assertThrows(() => ratioFromCI(input as never), ErrorClass, message);
  }
});
