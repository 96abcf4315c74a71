// Tests of lib/checks/ci_proportion.ts. Reference limits: statsmodels 0.13.5 (Debian),
// proportion_confint(x, n, method=…): 0/14 "beta" (Clopper–Pearson) (0, 0.23164), "wilson"
// (0, 0.21531); 16/45 "beta" (0.21868, 0.51220), "wilson" (0.23219, 0.50164).
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkCiProportion } from "../../lib/checks/ci_proportion.ts";

Deno.test("Boissel 2022 Table 2: 0 (0.0%–23.2%) of 14 is the Clopper–Pearson interval", () => {
  const r = checkCiProportion({ reported: "0 (0.0%–23.2%)", x: 0, n: 14 });
  assertEquals(r.status, "reproduced");
  assertStringIncludes(r.recomputed, "0.0%–23.2% (clopper-pearson");
  assertStringIncludes(
    r.explanation,
    "0/14, 95% CI: printed 0.0%–23.2% is given by clopper-pearson",
  );
});

Deno.test("a method given alone; a discrepancy lists every method", () => {
  // Wilson prints 0.0%–21.5% for 0/14, so asking for Wilson alone is a discrepancy.
  const wilson = checkCiProportion({ reported: "0.0%–23.2%", x: 0, n: 14, method: "wilson" });
  assertEquals([wilson.status, wilson.recomputed], ["discrepancy", "0.0%–21.5% (wilson)"]);
  // 16/45 on the proportion scale: Wilson 0.23–0.50 fits, a constructed 0.30–0.60 fits none.
  assertEquals(checkCiProportion({ reported: "0.23–0.50", x: 16, n: 45 }).status, "reproduced");
  const none = checkCiProportion({ reported: "0.30–0.60", x: 16, n: 45 });
  assertEquals(none.status, "discrepancy");
  assertStringIncludes(none.explanation, "clopper-pearson 0.22–0.51");
  assertStringIncludes(none.explanation, "None prints 0.30–0.60");
});

Deno.test("bad input", () => {
  assertThrows(
    () => checkCiProportion({ reported: "23.2%", x: 0, n: 14 }),
    TypeError,
    "two limits",
  );
  assertThrows(
    () => checkCiProportion({ reported: "0–1", x: 0, n: 14, method: "exact" }),
    RangeError,
    "`method`",
  );
});

Deno.test("another denominator: Boissel 2022's 0.0%–23.2% uses all 14, not the 13 evaluable", () => {
  // Table 2 prints 0 (0.0%–23.2%) with N = 14; one patient was excluded from the efficacy data.
  // Clopper–Pearson upper limit for 0/13: 1 − 0.025^(1/13) = 0.2471 (24.7%).
  const r = checkCiProportion({ reported: "0 (0.0%–23.2%)", x: 0, n: 14, altN: 13 });
  assertEquals(r.status, "reproduced");
  assertStringIncludes(
    r.explanation,
    "With 13 as the denominator instead of 14, 0/13 by clopper-pearson is 0.0%–24.7%: the printed interval uses 14.",
  );
});

Deno.test("limits above 1 are percentages even without a % sign", () => {
  // Osorio et al. 2007 (Malar J 6:25): "35/36 or 97.2% (95%CI 85.5 – 99.9)"; Clopper–Pearson
  // for 35/36 is (0.8547, 0.9993) — statsmodels 0.13.5 proportion_confint(35, 36, method="beta").
  const r = checkCiProportion({ reported: "85.5 – 99.9", x: 35, n: 36 });
  assertEquals(r.status, "reproduced");
  assertStringIncludes(r.recomputed, "clopper-pearson");
});
