/**
 * The text report of `deno task audit`, findings first, as `deno task reproduce`'s.
 *
 * - **One paper** (or `--all`): the paper's discrepancies, then its possible conversion
 *   artefacts, each a numbered finding (the ledger report's blocks, `findingBlock`), then its
 *   line of counts and its counts by tier; with `--all` (or a filter) every claim follows,
 *   section by section (`ledgerLines`).
 * - **A corpus**: one line per paper with findings, the inputs skipped and why, then the corpus
 *   totals — papers read and skipped (by reason), claims by status and tier and by kind, and
 *   the share of papers with at least one explicit discrepancy, the figure statcheck-style
 *   studies report (Nuijten et al. 2016: about half of psychology papers).
 *
 * Lines never exceed the width and nothing is cut (`lib/report/layout.ts`).
 *
 * Reference: Nuijten, M. B., C. H. J. Hartgerink, M. A. L. M. van Assen, S. Epskamp, and
 * J. M. Wicherts. 2016. "The prevalence of statistical reporting errors in psychology
 * (1985–2013)." Behavior Research Methods 48 (4): 1205–1226. doi:10.3758/s13428-015-0664-2
 *
 * @module
 */

import type { AuditSummary, CorpusSummary } from "../audit/mod.ts";
import { mergeSummaries } from "../audit/mod.ts";
import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { TIERS } from "../extract/statement.ts";
import type { Finding } from "../ledger/findings.ts";
import { type AuditedPaper, auditFindings } from "./audit_findings.ts";
import { DEFAULT_WIDTH, layoutTable, type TableColumn, wrap } from "./layout.ts";
import { headline, type StatusCounts, summaryLine } from "./summary.ts";
import { findingBlock, ledgerLines } from "./text.ts";

/** An input the run did not audit, and why (`lib/audit_cli/inputs.ts`). */
export interface SkippedLine {
  readonly file: string;
  readonly reason: string;
  readonly detail: string;
}

/** What one run of the audit gives its reports. */
export interface AuditRun {
  /** The summary of every paper audited in this run, in input order. */
  readonly summaries: readonly AuditSummary[];
  /**
   * The papers the report details, in input order: for one paper, that paper; for a corpus,
   * those with a finding among the records shown (all of them with `--all`).
   */
  readonly papers: readonly AuditedPaper[];
  /** Inputs skipped, in input order. */
  readonly skipped: readonly SkippedLine[];
  /** Papers not audited because the `--resume` file already holds their records. */
  readonly resumed: number;
  /** The filters as typed (`--status discrepancy --tier explicit`); empty when none. */
  readonly filters: string;
}

/** Options of {@linkcode auditText}. */
export interface AuditTextOptions {
  /** Maximum line length. Default {@linkcode DEFAULT_WIDTH}. */
  readonly width?: number;
  /** Detail every paper of `run.papers` with its whole ledger. Default `false`. */
  readonly all?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A summary's counts in the form the ledger's summary lines take. */
export function statusCounts(byStatus: Readonly<Record<CheckStatus, number>>): StatusCounts {
  const total = CHECK_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  return { ...byStatus, total };
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? "0%" : `${((100 * part) / whole).toFixed(1)}%`;

function tierLine(summary: AuditSummary): string {
  const parts = TIERS.map((tier) => {
    const counts = statusCounts(summary.byTier[tier]);
    return `${counts.total} ${tier} (${
      plural(counts.discrepancy, "discrepancy", "discrepancies")
    })`;
  });
  const dropped = summary.dropped === 0
    ? ""
    : `; ${plural(summary.dropped, "statement")} dropped (its check rejected what was read)`;
  return `By tier: ${parts.join(", ")}${dropped}.`;
}

function paperBlock(
  paper: AuditedPaper,
  summary: AuditSummary,
  width: number,
  ledger: boolean,
  filters: string,
): string[] {
  const { findings, entries } = auditFindings(paper);
  const byId = new Map(entries.map((e) => [e.claim.id, e]));
  const counts = statusCounts(summary.byStatus);
  const out = [...wrap(paper.file, width)];
  if (paper.title !== "") out.push(...wrap(paper.title, width));
  out.push(
    "=".repeat(width),
    ...wrap(
      headline({ paper: paper.file, counts, findings: findings.length, explained: 0 }),
      width,
    ),
    "",
  );
  const section = (title: string, status: Finding["status"]) => {
    const mine = findings.filter((f) => f.status === status);
    if (mine.length === 0) return;
    out.push(title);
    mine.forEach((f, i) => out.push(...findingBlock(f, i + 1, byId, width), ""));
  };
  section("DISCREPANCIES", "discrepancy");
  section("POSSIBLE CONVERSION ARTEFACTS", "artefact");
  out.push(
    ...wrap(
      counts.total === 0 ? "No checkable statement found." : summaryLine(counts),
      width,
    ),
    ...wrap(tierLine(summary), width),
  );
  if (filters !== "") {
    out.push(...wrap(`Shown: ${plural(paper.records.length, "claim")} (${filters}).`, width));
  }
  if (ledger) out.push(...ledgerLines(entries, width));
  out.push("");
  return out;
}

/**
 * A table of counts whose columns fit the width, or `undefined` when they do not fit (the
 * caller then writes the counts as sentences).
 */
function countTable(
  label: string,
  headers: readonly string[],
  rows: readonly { readonly label: string; readonly counts: readonly number[] }[],
  width: number,
): string[] | undefined {
  const longestWord = (s: string) => Math.max(...s.split(" ").map((w) => w.length));
  const first = Math.max(label.length, ...rows.map((r) => r.label.length));
  const widths = headers.map((h, i) =>
    Math.max(longestWord(h), ...rows.map((r) => String(r.counts[i] ?? 0).length))
  );
  const columns: TableColumn[] = [
    { header: label, width: first },
    ...headers.map((header, i) => ({ header, width: widths[i]! })),
  ];
  if (first + widths.reduce((a, b) => a + b, 0) + 2 * headers.length > width) return undefined;
  return layoutTable(
    columns,
    rows.map((r) => ({ cells: [r.label, ...r.counts.map(String)] })),
    width,
  );
}

function corpusLines(run: AuditRun, all: CorpusSummary, width: number): string[] {
  const out: string[] = ["CORPUS"];
  const reasons = new Map<string, number>();
  for (const s of run.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const inputs = all.papers + run.skipped.length + run.resumed;
  const skipped = run.skipped.length === 0
    ? "none skipped"
    : `${run.skipped.length} skipped (${
      [...reasons].map(([reason, n]) => `${n} ${reason}`).join(", ")
    })`;
  const resumed = run.resumed === 0
    ? ""
    : `; ${plural(run.resumed, "paper")} already in the --resume file, not read again`;
  out.push(
    ...wrap(
      `${plural(inputs, "input")}: ${plural(all.papers, "paper")} read, ${skipped}${resumed}.`,
      width,
    ),
    ...wrap(
      `${plural(all.statements, "claim")} in ${plural(all.papersWithStatements, "paper")} ` +
        `(${all.papers - all.papersWithStatements} with none)` +
        (all.dropped === 0
          ? "."
          : `; ${plural(all.dropped, "statement")} dropped (its check rejected what was read).`),
      width,
    ),
    "",
  );
  const shown = CHECK_STATUSES.filter((s) => all.byStatus[s] > 0 || s === "discrepancy");
  const byTier = countTable(
    "STATUS",
    ["ALL", ...TIERS.map((t) => t.toUpperCase())],
    [
      ...shown.map((s) => ({
        label: s,
        counts: [all.byStatus[s], ...TIERS.map((t) => all.byTier[t][s])],
      })),
      {
        label: "total",
        counts: [
          all.statements,
          ...TIERS.map((t) => statusCounts(all.byTier[t]).total),
        ],
      },
    ],
    width,
  );
  out.push(
    ...(byTier ??
      TIERS.flatMap((t) =>
        wrap(`${t}: ${summaryLine(statusCounts(all.byTier[t]))}`, width, "", "  ")
      )),
    "",
  );
  const kinds = Object.keys(all.byKind);
  const byKind = countTable(
    "KIND",
    ["CLAIMS", ...shown.map((s) => s.replace("-", " ").toUpperCase())],
    kinds.map((k) => {
      const counts = all.byKind[k]!;
      return { label: k, counts: [statusCounts(counts).total, ...shown.map((s) => counts[s])] };
    }),
    width,
  );
  out.push(
    ...(byKind ??
      kinds.flatMap((k) =>
        wrap(`${k}: ${summaryLine(statusCounts(all.byKind[k]!))}`, width, "", "  ")
      )),
    "",
    ...wrap(
      `Papers with at least one explicit discrepancy: ${all.papersWithExplicitDiscrepancy} of ` +
        `${all.papers} read (${percent(all.papersWithExplicitDiscrepancy, all.papers)}); with a ` +
        `discrepancy at any tier: ${all.papersWithDiscrepancy} ` +
        `(${percent(all.papersWithDiscrepancy, all.papers)}). For comparison, statcheck found ` +
        "an inconsistent p-value in about half of psychology papers (Nuijten et al. 2016).",
      width,
    ),
  );
  return out;
}

/**
 * Renders the text report of an audit run (see the module documentation).
 *
 * @example One paper with an impossible percentage, at 60 columns
 * ```ts
 * import { auditText } from "./audit_text.ts";
 * import { auditPaper, claimId } from "../audit/mod.ts";
 * import { assert, assertStringIncludes } from "@std/assert";
 * const { records, statements, summary } = auditPaper("Relapse in 3/14 (25.0%).", { file: "a.txt" });
 * const paper = { file: "a.txt", title: "", records, statements, ids: statements.map(claimId),
 *   summary, paragraphs: [] };
 * const text = auditText(
 *   { summaries: [summary], papers: [paper], skipped: [], resumed: 0, filters: "" },
 *   { width: 60 },
 * );
 * assertStringIncludes(text, "DISCREPANCIES\n1. [discrepancy] line 1, column 12");
 * assert(text.split("\n").every((line) => line.length <= 60));
 * ```
 */
export function auditText(run: AuditRun, options: AuditTextOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const all = mergeSummaries(run.summaries);
  const single = run.summaries.length <= 1;
  const summaryOf = new Map(run.summaries.map((s) => [s.file, s]));
  const out: string[] = [];
  if (single || options.all) {
    for (const paper of run.papers) {
      const summary = summaryOf.get(paper.file) ?? paper.summary;
      out.push(
        ...paperBlock(
          paper,
          summary,
          width,
          options.all === true || run.filters !== "",
          run.filters,
        ),
      );
    }
  } else {
    const lines = run.papers.flatMap((paper) => {
      const { findings } = auditFindings(paper);
      if (findings.length === 0) return [];
      const counts = statusCounts(paper.summary.byStatus);
      return wrap(
        `${headline({ paper: paper.file, counts, findings: findings.length, explained: 0 })}; ` +
          summaryLine(counts),
        width,
        `${paper.file}: `,
        "  ",
      );
    });
    out.push(
      ...wrap(
        `PAPERS WITH FINDINGS (${plural(run.papers.length, "paper")} of ${all.papers} read` +
          (run.filters === "" ? ")" : `; ${run.filters})`),
        width,
      ),
      ...(lines.length === 0 ? ["None."] : lines),
      "",
    );
  }
  if (run.skipped.length > 0) {
    out.push(`SKIPPED (${run.skipped.length})`);
    for (const s of run.skipped) out.push(...wrap(s.detail, width, `${s.file}: `, "  "));
    out.push("");
  }
  if (!single) out.push(...corpusLines(run, all, width), "");
  out.push(
    ...wrap(
      single
        ? "Every claim, section by section: --all. A draft claims ledger to curate: --claims DIR."
        : "One paper in detail: deno task audit FILE. Every record: --json or --jsonl.",
      width,
    ),
  );
  return `${out.join("\n")}\n`;
}
