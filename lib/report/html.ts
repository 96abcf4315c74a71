/**
 * The `--html` report: one self-contained, shareable HTML file (no script, no network) with the
 * summary, the charts inlined as SVG, the per-section tables and every discrepancy explained.
 * The charts are rendered beforehand (see `lib/report/charts.ts`); this module only assembles
 * text, so it stays pure and fast.
 *
 * @module
 */

import { CHECK_STATUSES } from "../checks/result.ts";
import { type LedgerEntry, PAPER_CITATIONS, PAPERS } from "../ledger/claims.ts";
import { summarize, summaryLine } from "./summary.ts";

/** A chart already rendered to SVG. */
export interface RenderedChart {
  readonly title: string;
  readonly svg: string;
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

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;
padding:0 1rem;color:#1d232a}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:2px solid #d0d7de;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid #e3e7eb;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f8;font-weight:600}td.num{font-family:ui-monospace,Menlo,monospace;white-space:nowrap}
.badge{display:inline-block;border-radius:.6rem;padding:0 .5rem;font-size:.8rem;font-weight:600}
.reproduced{background:#dafbe1;color:#116329}.discrepancy{background:#ffebe9;color:#a40e26}
.not-derivable{background:#eaeef2;color:#424a53}
tr.explain td{border-bottom:1px solid #e3e7eb;color:#424a53;font-size:.9rem;padding-left:2rem}
.quote{color:#57606a;font-size:.85rem}figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
li{margin:.4rem 0}`;

function badge(status: string): string {
  return `<span class="badge ${status}">${escapeHtml(status)}</span>`;
}

/**
 * Renders the HTML report.
 *
 * @example One discrepancy
 * ```ts
 * import { toHtml } from "./html.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const claim = { id: "b-pd", section: "table-2" } as never;
 * const result = { id: "b-pd", paper: "boissel-2022", where: "Table 2", quote: "PD 12 (87.5%)",
 *   reported: "12 (87.5%)", recomputed: "85.7%", status: "discrepancy", explanation: "12/14" } as const;
 * assertStringIncludes(toHtml([{ claim, result }], []), "<!doctype html>");
 * ```
 */
export function toHtml(entries: readonly LedgerEntry[], charts: readonly RenderedChart[]): string {
  const summary = summarize(entries.map((e) => e.result));
  const h: string[] = [];
  h.push(
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Claims ledger: re-derived statistics</title>",
    `<style>${STYLE}</style></head><body>`,
    "<h1>Claims ledger: every printed number, re-derived</h1>",
    "<p>Each quantitative claim of the papers below was transcribed as printed and re-derived " +
      "from the paper's own counts. A printed value matches when it equals the re-derived value " +
      "rounded to the printed precision (half-up or half-even).</p>",
    "<h2>Summary</h2>",
    "<table><thead><tr><th>paper</th><th>claims</th>" +
      CHECK_STATUSES.map((s) => `<th>${badge(s)}</th>`).join("") + "</tr></thead><tbody>",
  );
  for (const { paper, counts } of [...summary.papers, { paper: "all", counts: summary.overall }]) {
    h.push(
      `<tr><td>${escapeHtml(paper)}</td><td class="num">${counts.total}</td>` +
        CHECK_STATUSES.map((s) => `<td class="num">${counts[s]}</td>`).join("") + "</tr>",
    );
  }
  h.push("</tbody></table>");
  for (const chart of charts) {
    h.push(`<figure>${chart.svg}<figcaption>${escapeHtml(chart.title)}</figcaption></figure>`);
  }
  const discrepancies = entries.filter((e) => e.result.status === "discrepancy");
  if (discrepancies.length > 0) {
    h.push("<h2>Discrepancies explained</h2><ol>");
    for (const { result: r } of discrepancies) {
      h.push(
        `<li><a href="#${escapeHtml(r.id)}"><code>${escapeHtml(r.id)}</code></a> — ` +
          `${escapeHtml(r.where)}: printed <b>${escapeHtml(r.reported)}</b>, re-derived ` +
          `<b>${escapeHtml(r.recomputed)}</b>.<br><span class="quote">“${escapeHtml(r.quote)}”` +
          `</span><br>${escapeHtml(r.explanation)}</li>`,
      );
    }
    h.push("</ol>");
  }
  for (const paper of PAPERS) {
    const mine = entries.filter((e) => e.result.paper === paper);
    if (mine.length === 0) continue;
    h.push(
      `<h2>${escapeHtml(paper)}</h2><p>${escapeHtml(PAPER_CITATIONS[paper])}</p>`,
      `<p>${escapeHtml(summaryLine(summarize(mine.map((e) => e.result)).overall))}</p>`,
    );
    for (const section of [...new Set(mine.map((e) => e.claim.section))]) {
      h.push(
        `<h3>${escapeHtml(section)}</h3><table><thead><tr><th>status</th><th>claim</th>` +
          "<th>where</th><th>printed</th><th>re-derived</th></tr></thead><tbody>",
      );
      for (const { result: r } of mine.filter((e) => e.claim.section === section)) {
        h.push(
          `<tr id="${escapeHtml(r.id)}"><td>${badge(r.status)}</td><td><code>${escapeHtml(r.id)}` +
            `</code></td><td>${escapeHtml(r.where)}<br><span class="quote">“${
              escapeHtml(r.quote)
            }”` +
            `</span></td><td class="num">${escapeHtml(r.reported)}</td><td class="num">` +
            `${escapeHtml(r.recomputed)}</td></tr>`,
          `<tr class="explain"><td colspan="5">${escapeHtml(r.explanation)}</td></tr>`,
        );
      }
      h.push("</tbody></table>");
    }
  }
  h.push(
    '<p class="quote">Generated by <code>deno task reproduce --html</code>. ' +
      "Self-contained: no scripts, no network.</p></body></html>",
  );
  return `${h.join("\n")}\n`;
}
