// Tests of lib/audit/audit.ts: statements → records through the ledger's runner. Sentences are
// made up; expected statuses follow from k/n × 100 worked by hand in each comment.
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import { auditPaper, auditStatement, auditText } from "../../lib/audit/audit.ts";
import { extractStatements } from "../../lib/extract/extract.ts";

/** The record fields of issue 12's `--json` contract, in order. */
const RECORD_FIELDS = [
  "file",
  "line",
  "column",
  "quote",
  "kind",
  "reported",
  "recomputed",
  "status",
  "explanation",
  "tier",
];

Deno.test("records carry exactly the issue's fields, in text order, identical across runs", () => {
  const text = "Arm A: 4/14 (28.6%). Arm B: 3/14 (25.0%).";
  const records = auditText(text, { file: "a.txt" });
  assertEquals(records.map((r) => Object.keys(r)), [RECORD_FIELDS, RECORD_FIELDS]);
  // 4/14 = 28.57% (reproduced); 3/14 = 21.43%, not 25.0% (no k/14 prints 25.0%).
  assertEquals(records.map((r) => [r.status, r.column]), [["reproduced", 8], ["discrepancy", 29]]);
  assertEquals(JSON.stringify(auditText(text, { file: "a.txt" })), JSON.stringify(records));
});

Deno.test("an inferred statement says where its denominator came from", () => {
  const [r] = auditText("We enrolled 14 patients. Later, 12 (87.5%) progressed.");
  assertEquals([r?.status, r?.tier], ["discrepancy", "inferred"]);
  assertStringIncludes(r!.explanation, 'Context: n = 14 from "14 patients"');
});

Deno.test("a check that rejects the extracted inputs drops the statement, counted, never a crash", () => {
  const [s] = extractStatements("Relapse in 4/14 (28.6%).");
  const bad = auditStatement({ ...s!, args: { n: "3" } }); // 4 of 3: the count exceeds n
  assert(!bad.ok);
  const paper = auditPaper("Relapse in 4/14 (28.6%).", { file: "a.txt" });
  assertEquals([paper.records.length, paper.dropped.length, paper.summary.dropped], [1, 0, 0]);
});

Deno.test("a paper's audit: statements, records and summary agree", () => {
  const paper = auditPaper("In 4/14 (28.6%) and t(58) = 2.10, p = .04.", { file: "a.txt" });
  assertEquals(paper.statements.length, paper.records.length);
  assertEquals(paper.summary.statements, 2);
  assertEquals(paper.summary.byKind["test-statistic"]?.reproduced, 1);
  assertEquals(paper.summary.explicitDiscrepancy, false);
});
