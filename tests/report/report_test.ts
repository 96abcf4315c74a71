// Tests of lib/report/: summary counts, the JSON, text and HTML renderings, and the status
// chart, on two hand-made results (Boissel 2022 Table 2 "12 (87.5%)", a discrepancy, and
// Table 1 "11 (78.6)", reproduced) — expected strings follow from those two records.
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
import type { Claim, ClaimResult, LedgerEntry, PaperMeta } from "../../lib/ledger/claims.ts";
import type { Finding, LedgerReport } from "../../lib/ledger/findings.ts";
import { headline, summarize, summaryLine } from "../../lib/report/summary.ts";
import { JSON_KEYS, toJson } from "../../lib/report/json.ts";
import { toText } from "../../lib/report/text.ts";
import { escapeHtml, toHtml } from "../../lib/report/html.ts";
import { renderCharts, statusChartSpec } from "../../lib/report/charts.ts";

function entry(result: ClaimResult, section: string): LedgerEntry {
  return { claim: { id: result.id, section, where: result.where } as Claim, result };
}

const META: PaperMeta = {
  id: "boissel-2022",
  title: "Isatuximab monotherapy in patients with refractory T-ALL or T-LBL: Phase 2 study",
  citation: "Boissel N, et al. Cancer Med. 2022;11:1292-1298.",
  short: "Boissel et al. 2022",
  doi: "10.1002/cam4.4478",
  licence: "CC BY 4.0",
  year: 2022,
  text: "",
};
const PD: ClaimResult = {
  id: "b-t2-pd-with-a-long-claim-identifier-that-must-stay-whole",
  paper: "boissel-2022",
  where: 'Table 2, row "Progressive disease, n (%)"',
  quote: "Progressive disease, n (%) 12 (87.5%) <a> ($n = 12$)",
  reported: "12 (87.5%)",
  recomputed: "12 (85.7%)",
  status: "discrepancy",
  explanation: "12/14 = 85.714% prints as 85.7%, not 87.5%.",
  note: "Footnote a: 11 had progressive disease as best response.",
  finding: "pd",
};
const AGE: ClaimResult = {
  id: "b-t1-age-lt65",
  paper: "boissel-2022",
  where: 'Table 1, row "<65"',
  quote: "<65 11 (78.6)",
  reported: "11 (78.6)",
  recomputed: "11 (78.6)",
  status: "reproduced",
  explanation: "11/14 = 78.571% prints as 78.6%.",
  note: "",
  finding: "",
};
const FINDING: Finding = {
  paper: "boissel-2022",
  id: "pd",
  title: "Progressive disease: 12 (87.5%) cannot be 12 of 14",
  status: "discrepancy",
  explanation: "Table 2 prints 87.5%; 12/14 = 85.7%.",
  claims: [PD.id],
  origin: "written",
};
const REPORT: LedgerReport = {
  papers: [META],
  entries: [entry(AGE, "table-1"), entry(PD, "table-2")],
  findings: [FINDING],
};

Deno.test("summarize / summaryLine / headline", () => {
  const s = summarize([PD, AGE], [FINDING]);
  assertEquals(s.papers.map((p) => p.paper), ["boissel-2022"]);
  assertEquals(s.overall.counts.discrepancy, 1);
  assertEquals(s.overall.counts.reproduced, 1);
  assertEquals(summaryLine(s.overall.counts), "2 claims: 1 reproduced, 1 discrepancy");
  assertEquals(headline(s.papers[0]!), "1 finding in 2 claims");
});

Deno.test("toJson: key order (note and finding included), indentation and final newline; stable", () => {
  const text = toJson([PD]);
  assertEquals(Object.keys(JSON.parse(text)[0]), [...JSON_KEYS]);
  assertEquals(JSON.parse(text)[0].note, PD.note);
  assert(text.endsWith("}\n]\n"));
  assertEquals(text, toJson([{ ...PD }]));
});

Deno.test("toText: findings first, then counts; --all adds the ledger; 80 columns, nothing cut", () => {
  const text = toText(REPORT, { width: 80 });
  assert(text.indexOf("FINDINGS") < text.indexOf("2 claims: 1 reproduced"));
  assertStringIncludes(text, "1 finding in 2 claims");
  assertStringIncludes(text, "Note on b-t2-pd-with-a-long-claim-identifier-that-must-stay-whole:");
  assert(!text.includes("[table-1]"), "no ledger without --all");
  const all = toText(REPORT, { width: 80, ledger: true });
  assert(all.indexOf("[table-1]") < all.indexOf("[table-2]"));
  assertStringIncludes(all, "12/14 = 85.714% prints as 85.7%, not 87.5%.");
  assert(!all.includes("11/14 = 78.571%"), "no explanation under a reproduced claim");
  for (const t of [text, all]) {
    for (const line of t.split("\n")) assert(line.length <= 80, line);
    assert(!t.includes("…"), "nothing cut");
  }
  // The id longer than its column wraps whole across lines of the WHERE column; joined, it is whole.
  const squashed = all.replace(/\s+/g, "");
  assertStringIncludes(squashed, PD.id);
});

Deno.test("toHtml: findings first, escaped, LaTeX as text, notes, self-contained", () => {
  const html = toHtml(REPORT, [{ title: "t<1>", svg: "<svg></svg>", paper: "boissel-2022" }]);
  assert(html.indexOf("<h3>Findings</h3>") < html.indexOf("<h3>The ledger</h3>"));
  assertStringIncludes(html, "12 (87.5%) &lt;a&gt; (n = 12)");
  assertStringIncludes(html, "<figcaption>t&lt;1&gt;</figcaption>");
  assertStringIncludes(html, "Note: Footnote a");
  assert(!/<script|https?:\/\/(?!www\.w3\.org)/.test(html));
  assertEquals(escapeHtml(`'"&`), "&#39;&quot;&amp;");
});

Deno.test("statusChartSpec / renderCharts: one bar per paper and status, as SVG", async () => {
  const spec = statusChartSpec(REPORT.entries) as unknown as { data: { values: unknown[] } };
  assertEquals(spec.data.values.length, 2);
  const [chart] = await renderCharts(REPORT, []);
  assertStringIncludes(chart!.svg, "<svg");
});
