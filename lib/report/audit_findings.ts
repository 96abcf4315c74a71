/**
 * The automatic audit as a ledger report: each audited paper becomes a paper of a
 * {@linkcode LedgerReport} (`lib/ledger/findings.ts`), each record a claim with its result, and
 * the records that do not add up become findings — so the audit's text and HTML reports are
 * the ledger's, findings first.
 *
 * Grouping: records with the same status, check kind, printed value and re-derived value are
 * one finding (the same statement printed again: in the abstract and the results, or in two
 * cells of a table); every other `discrepancy` or `artefact` is a finding of its own. Findings
 * come in text order of their first record.
 *
 * @module
 */

import type { AuditRecord, AuditSummary } from "../audit/mod.ts";
import { type Statement, statementToClaim } from "../extract/statement.ts";
import type { ClaimResult, LedgerEntry, PaperMeta } from "../ledger/claims.ts";
import type { Finding, FindingStatus, LedgerReport } from "../ledger/findings.ts";
import type { FlaggedParagraph } from "./audit_context.ts";

/** One audited paper, as the reports show it. */
export interface AuditedPaper {
  /** The input's name (the records' `file`). */
  readonly file: string;
  /** The title its text gives (`paperTitle`); empty when none. */
  readonly title: string;
  /** The records shown (after `--status`/`--tier`), in text order. */
  readonly records: readonly AuditRecord[];
  /** `statements[i]` is the statement of `records[i]`. */
  readonly statements: readonly Statement[];
  /** `ids[i]`: the claim id of `records[i]`, as in the draft `claims.csv`. */
  readonly ids: readonly string[];
  /** Counts of every record (not only those shown). */
  readonly summary: AuditSummary;
  /** The paragraphs of the flagged records shown, for the HTML report (may be empty). */
  readonly paragraphs: readonly FlaggedParagraph[];
}

/** The statuses that make a finding, in report order. */
export const AUDIT_FINDING_STATUSES = ["discrepancy", "artefact"] as const;

const isFinding = (status: string): status is FindingStatus =>
  (AUDIT_FINDING_STATUSES as readonly string[]).includes(status);

const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** Where a record stands: `line 88, column 22`. */
export function recordWhere(record: Pick<AuditRecord, "line" | "column">): string {
  return `line ${record.line}, column ${record.column}`;
}

/** The metadata a ledger report needs, for an audited paper. */
export function auditMeta(paper: Pick<AuditedPaper, "file" | "title">): PaperMeta {
  return {
    id: paper.file,
    title: paper.title,
    citation: "",
    short: paper.file,
    doi: "",
    licence: "",
    year: 0,
    text: paper.file,
  };
}

/**
 * An audited paper's records as ledger entries: the claim its statement stands for (id from
 * `ids`, `where` its line and column) and a result whose note quotes the statement as printed.
 *
 * @example A table cell
 * ```ts
 * import { auditEntries } from "./audit_findings.ts";
 * import { auditPaper, claimId } from "../audit/mod.ts";
 * import { assertEquals } from "@std/assert";
 * const { records, statements, summary } = auditPaper("Relapse in 4/14 (28.6%).", { file: "a.txt" });
 * const [entry] = auditEntries({ file: "a.txt", title: "", records, statements,
 *   ids: statements.map(claimId), summary, paragraphs: [] });
 * assertEquals([entry?.claim.id, entry?.result.where, entry?.result.status],
 *   ["percentage-l1-c12", "line 1, column 12", "reproduced"]);
 * ```
 */
export function auditEntries(paper: AuditedPaper): LedgerEntry[] {
  return paper.records.map((record, i) => {
    const statement = paper.statements[i]!;
    const id = paper.ids[i]!;
    const where = recordWhere(record);
    const claim = { ...statementToClaim(statement, { id, paper: paper.file }), where };
    const how = `${statement.pattern}${record.tier === "inferred" ? ", inferred" : ""}`;
    const result: ClaimResult = {
      id,
      paper: paper.file,
      where,
      quote: record.quote,
      reported: record.reported,
      recomputed: record.recomputed,
      status: record.status,
      explanation: record.explanation,
      note: `Printed: “${squash(record.quote)}” (read as ${how}).`,
      finding: "",
    };
    return { claim, result };
  });
}

function titleOf(record: AuditRecord): string {
  const recomputed =
    record.recomputed === "" || squash(record.recomputed) === squash(record.reported)
      ? ""
      : ` (re-derived: ${record.recomputed})`;
  return `${recordWhere(record)} (${record.kind}, ${record.tier}): ${record.reported}${recomputed}`;
}

/**
 * The findings of an audited paper (see the module documentation), with each entry's
 * `finding` set.
 *
 * @example The same impossible percentage printed twice is one finding
 * ```ts
 * import { auditFindings } from "./audit_findings.ts";
 * import { auditPaper, claimId } from "../audit/mod.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Relapse in 3/14 (25.0%).\n\nAs said, relapse in 3/14 (25.0%).";
 * const { records, statements, summary } = auditPaper(text, { file: "a.txt" });
 * const { findings } = auditFindings({ file: "a.txt", title: "", records, statements,
 *   ids: statements.map(claimId), summary, paragraphs: [] });
 * assertEquals(findings.map((f) => [f.status, f.claims.length]), [["discrepancy", 2]]);
 * ```
 */
export function auditFindings(
  paper: AuditedPaper,
): { readonly findings: readonly Finding[]; readonly entries: readonly LedgerEntry[] } {
  const entries = auditEntries(paper);
  const groups = new Map<string, number[]>();
  paper.records.forEach((r, i) => {
    if (!isFinding(r.status)) return;
    const key = [r.status, r.kind, squash(r.reported), squash(r.recomputed)].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const findingOf = new Map<number, string>();
  const findings: Finding[] = [];
  for (const members of groups.values()) {
    const first = paper.records[members[0]!]!;
    const ids = members.map((i) => paper.ids[i]!);
    const again = members.slice(1).map((i) => recordWhere(paper.records[i]!));
    for (const i of members) findingOf.set(i, ids[0]!);
    findings.push(Object.freeze({
      paper: paper.file,
      id: ids[0]!,
      title: again.length === 0
        ? titleOf(first)
        : `${titleOf(first)}, printed ${members.length} times`,
      status: first.status as FindingStatus,
      explanation: again.length === 0 ? first.explanation : `${first.explanation} The same ` +
        `statement is printed again at ${again.join("; ")}.`,
      claims: Object.freeze(ids),
      origin: again.length === 0 ? "single" : "linked",
    }));
  }
  // Discrepancies first, then artefacts; in text order within each.
  const order = (f: Finding) => AUDIT_FINDING_STATUSES.indexOf(f.status as never);
  findings.sort((a, b) => order(a) - order(b));
  return {
    findings,
    entries: entries.map((e, i) => {
      const finding = findingOf.get(i);
      return finding === undefined ? e : { ...e, result: { ...e.result, finding } };
    }),
  };
}

/**
 * Audited papers as one ledger report (papers in the order given).
 *
 * @example
 * ```ts
 * import { auditLedgerReport } from "./audit_findings.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(auditLedgerReport([]).papers, []);
 * ```
 */
export function auditLedgerReport(papers: readonly AuditedPaper[]): LedgerReport {
  const entries: LedgerEntry[] = [];
  const findings: Finding[] = [];
  for (const paper of papers) {
    const found = auditFindings(paper);
    entries.push(...found.entries);
    findings.push(...found.findings);
  }
  return { papers: papers.map(auditMeta), entries, findings };
}
