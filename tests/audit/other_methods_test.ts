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

// Patterns of false alarms found while labelling the audit's flags (PROTOCOL.md, amendment after
// the second evaluation), in made-up sentences of the same shape.

Deno.test("a percentage next to a time-to-event estimate is not derivable from its counts", () => {
  // 6/51 = 11.8%, not 12.4%: a Kaplan–Meier rate, as the next sentence says.
  const rates = "Relapse rates were 12.4% (6/51) in arm A and 3.4% (2/87) in arm B.";
  assertEquals(auditText(rates).map((r) => r.status), ["discrepancy", "discrepancy"]);
  const km = auditText(`${rates} The Kaplan-Meier curves are shown in Figure 2.`);
  assertEquals(km.map((r) => r.status), ["not-derivable", "not-derivable"]);
  assertStringIncludes(km[0]!.explanation, 'time-to-event estimates ("Kaplan-Meier")');
  // "Cumulative rates" of a plain count are shares (22/65 = 33.8%), and a mention three
  // sentences away does not reach the percentage.
  assertEquals(
    auditText("Cumulative rates of loss were 22/65 (33.9%) in controls.")[0]?.status,
    "discrepancy",
  );
  assertEquals(
    auditText(`${rates} Adherence was high. Doses were kept. Kaplan-Meier curves are shown.`)
      .map((r) => r.status),
    ["discrepancy", "discrepancy"],
  );
});

Deno.test("p < .000 is the software's .000: p below 0.0005", () => {
  // t(94) = 11.53: two-sided p ≈ 1e-19 (scipy.stats.t.sf(11.525, 94) * 2).
  const [r] = auditText("Completers scored higher, t(94) = 11.53, p < .000.");
  assertEquals(r?.status, "reproduced");
  assertStringIncludes(r!.explanation, 'read as "= .000"');
  // t(10) = 2.00: p = 0.0728–0.0740 over 1.995–2.005 (scipy.stats.t.sf): not below 0.0005.
  assertEquals(auditText("It rose, t(10) = 2.00, p < .000.")[0]?.status, "discrepancy");
});

Deno.test("an F whose p the paper corrects for non-sphericity is consistent when some ε gives it", () => {
  // F(2, 112) = 3.3: uncorrected p 0.0386–0.0425 over 3.25–3.35 (scipy.stats.f.sf(x, 2, 112));
  // at ε = 1/2, F(1, 56): 0.0725–0.0768 (scipy.stats.f.sf(x, 1, 56)). p = .05 lies between.
  const named = "The Greenhouse–Geisser correction was used, although unadjusted degrees of " +
    "freedom are reported.";
  const [r] = auditText(`${named} Time had an effect, F(2,112) = 3.3, p = .05.`);
  assertEquals(r?.status, "consistent");
  assertStringIncludes(r!.explanation, "ε between 1/2 and 1 gives p from 0.039 to 0.077");
  // Not when the paper does not say so, not below the uncorrected p, not beyond ε = 1/df1
  // (p = .09 > 0.0768), and not with one numerator degree of freedom (ε = 1).
  assertEquals(auditText("Time had an effect, F(2,112) = 3.3, p = .05.")[0]?.status, "discrepancy");
  assertEquals(auditText(`${named} Time, F(2,112) = 3.3, p = .02.`)[0]?.status, "discrepancy");
  assertEquals(auditText(`${named} Time, F(2,112) = 3.3, p = .09.`)[0]?.status, "discrepancy");
  // F(1, 56) = 3.3: p 0.0725–0.0768, not .09.
  assertEquals(auditText(`${named} Time, F(1,56) = 3.3, p = .09.`)[0]?.status, "discrepancy");
});
