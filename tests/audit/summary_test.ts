// Tests of lib/audit/summary.ts: per-paper and corpus counts.
import { assertEquals } from "@std/assert";
import { auditSummary, mergeSummaries } from "../../lib/audit/summary.ts";

Deno.test("counts by status, tier and kind; every status present", () => {
  const s = auditSummary([
    { kind: "percentage", status: "discrepancy", tier: "inferred" },
    { kind: "percentage", status: "reproduced", tier: "explicit" },
    { kind: "sum", status: "artefact", tier: "explicit" },
  ], { file: "a.txt", dropped: 2 });
  assertEquals([s.file, s.statements, s.dropped, s.explicitDiscrepancy], ["a.txt", 3, 2, false]);
  assertEquals(Object.keys(s.byStatus), [
    "discrepancy",
    "artefact",
    "explained",
    "consistent",
    "reproduced",
    "not-derivable",
  ]);
  assertEquals(Object.keys(s.byKind), ["percentage", "sum"]);
  assertEquals([s.byTier.inferred.discrepancy, s.byKind.sum?.artefact], [1, 1]);
});

Deno.test("a corpus summary adds papers up and counts papers with a discrepancy", () => {
  const a = auditSummary([{ kind: "percentage", status: "discrepancy", tier: "explicit" }]);
  const b = auditSummary([{ kind: "percentage", status: "discrepancy", tier: "inferred" }]);
  const c = auditSummary([]);
  const all = mergeSummaries([a, b, c]);
  assertEquals(
    [
      all.papers,
      all.papersWithStatements,
      all.papersWithExplicitDiscrepancy,
      all.papersWithDiscrepancy,
    ],
    [3, 2, 1, 2],
  );
  assertEquals(all.byKind.percentage?.discrepancy, 2);
});
