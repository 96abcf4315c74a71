/**
 * The default report of `deno task reproduce`, in plain text: for each paper, its findings
 * first — each distinct problem once, with its explanation, the claims it covers and their
 * notes — then what the paper itself explains, then a line of counts. With `ledger: true` the
 * whole ledger follows, section by section: status, where, printed and re-derived value, the
 * claim id, and under each claim that is not simply reproduced its explanation and note.
 *
 * Lines never exceed the width (`lib/report/layout.ts`); nothing is cut with "…": ids,
 * locations and values wrap.
 *
 * @module
 */

import type { LedgerEntry, PaperMeta } from "../ledger/claims.ts";
import type { Finding, LedgerReport } from "../ledger/findings.ts";
import { DEFAULT_WIDTH, layoutTable, wrap } from "./layout.ts";
import { headline, summarize, summaryLine } from "./summary.ts";

/** Options of {@linkcode toText}. */
export interface TextOptions {
  /** Maximum line length. Default {@linkcode DEFAULT_WIDTH}. */
  readonly width?: number;
  /** Also print the whole ledger (every claim of `report.entries`). Default `false`. */
  readonly ledger?: boolean;
}

/**
 * How a paper is named in headings: its short name, then its id when they differ.
 *
 * @example
 * ```ts
 * import { paperHeading } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const meta = { id: "doe-2024", short: "Doe et al. 2024" } as never;
 * assertEquals(paperHeading(meta), "Doe et al. 2024 (doe-2024)");
 * ```
 */
export function paperHeading(meta: PaperMeta): string {
  return meta.short === meta.id ? meta.id : `${meta.short} (${meta.id})`;
}

/** The citation line: the citation and its DOI. */
export function citationLine(meta: PaperMeta): string {
  return meta.doi === "" ? meta.citation : `${meta.citation} doi:${meta.doi}`;
}

/**
 * One finding as numbered, wrapped lines: `N. [status] title`, its explanation, the claims it
 * covers (`id (where: status)`) and their notes, hung under the number. Shared with the audit's
 * report (`lib/report/audit_text.ts`).
 *
 * @example A finding of one claim, at 60 columns
 * ```ts
 * import { findingBlock } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * const finding = { paper: "p", id: "pd", title: "Table 2: 12 (87.5%)", status: "discrepancy",
 *   explanation: "12/14 prints as 85.7%.", claims: ["pd"], origin: "single" } as const;
 * assertEquals(findingBlock(finding, 1, new Map(), 60), [
 *   "1. [discrepancy] Table 2: 12 (87.5%)",
 *   "   12/14 prints as 85.7%.",
 *   "   Claims: pd",
 * ]);
 * ```
 */
export function findingBlock(
  finding: Finding,
  index: number,
  entries: ReadonlyMap<string, LedgerEntry>,
  width: number,
): string[] {
  const label = `${index}. `;
  const hang = " ".repeat(label.length);
  const lines = wrap(`[${finding.status}] ${finding.title}`, width, label, hang);
  lines.push(...wrap(finding.explanation, width, hang));
  const claims = finding.claims.map((id) => {
    const e = entries.get(id);
    return e === undefined ? id : `${id} (${e.claim.where}: ${e.result.status})`;
  });
  lines.push(...wrap(`Claims: ${claims.join("; ")}`, width, hang, `${hang}  `));
  const notes = new Map<string, string[]>();
  for (const id of finding.claims) {
    const note = entries.get(id)?.result.note ?? "";
    if (note !== "") notes.set(note, [...(notes.get(note) ?? []), id]);
  }
  for (const [note, ids] of notes) {
    lines.push(...wrap(`Note on ${ids.join(", ")}: ${note}`, width, hang, `${hang}  `));
  }
  return lines;
}

/**
 * The ledger as text, section by section: a `[section]` line, then a table of status, where
 * `[claim id]`, printed and re-derived value, with the explanation and note of each claim that
 * is not simply reproduced under it. Shared with the audit's report (`--all`).
 *
 * @example No claims, no lines
 * ```ts
 * import { ledgerLines } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(ledgerLines([], 80), []);
 * ```
 */
export function ledgerLines(mine: readonly LedgerEntry[], width: number): string[] {
  const out: string[] = [];
  const sections = [...new Set(mine.map((e) => e.claim.section))];
  for (const section of sections) {
    out.push("", `[${section}]`);
    const rows = mine.filter((e) => e.claim.section === section).map(({ result }) => {
      const under: string[] = [];
      if (
        result.status !== "reproduced" && result.explanation !== "" &&
        result.explanation !== result.note
      ) {
        under.push(result.explanation);
      }
      if (result.note !== "") under.push(`Note: ${result.note}`);
      if (result.finding !== "") under.push(`Finding: ${result.finding}`);
      return {
        cells: [
          result.status,
          `${result.where} [${result.id}]`,
          result.reported,
          result.recomputed,
        ],
        under,
      };
    });
    out.push(
      ...layoutTable(
        [
          { header: "STATUS", width: 13 },
          { header: "WHERE [CLAIM]", width: { share: 4 } },
          { header: "PRINTED", width: { share: 3 } },
          { header: "RE-DERIVED", width: { share: 3 } },
        ],
        rows,
        width,
      ),
    );
  }
  return out;
}

/**
 * Renders the text report.
 *
 * @example A paper with one finding, at 80 columns
 * ```ts
 * import { toText } from "./text.ts";
 * import { assert, assertStringIncludes } from "@std/assert";
 * const meta = { id: "my-trial", short: "Doe 2024", title: "A trial", citation: "Doe J. A trial.",
 *   doi: "", licence: "", year: 2024, text: "" };
 * const result = { id: "pd", paper: "my-trial", where: "Table 2", quote: "", note: "",
 *   reported: "12 (87.5%)", recomputed: "12 (85.7%)", status: "discrepancy", finding: "pd",
 *   explanation: "12/14 = 85.714% prints as 85.7%, not 87.5%." } as const;
 * const finding = { paper: "my-trial", id: "pd", title: "Table 2: 12 (87.5%)", status: "discrepancy",
 *   explanation: result.explanation, claims: ["pd"], origin: "single" } as const;
 * const claim = { id: "pd", section: "table-2", where: "Table 2" } as never;
 * const text = toText({ papers: [meta], entries: [{ claim, result }], findings: [finding] }, { width: 80 });
 * assertStringIncludes(text, "1 finding in 1 claim");
 * assert(text.split("\n").every((line) => line.length <= 80));
 * ```
 */
export function toText(report: LedgerReport, options: TextOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const out: string[] = [];
  const summary = summarize(
    report.entries.map((e) => e.result),
    report.findings,
    report.papers.map((p) => p.id),
  );
  for (const meta of report.papers) {
    const mine = report.entries.filter((e) => e.result.paper === meta.id);
    const paperSummary = summary.papers.find((p) => p.paper === meta.id);
    if (paperSummary === undefined) continue;
    const byId = new Map(mine.map((e) => [e.claim.id, e]));
    const findings = report.findings.filter((f) => f.paper === meta.id);
    const problems = findings.filter((f) => f.status !== "explained");
    const explained = findings.filter((f) => f.status === "explained");
    out.push(
      paperHeading(meta),
      ...wrap(meta.title, width),
      ...wrap(citationLine(meta), width),
      "=".repeat(width),
      ...wrap(headline(paperSummary), width),
      "",
    );
    if (problems.length > 0) {
      out.push("FINDINGS");
      problems.forEach((f, i) => out.push(...findingBlock(f, i + 1, byId, width), ""));
    }
    if (explained.length > 0) {
      out.push("EXPLAINED BY THE PAPER ITSELF");
      explained.forEach((f, i) => out.push(...findingBlock(f, i + 1, byId, width), ""));
    }
    out.push(
      ...wrap(
        paperSummary.counts.total === 0 && mine.length === 0
          ? "No claims to show (claims.csv has none yet, or none with the status asked for)."
          : summaryLine(paperSummary.counts),
        width,
      ),
    );
    if (options.ledger) out.push(...ledgerLines(mine, width));
    out.push("");
  }
  if (summary.papers.length > 1) {
    out.push("SUMMARY");
    for (const p of [...summary.papers, summary.overall]) {
      out.push(...wrap(`${headline(p)}; ${summaryLine(p.counts)}`, width, `${p.paper}: `, "  "));
    }
    out.push("");
  }
  if (!options.ledger) {
    out.push(...wrap("Every claim, section by section: --all (or --status STATUS).", width));
  }
  return `${out.join("\n")}\n`;
}
