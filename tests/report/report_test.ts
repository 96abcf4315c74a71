// Tests of lib/report/: summary counts, the JSON, text and HTML renderings, and the status
// chart, on two hand-made results (Boissel 2022 Table 2 "12 (87.5%)", a discrepancy, and
// Table 1 "11 (78.6)", reproduced) — expected strings follow from those two records.
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import type { Claim, ClaimResult, LedgerEntry } from "../../lib/ledger/claims.ts";
import { summarize, summaryLine } from "../../lib/report/summary.ts";
import { JSON_KEYS, toJson } from "../../lib/report/json.ts";
import { toText, wrap } from "../../lib/report/text.ts";
import { escapeHtml, toHtml } from "../../lib/report/html.ts";
import { renderCharts, statusChartSpec } from "../../lib/report/charts.ts";

function entry(result: ClaimResult, section: string): LedgerEntry {
  return { claim: { id: result.id, section } as Claim, result };
}

const PD: ClaimResult = {
  id: "b-t2-pd",
  paper: "boissel-2022",
  where: 'Table 2, row "Progressive disease, n (%)"',
  quote: "Progressive disease, n (%) 12 (87.5%) <a>",
  reported: "12 (87.5%)",
  recomputed: "85.7%",
  status: "discrepancy",
  explanation: "12/14 = 85.714% prints as 85.7%, not 87.5%.",
};
const AGE: ClaimResult = {
  id: "b-t1-age-lt65",
  paper: "boissel-2022",
  where: 'Table 1, row "<65"',
  quote: "<65 11 (78.6)",
  reported: "11 (78.6)",
  recomputed: "78.6%",
  status: "reproduced",
  explanation: "11/14 = 78.571% prints as 78.6%.",
};
const ENTRIES = [entry(AGE, "table-1"), entry(PD, "table-2")];

Deno.test("summarize / summaryLine", () => {
  const s = summarize([PD, AGE]);
  assertEquals(s.papers.map((p) => p.paper), ["boissel-2022"]);
  assertEquals(s.overall, { total: 2, discrepancy: 1, reproduced: 1, "not-derivable": 0 });
  assertEquals(summaryLine(s.overall), "2 claims: 1 reproduced, 1 discrepancy, 0 not derivable");
});

Deno.test("toJson: key order, indentation and final newline; stable", () => {
  const text = toJson([PD]);
  assertEquals(Object.keys(JSON.parse(text)[0]), [...JSON_KEYS]);
  assert(text.endsWith("}\n]\n"));
  assertEquals(text, toJson([{ ...PD }]));
});

Deno.test("toText: sections, explanation under a discrepancy only, summary", () => {
  const text = toText(ENTRIES);
  assert(text.indexOf("[table-1]") < text.indexOf("[table-2]"));
  assertStringIncludes(text, "    12/14 = 85.714% prints as 85.7%, not 87.5%.");
  assert(!text.includes("11/14 = 78.571%"), "no explanation under a reproduced claim");
  assertStringIncludes(text, "all            2 claims: 1 reproduced, 1 discrepancy");
  for (const line of text.split("\n")) assert(line.length <= 100, line);
});

Deno.test("wrap: width and indent", () => {
  assertEquals(wrap("aa bb cc", "  ", 7), ["  aa bb", "  cc"]);
});

Deno.test("toHtml: escaped, self-contained, discrepancies explained", () => {
  const html = toHtml(ENTRIES, [{ title: "t<1>", svg: "<svg></svg>" }]);
  assertStringIncludes(html, "12 (87.5%) &lt;a&gt;");
  assertStringIncludes(html, "<figcaption>t&lt;1&gt;</figcaption>");
  assertStringIncludes(html, "Discrepancies explained");
  assert(!/<script|https?:\/\/(?!www\.w3\.org)/.test(html));
  assertEquals(escapeHtml(`'"&`), "&#39;&quot;&amp;");
});

Deno.test("statusChartSpec / renderCharts: one bar per paper and status, as SVG", async () => {
  const spec = statusChartSpec(ENTRIES) as unknown as { data: { values: unknown[] } };
  assertEquals(spec.data.values.length, 2);
  const [chart] = await renderCharts(ENTRIES);
  assertStringIncludes(chart!.svg, "<svg");
});
