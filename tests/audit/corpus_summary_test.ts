// notebooks/corpus_audit.json (what notebook 07 and the README show) against a fresh computation,
// so that the committed figures cannot drift from the engine or the labels: the precision of
// every label sheet always (it needs only the sheets), and — with the development corpus present
// (../shared/corpus/rct-train/ beside the checkout) — the corpus aggregates and the worked
// examples, by auditing all 3,562 papers again (about 15 s on one core). Only `speed` (a
// measurement) is not compared. Regenerate with
// `deno run --allow-read --allow-write tests/fixtures/audit_labels/corpus_summary.ts`.
import { assertEquals } from "@std/assert";
import {
  auditCorpus,
  CORPUS,
  type CorpusAudit,
  corpusFiles,
  EXAMPLES,
  OUTPUT,
  precisionOfSheets,
  STATCHECK_ANCHOR,
} from "../fixtures/audit_labels/corpus_summary.ts";
import { noteSkip } from "../support/skips.ts";

const committed = JSON.parse(Deno.readTextFileSync(OUTPUT)) as CorpusAudit;
/** A value as the committed JSON holds it (frozen objects, displays and symbols dropped). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function corpusPresent(): boolean {
  try {
    return corpusFiles(CORPUS).length > 0;
  } catch {
    return false;
  }
}
const present = corpusPresent();
const SKIP_REASON = "needs the development corpus (../shared/corpus/rct-train/)";
const REGENERATE = "regenerate notebooks/corpus_audit.json with corpus_summary.ts";

Deno.test("corpus_audit.json: the labelled precision of every sheet is current", () => {
  assertEquals(committed.precision, plain(precisionOfSheets()), REGENERATE);
  assertEquals(committed.anchor, plain(STATCHECK_ANCHOR));
});

Deno.test({
  name: "corpus_audit.json: the corpus aggregates and worked examples are current" +
    (present ? "" : ` — skipped: ${SKIP_REASON}`),
  ignore: !present,
  fn() {
    const { summary, found } = auditCorpus(CORPUS);
    assertEquals(committed.summary, plain(summary), REGENERATE);
    assertEquals(
      committed.examples.map(({ label: _l, reading: _r, sample: _s, ...rest }) => rest),
      plain(EXAMPLES.map((key) => found.get(key))),
      REGENERATE,
    );
    // At most ~8 worked examples (the only place corpus words appear), each the checked span.
    assertEquals(committed.examples.length <= 8, true);
  },
});

if (!present) {
  noteSkip(
    "The corpus figures check (tests/audit/corpus_summary_test.ts)",
    SKIP_REASON.replace(/^needs/, "it needs"),
    "Put the corpus (3,562 PMC*.txt) in ../shared/corpus/rct-train/ beside the checkout",
  );
}
