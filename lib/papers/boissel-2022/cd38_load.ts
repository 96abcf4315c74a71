/**
 * Loading and validating the CD38 data of Boissel et al. (2022):
 *
 * - `data/boissel-2022/table3.csv`, the faithful transcription of Table 3 (codebook "tableN.csv"
 *   in data/README.md), is a summary table for the engine (lib/summaries/); mapped group →
 *   measure and time point, column → compartment, it becomes eight {@linkcode Cd38Summary}
 *   cells (measure × compartment × time point);
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
import { type CsvRow, DataError, parseTable, textField } from "../../data/csv.ts";
import type { TableCell } from "../../ledger/claims.ts";
import { loadTable } from "../../ledger/load.ts";
import {
  parsePrintedCount,
  parsePrintedFigure,
  parsePrintedRange,
} from "../../summaries/printed.ts";
import { summaryTables } from "../../summaries/summary_table.ts";
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
  type TableCellRef,
} from "./cd38_types.ts";

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
  table3: new URL("../../../data/boissel-2022/table3.csv", import.meta.url),
  text: new URL("../../../data/boissel-2022/cd38_text.csv", import.meta.url),
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

function parseRowAt<T>(row: CsvRow, column: string, parse: (s: string) => T): T {
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

/** The row-label slots of a Table 3 cell, in the order they are checked. */
const SLOTS = ["n", "median", "range"] as const;
const SLOT_LABEL: Readonly<Record<(typeof SLOTS)[number], (typeof TABLE3_LABELS)[number]>> = {
  n: "Number of patients",
  median: "Median",
  range: "Minimum: Maximum",
};

function requireKnown(cell: TableCell, column: "group" | "label" | "column", allowed: string[]) {
  const value = cell[column];
  if (!allowed.includes(value)) {
    throw new DataError(
      cell.file,
      cell.line,
      `${column} ${JSON.stringify(value)} is not one of ${
        allowed.map((a) => JSON.stringify(a)).join(", ")
      }`,
    );
  }
}

function parseAt<T>(cell: TableCell, parse: (s: string) => T): T {
  try {
    return parse(cell.printed);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new DataError(cell.file, cell.line, `printed: ${error.message}`);
  }
}

/**
 * A Table 3 cell the engine left out (a median or range printed without a digit, `NA`): every
 * Table 3 figure must be a number, so this throws the parse error of the offending row.
 */
function unreadable(median: TableCell, range: TableCell): never {
  parseAt(median, parsePrintedFigure);
  parseAt(range, (s) => parsePrintedRange(s, ": "));
  throw new DataError(median.file, median.line, "the engine read no summary here");
}

/**
 * Parses and validates the text of `table3.csv`, on the engine's loaders: `loadTable`
 * (lib/ledger/load.ts: the codebook's columns, kebab-case `row_id`, each (row_id, column) cell
 * once) and `summaryTables` (lib/summaries/: median, range and n parsed, min ≤ median ≤ max
 * wherever the values are well formed). Table 3's own checks, each failing with
 * `file:line: reason`: known group, label and column headers; a `row_id` naming one
 * (group, label) only; every one of the eight cells complete; `n` at most the 14 treated; the
 * range printed `min: max`.
 *
 * @param text the file's content
 * @param file the name used in messages
 * @throws {DataError} on the first failure
 *
 * @example A row with an unknown column header
 * ```ts
 * import { parseTable3 } from "./cd38_load.ts";
 * import { assertThrows } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "density-n,CD38 positivity at baseline (%),Number of patients,Blood,10\n";
 * assertThrows(() => parseTable3(csv, "t.csv"), Error, 't.csv:2: column "Blood" is not one of');
 * ```
 */
export function parseTable3(text: string, file: string): Cd38Summary[] {
  const cells = loadTable(text, file);
  const rowMeaning = new Map<string, string>();
  for (const cell of cells) {
    requireKnown(cell, "group", Object.keys(TABLE3_GROUPS));
    requireKnown(cell, "label", [...TABLE3_LABELS]);
    requireKnown(cell, "column", Object.keys(TABLE3_COLUMNS));
    const meaning = `${cell.group} / ${cell.label}`;
    const known = rowMeaning.get(cell.rowId);
    if (known !== undefined && known !== meaning) {
      throw new DataError(
        file,
        cell.line,
        `row_id ${JSON.stringify(cell.rowId)} names two rows: "${known}" and "${meaning}"`,
      );
    }
    rowMeaning.set(cell.rowId, meaning);
  }
  const find = (group: string, label: string, column: string) =>
    cells.find((c) => c.group === group && c.label === label && c.column === column);
  for (const group of Object.keys(TABLE3_GROUPS)) {
    for (const column of Object.keys(TABLE3_COLUMNS)) {
      for (const slot of SLOTS) {
        if (find(group, SLOT_LABEL[slot], column) === undefined) {
          throw new DataError(file, 0, `missing "${SLOT_LABEL[slot]}" for ${column} in "${group}"`);
        }
      }
    }
  }
  const name = file.replace(/^.*\//, "");
  const summaries = summaryTables(new Map([[name, cells]]))[0]?.cells ?? [];
  const out: Cd38Summary[] = [];
  for (const [group, { measure, timePoint }] of Object.entries(TABLE3_GROUPS)) {
    for (const [column, compartment] of Object.entries(TABLE3_COLUMNS)) {
      const [n, median, range] = SLOTS.map((slot) => find(group, SLOT_LABEL[slot], column)!);
      const summary = summaries.find((s) => s.variable === group && s.column === column) ??
        unreadable(median!, range!);
      const nValue = summary.n?.value;
      if (nValue === undefined || nValue === null || nValue > TABLE3_N_TREATED) {
        throw new DataError(
          file,
          n!.line,
          `printed: "Number of patients" must be an integer in [1, ${TABLE3_N_TREATED}], ` +
            `got ${JSON.stringify(n!.printed)}`,
        );
      }
      parseAt(range!, (s) => parsePrintedRange(s, ": "));
      out.push({
        measure,
        compartment,
        timePoint,
        unit: CD38_UNIT_OF[measure],
        n: summary.n!,
        median: summary.median,
        min: summary.min,
        max: summary.max,
        rangePrinted: summary.rangePrinted,
        source: {
          file,
          group,
          column,
          n: { rowId: n!.rowId, line: n!.line },
          median: { rowId: median!.rowId, line: median!.line },
          range: { rowId: range!.rowId, line: range!.line },
        },
        summary,
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
 * import { parseCd38Text } from "./cd38_load.ts";
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
      figures.push({ ...base, statistic, count: parseRowAt(row, "printed", parsePrintedCount) });
    } else if (statistic === "median") {
      figures.push({ ...base, statistic, median: parseRowAt(row, "printed", parsePrintedFigure) });
    } else {
      figures.push({
        ...base,
        statistic,
        range: parseRowAt(row, "printed", (s) => parsePrintedRange(s, "–")),
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
 * import { loadTable3 } from "./cd38_load.ts";
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
 * import { loadCd38Text, loadTable3 } from "./cd38_load.ts";
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
