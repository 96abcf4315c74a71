import { assert, assertEquals, assertThrows } from "@std/assert";
import { binomialTest, type TestAlternative } from "../../lib/stats/binomial_test.ts";
import { binomialPmf } from "../../lib/stats/distributions.ts";
// Reference values: tests/fixtures/generate_binomial.py (mpmath at 50 digits, R's minlike rule
// with its 1 + 1e-7 tolerance; scipy.stats.binomtest values beside them; versions in the JSON).
import fixture from "../fixtures/binomial.json" with { type: "json" };

/** Tolerances (relative): the target for exact p-values; scipy's own accuracy. */
const EXACT_REL = 1e-10;
const SCIPY_REL = 1e-9;

function relativeError(actual: number, expected: number): number {
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

Deno.test("binomialTest p-values match the mpmath references (n up to 100 000, mid-p too)", () => {
  assert(fixture.test.length >= 80);
  for (const row of fixture.test) {
    const result = binomialTest(row.x, row.n, row.p0, {
      alternative: row.alternative as TestAlternative,
      midP: row.midP,
    });
    const error = relativeError(result.pValue, row.pValue);
    assert(
      error <= EXACT_REL,
      `${row.x}/${row.n} p0 ${row.p0} ${row.alternative} midP ${row.midP}: ${result.pValue} vs ${row.pValue}`,
    );
  }
});

Deno.test("binomialTest agrees with scipy.stats.binomtest (same minlike rule as R)", () => {
  for (const row of fixture.test) {
    if (row.scipy === undefined) continue;
    const { pValue } = binomialTest(row.x, row.n, row.p0, {
      alternative: row.alternative as TestAlternative,
    });
    assert(
      relativeError(pValue, row.scipy) <= SCIPY_REL,
      `${row.x}/${row.n} p0 ${row.p0} ${row.alternative}: ${pValue} vs scipy ${row.scipy}`,
    );
  }
});

Deno.test("two-sided p-value at x = n·p₀ is 1; mid-p counts the observed outcome half", () => {
  // R: binom.test(7, 14, 0.5)$p.value == 1 (x equals the mean n·p₀).
  assertEquals(binomialTest(7, 14, 0.5).pValue, 1);
  // By definition: every other outcome is less likely than the mode 7, so mid-p = 1 − ½P(X = 7).
  const mid = binomialTest(7, 14, 0.5, { midP: true }).pValue;
  assertEquals(Math.abs(mid - (1 - 0.5 * binomialPmf(7, 14, 0.5))) < 1e-15, true);
});

Deno.test("symmetric null: two-sided is twice the one-sided tail (exact symmetry at p₀ = ½)", () => {
  // For p₀ = ½ the outcomes x and n − x are equally likely, so minlike = 2·P(X ≤ x), x < n/2.
  const two = binomialTest(3, 14, 0.5).pValue;
  const less = binomialTest(3, 14, 0.5, { alternative: "less" }).pValue;
  assert(relativeError(two, 2 * less) < 1e-15);
  // mid-p: the tie at n − x counts half, as x does.
  const twoMid = binomialTest(3, 14, 0.5, { midP: true }).pValue;
  const lessMid = binomialTest(3, 14, 0.5, { alternative: "less", midP: true }).pValue;
  assert(relativeError(twoMid, 2 * lessMid) < 1e-15);
});

Deno.test("the result is frozen and carries its inputs", () => {
  const r = binomialTest(3, 14, 0.2, { alternative: "greater" });
  assert(Object.isFrozen(r));
  assertEquals(
    [r.x, r.n, r.p0, r.alternative, r.midP, r.estimate],
    [3, 14, 0.2, "greater", false, 3 / 14],
  );
});

Deno.test("binomialTest rejects bad input, naming the argument and the value", () => {
  assertThrows(() => binomialTest(2.5, 14, 0.2), RangeError, "`x` must be an integer ≥ 0, got 2.5");
  assertThrows(() => binomialTest(-1, 14, 0.2), RangeError, "`x`");
  assertThrows(() => binomialTest(15, 14, 0.2), RangeError, "`x` must be an integer in [0, n]");
  assertThrows(() => binomialTest(0, 0, 0.2), RangeError, "`n` must be an integer ≥ 1, got 0");
  assertThrows(() => binomialTest(0, NaN, 0.2), RangeError, "`n` must be a finite number, got NaN");
  assertThrows(() => binomialTest(3, 14, 0), RangeError, "`p0` must be in (0, 1), got 0");
  assertThrows(() => binomialTest(3, 14, 1), RangeError, "`p0` must be in (0, 1), got 1");
  assertThrows(() => binomialTest(3, 14, -0.2), RangeError, "`p0` must be in (0, 1), got -0.2");
  assertThrows(() => binomialTest(3, 14, Infinity), RangeError, "`p0` must be a finite number");
  assertThrows(
    () => binomialTest(3, 14, 0.2, { alternative: "two.sided" as TestAlternative }),
    RangeError,
    '`alternative` must be one of "two-sided", "greater", "less", got "two.sided"',
  );
  assertThrows(
    () => binomialTest(3, 14, 0.2, { midP: "yes" as unknown as boolean }),
    TypeError,
    "`midP` must be a boolean, got yes",
  );
});
