// Precision of the automatic audit's flags, recomputed from the hand labels
// (tests/fixtures/audit_labels/: PROTOCOL.md, development.csv, evaluation.csv, samples.json).
//
// With the development corpus present (../shared/corpus/rct-train/ beside the checkout), every
// labelled paper is audited again and each flag is matched to its label by (file, line, column,
// kind): a labelled flag the engine no longer gives, a flag whose status or tier changed, or a new
// flag in a labelled paper fails the test and is named, so that the labels are kept up to date
// (PROTOCOL.md §5). The precision itself is computed from the labels and needs no corpus.
//
// The targets are 0.90 overall and 0.97 at `explicit`, on the evaluation sample — the
// third one (seed 1204, 60 papers, engine frozen before the draw; PROTOCOL.md, amendment after
// the second evaluation). It measured 122/125 overall and 70/71 at `explicit`: both targets met,
// and both are asserted. A floor keeps the precision from falling below what the frozen engine
// measured (never relabelled to reach it: PROTOCOL.md). The earlier evaluation samples
// (`evaluation_first.csv`, 103/107 and 54/57; `evaluation_second.csv`, 112/119 and 86/91 — the
// explicit target not met) are kept as the record of those measurements and are not read here.
import { assert } from "@std/assert";
import { auditPaper } from "../../lib/audit/audit.ts";
import {
  flagKey,
  type FlagPrecision,
  flagRows,
  labelPrecision,
  matchLabels,
  parseLabels,
} from "../../lib/audit/labels.ts";
import { noteSkip } from "../support/skips.ts";

const CORPUS = new URL("../../../shared/corpus/rct-train/", import.meta.url);
const LABELS = new URL("../fixtures/audit_labels/", import.meta.url);

/** Issue 12's targets for the evaluation sample. */
const TARGET = { overall: 0.9, explicit: 0.97 } as const;
/**
 * What the frozen engine measured on the (third) evaluation sample (PROTOCOL.md; README):
 * `explicit` 70/71, overall 122/125. A change may raise these, never lower them.
 */
const FLOOR = { overall: 122 / 125, explicit: 70 / 71 } as const;
/** The size of the third evaluation sample: the protocol draws 60 (issue 12 asks for ≥ 40). */
const EVALUATION_PAPERS = 60;

const SHEETS = ["development", "evaluation"] as const;

function corpusPresent(): boolean {
  try {
    return Deno.statSync(CORPUS).isDirectory;
  } catch {
    return false;
  }
}

const present = corpusPresent();
const samples = JSON.parse(Deno.readTextFileSync(new URL("samples.json", LABELS))) as Record<
  string,
  { papers: string[] }
>;
const labelsOf = (sheet: string) =>
  parseLabels(Deno.readTextFileSync(new URL(`${sheet}.csv`, LABELS)), `${sheet}.csv`);

const SKIP_REASON = "needs the development corpus (../shared/corpus/rct-train/)";

for (const sheet of SHEETS) {
  Deno.test({
    name:
      `${sheet} labels match the current flags of their ${samples[sheet]!.papers.length} papers` +
      (present ? "" : ` — skipped: ${SKIP_REASON}`),
    ignore: !present,
    fn() {
      const labels = labelsOf(sheet);
      const papers = samples[sheet]!.papers;
      const inPapers = new Set(papers);
      const stray = labels.filter((l) => !inPapers.has(l.file));
      const flags = papers.flatMap((file) => {
        const audit = auditPaper(Deno.readTextFileSync(new URL(file, CORPUS)), { file });
        return flagRows(audit.records, audit.statements);
      });
      const m = matchLabels(labels, flags);
      const problems = [
        ...stray.map((l) => `labelled paper not in the sample: ${flagKey(l)}`),
        ...m.gone.map((l) =>
          `no longer flagged (line ${l.sheetLine}): ${flagKey(l)} ${l.reported}`
        ),
        ...m.changed.map(({ label, now }) =>
          `now ${now.status}/${now.tier}, labelled as ${label.status}/${label.tier} ` +
          `(line ${label.sheetLine}): ${flagKey(label)}`
        ),
        ...m.unlabelled.map((f) =>
          `new flag without a label: ${flagKey(f)} ${f.tier} ${f.status} ${f.reported}`
        ),
      ];
      assert(
        problems.length === 0,
        `${sheet}.csv is out of date (relabel by PROTOCOL.md; sample.ts show ${sheet} --new):\n` +
          problems.join("\n"),
      );
    },
  });
}

const evaluation = labelPrecision(labelsOf("evaluation"), {
  papers: samples.evaluation!.papers.length,
});
const show = (p: FlagPrecision) => `${p.correct}/${p.flags} = ${p.precision?.toFixed(3)}`;

Deno.test(`evaluation precision overall ≥ ${TARGET.overall} (issue 12): ${show(evaluation.overall)}`, () => {
  assert(evaluation.overall.precision! >= TARGET.overall, show(evaluation.overall));
});

Deno.test(`evaluation precision at explicit ≥ ${TARGET.explicit} (issue 12): ${show(evaluation.explicit)}`, () => {
  assert(evaluation.explicit.precision! >= TARGET.explicit, show(evaluation.explicit));
});

Deno.test("evaluation precision is no lower than the frozen engine measured", () => {
  assert(
    evaluation.overall.precision! >= FLOOR.overall - 1e-12,
    `overall ${show(evaluation.overall)} is below the measured 122/125`,
  );
  assert(
    evaluation.explicit.precision! >= FLOOR.explicit - 1e-12,
    `explicit ${show(evaluation.explicit)} is below the measured 70/71`,
  );
});

Deno.test("the evaluation sample is the protocol's: 60 papers, none seen before", () => {
  const evaluationPapers = samples.evaluation!.papers;
  assert(evaluationPapers.length === EVALUATION_PAPERS, `${evaluationPapers.length} papers`);
  assert(new Set(evaluationPapers).size === evaluationPapers.length, "a paper drawn twice");
  // None of them in the development rounds (which hold both earlier evaluation samples) or
  // among the papers set aside as seen while fixing (seen_round_5).
  const earlier = Object.entries(samples)
    .filter(([name]) => name !== "evaluation")
    .flatMap(([, sample]) => sample.papers);
  const seen = new Set(earlier);
  const overlap = evaluationPapers.filter((p) => seen.has(p));
  assert(overlap.length === 0, `drawn again: ${overlap.join(", ")}`);
});

if (!present) {
  noteSkip(
    "The label check of the audit's precision (tests/audit/precision_test.ts)",
    SKIP_REASON.replace(/^needs/, "it needs"),
    "Put the corpus (3,562 PMC*.txt) in ../shared/corpus/rct-train/ beside the checkout",
  );
}
