// Tests of lib/audit/other_methods.ts: discrepancies another standard method explains.
import { assertEquals, assertStringIncludes } from "@std/assert";
import { auditText } from "../../lib/audit/audit.ts";
import { logPosition } from "../../lib/audit/other_methods.ts";

Deno.test("a one-sided test the paper names is re-run one-sided", () => {
  // t(10) = 2.00: two-sided p = 0.0734, one-sided 0.0367 (scipy.stats.t.sf(2, 10)).
  const stat = "the change was larger, t(10) = 2.00, p = .037.";
  assertEquals(auditText(stat)[0]?.status, "discrepancy");
  const [r] = auditText(`All tests were one-tailed. ${stat}`);
  assertEquals(r?.status, "reproduced");
  assertStringIncludes(r!.explanation, 'One-sided, as the paper says it tests ("one-tailed")');
});

Deno.test("an F or chi-square p halved where the paper says it tests one-tailed", () => {
  // F(3, 96) = 2.0: upper-tail p over 1.95–2.05 is 0.1120–0.1267, halved 0.0560–0.0634
  // (scipy.stats.f.sf): p = 0.06 fits only halved, as the paper's one-tailed convention.
  const f = "Scores differed, F(3,96) = 2.0, p = 0.06.";
  assertEquals(auditText(f)[0]?.status, "discrepancy");
  const [r] = auditText(`We used 1-tailed tests. ${f}`);
  assertEquals(r?.status, "consistent");
  assertStringIncludes(r!.explanation, 'Halved, as the paper says it tests "1-tailed"');
  // F(1, 40) = 4.00 is t(40) = 2.00 squared: halved, p = 0.0262 is the one-sided t test
  // (scipy.stats.t.sf(2, 40) = 0.02619).
  const [one] = auditText("We used 1-tailed tests. The change, F(1,40) = 4.00, p = 0.026.");
  assertEquals(one?.status, "reproduced");
  // Halving does not rescue a p that is wrong either way: F(3, 98) = 0.9 gives 0.444, halved
  // 0.210–0.235 over 0.85–0.95, not 0.20.
  const [no] = auditText("We used 1-tailed tests. The change, F(3,98) = 0.9, p = 0.20.");
  assertEquals(no?.status, "discrepancy");
});

Deno.test("an asymmetric ratio interval is consistent unless no method could give it", () => {
  // √(1.25 × 2.11) = 1.624 ≠ 1.60: not Wald, but 47% along the log interval (exact or profile).
  assertEquals(auditText("(OR 1.60, 95% CI 1.25-2.11, P=.001)")[0]?.status, "consistent");
  // 0.61 sits 33% along (0.49, 0.95) on the log scale: still possible.
  assertEquals(logPosition(0.61, 0.49, 0.95).toFixed(2), "0.33");
  // Outside its own interval: a discrepancy.
  assertEquals(auditText("(HR 0.40, 95% CI 0.49-0.95)")[0]?.status, "discrepancy");
  // p and interval disagree on significance: the interval holds 1, p = 0.027.
  assertEquals(auditText("(OR = 1.33; 95% CI, 0.53–3.36; P = 0.027)")[0]?.status, "discrepancy");
  // A Wald p that differs from a log-rank p but agrees on significance: consistent.
  assertEquals(auditText("(HR 1.740 [95% CI 1.309–2.312], p<0.0001)")[0]?.status, "consistent");
});
