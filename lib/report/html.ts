/**
 * The `--html` report: one self-contained, shareable HTML file (no script, no network). For
 * each paper: its findings first (each distinct problem once, with its explanation, its claims
 * and their notes), what the paper itself explains, its charts, then the ledger section by
 * section. LaTeX left by the PDF conversion (`$n = 12$`) is shown as text. The layout holds from
 * a phone (390 px) to a desktop: long printed values wrap inside their cells, headers never
 * break inside a word, tables become stacked cards on narrow screens, and a chart wider than
 * the screen scrolls inside its own box instead of shrinking its text.
 *
 * The charts are rendered beforehand (`lib/report/charts.ts`); this module only assembles text,
 * so it stays pure and fast.
 *
 * @module
 */

import type { LedgerEntry, PaperMeta } from "../ledger/claims.ts";
import type { Finding, LedgerReport } from "../ledger/findings.ts";
import { latexToText } from "./latex.ts";
import { headline, summarize, summaryLine } from "./summary.ts";
import { citationLine, paperHeading } from "./text.ts";

/** A chart already rendered to SVG; `paper` places it in that paper's section. */
export interface RenderedChart {
  readonly title: string;
  readonly svg: string;
  readonly paper?: string;
}

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example Markup and quotes
 * ```ts
 * import { escapeHtml } from "./html.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(escapeHtml('<a href="x">&</a>'), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** Escaped, with conversion LaTeX shown as text. */
const show = (text: string): string => escapeHtml(latexToText(text));

/** The reports' style sheet (shared with the audit's HTML report, `lib/report/audit_html.ts`). */
export const STYLE = `
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:74rem;
padding:1rem;color:#1d232a;overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2.5rem;border-bottom:2px solid #d0d7de;
padding-bottom:.3rem}h3{margin-top:1.8rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}
th,td{border-bottom:1px solid #e3e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:#f4f6f8;font-weight:600;overflow-wrap:normal;word-break:keep-all;hyphens:none}
col.status{width:9.5rem}col.where{width:34%}col.value{width:20%}
td.num{font-family:ui-monospace,Menlo,monospace;font-size:.9rem}
.badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;font-size:.8rem;font-weight:600;
white-space:nowrap}
.reproduced{background:#dafbe1;color:#116329}.consistent{background:#eefbe9;color:#3b6b1f}
.discrepancy{background:#ffebe9;color:#a40e26}.artefact{background:#f3e8ff;color:#6639ba}
.explained{background:#fff8c5;color:#7d4e00}.not-derivable{background:#eaeef2;color:#424a53}
tr.explain td{color:#424a53;font-size:.9rem;padding-left:1.5rem}
.quote{color:#57606a;font-size:.85rem}.note{color:#57606a;font-size:.9rem}
figure{margin:1.2rem 0;overflow-x:auto;max-width:100%}figure svg{max-width:none;height:auto}
figcaption{font-size:.9rem;color:#424a53;max-width:60rem}
ol.findings>li{margin:.9rem 0}ol.findings p{margin:.3rem 0}
code{overflow-wrap:anywhere}
@media (max-width:640px){
 table.ledger,table.ledger tbody,table.ledger tr,table.ledger td{display:block;width:100%}
 table.ledger thead,table.ledger colgroup{display:none}
 table.ledger tr{border-bottom:1px solid #d0d7de;padding:.4rem 0}
 table.ledger td{border:0;padding:.1rem .25rem}
 table.ledger td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#57606a}
 tr.explain td{padding-left:.25rem}
 table.summary{font-size:.85rem}
}`;

/**
 * A status as a coloured badge.
 *
 * @example
 * ```ts
 * import { badge } from "./html.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(badge("artefact"), '<span class="badge artefact">artefact</span>');
 * ```
 */
export function badge(status: string): string {
  return `<span class="badge ${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/**
 * The element id of a paper's claim (or finding): `paper--id`, escaped for an attribute.
 *
 * @example
 * ```ts
 * import { anchor } from "./html.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(anchor("my-trial", "t2-pd"), "my-trial--t2-pd");
 * ```
 */
export function anchor(paper: string, id: string): string {
  return escapeHtml(`${paper}--${id}`);
}

/**
 * One finding as a list item: its badge, title, explanation, links to its claims and their
 * notes.
 *
 * @example
 * ```ts
 * import { findingItem } from "./html.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const finding = { paper: "p", id: "pd", title: "12 (87.5%)", status: "discrepancy",
 *   explanation: "12/14", claims: ["pd"], origin: "single" } as const;
 * assertStringIncludes(findingItem(finding, new Map()), 'href="#p--pd"');
 * ```
 */
export function findingItem(finding: Finding, byId: ReadonlyMap<string, LedgerEntry>): string {
  const claims = finding.claims.map((id) => {
    const e = byId.get(id);
    return `<a href="#${anchor(finding.paper, id)}"><code>${escapeHtml(id)}</code></a>` +
      (e === undefined ? "" : ` (${show(e.claim.where)}: ${badge(e.result.status)})`);
  });
  const notes = new Map<string, string[]>();
  for (const id of finding.claims) {
    const note = byId.get(id)?.result.note ?? "";
    if (note !== "") notes.set(note, [...(notes.get(note) ?? []), id]);
  }
  return `<li id="${anchor(finding.paper, `finding-${finding.id}`)}">${badge(finding.status)} ` +
    `<b>${show(finding.title)}</b><p>${show(finding.explanation)}</p>` +
    `<p class="note">Claims: ${claims.join("; ")}</p>` +
    [...notes].map(([note, ids]) => `<p class="note">Note on ${ids.join(", ")}: ${show(note)}</p>`)
      .join("") +
    "</li>";
}

/**
 * Claims as the ledger table: status, where and quote, printed and re-derived value, with the
 * explanation and note under each claim that is not simply reproduced; each row's id is
 * {@linkcode anchor}.
 *
 * @example An empty table
 * ```ts
 * import { ledgerTable } from "./html.ts";
 * import { assertStringIncludes } from "@std/assert";
 * assertStringIncludes(ledgerTable([]), '<table class="ledger">');
 * ```
 */
export function ledgerTable(entries: readonly LedgerEntry[]): string {
  const rows = entries.map(({ result: r }) => {
    const under = [
      r.status === "reproduced" || r.explanation === r.note ? "" : show(r.explanation),
      r.note === "" ? "" : `<span class="note">Note: ${show(r.note)}</span>`,
    ].filter((t) => t !== "").join("<br>");
    return `<tr id="${anchor(r.paper, r.id)}"><td data-label="status">${badge(r.status)}</td>` +
      `<td data-label="where">${show(r.where)} <code>${escapeHtml(r.id)}</code><br>` +
      `<span class="quote">“${show(r.quote)}”</span></td>` +
      `<td class="num" data-label="printed">${show(r.reported)}</td>` +
      `<td class="num" data-label="re-derived">${show(r.recomputed)}</td></tr>` +
      (under === "" ? "" : `<tr class="explain"><td colspan="4">${under}</td></tr>`);
  });
  return '<table class="ledger"><colgroup><col class="status"><col class="where">' +
    '<col class="value"><col class="value"></colgroup><thead><tr><th>status</th>' +
    "<th>where and quote</th><th>printed</th><th>re-derived</th></tr></thead><tbody>" +
    rows.join("\n") + "</tbody></table>";
}

function paperSection(
  meta: PaperMeta,
  report: LedgerReport,
  charts: readonly RenderedChart[],
): string[] {
  const mine = report.entries.filter((e) => e.result.paper === meta.id);
  const findings = report.findings.filter((f) => f.paper === meta.id);
  const summary = summarize(mine.map((e) => e.result), findings).overall;
  const byId = new Map(mine.map((e) => [e.claim.id, e]));
  const h: string[] = [
    `<h2 id="${escapeHtml(meta.id)}">${escapeHtml(paperHeading(meta))}</h2>`,
    `<p><i>${escapeHtml(meta.title)}</i><br>${escapeHtml(citationLine(meta))}` +
    (meta.licence === "" ? "" : ` (${escapeHtml(meta.licence)})`) + "</p>",
    `<p><b>${escapeHtml(headline({ ...summary, paper: meta.id }))}</b> — ` +
    `${escapeHtml(summaryLine(summary.counts))}</p>`,
  ];
  const problems = findings.filter((f) => f.status !== "explained");
  const explained = findings.filter((f) => f.status === "explained");
  if (problems.length > 0) {
    h.push(
      '<h3>Findings</h3><ol class="findings">',
      ...problems.map((f) => findingItem(f, byId)),
      "</ol>",
    );
  }
  if (explained.length > 0) {
    h.push(
      '<h3>Explained by the paper itself</h3><ol class="findings">',
      ...explained.map((f) => findingItem(f, byId)),
      "</ol>",
    );
  }
  const own = charts.filter((c) => c.paper === meta.id);
  if (own.length > 0) h.push("<h3>Charts from the paper's data</h3>");
  for (const chart of own) {
    h.push(`<figure>${chart.svg}<figcaption>${show(chart.title)}</figcaption></figure>`);
  }
  h.push("<h3>The ledger</h3>");
  for (const section of [...new Set(mine.map((e) => e.claim.section))]) {
    h.push(
      `<h4>${escapeHtml(section)}</h4>`,
      ledgerTable(mine.filter((e) => e.claim.section === section)),
    );
  }
  return h;
}

/**
 * Renders the HTML report.
 *
 * @example One paper, one finding
 * ```ts
 * import { toHtml } from "./html.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const meta = { id: "my-trial", short: "Doe 2024", title: "A trial", citation: "Doe J.",
 *   doi: "", licence: "", year: 2024, text: "" };
 * const result = { id: "pd", paper: "my-trial", where: "Table 2", quote: "PD ($n = 12$)",
 *   note: "", reported: "12 (87.5%)", recomputed: "12 (85.7%)", status: "discrepancy",
 *   finding: "pd", explanation: "12/14" } as const;
 * const finding = { paper: "my-trial", id: "pd", title: "PD", status: "discrepancy",
 *   explanation: "12/14", claims: ["pd"], origin: "single" } as const;
 * const claim = { id: "pd", section: "table-2", where: "Table 2" } as never;
 * const html = toHtml({ papers: [meta], entries: [{ claim, result }], findings: [finding] }, []);
 * assertStringIncludes(html, "<h3>Findings</h3>");
 * assertStringIncludes(html, "PD (n = 12)");
 * ```
 */
export function toHtml(report: LedgerReport, charts: readonly RenderedChart[]): string {
  const summary = summarize(
    report.entries.map((e) => e.result),
    report.findings,
    report.papers.map((p) => p.id),
  );
  const h: string[] = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Re-derived statistics: findings and claims ledger</title>",
    `<style>${STYLE}</style></head><body>`,
    "<h1>Every printed number, re-derived</h1>",
    "<p>Each quantitative claim of the papers below was transcribed as printed and re-derived " +
    "from the paper's own numbers. A printed value matches when it equals the re-derived value " +
    "rounded to the printed precision (half-up or half-even). Claims that share one cause are " +
    "one <b>finding</b>; findings come first.</p>",
    '<table class="summary"><thead><tr><th>paper</th><th>findings</th><th>claims</th></tr>' +
    "</thead><tbody>",
  ];
  for (const p of summary.papers) {
    const meta = report.papers.find((m) => m.id === p.paper);
    h.push(
      `<tr><td><a href="#${escapeHtml(p.paper)}">${
        escapeHtml(meta ? paperHeading(meta) : p.paper)
      }` +
        `</a></td><td class="num">${p.findings}</td><td>${
          escapeHtml(summaryLine(p.counts))
        }</td></tr>`,
    );
  }
  h.push("</tbody></table>");
  for (const chart of charts.filter((c) => c.paper === undefined)) {
    h.push(`<figure>${chart.svg}<figcaption>${show(chart.title)}</figcaption></figure>`);
  }
  for (const meta of report.papers) {
    if (!summary.papers.some((p) => p.paper === meta.id)) continue;
    h.push(...paperSection(meta, report, charts));
  }
  h.push(
    '<p class="quote">Generated by <code>deno task reproduce --html</code>. ' +
      "Self-contained: no scripts, no network.</p></body></html>",
  );
  return `${h.join("\n")}\n`;
}
