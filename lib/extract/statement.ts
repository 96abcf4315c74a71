/**
 * What the extractor finds: a checkable statement of a paper, as a claim of the ledger (a check
 * kind, the number as printed, literal arguments) plus where it stands and how it was read.
 *
 * A statement's `kind`, `reported` and `args` are exactly a `claims.csv` row's `check`,
 * `reported` and `args` (`data/README.md`), so the audit re-derives it with the ledger's own
 * runner and a draft ledger can be written from an extraction ({@linkcode statementToClaim}).
 *
 * @module
 */

import type { CheckKind, Claim } from "../ledger/claims.ts";
import { parseArgs } from "../ledger/load.ts";

/** How much of what a check needs the statement prints itself. */
export const TIERS = ["explicit", "inferred"] as const;
/**
 * `explicit`: everything the check needs is printed in the statement (`4/14 (28.6%)`);
 * `inferred`: a denominator or a group came from context (a table's column header, a group
 * size stated nearby), and the statement says where.
 */
export type Tier = (typeof TIERS)[number];

/** A checkable statement found in a text. */
export interface Statement {
  /** The file name given to the extractor (for records; never read). */
  readonly file: string;
  /** UTF-16 offset of the quote in the text. */
  readonly offset: number;
  /** 1-based line of the quote's first character. */
  readonly line: number;
  /** 1-based column (code points) of the quote's first character. */
  readonly column: number;
  /** An exact substring of the text that contains the checked number(s). */
  readonly quote: string;
  /** The check kind that re-derives it (a ledger check kind). */
  readonly kind: CheckKind;
  /** The number(s) the check reads, as printed (locale decimal points normalised to `.`). */
  readonly reported: string;
  /** The check's literal arguments, in `claims.csv` order (`{ n: "14" }`). */
  readonly args: Readonly<Record<string, string>>;
  readonly tier: Tier;
  /**
   * For `inferred`, where the context came from: `n = 14 from "Isatuximab 20 mg/kg (N = 14)",
   * the column header of the table on line 88`. Empty for `explicit`.
   */
  readonly source: string;
  /** Kebab-case section (`results`, `abstract`, `table-2`; `text` before any heading). */
  readonly section: string;
  /** The pattern that found it (`x/n (y%)`, `table cell`, `ratio with CI`, …). */
  readonly pattern: string;
}

/**
 * A statement's arguments as a `claims.csv` `args` cell: `n=14; x=12`.
 *
 * @example
 * ```ts
 * import { argsText } from "./statement.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(argsText({ n: "14", x: "12" }), "n=14; x=12");
 * ```
 */
export function argsText(args: Readonly<Record<string, string>>): string {
  return Object.entries(args).map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Options of {@linkcode statementToClaim}. */
export interface ToClaimOptions {
  /** The claim's id (kebab-case). */
  readonly id: string;
  /** The paper (the name of its data folder). */
  readonly paper: string;
  /** The file name to give in the claim's error messages (default: the statement's file). */
  readonly file?: string;
  /** The claim's line in that file (default: the statement's line). */
  readonly line?: number;
}

/**
 * Turns a statement into the ledger {@linkcode Claim} it stands for: same check, same reported
 * text, same literal arguments; `where` gives the line and `note` the provenance.
 *
 * @throws {DataError} when the statement's arguments are not valid for its check kind
 *
 * @example A table cell whose denominator came from the column header
 * ```ts
 * import { statementToClaim } from "./statement.ts";
 * import { assertEquals } from "@std/assert";
 * const claim = statementToClaim({
 *   file: "paper.txt", offset: 0, line: 88, column: 22, quote: "12 (87.5%)", kind: "percentage",
 *   reported: "12 (87.5%)", args: { n: "14" }, tier: "inferred",
 *   source: 'n = 14 from "(N = 14)" on line 80', section: "table-2", pattern: "table cell",
 * }, { id: "x-t2-pd", paper: "my-paper" });
 * assertEquals([claim.check, claim.where, claim.args.get("n")], [
 *   "percentage", "line 88", [{ kind: "literal", text: "14" }],
 * ]);
 * ```
 */
export function statementToClaim(statement: Statement, options: ToClaimOptions): Claim {
  const file = options.file ?? statement.file;
  const line = options.line ?? statement.line;
  return {
    id: options.id,
    paper: options.paper,
    section: statement.section,
    where: `line ${statement.line}`,
    quote: statement.quote,
    source: "text",
    reported: statement.reported,
    check: statement.kind,
    args: parseArgs(argsText(statement.args), statement.kind, file, line),
    note: statement.tier === "inferred"
      ? `Extracted (${statement.pattern}); ${statement.source}.`
      : `Extracted (${statement.pattern}).`,
    finding: "",
    file,
    line,
  };
}
