// Boissel N, et al. 2022. Cancer Med 11:1292–1298. doi:10.1002/cam4.4478 — the charts of
// Table 3, with the Results text's differing figures in the subtitle.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import * as vegaLite from "vega-lite";
import {
  CD38_CHART_TITLE,
  cd38ChartSpecs,
  cd38SummaryTable,
} from "../../../lib/papers/boissel-2022/cd38_charts.ts";
import { loadBoisselCd38 } from "../../../lib/papers/boissel-2022/cd38.ts";
import { renderSvg } from "../../../lib/charts/render.ts";

const cd38 = await loadBoisselCd38();

Deno.test("cd38SummaryTable: Table 3's eight cells as the engine's summary table", () => {
  const table = cd38SummaryTable(cd38.table);
  assertEquals(table.file, "table3.csv");
  // Table 3: density (sABC/cell), then positivity and occupancy (%), blood before marrow
  assertEquals(table.cells.map((c) => [c.unit, c.column]).slice(0, 3), [
    ["sABC/cell", "White blood cells"],
    ["sABC/cell", "Bone marrow"],
    ["%", "White blood cells"],
  ]);
  assertThrows(() => cd38SummaryTable([]), RangeError, "`cells` must be a non-empty array");
});

Deno.test("cd38ChartSpecs: two charts, titled, with the Results text's notes", async () => {
  const specs = cd38ChartSpecs(cd38);
  const titles = specs.map((s) => (s as { title: { text: string } }).title.text);
  assertEquals(titles, [`${CD38_CHART_TITLE} (sABC/cell)`, `${CD38_CHART_TITLE} (%)`]);
  const subtitle = (s: unknown) =>
    (s as { title: { subtitle: string[] } }).title.subtitle.join(" ");
  // Results: "6817.50" confirms Table 3's malformed "68,17.50"; "87.90%" vs Table 3's "87.50"
  assertStringIncludes(subtitle(specs[0]), "6817.50 as the Results text prints it");
  assertStringIncludes(subtitle(specs[0]), 'the median is printed "68,17.50"');
  assertStringIncludes(subtitle(specs[1]), "the Results text prints 87.90%");
  assertEquals(subtitle(specs[0]).includes("87.90%"), false);
  for (const spec of specs) vegaLite.compile(spec);
  const svg = await renderSvg(specs[1]!);
  assertStringIncludes(svg, "CD38 positivity at baseline (%)");
  assertStringIncludes(svg, "n = 4"); // Table 3, occupancy on treatment, White blood cells
  const own = cd38ChartSpecs(cd38, { title: "CD38", notes: ["A note."] });
  assertStringIncludes(subtitle(own[0]), "A note.");
  assertEquals((own[0] as { title: { text: string } }).title.text, "CD38 (sABC/cell)");
});
