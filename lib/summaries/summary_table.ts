/**
 * Summary tables: the median, range and number of patients that a paper prints for a variable,
 * recognised in any paper's `tableN.csv` transcription (codebook "tableN.csv" in
 * `data/README.md`) — no paper is known by name.
 *
 * A **summary group** is a group header (the `group` column) whose rows include a median row
 * and a range row, or a median row and minimum and maximum rows; a number-of-patients row is
 * optional. Row labels are recognised by the lists below, each compared whole (ignoring case
 * and surrounding spaces): no substring or fuzzy matching, so `Median (minimum: maximum)`, a
 * combined cell such as `33.0 (16.0: 74.0)`, is not a summary row. Each value column of a
 * summary group is one {@linkcode SummaryCell}; its unit is the group header's last
 * parenthesis (`(sABC/cell)`, `(%)`), empty when there is none.
 *
 * Every problem is a {@linkcode DataError} at `file:line`: a median or range that does not
 * parse, a median without its range (or the reverse), a repeated row, a number of patients that
 * is not a whole number ≥ 1, a minimum above the median or a median above the maximum. A
 * malformed number (`68,17.50`) is no error: it loads with `value: null` and a flag. A cell
 * printed without any digit (`NR`, `—`) is not a summary: its column is listed in `omitted`.
 *
 * @module
 */
import { DataError } from "../data/csv.ts";
import type { TableCell } from "../ledger/claims.ts";
import { parsePrintedFigure, parsePrintedRange, type PrintedFigure } from "./printed.ts";

/** Row labels read as the median. */
export const SUMMARY_MEDIAN_LABELS = ["Median"] as const;
/** Row labels read as a range printed in one cell (`181.0: 76,131.0`, `12–98`). */
export const SUMMARY_RANGE_LABELS = [
  "Minimum: Maximum",
  "Minimum–maximum",
  "Minimum-maximum",
  "Min: max",
  "Min–max",
  "Min-max",
  "Range",
] as const;
/** Row labels read as the minimum, printed in its own row. */
export const SUMMARY_MIN_LABELS = ["Minimum", "Min"] as const;
/** Row labels read as the maximum, printed in its own row. */
export const SUMMARY_MAX_LABELS = ["Maximum", "Max"] as const;
/** Row labels read as the number of patients summarised. */
export const SUMMARY_N_LABELS = ["Number of patients", "No. of patients", "n", "N"] as const;

/** Where a summary was read from: the file and the lines of its rows. */
export interface SummarySource {
  /** The file as the table cells name it (`data/my-trial/table3.csv`). */
  readonly file: string;
  /** Lines of the rows read, in the order n (when given), median, range (or minimum, maximum). */
  readonly lines: readonly number[];
}

/** One variable in one value column of a summary table. */
export interface SummaryCell {
  /** The group header, as printed (`CD38 positivity at baseline (%)`). */
  readonly variable: string;
  /** The column header, as printed (`Bone marrow`). */
  readonly column: string;
  /** The group header's last parenthesis (`sABC/cell`, `%`); `""` when none. */
  readonly unit: string;
  /** The number of patients, when the group has a number-of-patients row for the column. */
  readonly n?: PrintedFigure;
  /** The median as printed, with its value (`null` and a flag when malformed). */
  readonly median: PrintedFigure;
  /** The minimum as printed (the range's first figure, or the minimum row). */
  readonly min: PrintedFigure;
  /** The maximum as printed (the range's second figure, or the maximum row). */
  readonly max: PrintedFigure;
  /**
   * The range as printed (`181.0: 76,131.0`); for separate minimum and maximum rows, the two
   * printed figures joined by an en dash.
   */
  readonly rangePrinted: string;
  /** Where the rows stand. */
  readonly source: SummarySource;
}

/** A column of a summary group left out because a figure is printed without any digit. */
export interface OmittedSummary {
  /** The group header, as printed. */
  readonly variable: string;
  /** The column header, as printed. */
  readonly column: string;
  /** Which figure and how it is printed (`median printed "NR"`). */
  readonly reason: string;
  /** Where the rows stand. */
  readonly source: SummarySource;
}

/** The summaries of one `tableN.csv`, in file order (group, then column). */
export interface SummaryTable {
  /** The table's file name (`table3.csv`), the key of the map it came from. */
  readonly file: string;
  /** One per variable and value column, in file order. */
  readonly cells: readonly SummaryCell[];
  /** Columns of summary groups printed without a number (`NR`, `—`); usually empty. */
  readonly omitted: readonly OmittedSummary[];
}

type Role = "n" | "median" | "range" | "min" | "max";

const ROLE_LABELS: readonly (readonly [Role, readonly string[]])[] = [
  ["median", SUMMARY_MEDIAN_LABELS],
  ["range", SUMMARY_RANGE_LABELS],
  ["min", SUMMARY_MIN_LABELS],
  ["max", SUMMARY_MAX_LABELS],
  ["n", SUMMARY_N_LABELS],
];

const ROLE_OF = new Map<string, Role>(
  ROLE_LABELS.flatMap(([role, labels]) => labels.map((l) => [l.toLowerCase(), role] as const)),
);

function roleOf(label: string): Role | undefined {
  return ROLE_OF.get(label.trim().toLowerCase());
}

/**
 * The unit of a group header: its last parenthesis, without the parentheses.
 *
 * @example Footnote markers after the unit are ignored
 * ```ts
 * import { summaryUnit } from "./summary_table.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(summaryUnit("Receptor density at baseline (sABC/cell) ^a"), "sABC/cell");
 * assertEquals(summaryUnit("Positivity (%)"), "%");
 * assertEquals(summaryUnit("Age, years"), "");
 * ```
 */
export function summaryUnit(group: string): string {
  const m = /\(([^()]*)\)[^()]*$/.exec(group);
  return m === null ? "" : m[1]!.trim();
}

const NO_DIGIT = /^[^0-9]*$/;

function parseAt<T>(cell: TableCell, parse: (s: string) => T): T {
  try {
    return parse(cell.printed);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DataError(cell.file, cell.line, `printed: ${error.message}`);
    }
    throw error;
  }
}

type Slots = Partial<Record<Role, TableCell>>;

function summarise(
  variable: string,
  column: string,
  slots: Slots,
): SummaryCell | OmittedSummary | undefined {
  const where = `for ${column} in ${JSON.stringify(variable)}`;
  const { n, median, range, min, max } = slots;
  const firstRange = range ?? min ?? max;
  if (median === undefined && firstRange === undefined) return undefined; // an n-only column
  if (median === undefined) {
    throw new DataError(firstRange!.file, firstRange!.line, `no "Median" row ${where}`);
  }
  if (firstRange === undefined) {
    throw new DataError(median.file, median.line, `no range (or minimum and maximum) row ${where}`);
  }
  if (range !== undefined && (min !== undefined || max !== undefined)) {
    const later = [min, max].find((c) => c !== undefined)!;
    throw new DataError(
      later.file,
      later.line,
      `both a range row (line ${range.line}) and a "${later.label}" row ${where}`,
    );
  }
  if (range === undefined && (min === undefined || max === undefined)) {
    const [have, missing] = min === undefined ? [max!, "minimum"] : [min, "maximum"];
    throw new DataError(have.file, have.line, `"${have.label}" without a ${missing} row ${where}`);
  }
  const rows = [n, median, range, min, max].filter((c): c is TableCell => c !== undefined);
  const source = { file: median.file, lines: rows.map((c) => c.line) };
  const blank = [median, range, min, max].find((c) => c !== undefined && NO_DIGIT.test(c.printed));
  if (blank !== undefined) {
    return {
      variable,
      column,
      reason: `${blank.label} printed ${JSON.stringify(blank.printed)}`,
      source,
    };
  }
  let nFigure: PrintedFigure | undefined;
  if (n !== undefined && !NO_DIGIT.test(n.printed)) {
    nFigure = parseAt(n, parsePrintedFigure);
    if (
      nFigure.value === null || !Number.isInteger(nFigure.value) || nFigure.decimals > 0 ||
      nFigure.percent || nFigure.value < 1
    ) {
      throw new DataError(
        n.file,
        n.line,
        `printed: "${n.label}" must be an integer ≥ 1, got ${JSON.stringify(n.printed)}`,
      );
    }
  }
  const medianFigure = parseAt(median, parsePrintedFigure);
  let minFigure: PrintedFigure;
  let maxFigure: PrintedFigure;
  let rangePrinted: string;
  if (range !== undefined) {
    const r = parseAt(range, (s) => parsePrintedRange(s));
    [minFigure, maxFigure, rangePrinted] = [r.min, r.max, r.printed];
  } else {
    minFigure = parseAt(min!, parsePrintedFigure);
    maxFigure = parseAt(max!, parsePrintedFigure);
    rangePrinted = `${minFigure.printed}–${maxFigure.printed}`;
  }
  const lo = minFigure.value;
  const mid = medianFigure.value;
  const hi = maxFigure.value;
  const maxRow = (range ?? max)!;
  if (lo !== null && mid !== null && lo > mid) {
    throw new DataError(
      median.file,
      median.line,
      `minimum ${lo} is above the median ${mid} ${where}`,
    );
  }
  if (mid !== null && hi !== null && mid > hi) {
    throw new DataError(
      maxRow.file,
      maxRow.line,
      `median ${mid} is above the maximum ${hi} ${where}`,
    );
  }
  if (lo !== null && hi !== null && lo > hi) {
    throw new DataError(
      maxRow.file,
      maxRow.line,
      `minimum ${lo} is above the maximum ${hi} ${where}`,
    );
  }
  return Object.freeze({
    variable,
    column,
    unit: summaryUnit(variable),
    ...(nFigure === undefined ? {} : { n: nFigure }),
    median: medianFigure,
    min: minFigure,
    max: maxFigure,
    rangePrinted,
    source: Object.freeze(source),
  });
}

/**
 * The summary cells of one table's cells (see the module docs for what is recognised).
 *
 * @param cells a `tableN.csv`'s cells, in file order
 * @param file the table's file name, for {@linkcode SummaryTable.file}
 * @returns the table's summaries, or `undefined` when it has none
 * @throws {DataError} at the offending row's `file:line`
 */
function summaryTable(file: string, cells: readonly TableCell[]): SummaryTable | undefined {
  const groups = new Map<string, Map<string, Slots>>();
  const rolesOf = new Map<string, Set<Role>>();
  for (const cell of cells) {
    const role = roleOf(cell.label);
    if (role === undefined) continue;
    const columns = groups.get(cell.group) ?? new Map<string, Slots>();
    groups.set(cell.group, columns);
    const roles = rolesOf.get(cell.group) ?? new Set<Role>();
    rolesOf.set(cell.group, roles);
    roles.add(role);
    const slots = columns.get(cell.column) ?? {};
    columns.set(cell.column, slots);
    const earlier = slots[role];
    if (earlier !== undefined) {
      throw new DataError(
        cell.file,
        cell.line,
        `second "${cell.label}" for ${cell.column} in ${JSON.stringify(cell.group)} ` +
          `(first on line ${earlier.line})`,
      );
    }
    slots[role] = cell;
  }
  const out: SummaryCell[] = [];
  const omitted: OmittedSummary[] = [];
  for (const [group, columns] of groups) {
    const roles = rolesOf.get(group)!;
    const isSummary = roles.has("median") &&
      (roles.has("range") || roles.has("min") || roles.has("max"));
    if (!isSummary) continue;
    for (const [column, slots] of columns) {
      const summary = summarise(group, column, slots);
      if (summary === undefined) continue;
      if ("reason" in summary) omitted.push(Object.freeze(summary));
      else out.push(summary);
    }
  }
  if (out.length === 0) return undefined;
  return Object.freeze({ file, cells: Object.freeze(out), omitted: Object.freeze(omitted) });
}

/**
 * The summary tables among a paper's table transcriptions: for each `tableN.csv` holding at
 * least one summary group (module docs), its cells — one per variable and value column, each
 * figure kept as printed with its parsed number. Tables without a summary group give nothing.
 *
 * @param tables a paper's tables by file name (`PaperData.tables` of the claims ledger)
 * @throws {DataError} at `file:line` for a summary that does not parse or does not hold
 *   together (median outside its range, a median without a range, a repeated row, …)
 *
 * @example A made-up table: one variable in two columns, one median malformed
 * ```ts
 * import { summaryTables } from "./summary_table.ts";
 * import { loadTable } from "../ledger/load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "n,Enzyme level (U/L),Number of patients,Arm A,12\n" +
 *   "n,Enzyme level (U/L),Number of patients,Arm B,11\n" +
 *   "median,Enzyme level (U/L),Median,Arm A,\"1,250.0\"\n" +
 *   "median,Enzyme level (U/L),Median,Arm B,\"98,0.5\"\n" +
 *   "range,Enzyme level (U/L),Minimum: Maximum,Arm A,\"40.0: 12,800.0\"\n" +
 *   "range,Enzyme level (U/L),Minimum: Maximum,Arm B,\"35.0: 9,900.0\"\n";
 * const [table] = summaryTables(new Map([["table2.csv", loadTable(csv, "table2.csv")]]));
 * assertEquals(table?.cells.map((c) => [c.column, c.unit, c.median.value, c.max.value]), [
 *   ["Arm A", "U/L", 1250, 12800],
 *   ["Arm B", "U/L", null, 9900],
 * ]);
 * assertEquals(table?.cells[1]?.median.flag?.reading, 980.5);
 * ```
 */
export function summaryTables(
  tables: ReadonlyMap<string, readonly TableCell[]>,
): SummaryTable[] {
  if (!(tables instanceof Map)) {
    throw new TypeError(
      `\`tables\` must be a Map of file name to table cells, got ${
        tables === null ? "null" : typeof tables
      }`,
    );
  }
  const out: SummaryTable[] = [];
  for (const [file, cells] of tables) {
    const table = summaryTable(file, cells);
    if (table !== undefined) out.push(table);
  }
  return out;
}
