// Tests of lib/extract/text.ts: line starts, columns, headings, sentences and the working copy.
// Texts are made up; positions are counted by hand.
import { assertEquals } from "@std/assert";
import {
  headingAt,
  lineSpanAt,
  positionOf,
  prepareText,
  sectionAt,
  SentenceIndex,
  sentenceSpans,
} from "../../lib/extract/text.ts";

Deno.test("positions are 1-based lines and code-point columns", () => {
  const p = prepareText("ab\ncd\r\nef");
  assertEquals(positionOf(p, 0), { line: 1, column: 1 });
  assertEquals(positionOf(p, 4), { line: 2, column: 2 });
  assertEquals(positionOf(p, 7), { line: 3, column: 1 });
  assertEquals(lineSpanAt(p, 4), { start: 3, end: 5 }); // the \r is not part of the line
});

Deno.test("corpus, numbered and table headings give kebab-case sections", () => {
  const p = prepareText(
    "TITLE:\nx\nABSTRACT.RESULTS:\ny\nBODY.METHODS.STATISTICAL ANALYSIS:\nz\n3 | RESULTS\nw\n" +
      "TABLE 2 Summary of overall response rate\nv\n",
  );
  const sectionOfLine = (line: string) => sectionAt(p, p.text.indexOf(`\n${line}\n`) + 1);
  assertEquals(["x", "y", "z", "w", "v"].map(sectionOfLine), [
    "title",
    "abstract",
    "methods",
    "results",
    "table-2",
  ]);
  assertEquals(headingAt(p, 0)?.text, "TITLE:");
});

Deno.test("the reference list is found after the first third of the text", () => {
  const body = "Results text. ".repeat(20);
  const p = prepareText(`${body}\nReferences\n1. Smith J. 12 (50%) patients.\n`);
  assertEquals(p.referencesAt, p.text.indexOf("References"));
});

Deno.test("the working copy normalises Lancet and comma decimals, keeping offsets", () => {
  const p = prepareText("risk 0·80 and 12,5% but 1,234 patients");
  assertEquals(p.work, "risk 0.80 and 12.5% but 1,234 patients");
  assertEquals(p.work.length, p.text.length);
});

Deno.test("sentences end at a stop before a capital, not after abbreviations or initials", () => {
  const text = "Smith et al. found 12 cases. J. Smith agreed. In group B. Fifty remained (Fig. 2).";
  const spans = sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end).trim());
  assertEquals(spans, [
    "Smith et al. found 12 cases.",
    "J. Smith agreed.",
    "In group B.",
    "Fifty remained (Fig. 2).",
  ]);
  const index = new SentenceIndex(prepareText(text));
  const at = index.sentenceAt(text.indexOf("Smith agreed"));
  assertEquals(text.slice(at.start, at.end).trim(), "J. Smith agreed.");
});
