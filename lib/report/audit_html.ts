/**
 * The `--html` report of `deno task audit`: one self-contained page (no script, no network),
 * in the style of `reproduce --html` and built from its parts (`lib/report/html.ts`). For a
 * corpus: the totals, then the papers with findings. For each paper shown: its discrepancies,
 * its possible conversion artefacts, then each flagged statement **in its paragraph**, the
 * quote highlighted (hover for the explanation), and — for one paper, or with `--all` — every
 * claim in the ledger table.
 *
 * @module
 */

import { mergeSummaries } from "../audit/mod.ts";
import { CHECK_STATUSES } from "../checks/result.ts";
import { TIERS } from "../extract/statement.ts";
import type { LedgerEntry } from "../ledger/claims.ts";
import type { FlaggedParagraph } from "./audit_context.ts";
import { type AuditedPaper, auditFindings } from "./audit_findings.ts";
import type { AuditRun } from "./audit_text.ts";
import { statusCounts } from "./audit_text.ts";
import { anchor, badge, escapeHtml, findingItem, ledgerTable, STYLE } from "./html.ts";
import { headline, summaryLine } from "./summary.ts";

/** Options of {@linkcode auditHtml}. */
export interface AuditHtmlOptions {
  /** Show every claim of every paper shown (the ledger table). Default: for one paper only. */
  readonly all?: boolean;
}

const AUDIT_STYLE = `
mark{border-radius:.2rem;padding:0 .1rem}
mark.discrepancy{background:#ffcecb;color:#1d232a;outline:1px solid #a40e26}
mark.artefact{background:#e9d8fd;color:#1d232a;outline:1px solid #6639ba}
figure.context{margin:.8rem 0;padding:.5rem .8rem;border-left:4px solid #d0d7de;
background:#f6f8fa;overflow-x:auto}
figure.context p{margin:0;white-space:pre-wrap;font-size:.92rem}
figure.context figcaption{font-size:.8rem;color:#57606a;margin-bottom:.2rem}
ul.skipped li{overflow-wrap:anywhere}`;

function paragraphHtml(
  paragraph: FlaggedParagraph,
  paper: AuditedPaper,
  entries: readonly LedgerEntry[],
  withIds: boolean,
): string {
  let html = paragraph.cutBefore ? "… " : "";
  let at = 0;
  for (const mark of paragraph.marks) {
    const entry = entries[mark.record]!;
    const { result } = entry;
    html += escapeHtml(paragraph.text.slice(at, mark.start));
    const id = withIds ? ` id="${anchor(paper.file, result.id)}"` : "";
    html += `<mark class="${escapeHtml(result.status)}"${id} title="${
      escapeHtml(`${result.status}: ${result.explanation}`)
    }">${escapeHtml(paragraph.text.slice(mark.start, mark.end))}</mark>`;
    at = mark.end;
  }
  html += escapeHtml(paragraph.text.slice(at)) + (paragraph.cutAfter ? " …" : "");
  return `<figure class="context"><figcaption>line ${paragraph.line}</figcaption><p>${html}</p>` +
    "</figure>";
}

function paperSection(paper: AuditedPaper, ledger: boolean): string[] {
  const { findings, entries } = auditFindings(paper);
  const byId = new Map(entries.map((e) => [e.claim.id, e]));
  const counts = statusCounts(paper.summary.byStatus);
  const h: string[] = [
    `<h2 id="${escapeHtml(paper.file)}">${escapeHtml(paper.file)}</h2>`,
    paper.title === "" ? "" : `<p><i>${escapeHtml(paper.title)}</i></p>`,
    `<p><b>${
      escapeHtml(headline({ paper: paper.file, counts, findings: findings.length, explained: 0 }))
    }</b> — ${escapeHtml(summaryLine(counts))}</p>`,
  ];
  const list = (title: string, status: string) => {
    const mine = findings.filter((f) => f.status === status);
    if (mine.length === 0) return;
    h.push(
      `<h3>${title}</h3><ol class="findings">`,
      ...mine.map((f) => findingItem(f, byId)),
      "</ol>",
    );
  };
  list("Discrepancies", "discrepancy");
  list("Possible conversion artefacts", "artefact");
  if (paper.paragraphs.length > 0) {
    h.push(
      "<h3>In context</h3>",
      ...paper.paragraphs.map((p) => paragraphHtml(p, paper, entries, !ledger)),
    );
  }
  if (ledger && entries.length > 0) h.push("<h3>Every claim</h3>", ledgerTable(entries));
  return h.filter((line) => line !== "");
}

function corpusSection(run: AuditRun): string[] {
  const all = mergeSummaries(run.summaries);
  const shown = CHECK_STATUSES.filter((s) => all.byStatus[s] > 0 || s === "discrepancy");
  const share = (n: number) => all.papers === 0 ? "0%" : `${((100 * n) / all.papers).toFixed(1)}%`;
  const rows = shown.map((s) =>
    `<tr><td>${badge(s)}</td><td class="num">${all.byStatus[s]}</td>` +
    TIERS.map((t) => `<td class="num">${all.byTier[t][s]}</td>`).join("") + "</tr>"
  );
  rows.push(
    `<tr><td>total</td><td class="num">${all.statements}</td>` +
      TIERS.map((t) => `<td class="num">${statusCounts(all.byTier[t]).total}</td>`).join("") +
      "</tr>",
  );
  const kinds = Object.entries(all.byKind).map(([kind, counts]) =>
    `<tr><td>${escapeHtml(kind)}</td><td class="num">${statusCounts(counts).total}</td>` +
    shown.map((s) => `<td class="num">${counts[s]}</td>`).join("") + "</tr>"
  );
  return [
    "<h2>The corpus</h2>",
    `<p>${all.papers} papers read, ${run.skipped.length} skipped` +
    (run.resumed === 0 ? "" : `, ${run.resumed} already in the --resume file`) +
    `; ${all.statements} claims in ${all.papersWithStatements} papers.</p>`,
    '<table class="summary"><thead><tr><th>status</th><th>all</th>' +
    TIERS.map((t) => `<th>${t}</th>`).join("") + "</tr></thead><tbody>" + rows.join("") +
    "</tbody></table>",
    '<table class="summary"><thead><tr><th>kind</th><th>claims</th>' +
    shown.map((s) => `<th>${s}</th>`).join("") + "</tr></thead><tbody>" + kinds.join("") +
    "</tbody></table>",
    `<p><b>Papers with at least one explicit discrepancy: ${all.papersWithExplicitDiscrepancy} ` +
    `of ${all.papers} (${share(all.papersWithExplicitDiscrepancy)})</b>; with a discrepancy at ` +
    `any tier: ${all.papersWithDiscrepancy} (${share(all.papersWithDiscrepancy)}). For ` +
    "comparison, statcheck found an inconsistent p-value in about half of psychology papers " +
    "(Nuijten et al. 2016, doi:10.3758/s13428-015-0664-2).</p>",
  ];
}

/**
 * Renders the HTML report of an audit run.
 *
 * @example One paper: its discrepancy highlighted in its paragraph
 * ```ts
 * import { auditHtml } from "./audit_html.ts";
 * import { auditForCli } from "../audit_cli/process.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const paper = auditForCli("Relapse in 3/14 (25.0%).", "a.txt", { paragraphs: true, claims: false });
 * const html = auditHtml({ summaries: [paper.summary], papers: [paper], skipped: [], resumed: 0,
 *   filters: "" });
 * assertStringIncludes(html, '<mark class="discrepancy"');
 * assertStringIncludes(html, "3/14 (25.0%)</mark>");
 * ```
 */
export function auditHtml(run: AuditRun, options: AuditHtmlOptions = {}): string {
  const single = run.summaries.length <= 1;
  const ledger = single || options.all === true;
  const h: string[] = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>Automatic audit: findings</title>",
    `<style>${STYLE}${AUDIT_STYLE}</style></head><body>`,
    "<h1>Every checkable statement, re-derived</h1>",
    "<p>The automatic audit found each statement of the text that a check of the claims ledger " +
    "can re-derive — percentages with their counts and denominators, parts against totals, " +
    "ratio estimates with their intervals, proportion intervals, two-group p-values, test " +
    "statistics — and re-derived it. A statement is <i>explicit</i> when it prints everything " +
    "its check needs and <i>inferred</i> when a denominator or group came from context (the " +
    "explanation says where). A <i>possible conversion artefact</i> is a discrepancy that " +
    "typical PDF-to-text damage explains. The same statement printed twice is one finding." +
    (run.filters === "" ? "" : ` Shown: ${escapeHtml(run.filters)}.`) + "</p>",
  ];
  if (!single) h.push(...corpusSection(run));
  if (run.papers.length > 0 && !single) {
    h.push(
      "<h2>Papers with findings</h2>",
      '<table class="summary"><thead><tr><th>paper</th><th>findings</th><th>claims</th></tr>' +
        "</thead><tbody>",
      ...run.papers.map((p) => {
        const found = auditFindings(p).findings.length;
        return `<tr><td><a href="#${escapeHtml(p.file)}">${escapeHtml(p.file)}</a></td>` +
          `<td class="num">${found}</td><td>${
            escapeHtml(summaryLine(statusCounts(p.summary.byStatus)))
          }</td></tr>`;
      }),
      "</tbody></table>",
    );
  }
  if (run.skipped.length > 0) {
    h.push(
      `<h2>Skipped (${run.skipped.length})</h2><ul class="skipped">`,
      ...run.skipped.map((s) =>
        `<li><code>${escapeHtml(s.file)}</code>: ${escapeHtml(s.reason)} — ${
          escapeHtml(s.detail)
        }</li>`
      ),
      "</ul>",
    );
  }
  for (const paper of run.papers) h.push(...paperSection(paper, ledger));
  h.push(
    '<p class="quote">Generated by <code>deno task audit --html</code>. ' +
      "Self-contained: no scripts, no network.</p></body></html>",
  );
  return `${h.join("\n")}\n`;
}
