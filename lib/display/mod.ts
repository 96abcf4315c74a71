/**
 * Presentation in Jupyter (the Deno kernel) and in HTML reports: MIME bundles and the display
 * protocol, tables, printed-versus-re-derived comparisons (from the claims ledger or built by
 * hand), charts with a static SVG, and markdown built from results.
 *
 * danfojs frames are shown by `./dataframe.ts`, which imports danfojs and is therefore not
 * re-exported here. `escapeHtml` stays in `./table.ts` (the report has its own).
 *
 * @example A result object that renders as a table in Jupyter, in one line
 * ```ts
 * import { displayBundle, recordBundle, withDisplay } from "./mod.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const result = withDisplay({ method: "clopper-pearson", x: 0, n: 14 }, recordBundle);
 * const bundle = await displayBundle(result);
 * assertStringIncludes(String(bundle["text/plain"]), "clopper-pearson");
 * ```
 *
 * @module
 */
export {
  type Displayable,
  displayable,
  displayBundle,
  type DisplayedValue,
  type DisplayParts,
  isDisplayable,
  JUPYTER_DISPLAY,
  type MimeBundle,
  mimeBundle,
  withDisplay,
} from "./bundle.ts";
export {
  chart,
  chartBundle,
  type ChartDisplay,
  chartGallery,
  chartText,
  type GalleryItem,
} from "./chart.ts";
export {
  COMPARISON_VERDICTS,
  type ComparisonOptions,
  type ComparisonRow,
  comparisonTable,
  type ComparisonVerdict,
  verdictMark,
  verdictTally,
} from "./comparison.ts";
export {
  LEDGER_EXPLAIN,
  type LedgerExplain,
  ledgerRows,
  ledgerTable,
  type LedgerTableOptions,
} from "./ledger.ts";
export { findingsList, type FindingsListOptions } from "./findings.ts";
export { markdown } from "./markdown.ts";
export { record, recordBundle, type RecordOptions } from "./record.ts";
export {
  type Alignment,
  ALIGNMENTS,
  type Column,
  type ColumnSpec,
  formatPercent,
  formatValue,
  htmlTable,
  type RowKey,
  table,
  type TableOptions,
  textTable,
} from "./table.ts";
