/**
 * Loading and validating the CD38 data of Boissel et al. (2022):
 *
 * - `data/boissel-2022/table3.csv`, the faithful transcription of Table 3 (codebook "tableN.csv"
 *   in data/README.md), becomes eight {@linkcode Cd38Summary} cells (measure × compartment ×
 *   time point);
 * - `data/boissel-2022/cd38_text.csv`, the same figures as the Results text prints them, becomes
 *   {@linkcode Cd38TextFigure}s. Its columns: `row_id`; `measure`, `compartment` (a model value
 *   or `any`); `time_point`; `statistic` (`n`, `median`, `range`); `printed` (verbatim: `87.90%`,
 *   `181.0–76,131.0`, `10 of 14`); `table_cell` (`table3.csv#row_id[/column]`, or empty);
 *   `where`; `quote` (the sentence, verbatim, containing `printed`).
 *
 * Every failure is a {@linkcode DataError} whose message reads `file:line: reason`. Malformed
 * printed numbers (`68,17.50`) are not failures: they load with `value: null` and a flag.
 *
 * @module
 */
import { type CsvRow, DataError, parseTable, textField } from "../data/csv.ts";
import { parsePrintedCount, parsePrintedFigure, parsePrintedRange } from "./printed.ts";
import {
  CD38_COMPARTMENTS,
  CD38_MEASURES,
  CD38_TEXT_STATISTICS,
  CD38_TIME_POINTS,
  CD38_UNIT_OF,
  type Cd38Compartment,
  type Cd38Measure,
  type Cd38Summary,
  type Cd38TextFigure,
  type Cd38TimePoint,
  type PrintedFigure,
  type TableCellRef,
} from "./types.ts";

/** Table 3's group headers, verbatim, and what each one is. */
export const TABLE3_GROUPS: Readonly<
  Record<string, { readonly measure: Cd38Measure; readonly timePoint: Cd38TimePoint }>
> = {
  "CD38 receptor density of cancer cells at baseline (sABC/cell) ^a": {
    measure: "receptor-density",
    timePoint: "baseline",
  },
  "CD38 positivity at baseline (%)": { measure: "positivity", timePoint: "baseline" },
  "CD38 receptor occupancy of cancer cells at baseline (%)": {
    measure: "receptor-occupancy",
    timePoint: "baseline",
  },
  "CD38 occupancy of cancer cells on treatment (%)": {
    measure: "receptor-occupancy",
    timePoint: "on-treatment",
  },
};

/** Table 3's column headers, verbatim, and the compartment each one is. */
export const TABLE3_COLUMNS: Readonly<Record<string, Cd38Compartment>> = {
  "White blood cells": "peripheral-blood",
  "Bone marrow": "bone-marrow",
};

/** Table 3's row labels, verbatim. */
export const TABLE3_LABELS = ["Number of patients", "Median", "Minimum: Maximum"] as const;

/** Patients treated (Table 3 header "Isatuximab 20 mg/kg (N = 14)"). */
export const TABLE3_N_TREATED = 14;

/** Default locations of the two files. */
export const CD38_DATA_FILES = {
  table3: new URL("../../data/boissel-2022/table3.csv", import.meta.url),
  text: new URL("../../data/boissel-2022/cd38_text.csv", import.meta.url),
} as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function oneOf<T extends string>(
  row: CsvRow,
  column: string,
  allowed: readonly T[],
): T {
  const value = textField(row, column);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DataError(
      row.file,
      row.line,
      `${column} ${JSON.stringify(value)} is not one of ${
        allowed.map((a) => JSON.stringify(a)).join(", ")
      }`,
    );
  }
  return value as T;
}

function parseAt<T>(row: CsvRow, column: string, parse: (s: string) => T): T {
  const value = textField(row, column);
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DataError(row.file, row.line, `${column}: ${error.message}`);
    }
    throw error;
  }
}

function cellKey(measure: string, compartment: string, timePoint: string): string {
  return `${measure}|${compartment}|${timePoint}`;
}

/**
 * Parses and validates the text of `table3.csv`.
 *
 * Checks, each failing with `file:line: reason`: the codebook's columns; kebab-case `row_id`,
 * unique per (row_id, column) and naming one (group, label) only; known group, label and
 * column; `n` an integer in [1, 14]; the median one number (malformed allowed, flagged); the
 * range `min: max`; min ≤ median ≤ max wherever the values are well formed; every one of the
 * eight cells complete.
 *
 * @param text the file's content
 * @param file the name used in messages
 * @throws {DataError} on the first failure
 *
 * @example A row with an unknown column header
 * ```ts
 * import { parseTable3 } from "./load.ts";
 * import { assertThrows } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "density-n,CD38 positivity at baseline (%),Number of patients,Blood,10\n";
 * assertThrows(() => parseTable3(csv, "t.csv"), Error, 't.csv:2: column "Blood" is not one of');
 * ```
 */
export function parseTable3(text: string, file: string): Cd38Summary[] {
  const table = parseTable(text, file, {
    required: ["row_id", "group", "label", "column", "printed"],
  });
  const seen = new Map<string, number>();
  const rowMeaning = new Map<string, string>();
  interface Partial {
    n?: { value: PrintedFigure; line: number; rowId: string };
    median?: { value: PrintedFigure; line: number; rowId: string };
    range?: {
      printed: string;
      min: PrintedFigure;
      max: PrintedFigure;
      line: number;
      rowId: string;
    };
  }
  const cells = new Map<string, Partial>();
  for (const row of table.rows) {
    const rowId = textField(row, "row_id");
    if (!KEBAB.test(rowId)) {
      throw new DataError(file, row.line, `row_id ${JSON.stringify(rowId)} is not kebab-case`);
    }
    const group = oneOf(row, "group", Object.keys(TABLE3_GROUPS));
    const label = oneOf(row, "label", TABLE3_LABELS);
    const column = oneOf(row, "column", Object.keys(TABLE3_COLUMNS));
    const meaning = `${group} / ${label}`;
    const known = rowMeaning.get(rowId);
    if (known !== undefined && known !== meaning) {
      throw new DataError(
        file,
        row.line,
        `row_id ${JSON.stringify(rowId)} names two rows: "${known}" and "${meaning}"`,
      );
    }
    rowMeaning.set(rowId, meaning);
    const key = `${rowId}/${column}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new DataError(file, row.line, `repeated cell ${key} (first on line ${earlier})`);
    }
    seen.set(key, row.line);
    const { measure, timePoint } = TABLE3_GROUPS[group]!;
    const compartment = TABLE3_COLUMNS[column]!;
    const k = cellKey(measure, compartment, timePoint);
    const cell = cells.get(k) ?? {};
    cells.set(k, cell);
    const slot = label === "Number of patients" ? "n" : label === "Median" ? "median" : "range";
    if (cell[slot] !== undefined) {
      throw new DataError(
        file,
        row.line,
        `second "${label}" for ${column} in "${group}" (first on line ${cell[slot].line})`,
      );
    }
    if (slot === "n") {
      const n = parseAt(row, "printed", parsePrintedFigure);
      if (
        n.value === null || !Number.isInteger(n.value) || n.decimals > 0 || n.value < 1 ||
        n.value > TABLE3_N_TREATED
      ) {
        throw new DataError(
          file,
          row.line,
          `printed: "Number of patients" must be an integer in [1, ${TABLE3_N_TREATED}], ` +
            `got ${JSON.stringify(n.printed)}`,
        );
      }
      cell.n = { value: n, line: row.line, rowId };
    } else if (slot === "median") {
      cell.median = { value: parseAt(row, "printed", parsePrintedFigure), line: row.line, rowId };
    } else {
      const r = parseAt(row, "printed", (s) => parsePrintedRange(s, ": "));
      cell.range = { ...r, line: row.line, rowId };
    }
  }
  const out: Cd38Summary[] = [];
  for (const [group, { measure, timePoint }] of Object.entries(TABLE3_GROUPS)) {
    for (const [column, compartment] of Object.entries(TABLE3_COLUMNS)) {
      const cell = cells.get(cellKey(measure, compartment, timePoint));
      for (const slot of ["n", "median", "range"] as const) {
        if (cell?.[slot] === undefined) {
          const label = slot === "n"
            ? "Number of patients"
            : slot === "median"
            ? "Median"
            : "Minimum: Maximum";
          throw new DataError(file, 0, `missing "${label}" for ${column} in "${group}"`);
        }
      }
      const { n, median, range } = cell as Required<Partial>;
      const values = [range.min.value, median.value.value, range.max.value];
      const names = ["minimum", "median", "maximum"];
      for (let i = 0; i < 2; i++) {
        const lo = values[i];
        const hi = values[i + 1];
        if (lo !== null && lo !== undefined && hi !== null && hi !== undefined && lo > hi) {
          throw new DataError(
            file,
            i === 0 ? median.line : range.line,
            `${names[i]} ${lo} is above the ${names[i + 1]} ${hi} for ${column} in "${group}"`,
          );
        }
      }
      out.push({
        measure,
        compartment,
        timePoint,
        unit: CD38_UNIT_OF[measure],
        n: n.value,
        median: median.value,
        min: range.min,
        max: range.max,
        rangePrinted: range.printed,
        source: {
          file,
          group,
          column,
          n: { rowId: n.rowId, line: n.line },
          median: { rowId: median.rowId, line: median.line },
          range: { rowId: range.rowId, line: range.line },
        },
      });
    }
  }
  return out;
}

function parseTableCell(row: CsvRow): TableCellRef | null {
  const value = textField(row, "table_cell", true);
  if (value === "") return null;
  const m = /^([a-z0-9_]+\.csv)#([a-z0-9-]+)(?:\/(.+))?$/.exec(value);
  if (m === null) {
    throw new DataError(
      row.file,
      row.line,
      `table_cell ${JSON.stringify(value)} must read "file.csv#row_id" or "file.csv#row_id/column"`,
    );
  }
  return { file: m[1]!, rowId: m[2]!, ...(m[3] === undefined ? {} : { column: m[3] }) };
}

/**
 * Parses and validates the text of `cd38_text.csv` (columns in the module docs). When the
 * Table 3 cells are given, every `table_cell` must name an existing row (and column).
 *
 * Checks, each failing with `file:line: reason`: the columns; unique kebab-case `row_id`;
 * known measure, compartment, time point and statistic; `printed` parses for its statistic and
 * stands verbatim in `quote`; `table_cell` well formed and (with `table`) existing.
 *
 * @throws {DataError} on the first failure
 *
 * @example A printed figure that is not in its quote
 * ```ts
 * import { parseCd38Text } from "./load.ts";
 * import { assertThrows } from "@std/assert";
 * const csv = "row_id,measure,compartment,time_point,statistic,printed,table_cell,where,quote\n" +
 *   "x,positivity,bone-marrow,baseline,median,90.95%,,Results,was 90.59% in marrow\n";
 * assertThrows(() => parseCd38Text(csv, "t.csv"), Error, 't.csv:2: printed "90.95%" is not in');
 * ```
 */
export function parseCd38Text(
  text: string,
  file: string,
  table?: readonly Cd38Summary[],
  tableFile = "table3.csv",
): Cd38TextFigure[] {
  const parsed = parseTable(text, file, {
    required: [
      "row_id",
      "measure",
      "compartment",
      "time_point",
      "statistic",
      "printed",
      "table_cell",
      "where",
      "quote",
    ],
  });
  const ids = new Map<string, number>();
  const figures: Cd38TextFigure[] = [];
  for (const row of parsed.rows) {
    const rowId = textField(row, "row_id");
    if (!KEBAB.test(rowId)) {
      throw new DataError(file, row.line, `row_id ${JSON.stringify(rowId)} is not kebab-case`);
    }
    const first = ids.get(rowId);
    if (first !== undefined) {
      throw new DataError(file, row.line, `repeated row_id "${rowId}" (first on line ${first})`);
    }
    ids.set(rowId, row.line);
    const measure = oneOf(row, "measure", [...CD38_MEASURES, "any" as const]);
    const compartment = oneOf(row, "compartment", [...CD38_COMPARTMENTS, "any" as const]);
    const timePoint = oneOf(row, "time_point", CD38_TIME_POINTS);
    const statistic = oneOf(row, "statistic", CD38_TEXT_STATISTICS);
    const printed = textField(row, "printed");
    const quote = textField(row, "quote");
    if (!quote.includes(printed)) {
      throw new DataError(
        file,
        row.line,
        `printed ${JSON.stringify(printed)} is not in the quote ${JSON.stringify(quote)}`,
      );
    }
    const tableCell = parseTableCell(row);
    if (tableCell !== null && table !== undefined) {
      checkTableCell(row, tableCell, table, tableFile);
    }
    const base = {
      rowId,
      measure,
      compartment,
      timePoint,
      printed,
      tableCell,
      where: textField(row, "where"),
      quote,
      file,
      line: row.line,
    };
    if (statistic === "n") {
      figures.push({ ...base, statistic, count: parseAt(row, "printed", parsePrintedCount) });
    } else if (statistic === "median") {
      figures.push({ ...base, statistic, median: parseAt(row, "printed", parsePrintedFigure) });
    } else {
      figures.push({
        ...base,
        statistic,
        range: parseAt(row, "printed", (s) => parsePrintedRange(s, "–")),
      });
    }
  }
  return figures;
}

function checkTableCell(
  row: CsvRow,
  ref: TableCellRef,
  table: readonly Cd38Summary[],
  tableFile: string,
): void {
  if (ref.file !== tableFile) {
    throw new DataError(row.file, row.line, `table_cell names ${ref.file}, expected ${tableFile}`);
  }
  const found = table.some(({ source }) =>
    [source.n.rowId, source.median.rowId, source.range.rowId].includes(ref.rowId) &&
    (ref.column === undefined || source.column === ref.column)
  );
  if (!found) {
    throw new DataError(
      row.file,
      row.line,
      `table_cell ${ref.file}#${ref.rowId}${ref.column === undefined ? "" : `/${ref.column}`} ` +
        `does not exist in Table 3`,
    );
  }
}

/**
 * Reads and validates `table3.csv` (default: the repository's copy).
 *
 * @example Eight cells, one of them flagged
 * ```ts
 * import { loadTable3 } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const cells = await loadTable3();
 * assertEquals(cells.length, 8);
 * assertEquals(cells.filter((c) => c.median.flag !== null).map((c) => c.median.printed), [
 *   "68,17.50",
 * ]);
 * ```
 */
export async function loadTable3(
  url: URL = CD38_DATA_FILES.table3,
  file = "data/boissel-2022/table3.csv",
): Promise<Cd38Summary[]> {
  return parseTable3(await Deno.readTextFile(url), file);
}

/**
 * Reads and validates `cd38_text.csv`, checking its `table_cell` references against Table 3.
 *
 * @example The Results text prints the bone-marrow median density as 6817.50
 * ```ts
 * import { loadCd38Text, loadTable3 } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const figures = await loadCd38Text(await loadTable3());
 * const bm = figures.find((f) => f.rowId === "text-density-bm-median");
 * assertEquals(bm?.printed, "6817.50");
 * ```
 */
export async function loadCd38Text(
  table?: readonly Cd38Summary[],
  url: URL = CD38_DATA_FILES.text,
  file = "data/boissel-2022/cd38_text.csv",
): Promise<Cd38TextFigure[]> {
  return parseCd38Text(await Deno.readTextFile(url), file, table);
}
