/**
 * The audit of a corpus in numbers (issue 12: "how many statements of each kind, the share of
 * papers with a discrepancy, the most common kinds of inconsistency"): papers with statements
 * and with a discrepancy, statements by kind, tier and status, the discrepancies sorted into
 * kinds of inconsistency, and the conversion artefacts. Pure: a script feeds it the audits of
 * the papers one at a time ({@linkcode CorpusTally}), so a corpus never has to be held in memory.
 *
 * The kinds of inconsistency ({@linkcode INCONSISTENCY_KINDS}) follow what the checks say:
 * a percentage that truncation of its count's share gives (`66%` for 2/3), that rounding twice
 * gives (`10.5%` for 10.449% via 10.45%), that no count of its n can print (GRIM), or that
 * another count of n prints; parts that do not add up to their total; a ratio whose interval no
 * standard method gives or whose p disagrees with it; a p-value on the other side of 0.05 from
 * its test statistic (statcheck's "decision error") or only off at its printed precision; a
 * two-group p-value no standard test gives; a proportion interval no method prints.
 *
 * @module
 */

import { readPercentage } from "../checks/percentage.ts";
import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { formatAt } from "../checks/rounding.ts";
import { type Statement, type Tier, TIERS } from "../extract/statement.ts";
import { displayAs } from "../stats/_display.ts";
import type { AuditRecord } from "./audit.ts";
import type { StatusTally } from "./summary.ts";

/** The kinds of inconsistency a discrepancy is sorted into, in report order. */
export const INCONSISTENCY_KINDS = [
  "percentage-truncated",
  "percentage-double-rounded",
  "percentage-impossible",
  "percentage-other-count",
  "parts-total",
  "ratio-interval",
  "test-statistic-decision",
  "test-statistic-precision",
  "two-group-p-value",
  "proportion-interval",
] as const;
/** A kind of inconsistency (see the module documentation). */
export type InconsistencyKind = (typeof INCONSISTENCY_KINDS)[number];

/** What each kind of inconsistency means, in words for a table or a chart axis. */
export const INCONSISTENCY_LABELS: Readonly<Record<InconsistencyKind, string>> = {
  "percentage-truncated": "percentage truncated, not rounded",
  "percentage-double-rounded": "percentage rounded twice",
  "percentage-impossible": "percentage no count of n prints",
  "percentage-other-count": "percentage of another count",
  "parts-total": "parts not adding up to the total",
  "ratio-interval": "ratio, interval or p not matching",
  "test-statistic-decision": "p on the other side of 0.05 (decision error)",
  "test-statistic-precision": "p off at its printed precision",
  "two-group-p-value": "two-group p no standard test gives",
  "proportion-interval": "proportion interval no method prints",
};

/** Whether `exact`, rounded half up to d + 1 decimals and then to d, prints as `printed`. */
function roundsTwiceTo(exact: number, printed: number, decimals: number): boolean {
  const once = Number(formatAt(exact, decimals + 1));
  return Number(formatAt(once, decimals)) === printed &&
    Number(formatAt(exact, decimals)) !== printed;
}

/** The count and percentage of a percentage statement, if they can be read. */
function percentageOf(
  statement: Statement,
): { x: number; n: number; printed: number; decimals: number } | undefined {
  try {
    const read = readPercentage(statement.reported);
    const x = statement.args.x === undefined ? read.count?.value : Number(statement.args.x);
    const n = Number(statement.args.n);
    if (x === undefined || !(n > 0)) return undefined;
    return { x, n, printed: read.percent.value, decimals: read.percent.decimals };
  } catch {
    return undefined;
  }
}

/**
 * The kind of inconsistency of a `discrepancy` record (`undefined` for any other status).
 *
 * @example Truncation, double rounding and an impossible percentage
 * ```ts
 * import { inconsistencyKind } from "./corpus.ts";
 * import { auditPaper } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * // 2/3 = 66.7% (66 truncates it); 144/1378 = 10.4499% (10.45 then 10.5); 12/14 = 85.7%.
 * const a = auditPaper("In 2/3 (66%), 144/1378 (10.5%) and 12/14 (87.5%).");
 * assertEquals(a.records.map((r, i) => inconsistencyKind(r, a.statements[i]!)), [
 *   "percentage-truncated",
 *   "percentage-double-rounded",
 *   "percentage-impossible",
 * ]);
 * ```
 */
export function inconsistencyKind(
  record: AuditRecord,
  statement: Statement,
): InconsistencyKind | undefined {
  if (record.status !== "discrepancy") return undefined;
  switch (record.kind) {
    case "percentage": {
      if (record.explanation.includes("Truncating (not rounding)")) return "percentage-truncated";
      const p = percentageOf(statement);
      if (p !== undefined && roundsTwiceTo((100 * p.x) / p.n, p.printed, p.decimals)) {
        return "percentage-double-rounded";
      }
      // GRIM: no count of the n used prints it — or, for a percentage whose denominator came
      // from context, no denominator at all prints the count as the percentage.
      return /No count out of \d+ prints|no denominator prints/.test(record.explanation)
        ? "percentage-impossible"
        : "percentage-other-count";
    }
    case "sum":
      return "parts-total";
    case "ratio-ci":
      return "ratio-interval";
    case "test-statistic":
      return record.explanation.includes("decision error")
        ? "test-statistic-decision"
        : "test-statistic-precision";
    case "p-value":
      return "two-group-p-value";
    case "ci-proportion":
      return "proportion-interval";
    default:
      return undefined;
  }
}

/** A count per status, every status present (zeros kept), in report order (mutable). */
type Counts = Record<CheckStatus, number>;

function zeros(): Counts {
  return Object.fromEntries(CHECK_STATUSES.map((s) => [s, 0])) as Counts;
}

/** A count of papers among the corpus's, with its share of `of`. */
export interface PaperShare {
  readonly papers: number;
  readonly of: number;
  readonly share: number;
}

/** Statements of one check kind and tier, by status. */
export interface KindTierRow extends StatusTally {
  readonly kind: string;
  readonly tier: Tier;
  readonly total: number;
}

/** One kind of inconsistency: discrepancies per tier and the papers they stand in. */
export interface InconsistencyRow {
  readonly kind: InconsistencyKind;
  readonly label: string;
  readonly explicit: number;
  readonly inferred: number;
  readonly total: number;
  readonly papers: number;
}

/** The corpus in numbers (see the module documentation). */
export interface CorpusFigures {
  /** Papers audited (skipped inputs are not counted). */
  readonly papers: number;
  readonly papersWithStatements: number;
  /** Papers with at least one `discrepancy`, either tier. */
  readonly papersWithDiscrepancy: number;
  /** Papers with at least one `discrepancy` at the `explicit` tier: of all papers … */
  readonly explicitDiscrepancyOfAll: PaperShare;
  /** … and of the papers with at least one statement (statcheck's denominator). */
  readonly explicitDiscrepancyOfWithStatements: PaperShare;
  readonly papersWithArtefact: number;
  readonly statements: number;
  /** Statements dropped because their check rejected the extracted inputs. */
  readonly dropped: number;
  readonly byStatus: StatusTally;
  readonly byTier: Readonly<Record<Tier, StatusTally>>;
  /** Per check kind and tier (kinds alphabetical, tiers in order; empty rows left out). */
  readonly byKindTier: readonly KindTierRow[];
  /** The kinds of inconsistency, most common first (ties in report order; empty ones kept). */
  readonly inconsistencies: readonly InconsistencyRow[];
  /** Artefacts per check kind. */
  readonly artefactsByKind: Readonly<Record<string, number>>;
}

/** What {@linkcode CorpusTally.add} needs of one paper's audit. */
export interface TalliedPaper {
  readonly records: readonly AuditRecord[];
  readonly statements: readonly Statement[];
  readonly dropped: readonly unknown[];
}

/**
 * Accumulates the audits of a corpus's papers, one at a time, into a {@linkcode CorpusFigures}.
 *
 * @example Two papers
 * ```ts
 * import { CorpusTally } from "./corpus.ts";
 * import { auditPaper } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const tally = new CorpusTally();
 * tally.add(auditPaper("Relapse in 4/14 (28.6%) and 3/14 (25.0%)."));
 * tally.add(auditPaper("No numbers here."));
 * const s = tally.summary();
 * assertEquals([s.papers, s.papersWithStatements, s.explicitDiscrepancyOfAll.share], [2, 1, 0.5]);
 * assertEquals(s.explicitDiscrepancyOfWithStatements.share, 1);
 * ```
 */
export class CorpusTally {
  #papers = 0;
  #withStatements = 0;
  #withDiscrepancy = 0;
  #withExplicitDiscrepancy = 0;
  #withArtefact = 0;
  #statements = 0;
  #dropped = 0;
  readonly #byStatus = zeros();
  readonly #byTier = Object.fromEntries(TIERS.map((t) => [t, zeros()])) as Record<
    Tier,
    Counts
  >;
  readonly #byKindTier = new Map<string, Counts>();
  readonly #inconsistencies = new Map<InconsistencyKind, Record<Tier, number>>();
  readonly #inconsistencyPapers = new Map<InconsistencyKind, number>();
  readonly #artefacts = new Map<string, number>();

  /** Adds one paper's audit (`records[i]` is of `statements[i]`, as `auditPaper` gives them). */
  add(audit: TalliedPaper): void {
    const { records, statements } = audit;
    if (records.length !== statements.length) {
      throw new RangeError(
        `\`audit\` must pair each record with its statement, got ${records.length} records ` +
          `and ${statements.length} statements`,
      );
    }
    this.#papers++;
    this.#dropped += audit.dropped.length;
    this.#statements += records.length;
    if (records.length > 0) this.#withStatements++;
    const kinds = new Set<InconsistencyKind>();
    let discrepancy = false;
    let explicit = false;
    let artefact = false;
    records.forEach((r, i) => {
      this.#byStatus[r.status]++;
      this.#byTier[r.tier][r.status]++;
      const key = `${r.kind}\u0000${r.tier}`;
      let row = this.#byKindTier.get(key);
      if (row === undefined) this.#byKindTier.set(key, row = zeros());
      row[r.status]++;
      if (r.status === "artefact") {
        artefact = true;
        this.#artefacts.set(r.kind, (this.#artefacts.get(r.kind) ?? 0) + 1);
      }
      const kind = inconsistencyKind(r, statements[i]!);
      if (kind === undefined) return;
      discrepancy = true;
      if (r.tier === "explicit") explicit = true;
      kinds.add(kind);
      let tiers = this.#inconsistencies.get(kind);
      if (tiers === undefined) {
        this.#inconsistencies.set(kind, tiers = { explicit: 0, inferred: 0 });
      }
      tiers[r.tier]++;
    });
    for (const k of kinds) {
      this.#inconsistencyPapers.set(k, (this.#inconsistencyPapers.get(k) ?? 0) + 1);
    }
    if (discrepancy) this.#withDiscrepancy++;
    if (explicit) this.#withExplicitDiscrepancy++;
    if (artefact) this.#withArtefact++;
  }

  /** The summary of the papers added so far. */
  summary(): CorpusFigures {
    const share = (papers: number, of: number): PaperShare => ({
      papers,
      of,
      share: of === 0 ? 0 : papers / of,
    });
    const byKindTier = [...this.#byKindTier]
      .map(([key, counts]) => {
        const [kind, tier] = key.split("\u0000") as [string, Tier];
        const total = Object.values(counts).reduce((a, b) => a + b, 0);
        return { kind, tier, total, ...counts };
      })
      .sort((a, b) =>
        a.kind.localeCompare(b.kind) || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier)
      );
    const inconsistencies = INCONSISTENCY_KINDS.map((kind) => {
      const tiers = this.#inconsistencies.get(kind) ?? { explicit: 0, inferred: 0 };
      return {
        kind,
        label: INCONSISTENCY_LABELS[kind],
        explicit: tiers.explicit,
        inferred: tiers.inferred,
        total: tiers.explicit + tiers.inferred,
        papers: this.#inconsistencyPapers.get(kind) ?? 0,
      };
    }).sort((a, b) =>
      b.total - a.total || INCONSISTENCY_KINDS.indexOf(a.kind) - INCONSISTENCY_KINDS.indexOf(b.kind)
    );
    return Object.freeze(displayAs("The audit of a corpus", {
      papers: this.#papers,
      papersWithStatements: this.#withStatements,
      papersWithDiscrepancy: this.#withDiscrepancy,
      explicitDiscrepancyOfAll: share(this.#withExplicitDiscrepancy, this.#papers),
      explicitDiscrepancyOfWithStatements: share(
        this.#withExplicitDiscrepancy,
        this.#withStatements,
      ),
      papersWithArtefact: this.#withArtefact,
      statements: this.#statements,
      dropped: this.#dropped,
      byStatus: { ...this.#byStatus },
      byTier: Object.fromEntries(TIERS.map((t) => [t, { ...this.#byTier[t] }])) as Record<
        Tier,
        Counts
      >,
      byKindTier,
      inconsistencies,
      artefactsByKind: Object.fromEntries(
        [...this.#artefacts].sort((a, b) => a[0].localeCompare(b[0])),
      ),
    }));
  }
}
