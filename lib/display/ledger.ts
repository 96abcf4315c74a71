/**
 * The claims ledger in notebooks: ledger results (from `runLedger`) shown as the
 * printed-versus-re-derived table, the ledger's status being the verdict and its explanation
 * the note. The ledger decides; this only displays.
 *
 * @module
 */

import type { ClaimResult, LedgerEntry } from "../ledger/claims.ts";
import type { DisplayedValue } from "./bundle.ts";
import { type ComparisonRow, comparisonTable } from "./comparison.ts";

/** Which explanations the table shows as notes. */
export const LEDGER_EXPLAIN = ["problems", "all", "none"] as const;
/**
 * `problems` (default): explanations (and the ledger's notes) of every claim that is not simply
 * reproduced; `all`: of every claim; `none`: no note column.
 */
export type LedgerExplain = (typeof LEDGER_EXPLAIN)[number];

/** Options of {@linkcode ledgerTable}. */
export interface LedgerTableOptions {
  /** A caption; the tally of verdicts is appended. */
  readonly caption?: string;
  /** Which explanations become notes; default `"problems"`. */
  readonly explain?: LedgerExplain;
  /** Show the claim ids as the first column; default `true`. */
  readonly ids?: boolean;
}

function resultOf(item: ClaimResult | LedgerEntry): ClaimResult {
  return "result" in item ? item.result : item;
}

/**
 * Ledger results as comparison rows: `where`, the reported text as printed, the re-derived
 * text, the status as verdict and, per `explain`, the explanation as note.
 *
 * @example One claim of Boissel 2022, Table 1
 * ```ts
 * import { ledgerRows } from "./ledger.ts";
 * import { assertEquals } from "@std/assert";
 * const [row] = ledgerRows([{
 *   id: "t1-male", paper: "my-trial", where: 'Table 1, "Male"', quote: "Male 12 (85.7)",
 *   reported: "85.7", recomputed: "85.7", status: "reproduced", explanation: "12/14 = 85.71%.",
 *   note: "", finding: "",
 * }]);
 * assertEquals(row, {
 *   id: "t1-male", where: 'Table 1, "Male"', printed: "85.7", rederived: "85.7",
 *   verdict: "reproduced",
 * });
 * ```
 */
export function ledgerRows(
  items: readonly (ClaimResult | LedgerEntry)[],
  options: Pick<LedgerTableOptions, "explain" | "ids"> = {},
): ComparisonRow[] {
  if (!Array.isArray(items)) throw new TypeError(`\`items\` must be an array, got ${typeof items}`);
  const explain = options.explain ?? "problems";
  if (!LEDGER_EXPLAIN.includes(explain)) {
    throw new RangeError(
      `\`options.explain\` must be one of ${LEDGER_EXPLAIN.join(", ")}, got ${
        JSON.stringify(explain)
      }`,
    );
  }
  return items.map((item) => {
    const r = resultOf(item);
    const noted = explain === "all" || (explain === "problems" && r.status !== "reproduced");
    // The ledger's own note (context a reader needs) follows the explanation, once.
    const ledgerNote = (r.note ?? "") !== "" && r.note !== r.explanation ? `Note: ${r.note}` : "";
    const note = [noted ? r.explanation : "", noted ? ledgerNote : ""].filter((t) => t !== "")
      .join(" ");
    return {
      ...(options.ids === false ? {} : { id: r.id }),
      where: r.where,
      printed: r.reported,
      rederived: r.recomputed === "" ? "—" : r.recomputed,
      verdict: r.status,
      ...(note === "" ? {} : { note }),
    };
  });
}

/**
 * Ledger results as a printed-versus-re-derived table that displays in Jupyter.
 *
 * @example
 * ```ts
 * import { ledgerTable } from "./ledger.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = ledgerTable([{
 *   id: "t2-pd-pct", paper: "my-trial", where: 'Table 2, "Progressive disease"',
 *   quote: "12 (87.5%)", reported: "87.5%", recomputed: "85.7%", status: "discrepancy",
 *   explanation: "12/14 = 85.7%; 87.5% is 7/8 or 14/16.", note: "", finding: "",
 * }]);
 * assertStringIncludes(String(shown), "✗ discrepancy");
 * assertStringIncludes(String(shown), "1 discrepancy");
 * ```
 */
export function ledgerTable(
  items: readonly (ClaimResult | LedgerEntry)[],
  options: LedgerTableOptions = {},
): DisplayedValue<readonly ComparisonRow[]> {
  const rows = ledgerRows(items, options);
  return comparisonTable(rows, options.caption === undefined ? {} : { caption: options.caption });
}
