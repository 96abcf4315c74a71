// Tests of lib/checks/p_value.ts. Reference p-values: R 4.2.2 fisher.test and chisq.test
// (correct = FALSE / TRUE), printed with options(digits = 15) and quoted where used; scipy
// 1.10.1 (Debian /usr/bin/python3) fisher_exact and chi2_contingency agree with them. The
// exact unconditional tests and the z-tests are checked against their references in
// tests/stats/; here only their place in the sentence is.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkPValue, P_VALUE_TESTS } from "../../lib/checks/p_value.ts";

Deno.test("Aureli 2023 §4.1.1 TOWER: CR 34% vs 16%, p < 0.001 (92/271 vs 21/134)", () => {
  // 92/271 = 33.9% and 21/134 = 15.7% print as 34% and 16%.
  // R: fisher 9.38085408471896e-05, chi-square 1.14030625054806e-04, Yates
  // 1.83371737164321e-04 — all < 0.001, and so are the other tests.
  const r = checkPValue({ reported: "p < 0.001", x1: 92, n1: 271, x2: 21, n2: 134 });
  assertEquals([r.status, r.recomputed], ["reproduced", "p < 0.0001 (fisher)"]);
  assertStringIncludes(
    r.explanation,
    "92/271 vs 21/134: p < 0.001 fits Fisher's exact test (< 0.0001), ",
  );
  assertStringIncludes(
    r.explanation,
    "the chi-square test without continuity correction (0.0001)",
  );
  assertStringIncludes(r.explanation, "with Yates's continuity correction (0.0002)");
  assertStringIncludes(r.explanation, "and Boschloo's exact test (");
});

Deno.test('"0.29 fits the chi-square test without continuity correction, not Fisher\'s (0.36)"', () => {
  // 3/6 vs 9/32. R: m <- matrix(c(3, 9, 3, 23), 2): fisher.test 0.356658737463691,
  // chisq.test(correct = FALSE) 0.290135954132630, chisq.test 0.562397389050205.
  const base = { x1: 3, n1: 6, x2: 9, n2: 32 };
  const any = checkPValue({ ...base, reported: "0.29" });
  assertEquals([any.status, any.recomputed], ["reproduced", "p = 0.29 (chi-square)"]);
  assertStringIncludes(
    any.explanation,
    "3/6 vs 9/32: 0.29 fits the chi-square test without continuity correction and the z-test " +
      "with pooled variance, not Fisher's (0.36), ",
  );
  assertStringIncludes(any.explanation, "Yates's (0.56)");
  const fisher = checkPValue({ ...base, reported: "0.29", test: "fisher" });
  // 0.357, as prose prints it
  assertEquals([fisher.status, fisher.recomputed], ["discrepancy", "p = 0.36 (fisher)"]);
  assertStringIncludes(
    fisher.explanation,
    "0.29 does not fit Fisher's exact test, which the paper names; it fits the chi-square test",
  );
  const chi = checkPValue({ ...base, reported: "p = 0.29", test: "chi-square" });
  assertEquals(chi.status, "reproduced");
  assertStringIncludes(chi.explanation, "the paper names the chi-square test without");
});

Deno.test("the accepted test names: the ledger's four and the new ones", () => {
  // Locatelli 2021 deaths 8/54 vs 16/54 (Aureli 2023 §4.1.2), constructed prints. R:
  // fisher 0.104, chi-square 0.0641, Yates 0.105.
  const base = { x1: 8, n1: 54, x2: 16, n2: 54 };
  for (const test of ["fisher", "chi-square", "chi-square-yates", "any"]) {
    checkPValue({ ...base, reported: "p = 0.06", test }); // accepted
  }
  assertEquals(P_VALUE_TESTS.length, 9);
  assertEquals(
    checkPValue({ ...base, reported: "p = 0.06" }).recomputed,
    "p = 0.064 (chi-square)", // 0.0641, as prose prints it
  );
  assertEquals(checkPValue({ ...base, reported: "p = 0.10" }).recomputed, "p = 0.10 (fisher)");
  const fisherOnly = checkPValue({ ...base, reported: "p = 0.06", test: "fisher" });
  assertEquals([fisherOnly.status, fisherOnly.recomputed], ["discrepancy", "p = 0.10 (fisher)"]);
  assertEquals(
    checkPValue({ ...base, reported: "p = 0.06", test: "z-pooled" }).status,
    "reproduced",
  );
  assertEquals(checkPValue({ ...base, reported: "p > 0.05" }).status, "reproduced");
  assertEquals(checkPValue({ ...base, reported: "NS" }).status, "reproduced");
  assertEquals(checkPValue({ ...base, reported: "p ≤ 0.05" }).status, "discrepancy");
  const none = checkPValue({ ...base, reported: "p = 0.01" });
  assertEquals([none.status, none.recomputed], ["discrepancy", "p = 0.10 (fisher)"]);
  assertStringIncludes(none.explanation, "no standard two-sided test gives p = 0.01: Fisher's");
  assertEquals(
    checkPValue({ ...base, reported: "p ≥ 0.1", test: "chi-square" }).status,
    "discrepancy",
  );
});

Deno.test("bad input", () => {
  const base = { x1: 3, n1: 20, x2: 2, n2: 18 };
  assertThrows(
    () => checkPValue({ ...base, reported: "significant" }),
    RangeError,
    '`reported` must print a p-value, got "significant"',
  );
  assertThrows(() => checkPValue({ ...base, reported: 0.5 as never }), TypeError, "`reported`");
  assertThrows(() => checkPValue({ ...base, reported: "0.5", test: "t" }), RangeError, "`test`");
  assertThrows(() => checkPValue({ ...base, x1: 21, reported: "0.5" }), RangeError, "`a.x`");
});
