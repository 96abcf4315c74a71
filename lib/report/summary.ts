/**
 * Counting results by status and findings, per paper and overall — the summary every report
 * ends with.
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus, STATUS_READING_ORDER } from "../checks/result.ts";
import type { ClaimResult, PaperId } from "../ledger/claims.ts";
import type { Finding } from "../ledger/findings.ts";

/** Counts of results by status. */
export type StatusCounts = Readonly<Record<CheckStatus, number>> & { readonly total: number };

/** Counts for one paper, or for all. */
export interface PaperSummary {
  readonly paper: PaperId;
  readonly counts: StatusCounts;
  /** Findings that are problems (`discrepancy` or `artefact`). */
  readonly findings: number;
  /** Findings the paper itself explains. */
  readonly explained: number;
}

/** Counts per paper (in the order the papers first appear) and overall. */
export interface Summary {
  readonly papers: readonly PaperSummary[];
  readonly overall: PaperSummary;
}

function count(results: readonly ClaimResult[]): StatusCounts {
  const counts = { total: results.length } as Record<CheckStatus | "total", number>;
  for (const status of CHECK_STATUSES) {
    counts[status] = results.filter((r) => r.status === status).length;
  }
  return counts;
}

function tally(paper: PaperId, results: readonly ClaimResult[], findings: readonly Finding[]) {
  return {
    paper,
    counts: count(results),
    findings: findings.filter((f) => f.status !== "explained").length,
    explained: findings.filter((f) => f.status === "explained").length,
  };
}

/**
 * Summarises results (and findings) by status, per paper (`paperIds`, in that order, also those
 * without results; default: the papers of `results` in order of appearance) and overall.
 *
 * @example One reproduced claim
 * ```ts
 * import { summarize } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const r = { id: "x", paper: "my-trial", where: "", quote: "", reported: "1", note: "",
 *   finding: "", recomputed: "1", status: "reproduced", explanation: "" } as const;
 * assertEquals(summarize([r]).overall.counts.reproduced, 1);
 * ```
 */
export function summarize(
  results: readonly ClaimResult[],
  findings: readonly Finding[] = [],
  paperIds?: readonly PaperId[],
): Summary {
  const papers = paperIds ?? [...new Set(results.map((r) => r.paper))];
  return {
    papers: papers.map((paper) =>
      tally(
        paper,
        results.filter((r) => r.paper === paper),
        findings.filter((f) => f.paper === paper),
      )
    ),
    overall: tally("all", results, findings),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How each status reads in a count (`3 discrepancies`, `78 not derivable`). */
const COUNT_WORDS: Readonly<Record<CheckStatus, readonly [string, string]>> = {
  "discrepancy": ["discrepancy", "discrepancies"],
  "artefact": ["possible conversion artefact", "possible conversion artefacts"],
  "explained": ["explained by the paper", "explained by the paper"],
  "consistent": ["consistent", "consistent"],
  "reproduced": ["reproduced", "reproduced"],
  "not-derivable": ["not derivable", "not derivable"],
};

/**
 * One line of counts: `41 claims: 30 reproduced, 5 consistent, 3 discrepancies, 3 not
 * derivable`. Statuses with no claim are left out, except discrepancies (a reader looks for
 * them).
 *
 * @example Plurals, and zero counts left out
 * ```ts
 * import { summaryLine } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const counts = { total: 3, reproduced: 1, discrepancy: 2, "not-derivable": 0, consistent: 0,
 *   explained: 0, artefact: 0 };
 * assertEquals(summaryLine(counts), "3 claims: 1 reproduced, 2 discrepancies");
 * ```
 */
export function summaryLine(counts: StatusCounts): string {
  const parts = STATUS_READING_ORDER
    .filter((s) => counts[s] > 0 || s === "discrepancy")
    .map((s) => plural(counts[s], COUNT_WORDS[s][0], COUNT_WORDS[s][1]));
  return `${plural(counts.total, "claim")}: ${parts.join(", ")}`;
}

/**
 * The headline: `4 findings in 263 claims` (and how many the paper itself explains).
 *
 * @example
 * ```ts
 * import { headline } from "./summary.ts";
 * import { assertEquals } from "@std/assert";
 * const counts = { total: 9, reproduced: 9, discrepancy: 0, "not-derivable": 0, consistent: 0,
 *   explained: 0, artefact: 0 };
 * assertEquals(headline({ paper: "x", counts, findings: 0, explained: 1 }),
 *   "no findings in 9 claims (1 more explained by the paper itself)");
 * ```
 */
export function headline(summary: PaperSummary): string {
  const found = summary.findings === 0 ? "no findings" : plural(summary.findings, "finding");
  const explained = summary.explained === 0
    ? ""
    : ` (${summary.explained} more explained by the paper itself)`;
  return `${found} in ${plural(summary.counts.total, "claim")}${explained}`;
}
