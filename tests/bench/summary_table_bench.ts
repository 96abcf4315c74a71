/**
 * Speed of the summary tables and their charts. Targets: recognising the summary tables among
 * a paper's transcriptions (Boissel 2022: four tables, 84 cells) ≤ 1 ms; the vega-lite specs
 * of one table ≤ 1 ms; rendering them to SVG ≤ 300 ms (vega already loaded).
 */
import { readLedger } from "../../lib/ledger/load.ts";
import { summaryTables } from "../../lib/summaries/summary_table.ts";
import { summaryTableSpec, summaryTableSvg } from "../../lib/charts/summary_table.ts";

const [paper] = await readLedger(new URL("../../data", import.meta.url).pathname, {
  paper: "boissel-2022",
});
const [table] = summaryTables(paper!.tables);
await summaryTableSvg(table!); // load vega before timing

Deno.bench("summaryTables: Boissel 2022's four tables", () => {
  summaryTables(paper!.tables);
});
Deno.bench("summaryTableSpec: Table 3 (two units, eight cells)", () => {
  summaryTableSpec(table!);
});
Deno.bench("summaryTableSvg: Table 3 (two SVGs)", async () => {
  await summaryTableSvg(table!);
});
