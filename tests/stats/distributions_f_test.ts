// Tests of the F distribution in lib/stats/distributions.ts (fCdf, fSf).
// --- Reference values: tests/fixtures/generate_test_statistic.py (mpmath at 50 digits through
// the regularized incomplete beta function, sanity-checked against scipy.stats.f; 16 significant
// digits; versions in the JSON under "versions").
import { assertAlmostEquals, assertThrows } from "@std/assert";
import fixture from "../fixtures/test_statistic.json" with { type: "json" };
import { fCdf, fSf } from "../../lib/stats/distributions.ts";

/** Relative agreement with the 50-digit references (the worst case, df2 = 5000, is 2e-13). */
const RELATIVE = 1e-12;

Deno.test("fSf and fCdf agree with mpmath to 1e-12 relative", () => {
  for (const { x, df1, df2, sf, cdf } of fixture.f) {
    assertAlmostEquals(fSf(x, df1, df2), sf, RELATIVE * sf, `sf(${x}, ${df1}, ${df2})`);
    assertAlmostEquals(fCdf(x, df1, df2), cdf, RELATIVE * cdf, `cdf(${x}, ${df1}, ${df2})`);
  }
});

Deno.test("F at the edges of its support", () => {
  assertAlmostEquals(fSf(0, 2, 28), 1, 0);
  assertAlmostEquals(fCdf(-1, 2, 28), 0, 0);
  assertAlmostEquals(fSf(Infinity, 2, 28), 0, 0);
});

Deno.test("F rejects degrees of freedom that are not positive", () => {
  assertThrows(() => fSf(1, 0, 10), RangeError, "`df1`");
  assertThrows(() => fCdf(1, 3, -2), RangeError, "`df2`");
  assertThrows(() => fSf(Number.NaN, 3, 2), RangeError, "`x`");
});
