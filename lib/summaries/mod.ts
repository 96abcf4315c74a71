/**
 * Summary tables, for any paper: the readers of printed summary figures (numbers, ranges,
 * counts; a malformed number is flagged with its candidate reading, never fixed) and the loader
 * that recognises median / range / number-of-patients rows in a paper's `tableN.csv`
 * transcriptions. Chart them with `lib/charts/summary_table.ts`.
 *
 * @example The summary tables of a paper folder's tables
 * ```ts
 * import { summaryTables } from "./mod.ts";
 * import { loadTable } from "../ledger/load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "age-median,\"Age, years\",Median,All (N = 30),61.5\n" +
 *   "age-range,\"Age, years\",Range,All (N = 30),19–84\n" +
 *   "male,Sex,Male,All (N = 30),17 (56.7)\n";
 * const tables = summaryTables(new Map([["table1.csv", loadTable(csv, "table1.csv")]]));
 * assertEquals(tables.map((t) => t.cells.map((c) => [c.variable, c.median.value])), [
 *   [["Age, years", 61.5]],
 * ]);
 * ```
 *
 * @module
 */
export * from "./printed.ts";
export * from "./summary_table.ts";
