/**
 * Printed versus re-derived, side by side: the table every notebook uses to check a published
 * number in the open. Each row carries where the number stands, the text as printed, the value
 * re-derived by `lib/`, and a verdict shown with a mark that survives every viewer (a symbol
 * and a word, coloured where HTML allows): `✓ reproduced`, `✗ discrepancy`, `– not derivable`.
 *
 * @module
 */

import { type CheckStatus, STATUS_READING_ORDER } from "../checks/result.ts";
import { displayable, type DisplayedValue } from "./bundle.ts";
import { type Column, escapeHtml, htmlTable, textTable } from "./table.ts";

/**
 * The verdicts of a comparison: the check statuses of the ledger, in the order a tally reads
 * them (`STATUS_READING_ORDER`: what agrees first).
 */
export const COMPARISON_VERDICTS: readonly CheckStatus[] = STATUS_READING_ORDER;
/**
 * The verdict of one comparison — a check status: the printed text matches the re-derived value
 * at the printed precision (`reproduced`), is only shown possible (`consistent`), does not match
 * (`discrepancy`), does not match in a pattern of conversion damage (`artefact`), is reconciled
 * by the paper itself (`explained`), or cannot be re-derived (`not-derivable`).
 */
export type ComparisonVerdict = CheckStatus;

/** One printed number and its re-derivation. */
export interface ComparisonRow {
  /** A stable identifier (a claim id of the ledger), shown as the first column when given. */
  readonly id?: string;
  /** Where it stands in the paper (`Table 2, "Responders"`, `Results ¶2`). */
  readonly where: string;
  /** The printed text, verbatim (`0 (0.0%–23.2%)`). */
  readonly printed: string;
  /** The re-derived value, formatted as the paper formats it (`0 (0.0%–23.2%)`). */
  readonly rederived: string;
  /** The verdict. */
  readonly verdict: ComparisonVerdict;
  /** Why, for a discrepancy or a value that cannot be re-derived; short. */
  readonly note?: string;
}

/** Options of {@linkcode comparisonTable}. */
export interface ComparisonOptions {
  /** A caption; default: none. A tally of verdicts is always appended. */
  readonly caption?: string;
  /**
   * Headers of the two value columns; default `printed` and `re-derived` (e.g. `Results text`
   * and `Table 3` when two printings are compared).
   */
  readonly labels?: { readonly printed?: string; readonly rederived?: string };
}

const MARKS: Readonly<Record<ComparisonVerdict, { symbol: string; word: string; color: string }>> =
  {
    "reproduced": { symbol: "✓", word: "reproduced", color: "#1a7f37" },
    "consistent": { symbol: "≈", word: "consistent", color: "#4d7c0f" },
    "explained": { symbol: "ⓘ", word: "explained", color: "#9a6700" },
    "artefact": { symbol: "?", word: "artefact", color: "#8250df" },
    "discrepancy": { symbol: "✗", word: "discrepancy", color: "#cf222e" },
    "not-derivable": { symbol: "–", word: "not derivable", color: "#6e7781" },
  };

/**
 * The mark of a verdict as plain text (`✓ reproduced`).
 *
 * @example
 * ```ts
 * import { verdictMark } from "./comparison.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(verdictMark("discrepancy"), "✗ discrepancy");
 * ```
 */
export function verdictMark(verdict: ComparisonVerdict): string {
  const mark = MARKS[verdict];
  if (mark === undefined) {
    throw new RangeError(
      `\`verdict\` must be one of ${COMPARISON_VERDICTS.join(", ")}, got ${
        JSON.stringify(verdict)
      }`,
    );
  }
  return `${mark.symbol} ${mark.word}`;
}

/**
 * The tally of verdicts, in the order of {@linkcode COMPARISON_VERDICTS}, leaving out zeros
 * (`3 reproduced, 1 discrepancy`).
 *
 * @example
 * ```ts
 * import { verdictTally } from "./comparison.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(verdictTally(["reproduced", "discrepancy", "reproduced"]), "2 reproduced, 1 discrepancy");
 * ```
 */
export function verdictTally(verdicts: readonly ComparisonVerdict[]): string {
  const counts = COMPARISON_VERDICTS.map((v) =>
    [v, verdicts.filter((x) => x === v).length] as const
  );
  const parts = counts.filter(([, n]) => n > 0).map(([v, n]) =>
    `${n} ${v === "discrepancy" && n > 1 ? "discrepancies" : MARKS[v].word}`
  );
  return parts.length === 0 ? "no comparisons" : parts.join(", ");
}

/**
 * A printed-versus-re-derived table that displays as HTML in Jupyter (verdict marks coloured)
 * and as aligned text elsewhere; its caption ends with the tally of verdicts.
 *
 * @example The response interval of Boissel 2022, Table 2
 * ```ts
 * import { comparisonTable } from "./comparison.ts";
 * import { JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = comparisonTable([{
 *   where: 'Table 2, "Responders, CR or CRi, n (95% CI)"',
 *   printed: "0 (0.0%–23.2%)",
 *   rederived: "0 (0.0%–23.2%)",
 *   verdict: "reproduced",
 * }]);
 * const bundle = shown[JUPYTER_DISPLAY]();
 * assertStringIncludes(String(bundle["text/plain"]), "✓ reproduced");
 * assertStringIncludes(String(bundle["text/plain"]), "1 reproduced");
 * ```
 */
export function comparisonTable(
  rows: readonly ComparisonRow[],
  options: ComparisonOptions = {},
): DisplayedValue<readonly ComparisonRow[]> {
  if (!Array.isArray(rows)) throw new TypeError(`\`rows\` must be an array, got ${typeof rows}`);
  rows.forEach((row, i) => {
    if (!COMPARISON_VERDICTS.includes(row.verdict)) {
      throw new RangeError(
        `\`rows[${i}].verdict\` must be one of ${COMPARISON_VERDICTS.join(", ")}, got ${
          JSON.stringify(row.verdict)
        }`,
      );
    }
  });
  const tally = verdictTally(rows.map((r) => r.verdict));
  const caption = options.caption === undefined ? tally : `${options.caption} (${tally})`;
  const hasNotes = rows.some((r) => r.note !== undefined && r.note !== "");
  const hasIds = rows.some((r) => r.id !== undefined);
  const columns: Column<ComparisonRow>[] = [
    ...(hasIds ? [{ key: "id" } as const] : []),
    { key: "where" },
    { key: "printed", label: options.labels?.printed ?? "printed" },
    { key: "rederived", label: options.labels?.rederived ?? "re-derived" },
    {
      key: "verdict",
      label: "verdict",
      format: (v) => verdictMark(v as ComparisonVerdict),
      html: (v) => {
        const mark = MARKS[v as ComparisonVerdict];
        return `<span style="color:${mark.color};font-weight:bold">${mark.symbol} ${
          escapeHtml(mark.word)
        }</span>`;
      },
    },
  ];
  if (hasNotes) columns.push({ key: "note" });
  return displayable(rows, {
    text: textTable(rows, columns, { caption }),
    html: htmlTable(rows, columns, { caption }),
  });
}
