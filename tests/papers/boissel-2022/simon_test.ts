/**
 * Boissel et al. (2022), Cancer Med 11: 1292–1298, the Simon design of the Methods, re-derived.
 * Each expectation cites the sentence or table it reproduces; design numbers are also checked
 * against the brute-force fixture (tests/fixtures/simon.json, case
 * "boissel-0.60-0.80-a0.10-b0.20", written by tests/fixtures/generate_simon.py with
 * Python 3.11.2 and scipy 1.10.1).
 */
import { assert, assertAlmostEquals, assertEquals, assertStringIncludes } from "@std/assert";
import {
  BOISSEL_OBSERVED,
  BOISSEL_STATED,
  boisselDesignCheck,
  boisselObservedAnalysis,
  boisselRuleSearch,
} from "../../../lib/papers/boissel-2022/simon.ts";

interface FixtureDesign {
  r1: number;
  n1: number;
  r: number;
  n: number;
  en0: number;
}
const fixture = JSON.parse(
  Deno.readTextFileSync(new URL("../../fixtures/simon.json", import.meta.url)),
) as { designs: { name: string; optimal: FixtureDesign; minimax: FixtureDesign }[] };
const reference = fixture.designs.find((c) => c.name === "boissel-0.60-0.80-a0.10-b0.20")!;
const rule = (d: { r1: number; n1: number; r: number; n: number }) => [d.r1, d.n1, d.r, d.n];

Deno.test("Boissel 2022, Methods: the 60% vs 80% design is the minimax design 6/11, 17/24", () => {
  const check = boisselDesignCheck();
  // "a 2-stage Simon's minimum-maximum design … maximum of 24 evaluable participants …
  // At Stage 1, a total of 11 evaluable participants … proceed to Stage 2 if more than 6
  // responses were observed."
  assertEquals(BOISSEL_STATED, { n1: 11, r1: 6, n: 24 });
  assertEquals([check.minimax.n1, check.minimax.r1, check.minimax.n], [11, 6, 24]);
  assertEquals(check.stage1As11MoreThan6, true);
  assertEquals(check.kinds, ["minimax", "admissible"]);
  assertEquals(rule(check.matched!), rule(reference.minimax));
  // "80% power … at a significance level of 0.1": the exact error rates meet both.
  assert(check.minimax.alpha <= 0.1 && check.minimax.power >= 0.8);
  // Not the optimal design: the brute-force optimal is 7/11, 21/31.
  assertEquals(rule(check.optimal), rule(reference.optimal));
  assertAlmostEquals(check.optimal.en0, reference.optimal.en0, 1e-10);
  assertStringIncludes(check.conclusion, "minimax design is 6/11, 17/24");
  assertStringIncludes(check.conclusion, "not the optimal design, which is 7/11, 21/31");
});

Deno.test("Boissel 2022, Methods: '>3/19' cannot belong to the 60% vs 80% design", () => {
  // "the study was to proceed to stage 2 if >3/19 patients showed a clinical response"
  const search = boisselRuleSearch();
  assertEquals(search.rule, { r1: 3, n1: 19 });
  assertEquals(search.statedTargetsMatch, false);
  assertEquals(search.sameDesignPossible, false);
  assert(search.matches.length > 0);
  // Every match is a design for a null response rate of 15% or 20%.
  for (const m of search.matches) assert(m.p0 === 0.15 || m.p0 === 0.2, `p0 = ${m.p0}`);
  // Simon (1989), Table 1, row p0 = 0.20, p1 = 0.40, α = 0.10, β = 0.10: minimax 3/19, 10/36.
  const simonRow = search.matches.find((m) =>
    m.p0 === 0.2 && m.p1 === 0.4 && m.alpha === 0.1 && m.beta === 0.1
  );
  assertEquals(simonRow?.kind, "minimax");
  assertEquals(rule(simonRow!.design), [3, 19, 10, 36]);
  // P(X ≤ 3 | 19, 0.6) = Σ_{k≤3} C(19,k) 0.6^k 0.4^(19−k) (closed form, computed term by term)
  const pet = [0, 1, 2, 3].reduce(
    (s, k) => s + [1, 19, 171, 969][k]! * 0.6 ** k * 0.4 ** (19 - k),
    0,
  );
  assertAlmostEquals(search.petAtP0, pet, 1e-18);
  assertStringIncludes(search.conclusion, "cannot be the same design");
});

Deno.test("Boissel 2022, Table 2: 0 responders of 14, design-based and plain exact analyses", () => {
  const a = boisselObservedAnalysis();
  assertEquals(BOISSEL_OBSERVED, { responders: 0, patients: 14 });
  // Table 2: "Responders, CR or CRi, n (95% CI) 0 (0.0%–23.2%)"
  assertEquals((100 * a.asRun.ci.lower).toFixed(1), "0.0");
  assertEquals((100 * a.asRun.ci.upper).toFixed(1), "23.2");
  assertEquals((100 * a.asRun.naive.ci.upper).toFixed(1), "23.2");
  // Closed forms for x = 0: upper limit 1 − 0.025^(1/n1), n1 = 14 (as run) or 11 (planned).
  assertAlmostEquals(a.asRun.ci.upper, 1 - 0.025 ** (1 / 14), 1e-15);
  assertAlmostEquals(a.asRun.naive.ci.upper, a.asRun.ci.upper, 1e-12);
  assertAlmostEquals(a.plannedStage1.ci.upper, 1 - 0.025 ** (1 / 11), 1e-15);
  assertEquals([a.asRun.pValue, a.asRun.umvue, a.asRun.naive.mle], [1, 0, 0]);
  assertStringIncludes(a.conclusion, "0.0%–23.2%");
  assertStringIncludes(a.conclusion, "0.0%–28.5%");
});
