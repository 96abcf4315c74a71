// Tests of lib/checks/p_value.ts. Reference p-values: scipy 1.10.1 (Debian /usr/bin/python3),
// scipy.stats.fisher_exact(t)[1] and chi2_contingency(t, correction=False/True)[1].
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkPValue } from "../../lib/checks/p_value.ts";

Deno.test("Aureli 2023 §4.1.1 TOWER: CR 34% vs 16%, p < 0.001 (92/271 vs 21/134)", () => {
  // 92/271 = 33.9% and 21/134 = 15.7% print as 34% and 16%.
  // scipy: fisher 9.38e-05, chi-square 1.14e-04, Yates 1.83e-04 — all < 0.001.
  const r = checkPValue({ reported: "p < 0.001", x1: 92, n1: 271, x2: 21, n2: 134 });
  assertEquals([r.status, r.recomputed], ["reproduced", "p = 0.0000938 (fisher)"]);
  assertStringIncludes(r.explanation, "fits fisher, chi-square, chi-square-yates");
});

Deno.test("a printed value matches at its precision; the test can be fixed", () => {
  // Locatelli 2021 deaths 8/54 vs 16/54 (Aureli 2023 §4.1.2), constructed prints:
  // scipy: fisher 0.1040, chi-square 0.0641, Yates 0.1052
  const base = { x1: 8, n1: 54, x2: 16, n2: 54 };
  assertEquals(
    checkPValue({ ...base, reported: "p = 0.06" }).recomputed,
    "p = 0.0641 (chi-square)",
  );
  assertEquals(checkPValue({ ...base, reported: "p = 0.10" }).status, "reproduced"); // fisher, Yates
  const fisherOnly = checkPValue({ ...base, reported: "p = 0.06", test: "fisher" });
  assertEquals([fisherOnly.status, fisherOnly.recomputed], ["discrepancy", "p = 0.104 (fisher)"]);
  assertStringIncludes(fisherOnly.explanation, "none gives the printed p = 0.06");
  assertEquals(checkPValue({ ...base, reported: "p > 0.05" }).status, "reproduced");
  assertEquals(checkPValue({ ...base, reported: "p ≤ 0.05" }).status, "discrepancy");
  assertEquals(
    checkPValue({ ...base, reported: "p ≥ 0.1", test: "chi-square" }).status,
    "discrepancy",
  );
});

Deno.test("bad input", () => {
  const base = { x1: 3, n1: 20, x2: 2, n2: 18 };
  assertThrows(() => checkPValue({ ...base, reported: "ns" }), TypeError, "`reported`");
  assertThrows(() => checkPValue({ ...base, reported: "0.5", test: "t" }), RangeError, "`test`");
  assertThrows(() => checkPValue({ ...base, x1: 21, reported: "0.5" }), RangeError, "`a.x`");
});
