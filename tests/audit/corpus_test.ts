// Tests of lib/audit/corpus.ts: the kinds of inconsistency and the corpus tally. Sentences made
// up; the arithmetic is in the comments.
import { assertEquals, assertThrows } from "@std/assert";
import { auditPaper } from "../../lib/audit/audit.ts";
import { CorpusTally, INCONSISTENCY_KINDS, inconsistencyKind } from "../../lib/audit/corpus.ts";

const kinds = (text: string) => {
  const a = auditPaper(text);
  return a.records.map((r, i) => inconsistencyKind(r, a.statements[i]!) ?? r.status);
};

Deno.test("discrepancies sorted into kinds of inconsistency", () => {
  // 12/40 = 30%: 35% is printed by 14 of 40, another count.
  assertEquals(kinds("Relapse in 12/40 (35%)."), ["percentage-other-count"]);
  // χ²(1) = 0.24 gives p = 0.624, printed 0.04: a decision error. t(58) = 2.10 gives 0.040,
  // printed 0.045: off at its precision only.
  assertEquals(kinds("It held, χ2(1) = 0.24, P = 0.04, and t(58) = 2.10, p = .045."), [
    "test-statistic-decision",
    "test-statistic-precision",
  ]);
  // An estimate outside its own interval.
  assertEquals(kinds("(HR 0.40, 95% CI 0.49-0.95)"), ["ratio-interval"]);
  // 60 + 58 = 118, not 120.
  assertEquals(kinds("In all, 120 patients were randomized: 60 to A and 58 to B."), [
    "parts-total",
  ]);
  assertEquals(kinds("Relapse in 4/14 (28.6%)."), ["reproduced"]);
});

Deno.test("the corpus tally: papers, shares, kinds and artefacts", () => {
  const tally = new CorpusTally();
  // An explicit discrepancy (3/14 = 21.4%) and an artefact (7/28 = 25.0% printed 250%).
  tally.add(auditPaper("A 4/14 (28.6%), B 3/14 (25.0%). Relapse in 7/28 (250%)."));
  tally.add(auditPaper("Nothing to check."));
  tally.add(auditPaper("Relapse in 4/14 (28.6%)."));
  const s = tally.summary();
  assertEquals([s.papers, s.papersWithStatements, s.papersWithDiscrepancy], [3, 2, 1]);
  assertEquals(s.explicitDiscrepancyOfAll, { papers: 1, of: 3, share: 1 / 3 });
  assertEquals(s.explicitDiscrepancyOfWithStatements.share, 0.5);
  assertEquals([s.statements, s.byStatus.reproduced, s.byStatus.artefact], [4, 2, 1]);
  assertEquals([s.papersWithArtefact, s.artefactsByKind], [1, { percentage: 1 }]);
  assertEquals(s.inconsistencies.length, INCONSISTENCY_KINDS.length);
  assertEquals(s.inconsistencies[0], {
    kind: "percentage-impossible",
    label: "percentage no count of n prints",
    explicit: 1,
    inferred: 0,
    total: 1,
    papers: 1,
  });
  assertEquals(s.byKindTier.map((r) => [r.kind, r.tier, r.total]), [["percentage", "explicit", 4]]);
  assertThrows(
    () => tally.add({ records: auditPaper("4/14 (28.6%)").records, statements: [], dropped: [] }),
    RangeError,
    "`audit`",
  );
});
