/**
 * The claims ledger's vocabulary: the papers, the check kinds with their arguments, a claim
 * as loaded from `claims.csv`, a table cell as loaded from `tableN.csv`, and a claim's result.
 * The codebook for the files is `data/README.md`.
 *
 * @module
 */

import type { PrintedNumber } from "../checks/printed_number.ts";
import type { CheckStatus } from "../checks/result.ts";

/** The audited papers, in report order. */
export const PAPERS = ["boissel-2022", "aureli-2023"] as const;
/** A paper's folder name under `data/`. */
export type PaperId = (typeof PAPERS)[number];

/** Short citations of the papers, for report headings. */
export const PAPER_CITATIONS: Readonly<Record<PaperId, string>> = {
  "boissel-2022": "Boissel N, et al. Isatuximab monotherapy in refractory T-ALL or T-LBL: " +
    "Phase 2 study. Cancer Med. 2022;11:1292-1298. doi:10.1002/cam4.4478",
  "aureli-2023": "Aureli A, et al. Acute Lymphoblastic Leukemia Immunotherapy Treatment: " +
    "Now, Next, and Beyond. Cancers 2023;15:3346. doi:10.3390/cancers15133346",
};

/** The check kinds a claim may name in its `check` column. */
export const CHECK_KINDS = [
  "percentage",
  "sum",
  "percent-sum",
  "median-distribution",
  "ci-proportion",
  "p-value",
  "ratio-ci",
  "same-value",
  "bounds",
  "simon-design",
  "not-derivable",
] as const;
/** One check kind (see `data/README.md` for what each re-derives). */
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The arguments a check kind requires and the ones it accepts. */
export interface ArgSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/** Arguments of each check kind. */
export const CHECK_ARGS: Readonly<Record<CheckKind, ArgSpec>> = {
  "percentage": { required: ["n"], optional: ["x"] },
  "sum": { required: ["parts"], optional: ["total"] },
  "percent-sum": { required: ["parts"], optional: [] },
  "median-distribution": { required: ["values", "counts"], optional: ["n"] },
  "ci-proportion": { required: ["x", "n"], optional: ["level", "method"] },
  "p-value": { required: ["x1", "n1", "x2", "n2"], optional: ["test"] },
  "ratio-ci": { required: [], optional: ["estimate", "lower", "upper", "level", "p"] },
  "same-value": { required: ["other"], optional: [] },
  "bounds": { required: [], optional: ["parts", "at-least", "at-most"] },
  "simon-design": {
    required: ["p0", "p1", "alpha", "power", "quantity"],
    optional: ["design", "n1", "r1", "n", "r"],
  },
  "not-derivable": { required: [], optional: [] },
};

/** One item of an argument as written: a literal, or a reference to another claim. */
export type ArgItem =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "ref"; readonly id: string };

/** A claim, as loaded from a `claims.csv` row. */
export interface Claim {
  readonly id: string;
  readonly paper: PaperId;
  readonly section: string;
  readonly where: string;
  readonly quote: string;
  readonly source: string;
  readonly reported: string;
  readonly check: CheckKind;
  /** Argument name → its items, in the order written. */
  readonly args: ReadonlyMap<string, readonly ArgItem[]>;
  readonly note: string;
  /** The file and 1-based line of the row, for error messages. */
  readonly file: string;
  readonly line: number;
}

/** One cell of a table transcription (`tableN.csv`). */
export interface TableCell {
  readonly rowId: string;
  readonly group: string;
  readonly label: string;
  readonly column: string;
  readonly printed: string;
  readonly file: string;
  readonly line: number;
}

/** A paper's data: its claims in file order and its tables by file name. */
export interface PaperData {
  readonly paper: PaperId;
  readonly claims: readonly Claim[];
  readonly tables: ReadonlyMap<string, readonly TableCell[]>;
}

/** An argument item after resolving references: its text and, when numeric, its number. */
export interface ResolvedItem {
  readonly text: string;
  readonly number?: PrintedNumber;
  /** The claim it refers to, for a reference. */
  readonly ref?: Claim;
}

/** A claim's result: the stable record of `deno task reproduce --json`. */
export interface ClaimResult {
  readonly id: string;
  readonly paper: PaperId;
  readonly where: string;
  readonly quote: string;
  readonly reported: string;
  readonly recomputed: string;
  readonly status: CheckStatus;
  readonly explanation: string;
}

/** A result with the claim it came from (for grouping by section in the reports). */
export interface LedgerEntry {
  readonly claim: Claim;
  readonly result: ClaimResult;
}
