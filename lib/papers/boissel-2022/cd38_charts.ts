/**
 * Charts of CD38 on leukemic blasts in Boissel et al. (2022), Table 3: the engine's range/dot
 * charts of a summary table (lib/charts/summary_table.ts) — receptor density on a log scale,
 * positivity and occupancy on 0–100% — with what the Results text adds in the subtitle: the
 * bone-marrow median density it prints well formed (6817.50, where Table 3 prints "68,17.50")
 * and the blood median positivity it prints differently (87.90% against Table 3's 87.50).
 *
 * Boissel N, Chevallier P, Doronin V, et al. 2022. "Isatuximab monotherapy in patients with
 * refractory T-acute lymphoblastic leukemia or T-lymphoblastic lymphoma: Phase 2 study."
 * Cancer Medicine 11: 1292–1298. doi:10.1002/cam4.4478
 *
 * @module
 */
import type { VegaLiteSpec } from "../../charts/schema.ts";
import { type SummaryChartOptions, summaryTableSpec } from "../../charts/summary_table.ts";
import type { SummaryTable } from "../../summaries/summary_table.ts";
import type { BoisselCd38 } from "./cd38.ts";
import type { Cd38Summary } from "./cd38_types.ts";

/** The default title of the CD38 charts (the unit is appended to it). */
export const CD38_CHART_TITLE = "CD38 on blasts, Boissel et al. 2022, Table 3";

/**
 * Table 3's cells as the engine's summary table (in Table 3's order).
 *
 * @throws {RangeError} naming `cells` when it is empty
 *
 * @example Eight cells, two units
 * ```ts
 * import { cd38SummaryTable } from "./cd38_charts.ts";
 * import { loadTable3 } from "./cd38_load.ts";
 * import { assertEquals } from "@std/assert";
 * const table = cd38SummaryTable(await loadTable3());
 * assertEquals([table.file, table.cells.length], ["table3.csv", 8]);
 * assertEquals([...new Set(table.cells.map((c) => c.unit))], ["sABC/cell", "%"]);
 * ```
 */
export function cd38SummaryTable(cells: readonly Cd38Summary[]): SummaryTable {
  if (!Array.isArray(cells) || cells.length === 0) {
    throw new RangeError(`\`cells\` must be a non-empty array of Table 3 cells, got ${cells}`);
  }
  return {
    file: cells[0]!.source.file.replace(/^.*\//, ""),
    cells: cells.map((c) => c.summary),
    omitted: [],
  };
}

/**
 * The range/dot charts of Table 3 (one per unit: receptor density, then the percentages), each
 * with the notes of its resolved cells (where the Results text prints a figure differently) as
 * further subtitle lines. `options` are passed on; `title` defaults to
 * {@linkcode CD38_CHART_TITLE}, and the unit is appended to it.
 *
 * @example Density on a log axis, the percentages on 0–100
 * ```ts
 * import { cd38ChartSpecs } from "./cd38_charts.ts";
 * import { loadBoisselCd38 } from "./cd38.ts";
 * import { assertEquals } from "@std/assert";
 * const specs = cd38ChartSpecs(await loadBoisselCd38());
 * assertEquals(specs.map((s) => JSON.stringify(s).includes('"type":"log"')), [true, false]);
 * ```
 */
export function cd38ChartSpecs(
  cd38: BoisselCd38,
  options: SummaryChartOptions = {},
): VegaLiteSpec[] {
  const table = cd38SummaryTable(cd38.table);
  const units = [...new Set(table.cells.map((c) => c.unit))];
  return units.flatMap((unit) =>
    summaryTableSpec({ ...table, cells: table.cells.filter((c) => c.unit === unit) }, {
      ...options,
      title: `${options.title ?? CD38_CHART_TITLE} (${unit})`,
      notes: [
        ...cd38.resolved.filter((c) => c.unit === unit).flatMap((c) => c.notes),
        ...(options.notes ?? []),
      ],
    })
  );
}
