/**
 * The claims ledger's vocabulary: the papers, the check kinds with their arguments, a claim
 * as loaded from `claims.csv`, a table cell as loaded from `tableN.csv`, and a claim's result.
 * The codebook for the files is `data/README.md`.
 *
 * @module
 */

import type { PrintedNumber } from "../checks/printed_number.ts";
import type { CheckStatus } from "../checks/result.ts";

/**
 * A paper's id: the name of its folder (kebab-case, e.g. `my-trial-2024`). Any folder with a
 * `paper.json` and a `claims.csv` is a paper; the engine knows no paper by name.
 */
export type PaperId = string;

/** The metadata file every paper folder holds (format: `data/README.md`). */
export const PAPER_META_FILE = "paper.json";

/** A paper's metadata, from its folder's `paper.json`. */
export interface PaperMeta {
  /** The folder name. */
  readonly id: PaperId;
  /** The article's title. */
  readonly title: string;
  /** The full citation (authors, title, journal, year, volume, pages). */
  readonly citation: string;
  /** A short name for headings (`Boissel et al. 2022`); default: the id. */
  readonly short: string;
  /** The DOI, without `doi:` or `https://doi.org/` (empty when none). */
  readonly doi: string;
  /** The article's licence as stated by the publisher (`CC BY 4.0`; empty when not given). */
  readonly licence: string;
  /** Year of publication (0 when not given). */
  readonly year: number;
  /**
   * The file name of the paper's plain text, when the folder does not hold it as `paper.txt`
   * (looked up in the folders of `REDERIVE_PAPERS`); empty when not given.
   */
  readonly text: string;
}

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
  "same-text",
  "allocation-ratio",
  "test-statistic",
  "not-derivable",
] as const;
/** One check kind (see `data/README.md` for what each re-derives). */
export type CheckKind = (typeof CHECK_KINDS)[number];

/** The arguments a check kind requires and the ones it accepts. */
export interface ArgSpec {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

/**
 * Arguments every check kind accepts: `explained-by=@claim-id` names the claim through which the
 * paper itself reconciles an inconsistency (a footnote, a stated exclusion); a claim that does
 * not add up then reads `explained`, with that claim's words.
 */
export const COMMON_ARGS: readonly string[] = ["explained-by"];

/** Arguments of each check kind (besides {@linkcode COMMON_ARGS}). */
export const CHECK_ARGS: Readonly<Record<CheckKind, ArgSpec>> = {
  "percentage": { required: ["n"], optional: ["x", "alt-n"] },
  "sum": { required: ["parts"], optional: ["total"] },
  "percent-sum": { required: ["parts"], optional: [] },
  "median-distribution": { required: ["values", "counts"], optional: ["n"] },
  "ci-proportion": { required: ["x", "n"], optional: ["level", "method", "alt-n"] },
  "p-value": { required: ["x1", "n1", "x2", "n2"], optional: ["test"] },
  "ratio-ci": { required: [], optional: ["estimate", "lower", "upper", "level", "p"] },
  "same-value": { required: ["other"], optional: [] },
  "bounds": { required: [], optional: ["parts", "at-least", "at-most"] },
  "simon-design": {
    required: ["p0", "p1", "alpha", "power", "quantity"],
    optional: ["design", "n1", "r1", "n", "r"],
  },
  "same-text": { required: ["other"], optional: [] },
  "allocation-ratio": { required: ["parts"], optional: [] },
  "test-statistic": { required: ["test", "statistic"], optional: ["df", "df2", "sides"] },
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
  /** The id of the finding (in `findings.csv`) the claim belongs to; empty when none. */
  readonly finding: string;
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

/** A finding written by hand in a paper's `findings.csv`. */
export interface FindingSpec {
  /** Kebab-case, unique within the paper; claims name it in their `finding` column. */
  readonly id: string;
  /** One line: what is wrong. */
  readonly title: string;
  /** What is inconsistent, and what would make the paper consistent. */
  readonly explanation: string;
  readonly file: string;
  readonly line: number;
}

/**
 * A paper's data: its metadata, its claims in file order, its tables by file name, the
 * findings written by hand, and the folder it was read from.
 */
export interface PaperData {
  readonly paper: PaperId;
  readonly meta: PaperMeta;
  /** The folder, as given to the loader. */
  readonly dir: string;
  readonly claims: readonly Claim[];
  readonly tables: ReadonlyMap<string, readonly TableCell[]>;
  readonly findings: readonly FindingSpec[];
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
  /** The ledger's note on the claim (context, what a reader needs); empty when none. */
  readonly note: string;
  /** The finding the claim belongs to (see `lib/ledger/findings.ts`); empty when none. */
  readonly finding: string;
}

/** A result with the claim it came from (for grouping by section in the reports). */
export interface LedgerEntry {
  readonly claim: Claim;
  readonly result: ClaimResult;
}
