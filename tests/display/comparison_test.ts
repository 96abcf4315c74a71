import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import {
  COMPARISON_VERDICTS,
  type ComparisonRow,
  comparisonTable,
  verdictMark,
  verdictTally,
} from "../../lib/display/comparison.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";

// Printed values from Boissel 2022: Table 2 "Responders, CR or CRi, n (95% CI)" and
// Table 2 "Progressive disease, n (%)" (12 of 14 is 85.7%, printed 87.5%).
const ROWS: ComparisonRow[] = [
  {
    where: "Table 2, Responders",
    printed: "0 (0.0%–23.2%)",
    rederived: "0 (0.0%–23.2%)",
    verdict: "reproduced",
  },
  {
    where: "Table 2, Progressive disease",
    printed: "12 (87.5%)",
    rederived: "12 (85.7%)",
    verdict: "discrepancy",
    note: "12/14 = 85.7%",
  },
];

Deno.test("comparison: every verdict has a mark with a symbol and a word", () => {
  assertEquals(COMPARISON_VERDICTS.map(verdictMark), [
    "✓ reproduced",
    "≈ consistent",
    "✗ discrepancy",
    "? artefact",
    "ⓘ explained",
    "– not derivable",
  ]);
  assertThrows(() => verdictMark("ok" as never), RangeError, "`verdict`");
});

Deno.test("comparison: the tally counts verdicts in a fixed order and pluralises", () => {
  assertEquals(verdictTally([]), "no comparisons");
  assertEquals(
    verdictTally(["discrepancy", "discrepancy", "reproduced"]),
    "1 reproduced, 2 discrepancies",
  );
  assertEquals(verdictTally(["not-derivable"]), "1 not derivable");
});

Deno.test("comparison: the text table shows printed and re-derived side by side with marks", () => {
  const text = String(
    comparisonTable(ROWS, { caption: "Table 2" })[JUPYTER_DISPLAY]()["text/plain"],
  );
  assertEquals(
    text,
    [
      "Table 2 (1 reproduced, 1 discrepancy)",
      "where                         printed         re-derived      verdict        note",
      "----------------------------  --------------  --------------  -------------  -------------",
      "Table 2, Responders           0 (0.0%–23.2%)  0 (0.0%–23.2%)  ✓ reproduced   —",
      "Table 2, Progressive disease  12 (87.5%)      12 (85.7%)      ✗ discrepancy  12/14 = 85.7%",
    ].join("\n"),
  );
});

Deno.test("comparison: the HTML marks verdicts in colour and escapes the rest", () => {
  const html = String(comparisonTable(ROWS)[JUPYTER_DISPLAY]()["text/html"]);
  assertStringIncludes(html, '<span style="color:#cf222e;font-weight:bold">✗ discrepancy</span>');
  assertStringIncludes(html, "<caption>1 reproduced, 1 discrepancy</caption>");
});

Deno.test("comparison: the note column appears only when a row has a note", () => {
  const first = ROWS[0]!;
  const text = String(comparisonTable([first])[JUPYTER_DISPLAY]()["text/plain"]);
  assertEquals(text.split("\n")[1], "where                printed         re-derived      verdict");
});

Deno.test("comparison: an unknown verdict is refused with its row", () => {
  assertThrows(
    () => comparisonTable([{ ...ROWS[0]!, verdict: "close" as never }]),
    RangeError,
    "`rows[0].verdict`",
  );
  assertThrows(() => comparisonTable("rows" as never), TypeError, "`rows`");
});

Deno.test("comparison: the value columns can be renamed for two printings of one number", () => {
  // Boissel 2022: Results text "87.90%" against Table 3 "87.50" (median CD38 positivity, blood).
  const shown = comparisonTable(
    [{
      where: "median positivity, blood",
      printed: "87.90",
      rederived: "87.50",
      verdict: "discrepancy",
    }],
    { labels: { printed: "Results text", rederived: "Table 3" } },
  );
  assertEquals(
    String(shown).split("\n")[1],
    "where                     Results text  Table 3  verdict",
  );
});
