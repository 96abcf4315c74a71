/**
 * Range/dot charts of summary tables. The real table is Boissel et al. 2022, Table 3 (read from
 * data/boissel-2022/table3.csv through the generic loader); the others are made up to reach
 * each branch. Expected numbers are the printed figures themselves.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import * as vegaLite from "vega-lite";
import {
  LOG_SCALE_DECADES,
  SUMMARY_CHART_SCALES,
  summaryTableSpec,
  summaryTableSvg,
} from "../../lib/charts/summary_table.ts";
import { MIN_FONT_PX } from "../../lib/charts/render.ts";
import { loadTable, readLedger } from "../../lib/ledger/load.ts";
import { type SummaryTable, summaryTables } from "../../lib/summaries/summary_table.ts";

const [boissel] = await readLedger(new URL("../../data", import.meta.url).pathname, {
  paper: "boissel-2022",
});
const [table3] = summaryTables(boissel!.tables);

const HEADER = "row_id,group,label,column,printed\n";
const made = (csv: string): SummaryTable =>
  summaryTables(new Map([["table9.csv", loadTable(HEADER + csv, "table9.csv")]]))[0]!;

interface Panel {
  data: { values: { column: string; median: number; flagged: boolean; nLabel: string }[] };
  layer: { encoding: { x: { scale: Record<string, unknown>; axis: { title: string | null } } } }[];
}
const panels = (spec: unknown) => (spec as { vconcat: Panel[] }).vconcat;
const subtitle = (spec: unknown) => (spec as { title: { subtitle: string[] } }).title.subtitle;

Deno.test("Table 3: density on a log axis, the percentages on 0–100, one panel per variable", () => {
  assertEquals(LOG_SCALE_DECADES, 2);
  const [density, percent] = summaryTableSpec(table3!);
  // Table 3 densities: 108.0 (bone-marrow minimum) to 76,131.0 (blood maximum), 2.85 decades
  const densityPanels = panels(density);
  assertEquals(densityPanels.length, 1);
  assertEquals(densityPanels[0]!.layer[0]!.encoding.x.scale, {
    type: "log",
    domain: [100, 100000],
  });
  // columns in file order; the malformed "68,17.50" drawn at its reading, flagged
  assertEquals(
    densityPanels[0]!.data.values.map((v) => [v.column, v.median, v.flagged, v.nLabel]),
    [
      ["White blood cells", 11093.5, false, "n = 10"],
      ["Bone marrow", 6817.5, true, "n = 10"],
    ],
  );
  assertStringIncludes(subtitle(density).join(" "), 'the median is printed "68,17.50"');
  assertStringIncludes(subtitle(density).join(" "), "drawn at 6817.5");
  // positivity, baseline occupancy and on-treatment occupancy: three panels, 0–100%
  const percentPanels = panels(percent);
  assertEquals(percentPanels.length, 3);
  assertEquals(percentPanels[0]!.layer[0]!.encoding.x.scale, { domain: [0, 100] });
  // Table 3, on treatment: n = 4 (White blood cells), 3 (Bone marrow)
  assertEquals(percentPanels[2]!.data.values.map((v) => v.nLabel), ["n = 4", "n = 3"]);
  // the axis title only under the last panel
  assertEquals(percentPanels.map((p) => p.layer[0]!.encoding.x.axis.title), [null, null, "%"]);
  for (const spec of [density, percent]) vegaLite.compile(spec!); // throws on an invalid spec
});

Deno.test("Table 3 rendered: titles, n labels, the flag note, no text under 11 px", async () => {
  const charts = await summaryTableSvg(table3!);
  assertEquals(charts.map((c) => c.title), [
    "Median (dot) and range (line): sABC/cell",
    "Median (dot) and range (line): %",
  ]);
  const [density, percent] = charts.map((c) => c.svg);
  assertStringIncludes(density!, "<svg");
  assertStringIncludes(density!, "n = 10");
  assertStringIncludes(density!, "Bone marrow");
  assertStringIncludes(density!, "68,17.50");
  assertStringIncludes(percent!, "CD38 occupancy of cancer cells on treatment (%)");
  assertStringIncludes(percent!, "n = 3");
  for (const svg of [density!, percent!]) {
    const sizes = [...svg.matchAll(/font-size="(\d+(?:\.\d+)?)px"/g)].map((m) => Number(m[1]));
    assert(sizes.length > 0);
    assert(sizes.every((s) => s >= MIN_FONT_PX), `font sizes ${sizes}`);
  }
  // the specs themselves ask for nothing smaller either (Jupyter renders them unaltered)
  for (const spec of summaryTableSpec(table3!)) {
    const asked = [...JSON.stringify(spec).matchAll(/"(?:\w*[fF]ontSize)":(\d+)/g)].map((m) =>
      Number(m[1])
    );
    assert(asked.every((s) => s >= MIN_FONT_PX), `font sizes ${asked}`);
  }
});

Deno.test("scales: linear below two decades, forced log or linear; units in order", () => {
  const table = made(
    "m,Weight (kg),Median,A,71\nr,Weight (kg),Range,A,48–112\n" +
      'm2,Titre (IU/mL),Median,A,900\nr2,Titre (IU/mL),Range,A,"8–64,000"\n',
  );
  const specs = summaryTableSpec(table);
  const scales = specs.map((s) => panels(s)[0]!.layer[0]!.encoding.x.scale);
  // 48–112 kg spans 0.37 decades; 8–64,000 IU/mL spans 3.9
  assertEquals(scales, [{ zero: true }, { type: "log", domain: [1, 100000] }]);
  const forced = summaryTableSpec(table, { scale: "log" });
  assertEquals(panels(forced[0])[0]!.layer[0]!.encoding.x.scale, {
    type: "log",
    domain: [10, 1000],
  });
  const linear = summaryTableSpec(table, { scale: "linear" });
  assertEquals(panels(linear[1])[0]!.layer[0]!.encoding.x.scale, { zero: true });
  assertEquals([...SUMMARY_CHART_SCALES], ["auto", "log", "linear"]);
  // a given title gets the unit appended when the table has several units
  const titled = summaryTableSpec(table, { title: "Baseline" }).map((s) =>
    (s as { title: { text: string } }).title.text
  );
  assertEquals(titled, ["Baseline (kg)", "Baseline (IU/mL)"]);
  // values ≤ 0 stay linear under "auto" however wide the span
  const signed = made("m,Change (%),Median,A,-2\nr,Change (%),Range,A,-300–5\n");
  assertEquals(panels(summaryTableSpec(signed)[0])[0]!.layer[0]!.encoding.x.scale, {
    zero: false,
  });
});

Deno.test("subtitle: notes given, columns not drawn", () => {
  const table = made(
    "m,Time (days),Median,A,28\nm,Time (days),Median,B,NR\n" +
      "r,Time (days),Range,A,14–63\nr,Time (days),Range,B,NR\n",
  );
  const [spec] = summaryTableSpec(table, { notes: ["Arm B: not reached at the cut-off."] });
  const lines = subtitle(spec);
  assertEquals(lines[0], "Dot: median; line: minimum to maximum (table9.csv).");
  assertEquals(lines.slice(1), [
    'Not drawn: B, Time (days) (Median printed "NR").',
    "Arm B: not reached at the cut-off.",
  ]);
});

Deno.test("an empty table gives no chart", async () => {
  const empty: SummaryTable = { file: "table9.csv", cells: [], omitted: [] };
  assertEquals(summaryTableSpec(empty), []);
  assertEquals(await summaryTableSvg(empty), []);
});

Deno.test("bad input: RangeError or TypeError naming the cell or option and the value", () => {
  const table = table3!;
  const cell = table.cells[0]!;
  const withCell = (change: object): SummaryTable => ({
    ...table,
    cells: [{ ...cell, ...change }],
  });
  assertThrows(
    () => summaryTableSpec(table, { scale: "sqrt" as "log" }),
    RangeError,
    '`options.scale` must be one of "auto", "log", "linear", got "sqrt"',
  );
  assertThrows(
    () => summaryTableSpec(table, { width: 0 }),
    RangeError,
    "`options.width` must be > 0",
  );
  assertThrows(() => summaryTableSpec(table, { width: NaN }), RangeError, "`options.width`");
  assertThrows(
    () => summaryTableSpec(withCell({ median: { ...cell.median, value: null, flag: null } })),
    RangeError,
    "`table.cells[0].median` must have a finite value or a flagged reading",
  );
  assertThrows(
    () => summaryTableSpec(withCell({ min: { ...cell.min, value: 20000 } })),
    RangeError,
    "`table.cells[0].min` must be ≤ the median (11093.5), got 20000",
  );
  assertThrows(
    () => summaryTableSpec(withCell({ max: { ...cell.max, value: 100 } })),
    RangeError,
    "`table.cells[0].median` must be ≤ the maximum (100), got 11093.5",
  );
  const signed = made("m,Change (%),Median,A,-2\nr,Change (%),Range,A,-300–5\n");
  assertThrows(
    () => summaryTableSpec(signed, { scale: "log" }),
    RangeError,
    '`options.scale` "log" needs positive values, got a minimum of -300 (%)',
  );
  assertThrows(
    () => summaryTableSpec(null as unknown as SummaryTable),
    TypeError,
    "`table` must be a summary table, got null",
  );
});
