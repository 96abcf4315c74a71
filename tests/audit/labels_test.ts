// Tests of lib/audit/labels.ts: the seeded draw, the label sheet, matching labels to flags and
// precision by tier. Sentences are made up; percentages worked by hand in the comments.
import { assertAlmostEquals, assertEquals, assertThrows } from "@std/assert";
import { auditPaper } from "../../lib/audit/audit.ts";
import {
  drawSample,
  flagRows,
  type LabelledFlag,
  labelPrecision,
  labelsCsv,
  matchLabels,
  mulberry32,
  parseLabels,
  printedNumbers,
} from "../../lib/audit/labels.ts";
import { DataError } from "../../lib/data/csv.ts";
import { extractStatements } from "../../lib/extract/extract.ts";

Deno.test("mulberry32 matches an independent port", () => {
  // tests/fixtures/audit_labels/mulberry32.py (Python 3.11.2): seeds 0 and 1201.
  const zero = mulberry32(0);
  assertEquals([zero(), zero(), zero()], [
    0.26642920868471265,
    0.0003297457005828619,
    0.2232720274478197,
  ]);
  const seeded = mulberry32(1201);
  assertEquals([seeded(), seeded(), seeded()], [
    0.13725112099200487,
    0.5978652299381793,
    0.5235363394021988,
  ]);
  assertThrows(() => mulberry32(1.5), RangeError, "`seed`");
});

Deno.test("the draw is a seeded shuffle of the sorted population", () => {
  const population = Array.from({ length: 30 }, (_, i) => `PMC${i}.txt`);
  const a = drawSample(population, 1201, 10);
  assertEquals(drawSample([...population].reverse(), 1201, 10), a);
  assertEquals(new Set(a).size, 10);
  // The next papers of the same shuffle extend it (a second round).
  assertEquals(drawSample(population, 1201, 20).slice(0, 10), a);
  // Excluded papers are skipped, the rest keep their order.
  const b = drawSample(population, 1201, 9, [a[0]!]);
  assertEquals(b, a.slice(1, 10));
  assertThrows(() => drawSample(population, 1, -1), RangeError, "`size`");
});

const HEADER = "file,line,column,kind,tier,status,reported,label,reason\n";

Deno.test("label sheets: written and read back; bad cells are named by line", () => {
  const audit = auditPaper("A 4/14 (28.6%), B 3/14 (25.0%), C 2/14 (14.3%).", { file: "a.txt" });
  const rows = flagRows(audit.records, audit.statements);
  const text = labelsCsv(
    rows.map((r) => ({ ...r, label: "true", reason: "3/14 is 21.4%, not 25" })),
  );
  const [back] = parseLabels(text, "x.csv");
  assertEquals([back?.column, back?.reported, back?.reason], [
    19,
    "3/14 (25.0%)",
    "3/14 is 21.4%, not 25",
  ]);
  const bad = (row: string, message: string) =>
    assertThrows(() => parseLabels(HEADER + row, "x.csv"), DataError, message);
  bad("a.txt,1,1,percentage,explicit,discrepancy,25%,maybe,?\n", "x.csv:2: `label`");
  bad(
    "a.txt,0,1,percentage,explicit,discrepancy,25%,true,?\n",
    "`line` must be a positive integer",
  );
  bad("a.txt,1,1,percentage,stated,discrepancy,25%,true,?\n", "`tier`");
  bad("a.txt,1,1,percentage,explicit,reproduced,25%,true,?\n", "`status`");
  bad("a.txt,1,1,percentage,explicit,discrepancy,25%,true,\n", "`reason` must not be empty");
  bad(
    "a.txt,1,1,sum,explicit,discrepancy,4,true,x\na.txt,1,1,sum,explicit,discrepancy,4,true,y\n",
    "x.csv:3: the flag a.txt:1:1 sum is labelled twice",
  );
  assertThrows(() => parseLabels("file,line\n", "x.csv"), DataError, "the header must be");
});

Deno.test("printed numbers: the numbers of each kind, words dropped", () => {
  const shown = (text: string) => extractStatements(text).map(printedNumbers);
  // F, a ratio with its p, a percentage with its denominator from the sentence's group.
  assertEquals(shown("It differed, F(2, 57) = 3.10, p = 0.05."), ["F(2, 57) = 3.10, p = 0.05"]);
  assertEquals(shown("(HR 0.43; 95% CI, 0.18–1.01; P = 0.05)"), [
    "0.43; 95% CI, 0.18–1.01; p =0.05",
  ]);
  assertEquals(shown("In all, 120 patients were randomized: 60 to A and 58 to B."), [
    "60 + 58 against 120",
  ]);
  assertEquals(shown("Of the 40 patients, seven (17.5%) relapsed."), ["(17.5%) [x = 7, n = 40]"]);
});

const label = (over: Partial<LabelledFlag>): LabelledFlag => ({
  file: "a.txt",
  line: 1,
  column: 1,
  kind: "percentage",
  tier: "explicit",
  status: "discrepancy",
  reported: "25%",
  label: "true",
  reason: "-",
  sheetLine: 2,
  ...over,
});

Deno.test("matching: gone, changed and unlabelled flags", () => {
  const flag = { file: "a.txt", line: 1, column: 1, kind: "percentage", reported: "25%" } as const;
  const m = matchLabels(
    [label({}), label({ column: 5 }), label({ column: 9 })],
    [
      { ...flag, tier: "explicit", status: "discrepancy" },
      { ...flag, column: 5, tier: "explicit", status: "artefact" },
      { ...flag, column: 7, tier: "inferred", status: "discrepancy" },
    ],
  );
  assertEquals(m.matched.map((l) => l.column), [1]);
  assertEquals(m.changed.map((c) => [c.label.column, c.now.status]), [[5, "artefact"]]);
  assertEquals(m.gone.map((l) => l.column), [9]);
  assertEquals(m.unlabelled.map((f) => f.column), [7]);
});

Deno.test("precision by tier, artefacts apart, with Wilson intervals", () => {
  const p = labelPrecision([
    label({ column: 1 }),
    label({ column: 2, label: "misread" }),
    label({ column: 3, tier: "inferred" }),
    label({ column: 4, status: "artefact", label: "conversion" }),
    label({ column: 5, status: "artefact", label: "true" }),
  ], { papers: 7 });
  assertEquals(p.papers, 7);
  assertEquals([p.explicit.correct, p.explicit.flags], [1, 2]);
  assertEquals([p.inferred.correct, p.inferred.flags, p.overall.flags], [1, 1, 3]);
  assertEquals([p.artefacts.correct, p.artefacts.flags], [1, 2]);
  assertEquals(p.labels.explicit, { true: 1, conversion: 0, misread: 1, method: 0 });
  assertEquals(p.artefactLabels, { true: 1, conversion: 1, misread: 0, method: 0 });
  // Wilson (1927), 1 of 2 at 95%: 0.5 ± … gives 0.0945–0.9055 (z = 1.95996).
  assertAlmostEquals(p.explicit.lower!, 0.0945, 1e-4);
  assertEquals(labelPrecision([]).overall, {
    correct: 0,
    flags: 0,
    precision: null,
    lower: null,
    upper: null,
  });
});
