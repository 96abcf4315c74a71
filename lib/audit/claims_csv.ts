/**
 * A draft claims ledger from an extraction: one `claims.csv` row per statement, in the
 * codebook's columns (`data/README.md`), so that a user can curate it and run the ledger on it
 * (`--claims DIR`). The same statement gives the same row: `check`, `reported` and `args` are
 * the statement's; `where` gives its line and column; `note` says how it was found and, for an
 * inferred statement, where its denominator came from.
 *
 * @module
 */

import { CLAIM_COLUMNS } from "../ledger/load.ts";
import { argsText, type Statement } from "../extract/statement.ts";

/** RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The id of a statement's claim: kebab-case, unique within a paper (the kind and position):
 * `percentage-l88-c35`.
 *
 * @example Kind, line and column
 * ```ts
 * import { claimId } from "./claims_csv.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(claimId(extractStatements("Relapse in 4/14 (28.6%).")[0]!), "percentage-l1-c12");
 * ```
 */
export function claimId(statement: Statement): string {
  return `${statement.kind}-l${statement.line}-c${statement.column}`;
}

/**
 * The `claims.csv` text of a draft ledger for `statements` (header included, rows in the order
 * given, `\n` line ends).
 *
 * @example One extracted statement, read back by the ledger's loader
 * ```ts
 * import { claimsCsv } from "./claims_csv.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { loadClaims } from "../ledger/load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = claimsCsv(extractStatements("Relapse in 4/14 (28.6%) patients."));
 * const [claim] = loadClaims(csv, "claims.csv", "my-paper");
 * assertEquals([claim?.check, claim?.reported], ["percentage", "4/14 (28.6%)"]);
 * ```
 */
export function claimsCsv(statements: readonly Statement[]): string {
  const rows = [CLAIM_COLUMNS.join(",")];
  const seen = new Set<string>();
  for (const s of statements) {
    let id = claimId(s);
    for (let k = 2; seen.has(id); k++) id = `${claimId(s)}-${k}`;
    seen.add(id);
    const note = s.tier === "inferred"
      ? `Extracted (${s.pattern}, inferred): ${s.source}.`
      : `Extracted (${s.pattern}).`;
    const values: Record<(typeof CLAIM_COLUMNS)[number], string> = {
      id,
      section: s.section,
      where: `line ${s.line}, column ${s.column}`,
      quote: s.quote.replace(/\s+/g, " "),
      source: "text",
      reported: s.reported,
      check: s.kind,
      args: argsText(s.args),
      note,
    };
    rows.push(CLAIM_COLUMNS.map((c) => field(values[c])).join(","));
  }
  return `${rows.join("\n")}\n`;
}
