/**
 * The typed model of CD38 on leukemic blasts as Boissel et al. (2022) report it: for each
 * measure × compartment × time point, the number of patients, the median, the minimum and the
 * maximum, each kept as printed with its parsed number.
 *
 * Boissel N, Chevallier P, Doronin V, et al. 2022. "Isatuximab monotherapy in patients with
 * refractory T-acute lymphoblastic leukemia or T-lymphoblastic lymphoma: Phase 2 study."
 * Cancer Medicine 11: 1292–1298. doi:10.1002/cam4.4478 (Table 3 and the Results text).
 *
 * The printed figures themselves ({@linkcode PrintedFigure}, {@linkcode PrintedRange},
 * {@linkcode PrintedCount}) are the engine's (lib/summaries/printed.ts).
 *
 * @module
 */
import type { PrintedCount, PrintedFigure, PrintedRange } from "../../summaries/printed.ts";
import type { SummaryCell } from "../../summaries/summary_table.ts";

/**
 * What was measured: `receptor-density` (CD38 receptors per blast, sABC/cell),
 * `positivity` (% of blasts CD38-positive), `receptor-occupancy` (% of CD38 bound by
 * isatuximab).
 */
export const CD38_MEASURES = ["receptor-density", "positivity", "receptor-occupancy"] as const;
/** One of {@linkcode CD38_MEASURES}. */
export type Cd38Measure = (typeof CD38_MEASURES)[number];

/** Where the blasts were sampled. Table 3 calls peripheral blood "White blood cells". */
export const CD38_COMPARTMENTS = ["peripheral-blood", "bone-marrow"] as const;
/** One of {@linkcode CD38_COMPARTMENTS}. */
export type Cd38Compartment = (typeof CD38_COMPARTMENTS)[number];

/** When: before the first dose, or on treatment. */
export const CD38_TIME_POINTS = ["baseline", "on-treatment"] as const;
/** One of {@linkcode CD38_TIME_POINTS}. */
export type Cd38TimePoint = (typeof CD38_TIME_POINTS)[number];

/** Units as Table 3 prints them. */
export const CD38_UNITS = ["sABC/cell", "%"] as const;
/** One of {@linkcode CD38_UNITS}. */
export type Cd38Unit = (typeof CD38_UNITS)[number];

/** The unit of each measure. */
export const CD38_UNIT_OF: Readonly<Record<Cd38Measure, Cd38Unit>> = {
  "receptor-density": "sABC/cell",
  positivity: "%",
  "receptor-occupancy": "%",
};

/** A row of `data/boissel-2022/table3.csv`: its `row_id` and its line. */
export interface Table3Row {
  readonly rowId: string;
  readonly line: number;
}

/** Where in `data/boissel-2022/table3.csv` a cell was read from. */
export interface Cd38Source {
  readonly file: string;
  /** The group header, verbatim (`CD38 positivity at baseline (%)`). */
  readonly group: string;
  /** The column header, verbatim (`White blood cells`). */
  readonly column: string;
  readonly n: Table3Row;
  readonly median: Table3Row;
  readonly range: Table3Row;
}

/** One cell of Table 3: a measure in a compartment at a time point. */
export interface Cd38Summary {
  readonly measure: Cd38Measure;
  readonly compartment: Cd38Compartment;
  readonly timePoint: Cd38TimePoint;
  readonly unit: Cd38Unit;
  readonly n: PrintedFigure;
  readonly median: PrintedFigure;
  readonly min: PrintedFigure;
  readonly max: PrintedFigure;
  /** The range cell as printed (`181.0: 76,131.0`). */
  readonly rangePrinted: string;
  readonly source: Cd38Source;
  /** The engine's summary cell it was read from (lib/summaries/summary_table.ts). */
  readonly summary: SummaryCell;
}

/** The statistics the Results text prints. */
export const CD38_TEXT_STATISTICS = ["n", "median", "range"] as const;
/** One of {@linkcode CD38_TEXT_STATISTICS}. */
export type Cd38TextStatistic = (typeof CD38_TEXT_STATISTICS)[number];

/** Where a text figure points to in Table 3. */
export interface TableCellRef {
  readonly file: string;
  readonly rowId: string;
  /** The column header; absent when the figure applies to every column of the row. */
  readonly column?: string;
}

interface Cd38TextBase {
  readonly rowId: string;
  /** `"any"` when the sentence covers every measure (`detected … in 10 of 14 patients`). */
  readonly measure: Cd38Measure | "any";
  readonly compartment: Cd38Compartment | "any";
  readonly timePoint: Cd38TimePoint;
  readonly printed: string;
  readonly tableCell: TableCellRef | null;
  readonly where: string;
  readonly quote: string;
  readonly file: string;
  readonly line: number;
}

/** One CD38 figure printed in the Results text. */
export type Cd38TextFigure =
  | (Cd38TextBase & { readonly statistic: "n"; readonly count: PrintedCount })
  | (Cd38TextBase & { readonly statistic: "median"; readonly median: PrintedFigure })
  | (Cd38TextBase & { readonly statistic: "range"; readonly range: PrintedRange });
