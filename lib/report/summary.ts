/**
 * Counting results by status, per paper and overall — the summary every report ends with.
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import type { ClaimResult, PaperId } from "../ledger/claims.ts";
import { PAPERS } from "../ledger/claims.ts";

/** Counts of results by status. */
export type StatusCounts = Readonly<Record<CheckStatus, number>> & { readonly total: number };

/** Counts per paper (papers without results are left out) and overall. */
export interface Summary {
  readonly papers: ReadonlyArray<{ readonly paper: PaperId; readonly counts: StatusCounts }>;
  readonly overall: StatusCounts;
}

function count(results: readonly ClaimResult[]): StatusCounts {
  const counts = { total: results.length } as Record<CheckStatus | "total", number>;
  for (const status of CHECK_STATUSES) {
    counts[status] = results.filter((r) => r.status === status).length;
  }
  return counts;
}

/**
 * Summarises results by status.
 *
 * @example One reproduced claim
 * ```ts
 * import { summarize } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const r = { id: "b-x", paper: "boissel-2022", where: "", quote: "", reported: "1",
 *   recomputed: "1", status: "reproduced", explanation: "" } as const;
 * assertEquals(summarize([r]).overall.reproduced, 1);
 * ```
 */
export function summarize(results: readonly ClaimResult[]): Summary {
  return {
    papers: PAPERS.map((paper) => ({
      paper,
      counts: count(results.filter((r) => r.paper === paper)),
    })).filter((p) => p.counts.total > 0),
    overall: count(results),
  };
}

/**
 * One line: `41 claims: 30 reproduced, 8 discrepancies, 3 not derivable`.
 *
 * @example Plurals
 * ```ts
 * import { summaryLine } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const counts = { total: 3, reproduced: 1, discrepancy: 2, "not-derivable": 0 };
 * assertEquals(summaryLine(counts), "3 claims: 1 reproduced, 2 discrepancies, 0 not derivable");
 * ```
 */
export function summaryLine(counts: StatusCounts): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${plural(counts.total, "claim", "claims")}: ${counts.reproduced} reproduced, ` +
    `${plural(counts.discrepancy, "discrepancy", "discrepancies")}, ` +
    `${counts["not-derivable"]} not derivable`;
}
