// Tests of lib/report/audit_context.ts beyond its examples: marks always cover exactly the
// quote, a long paragraph is shown as an excerpt around its marks, overlapping quotes merge,
// and the titles of the two papers' texts (as printed on their first page).
import { assert, assertEquals } from "@std/assert";
import { flaggedParagraphs, MAX_PARAGRAPH, paperTitle } from "../../lib/report/audit_context.ts";
import { PAPERS_AVAILABLE, readPaper } from "../support/papers.ts";

function span(text: string, quote: string, record: number, from = 0) {
  const offset = text.indexOf(quote, from);
  return { offset, length: quote.length, line: text.slice(0, offset).split("\n").length, record };
}

Deno.test("flaggedParagraphs: a long paragraph becomes an excerpt; marks cover the quote", () => {
  const words = Array.from({ length: 800 }, (_, i) => `w${i}`).join(" ");
  const text = `Heading\r\n\r\n${words} progression in 3/14 (25.0%) ${words}\r\n\r\nNext.`;
  const [p] = flaggedParagraphs(text, [span(text, "3/14 (25.0%)", 0)]);
  assert(p !== undefined);
  assert(p.cutBefore && p.cutAfter);
  assert(p.text.length < MAX_PARAGRAPH, `${p.text.length}`);
  assertEquals(p.text.slice(p.marks[0]!.start, p.marks[0]!.end), "3/14 (25.0%)");
  assertEquals(p.line, 3);
  assert(/^w\d+ /.test(p.text) && /w\d+$/.test(p.text), "cut at white space");
});

Deno.test("flaggedParagraphs: overlapping quotes merge into one mark", () => {
  const text = "Of 20 patients, 15 (75%) and 4 (20%) were treated: 15 + 4 = 20.";
  const wide = span(text, "15 (75%) and 4 (20%)", 0);
  const narrow = span(text, "4 (20%)", 1);
  const [p] = flaggedParagraphs(text, [narrow, wide]);
  assertEquals(p!.marks, [{ start: wide.offset, end: wide.offset + wide.length, record: 0 }]);
});

Deno.test({
  name: "paperTitle: the two papers' titles from their first page",
  ignore: !PAPERS_AVAILABLE,
  fn() {
    // Boissel 2022 and Aureli 2023, as printed on their first page (tests/support/papers.ts).
    assertEquals(
      paperTitle(readPaper("boissel-2022")!),
      "Isatuximab monotherapy in patients with refractory T-acute lymphoblastic leukemia or " +
        "T-lymphoblastic lymphoma: Phase 2 study",
    );
    assertEquals(
      paperTitle(readPaper("aureli-2023")!),
      "Acute Lymphoblastic Leukemia Immunotherapy Treatment: Now, Next, and Beyond",
    );
    assertEquals(paperTitle("1 2 3\n\nRESULTS\n"), undefined);
  },
});
