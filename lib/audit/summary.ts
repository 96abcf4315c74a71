/**
 * Per-paper and corpus summaries of the automatic audit: how many statements of each kind,
 * tier and status, how many were dropped, and whether the paper has a discrepancy at the
 * `explicit` tier (the share statcheck-style corpus studies report).
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { type Tier, TIERS } from "../extract/statement.ts";
import { displayAs } from "../stats/_display.ts";

/** A count per status (every status present, zeros included, in report order). */
export type StatusTally = Readonly<Record<CheckStatus, number>>;

/** What {@linkcode auditSummary} needs of a record. */
export interface SummarisedRecord {
  readonly kind: string;
  readonly status: CheckStatus;
  readonly tier: Tier;
}

/** The audit of one paper in numbers. */
export interface AuditSummary {
  readonly file: string;
  /** Statements audited (records). */
  readonly statements: number;
  /** Statements dropped because their check rejected the extracted inputs. */
  readonly dropped: number;
  readonly byStatus: StatusTally;
  readonly byTier: Readonly<Record<Tier, StatusTally>>;
  /** Per check kind (kinds in alphabetical order). */
  readonly byKind: Readonly<Record<string, StatusTally>>;
  /** Whether at least one `explicit` statement is a `discrepancy`. */
  readonly explicitDiscrepancy: boolean;
}

function zeros(): Record<CheckStatus, number> {
  return Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0])) as Record<CheckStatus, number>;
}

/** Options of {@linkcode auditSummary}. */
export interface SummaryOptions {
  readonly file?: string;
  readonly dropped?: number;
}

/**
 * Summarises one paper's records.
 *
 * @example Two records
 * ```ts
 * import { auditSummary } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const s = auditSummary([
 *   { kind: "percentage", status: "discrepancy", tier: "explicit" },
 *   { kind: "sum", status: "reproduced", tier: "explicit" },
 * ], { file: "a.txt" });
 * assertEquals([s.statements, s.byStatus.discrepancy, s.explicitDiscrepancy], [2, 1, true]);
 * ```
 */
export function auditSummary(
  records: readonly SummarisedRecord[],
  options: SummaryOptions = {},
): AuditSummary {
  const byStatus = zeros();
  const byTier = Object.fromEntries(TIERS.map((t) => [t, zeros()])) as Record<
    Tier,
    Record<CheckStatus, number>
  >;
  const byKind: Record<string, Record<CheckStatus, number>> = {};
  for (const r of records) {
    byStatus[r.status]++;
    byTier[r.tier][r.status]++;
    (byKind[r.kind] ??= zeros())[r.status]++;
  }
  const kinds = Object.keys(byKind).sort();
  const summary: AuditSummary = {
    file: options.file ?? "-",
    statements: records.length,
    dropped: options.dropped ?? 0,
    byStatus: Object.freeze(byStatus),
    byTier: Object.freeze(
      Object.fromEntries(TIERS.map((t) => [t, Object.freeze(byTier[t])])) as Record<
        Tier,
        StatusTally
      >,
    ),
    byKind: Object.freeze(Object.fromEntries(kinds.map((k) => [k, Object.freeze(byKind[k]!)]))),
    explicitDiscrepancy: byTier.explicit.discrepancy > 0,
  };
  return Object.freeze(displayAs("Audit summary", summary));
}

/** The audit of many papers in numbers. */
export interface CorpusSummary {
  readonly papers: number;
  readonly statements: number;
  readonly dropped: number;
  /** Papers with at least one statement. */
  readonly papersWithStatements: number;
  /** Papers with at least one `explicit` discrepancy. */
  readonly papersWithExplicitDiscrepancy: number;
  /** Papers with at least one discrepancy at any tier. */
  readonly papersWithDiscrepancy: number;
  readonly byStatus: StatusTally;
  readonly byTier: Readonly<Record<Tier, StatusTally>>;
  readonly byKind: Readonly<Record<string, StatusTally>>;
}

/**
 * Adds up per-paper summaries (for a corpus run; order does not matter).
 *
 * @example
 * ```ts
 * import { auditSummary, mergeSummaries } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const a = auditSummary([{ kind: "percentage", status: "discrepancy", tier: "explicit" }]);
 * const b = auditSummary([{ kind: "percentage", status: "reproduced", tier: "explicit" }]);
 * const all = mergeSummaries([a, b]);
 * assertEquals([all.papers, all.papersWithExplicitDiscrepancy, all.byKind.percentage?.reproduced], [2, 1, 1]);
 * ```
 */
export function mergeSummaries(summaries: readonly AuditSummary[]): CorpusSummary {
  const byStatus = zeros();
  const byTier = Object.fromEntries(TIERS.map((t) => [t, zeros()])) as Record<
    Tier,
    Record<CheckStatus, number>
  >;
  const byKind: Record<string, Record<CheckStatus, number>> = {};
  let statements = 0;
  let dropped = 0;
  let withStatements = 0;
  let withExplicit = 0;
  let withAny = 0;
  for (const s of summaries) {
    statements += s.statements;
    dropped += s.dropped;
    if (s.statements > 0) withStatements++;
    if (s.explicitDiscrepancy) withExplicit++;
    if (s.byStatus.discrepancy > 0) withAny++;
    for (const status of CHECK_STATUSES) {
      byStatus[status] += s.byStatus[status];
      for (const t of TIERS) byTier[t][status] += s.byTier[t][status];
    }
    for (const [kind, counts] of Object.entries(s.byKind)) {
      const into = (byKind[kind] ??= zeros());
      for (const status of CHECK_STATUSES) into[status] += counts[status];
    }
  }
  const kinds = Object.keys(byKind).sort();
  return Object.freeze(displayAs("Corpus audit summary", {
    papers: summaries.length,
    statements,
    dropped,
    papersWithStatements: withStatements,
    papersWithExplicitDiscrepancy: withExplicit,
    papersWithDiscrepancy: withAny,
    byStatus: Object.freeze(byStatus),
    byTier: Object.freeze(byTier),
    byKind: Object.freeze(Object.fromEntries(kinds.map((k) => [k, byKind[k]!]))),
  }));
}
