/**
 * The generic summary-table loader, on the repository's transcriptions (the only summary table
 * they hold is Boissel et al. 2022, Table 3, "Summary of CD38 receptor density, CD38 positivity
 * and receptor occupancy"; expected figures cite its rows) and on made-up tables for each way a
 * summary can fail.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { DataError } from "../../lib/data/csv.ts";
import { readLedger } from "../../lib/ledger/load.ts";
import { loadTable } from "../../lib/ledger/load.ts";
import {
  SUMMARY_MEDIAN_LABELS,
  SUMMARY_N_LABELS,
  SUMMARY_RANGE_LABELS,
  summaryTables,
  summaryUnit,
} from "../../lib/summaries/summary_table.ts";

const DATA = new URL("../../data", import.meta.url).pathname;
const papers = await readLedger(DATA);
const byId = new Map(papers.map((p) => [p.paper, p]));

const HEADER = "row_id,group,label,column,printed\n";
const tablesOf = (csv: string, file = "table9.csv") =>
  summaryTables(new Map([[file, loadTable(HEADER + csv, file)]]));

Deno.test("the worked examples' tables: one summary table, Table 3 of Boissel 2022", () => {
  // (other paper folders under data/ may add their own; only the two worked examples are fixed)
  const found = ["boissel-2022", "aureli-2023"].map((id) => [
    id,
    summaryTables(byId.get(id)!.tables).map((t) => t.file),
  ]);
  assertEquals(Object.fromEntries(found), {
    "aureli-2023": [],
    // Table 1's "Median (minimum: maximum)" rows are combined cells ("33.0 (16.0: 74.0)"):
    // not a median row, so not a summary table.
    "boissel-2022": ["table3.csv"],
  });
  // every paper folder's tables load as summary tables or as none, without error
  for (const paper of papers) summaryTables(paper.tables);
});

Deno.test("Table 3 (Boissel 2022) as a summary table: eight cells, as printed", () => {
  const [table] = summaryTables(byId.get("boissel-2022")!.tables);
  assertEquals(table!.cells.length, 8); // 4 groups × 2 columns
  assertEquals(table!.omitted, []);
  const [pb, bm] = table!.cells;
  // Table 3, "CD38 receptor density of cancer cells at baseline (sABC/cell) ^a",
  // White blood cells: 10 / 11,093.50 / 181.0: 76,131.0
  assertEquals(pb!.variable, "CD38 receptor density of cancer cells at baseline (sABC/cell) ^a");
  assertEquals([pb!.column, pb!.unit], ["White blood cells", "sABC/cell"]);
  assertEquals([pb!.n?.value, pb!.median.value, pb!.min.value, pb!.max.value], [
    10,
    11093.5,
    181,
    76131,
  ]);
  assertEquals(pb!.rangePrinted, "181.0: 76,131.0");
  // lines 2, 4 and 6 of table3.csv: n, median, range
  assertEquals(pb!.source.lines, [2, 4, 6]);
  assert(pb!.source.file.endsWith("boissel-2022/table3.csv"));
  // Bone marrow: median "68,17.50", malformed — no value, the reading flagged
  assertEquals([bm!.median.printed, bm!.median.value, bm!.median.flag?.reading], [
    "68,17.50",
    null,
    6817.5,
  ]);
  // "CD38 positivity at baseline (%)": unit %, median "87.50" keeps its two decimals
  const positivity = table!.cells[2]!;
  assertEquals([positivity.unit, positivity.median.printed, positivity.median.decimals], [
    "%",
    "87.50",
    2,
  ]);
  // "CD38 occupancy of cancer cells on treatment (%)": n 4 and 3
  assertEquals(table!.cells.slice(6).map((c) => c.n?.value), [4, 3]);
  assert(Object.isFrozen(table) && Object.isFrozen(table!.cells) && Object.isFrozen(pb));
});

Deno.test("labels: recognised whole, ignoring case; separate minimum and maximum rows", () => {
  assert((SUMMARY_MEDIAN_LABELS as readonly string[]).includes("Median"));
  assert((SUMMARY_RANGE_LABELS as readonly string[]).includes("Minimum: Maximum"));
  assert((SUMMARY_N_LABELS as readonly string[]).includes("Number of patients"));
  const [table] = tablesOf(
    "n,Ferritin (ng/mL),n,Arm A,25\n" +
      "med,Ferritin (ng/mL),MEDIAN,Arm A,410\n" +
      "lo,Ferritin (ng/mL),Minimum,Arm A,38\n" +
      'hi,Ferritin (ng/mL),Maximum,Arm A,"5,120"\n' +
      "mean,Ferritin (ng/mL),Mean,Arm A,733\n" +
      'age,"Age, years",Median (range),Arm A,61 (19–84)\n',
  );
  assertEquals(table!.cells.length, 1);
  const [cell] = table!.cells;
  assertEquals([cell!.median.value, cell!.min.value, cell!.max.value, cell!.n?.value], [
    410,
    38,
    5120,
    25,
  ]);
  assertEquals(cell!.rangePrinted, "38–5,120");
  assertEquals(cell!.source.lines, [2, 3, 4, 5]);
  // Ranges printed with an en dash or " to ", and a group without n or unit
  const [other] = tablesOf(
    "m,Cycles,Median,A,4\nr,Cycles,Range,A,1–12\nm,Cycles,Median,B,3\nr,Cycles,Range,B,1 to 9\n",
  );
  assertEquals(other!.cells.map((c) => [c.column, c.unit, c.n, c.min.value, c.max.value]), [
    ["A", "", undefined, 1, 12],
    ["B", "", undefined, 1, 9],
  ]);
});

Deno.test("no summary: no table; a column printed without a number is omitted, not drawn", () => {
  // a median without any range row, a range without a median, an n alone
  assertEquals(
    tablesOf("m,Survival (months),Median,All,14.2\nci,Survival (months),95% CI,All,9–20\n"),
    [],
  );
  assertEquals(tablesOf("r,Age,Range,All,19–84\nn,Age,n,All,30\n"), []);
  assertEquals(tablesOf("pd,,Progressive disease,All,12 (87.5%)\n"), []);
  const [table] = tablesOf(
    "n,Time to response (days),N,A,12\nn,Time to response (days),N,B,0\n" +
      "m,Time to response (days),Median,A,28\nm,Time to response (days),Median,B,—\n" +
      "r,Time to response (days),Range,A,14–63\nr,Time to response (days),Range,B,—\n",
  );
  assertEquals(table!.cells.map((c) => c.column), ["A"]);
  assertEquals(table!.omitted.map((o) => [o.column, o.reason, o.source.lines]), [
    ["B", 'Median printed "—"', [3, 5, 7]],
  ]);
});

Deno.test("failures: DataError at file:line, naming the row and the reason", () => {
  const G = "Level (U/L)";
  const cases: [string, string][] = [
    [
      `m,${G},Median,A,50\nr,${G},Range,A,60–90\n`,
      'table9.csv:2: minimum 60 is above the median 50 for A in "Level (U/L)"',
    ],
    [
      `m,${G},Median,A,95\nr,${G},Range,A,60–90\n`,
      "table9.csv:3: median 95 is above the maximum 90",
    ],
    [
      `m,${G},Median,A,\"68,17.50\"\nr,${G},Range,A,90–60\n`,
      "table9.csv:3: minimum 90 is above the maximum 60",
    ],
    [
      `m,${G},Median,A,about 50\nr,${G},Range,A,1–90\n`,
      "table9.csv:2: printed: `printed` must be exactly one number",
    ],
    [
      `m,${G},Median,A,50\nr,${G},Range,A,1/90\n`,
      "table9.csv:3: printed: `printed` must be a range",
    ],
    [
      `m,${G},Median,A,50\nr,${G},Range,A,1–90\nm2,${G},Median,A,51\n`,
      'table9.csv:4: second "Median" for A in "Level (U/L)" (first on line 2)',
    ],
    [
      `m,${G},Median,A,50\nr,${G},Range,B,1–90\n`,
      "table9.csv:2: no range (or minimum and maximum) row for A",
    ],
    [
      `m,${G},Median,A,50\nr,${G},Range,A,1–90\nr,${G},Range,B,1–90\n`,
      'table9.csv:4: no "Median" row for B',
    ],
    [
      `m,${G},Median,A,50\nlo,${G},Minimum,A,1\n`,
      'table9.csv:3: "Minimum" without a maximum row for A',
    ],
    [
      `m,${G},Median,A,50\nr,${G},Range,A,1–90\nhi,${G},Maximum,A,90\n`,
      "table9.csv:4: both a range row (line 3)",
    ],
    [
      `n,${G},N,A,2.5\nm,${G},Median,A,50\nr,${G},Range,A,1–90\n`,
      'table9.csv:2: printed: "N" must be an integer ≥ 1, got "2.5"',
    ],
    [
      `n,${G},N,A,0\nm,${G},Median,A,50\nr,${G},Range,A,1–90\n`,
      'table9.csv:2: printed: "N" must be an integer ≥ 1, got "0"',
    ],
    [`n,${G},N,A,40%\nm,${G},Median,A,50\nr,${G},Range,A,1–90\n`, 'got "40%"'],
  ];
  for (const [csv, message] of cases) {
    const error = assertThrows(() => tablesOf(csv), DataError);
    assertStringIncludes(error.message, message);
  }
  assertThrows(
    () => summaryTables([] as unknown as Map<string, never[]>),
    TypeError,
    "`tables` must be a Map of file name to table cells, got object",
  );
});

Deno.test("summaryUnit: the group header's last parenthesis", () => {
  // Table 3 (Boissel 2022): the unit, then the footnote marker "^a"
  assertEquals(
    summaryUnit("CD38 receptor density of cancer cells at baseline (sABC/cell) ^a"),
    "sABC/cell",
  );
  assertEquals(summaryUnit("CD38 positivity at baseline (%)"), "%");
  assertEquals(summaryUnit("Age group, years, n (%)"), "%");
  assertEquals(summaryUnit("Hemoglobin (g/dL) (central lab)"), "central lab");
  assertEquals(summaryUnit("Age, years"), "");
  assertEquals(summaryUnit(""), "");
});
