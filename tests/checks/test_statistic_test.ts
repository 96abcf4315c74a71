// Tests of lib/checks/test_statistic.ts. Cases are statcheck's (MicheleNuijten/statcheck,
// tests/testthat/test-decisionerror.R and test-error.R, cited per case); recomputed p-values
// come from tests/fixtures/generate_test_statistic.py (mpmath at 50 digits).
import { formatPValue } from "../../lib/checks/format_p.ts";
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import fixture from "../fixtures/test_statistic.json" with { type: "json" };
import { checkTestStatistic } from "../../lib/checks/test_statistic.ts";

/** The check prints p with three significant digits. */
// Recomputed p-values are printed as prose prints them (lib/checks/format_p.ts).
const p3 = (p: number) => formatPValue(p);
const ref = <T extends { p: number }>(rows: T[], pick: (r: T) => boolean) => rows.find(pick)!.p;

Deno.test("statcheck decision errors are discrepancies that say so", () => {
  const cases = [
    // test-decisionerror.R, "simple decision errors": txt1, txt2, txt3, txt4, txt7, txt8, txt9, txt10
    { test: "t", statistic: "2.20", df: 28, reported: "p = .06" },
    { test: "t", statistic: "1.20", df: 28, reported: "p = .03" },
    { test: "F", statistic: "22.20", df: 2, df2: 28, reported: "p = .06" },
    { test: "F", statistic: "2.20", df: 2, df2: 28, reported: "p = .03" },
    { test: "chi-square", statistic: "2.20", df: 28, reported: "p = .03" },
    { test: "chi-square", statistic: "52.20", df: 28, reported: "p = .06" },
    { test: "z", statistic: "1.20", reported: "p = .03" },
    { test: "z", statistic: "2.20", reported: "p = .06" },
    // test-error.R: "t(48) = 1.02, p < .05" is an error and a decision error.
    { test: "t", statistic: "1.02", df: 48, reported: "p < .05" },
  ];
  for (const c of cases) {
    const r = checkTestStatistic(c);
    assertEquals(r.status, "discrepancy", JSON.stringify(c));
    assertStringIncludes(r.explanation, "decision error");
  }
});

Deno.test("recomputed p-values agree with mpmath", () => {
  // generate_test_statistic.py: two-sided t and z, upper-tail chi-square and F.
  const t = checkTestStatistic({ test: "t", statistic: "2.20", df: 28, reported: "p = .036" });
  assertEquals([t.status, t.recomputed], [
    "reproduced",
    p3(ref(fixture.t, (r) => r.t === 2.2 && r.df === 28)),
  ]);
  const chi = checkTestStatistic({
    test: "chi-square",
    statistic: "0.24",
    df: 1,
    reported: "P = 0.63",
  });
  assertEquals([chi.status, chi.recomputed], [
    "reproduced",
    p3(ref(fixture.chiSquare, (r) => r.x === 0.24)),
  ]);
  const z = checkTestStatistic({ test: "z", statistic: "1.96", reported: "p = .05" });
  assertEquals([z.status, z.recomputed], ["reproduced", p3(ref(fixture.z, (r) => r.z === 1.96))]);
  const f = checkTestStatistic({
    test: "F",
    statistic: "3.10",
    df: 2,
    df2: 57,
    reported: "p = 0.05",
  });
  assertEquals([f.status, f.recomputed], [
    "reproduced",
    p3(fixture.f.find((r) => r.x === 3.1)!.sf),
  ]);
});

Deno.test("the statistic's own rounding is allowed for (statcheck's rule)", () => {
  // χ²(1) = 4.979 gives p = 0.02566 (fixture); 4.9785–4.9795 cannot give 0.029.
  const r = checkTestStatistic({
    test: "chi-square",
    statistic: "4.979",
    df: 1,
    reported: "P = 0.029",
  });
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "4.9785–4.9795");
  // χ²(1) = 3.8 spans 3.75–3.85, p 0.0497–0.0528 (scipy.stats.chi2.sf): p = .05 fits, though
  // 3.8 alone gives 0.0513.
  assertEquals(
    checkTestStatistic({ test: "chi-square", statistic: "3.8", df: 1, reported: "p = .05" }).status,
    "reproduced",
  );
});

Deno.test("bounds, p = .000 and one-sided tests", () => {
  // t(120) = 3.5: p = 0.00065 (fixture) < .001; "p = .000" is read as p < .0005 (not met).
  assertEquals(
    checkTestStatistic({ test: "t", statistic: "3.5", df: 120, reported: "p < .001" }).status,
    "reproduced",
  );
  assertEquals(
    checkTestStatistic({ test: "t", statistic: "3.50", df: 120, reported: "p = .000" }).status,
    "discrepancy",
  );
  // t(10) = 2.0: two-sided 0.0734 (fixture); one-sided 0.0367.
  const two = checkTestStatistic({ test: "t", statistic: "2.0", df: 10, reported: "p = .04" });
  assertStringIncludes(two.explanation, "A one-sided test");
  assertEquals(
    checkTestStatistic({ test: "t", statistic: "2.00", df: 10, reported: "p = .037", sides: 1 })
      .status,
    "reproduced",
  );
  // p > .05 is consistent with z = 1.20 (p = 0.230, fixture).
  assertEquals(
    checkTestStatistic({ test: "z", statistic: "1.20", reported: "p > .05" }).status,
    "reproduced",
  );
});

Deno.test("bad input names the argument", () => {
  assertThrows(
    () => checkTestStatistic({ test: "U", statistic: "2", reported: "p = .04" }),
    RangeError,
    "`test`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "t", statistic: "2.1", reported: "p = .04" }),
    TypeError,
    "`df`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "F", statistic: "2.1", df: 2, reported: "p = .04" }),
    TypeError,
    "`df2`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "z", statistic: "n/a", reported: "p = .04" }),
    TypeError,
    "`statistic`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "z", statistic: "2.1", reported: "p = 1.5" }),
    TypeError,
    "`reported`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "chi-square", statistic: "-2.1", df: 1, reported: "p = .04" }),
    RangeError,
    "`statistic`",
  );
  assertThrows(
    () => checkTestStatistic({ test: "z", statistic: "2.1", reported: "p = .04", sides: 3 }),
    RangeError,
    "`sides`",
  );
});
