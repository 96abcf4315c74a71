import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import {
  escapeHtml,
  formatPercent,
  formatValue,
  htmlTable,
  table,
  textTable,
} from "../../lib/display/table.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";

// Boissel 2022, Table 1 ("Gender, n (%)"): rows used as realistic input throughout.
const GENDER = [
  { label: "Female", printed: "2 (14.3)", n: 2 },
  { label: "Male", printed: "12 (85.7)", n: 12 },
];

Deno.test("table: escapeHtml escapes the five HTML-special characters (HTML 5, §13.1.2.6)", () => {
  assertEquals(
    escapeHtml(`<script>alert("x") & 'y'</script>`),
    "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;",
  );
  assertEquals(escapeHtml("≥8"), "≥8");
});

Deno.test("table: formatValue, the one rule for numbers", () => {
  assertEquals(formatValue(0), "0");
  assertEquals(formatValue(-3), "-3");
  assertEquals(formatValue(0.5), "0.5");
  assertEquals(formatValue(0.2316), "0.2316");
  assertEquals(formatValue(0.23164), "0.2316");
  assertEquals(formatValue(87.5), "87.5");
  assertEquals(formatValue(6817.5), "6817.5");
  assertEquals(formatValue(0.00012), "1.200e-4");
  assertEquals(formatValue(Number.NaN), "NaN");
  assertEquals(formatValue(Infinity), "Infinity");
  assertEquals(formatValue(undefined), "—");
  assertEquals(formatValue([0, 0.2316]), "0, 0.2316");
  assertEquals(formatValue({ a: 1 }), '{"a":1}');
  assertEquals(formatValue(true), "true");
  assertEquals(formatValue("11,093.50"), "11,093.50");
});

Deno.test("table: htmlTable escapes every cell, aligns numbers right, labels headers", () => {
  const html = htmlTable(
    [{ label: "<b>", n: 1 }],
    [{ key: "label", label: "row & label" }, "n"],
    { caption: "a < b" },
  );
  assertEquals(
    html,
    [
      "<table>",
      "<caption>a &lt; b</caption>",
      '<thead><tr><th style="text-align:left">row &amp; label</th><th style="text-align:right">n</th></tr></thead>',
      "<tbody>",
      '<tr><td style="text-align:left">&lt;b&gt;</td><td style="text-align:right">1</td></tr>',
      "</tbody>",
      "</table>",
    ].join("\n"),
  );
});

Deno.test("table: column format and raw html hooks", () => {
  const html = htmlTable(GENDER, [
    "label",
    { key: "n", format: (v) => `${v} pts`, html: (v) => `<i>${v}</i>`, align: "center" },
  ]);
  assertStringIncludes(html, '<td style="text-align:center"><i>12</i></td>');
  const text = textTable(GENDER, ["label", { key: "n", format: (v) => `${v} pts` }]);
  // The n column holds numbers, so it is right-aligned, header included.
  assertEquals(text, "label        n\n------  ------\nFemale   2 pts\nMale    12 pts");
});

Deno.test("table: textTable counts code points, so symbols do not shift columns", () => {
  const text = textTable([{ k: "≥8", v: "✓" }, { k: "2", v: "✗ no" }], ["k", "v"]);
  assertEquals(text, "k   v\n--  ----\n≥8  ✓\n2   ✗ no");
});

Deno.test("table: textTable puts multi-line cells on one line and shows the caption", () => {
  assertEquals(textTable([{ a: "x\ny" }], ["a"], { caption: "T" }), "T\na\n---\nx y");
});

Deno.test("table: an empty table still has its header", () => {
  assertEquals(textTable([] as { a: number }[], ["a"]), "a\n-");
  assertStringIncludes(htmlTable([] as { a: number }[], ["a"]), "<tbody>\n</tbody>");
});

Deno.test("table: table() displays HTML and text from the same rows", () => {
  const shown = table(GENDER, ["label", "printed"]);
  const bundle = shown[JUPYTER_DISPLAY]();
  assertStringIncludes(String(bundle["text/html"]), '<td style="text-align:left">12 (85.7)</td>');
  assertStringIncludes(String(bundle["text/plain"]), "Male    12 (85.7)");
  assertEquals(shown.value, GENDER);
});

Deno.test("table: bad arguments name themselves", () => {
  assertThrows(() => htmlTable("rows" as never, ["a"]), TypeError, "`rows`");
  assertThrows(() => htmlTable(GENDER, []), RangeError, "`columns`");
  assertThrows(() => textTable(GENDER, [{ key: 3 } as never]), TypeError, "`columns[0].key`");
});

Deno.test("table: formatPercent prints like the papers and refuses non-numbers", () => {
  // Boissel 2022, Table 1 "Male 12 (85.7)": 12/14 = 0.857142… → "85.7%".
  assertEquals(formatPercent(12 / 14), "85.7%");
  assertEquals(formatPercent(1), "100.0%");
  assertEquals(formatPercent(0.5, 0), "50%");
  assertThrows(() => formatPercent(Number.NaN), RangeError, "`value`");
  assertThrows(() => formatPercent(0.5, 1.5), RangeError, "`digits`");
});

Deno.test("table: rows of different shapes share a table; a missing field is a dash", () => {
  // A stated design (n1, r1, n only: Boissel 2022, Methods) beside a re-derived one.
  const rows = [
    { design: "stated", r1: 6, n1: 11, n: 24 },
    { design: "minimax", r1: 6, n1: 11, r: 17, n: 24 },
  ];
  assertEquals(
    textTable(rows, ["design", "r1", "n1", "r", "n"]),
    "design   r1  n1   r   n\n-------  --  --  --  --\nstated    6  11   —  24\nminimax   6  11  17  24",
  );
});
