import { type Cd38ChartCell, cd38DensitySpec, cd38PercentSpec } from "../../lib/charts/cd38.ts";
import { renderSvg, VEGA_LITE_SCHEMA } from "../../lib/charts/render.ts";
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import * as vegaLite from "vega-lite";

// Boissel 2022, Table 3 (bone-marrow median density as the Results text prints it: 6817.50).
const cells: Cd38ChartCell[] = [
  {
    measure: "receptor-density",
    compartment: "peripheral-blood",
    timePoint: "baseline",
    unit: "sABC/cell",
    n: 10,
    median: 11093.5,
    min: 181,
    max: 76131,
  },
  {
    measure: "receptor-density",
    compartment: "bone-marrow",
    timePoint: "baseline",
    unit: "sABC/cell",
    n: 10,
    median: 6817.5,
    min: 108,
    max: 44872,
    notes: ["Bone marrow: median 6817.50 as the Results text prints it."],
  },
  {
    measure: "positivity",
    compartment: "peripheral-blood",
    timePoint: "baseline",
    unit: "%",
    n: 10,
    median: 87.5,
    min: 20.9,
    max: 98.4,
  },
  {
    measure: "receptor-occupancy",
    compartment: "peripheral-blood",
    timePoint: "on-treatment",
    unit: "%",
    n: 4,
    median: 57.96,
    min: 26.6,
    max: 75.4,
  },
  {
    measure: "receptor-occupancy",
    compartment: "bone-marrow",
    timePoint: "on-treatment",
    unit: "%",
    n: 3,
    median: 63.99,
    min: 61.7,
    max: 73.0,
  },
];

Deno.test("cd38DensitySpec: a log-scale dot-and-range spec that compiles and renders", async () => {
  const spec = cd38DensitySpec(cells);
  const data = (spec as { data: { values: { median: number; nLabel: string }[] } }).data.values;
  assertEquals(data.map((d) => d.median), [11093.5, 6817.5]);
  const layer =
    (spec as { layer: { encoding: { x: { scale: { type: string; domain: number[] } } } }[] }).layer;
  assertEquals(layer[0]!.encoding.x.scale.type, "log");
  assertEquals(layer[0]!.encoding.x.scale.domain, [100, 100000]); // decades around 108–76,131
  vegaLite.compile(spec); // throws on an invalid spec
  const svg = await renderSvg(spec);
  assertStringIncludes(svg, "<svg");
  assertStringIncludes(svg, "n = 10");
  assertStringIncludes(svg, "Bone marrow");
  assertStringIncludes(svg, "6817.50 as the Results text");
});

Deno.test("cd38PercentSpec: one panel per measure present, renders with n labels", async () => {
  const spec = cd38PercentSpec(cells);
  const panels = (spec as { vconcat: { data: { values: { n: number }[] } }[] }).vconcat;
  assertEquals(panels.map((p) => p.data.values.map((v) => v.n)), [[10], [4, 3]]);
  vegaLite.compile(spec);
  const svg = await renderSvg(spec);
  assertStringIncludes(svg, "n = 3");
  assertStringIncludes(svg, "Receptor occupancy");
  assertStringIncludes(svg, "CD38-positive blasts");
});

Deno.test("CD38 charts: bad input is a RangeError naming the cell, the field and the value", () => {
  const density = cells[0]!;
  assertThrows(
    () => cd38DensitySpec([{ ...density, min: 0 }]),
    RangeError,
    "`cells[0].min` must be > 0 on a log scale, got 0",
  );
  assertThrows(
    () => cd38DensitySpec([{ ...density, median: -5, min: -10 }]),
    RangeError,
    "`cells[0].min` must be > 0 on a log scale, got -10",
  );
  assertThrows(
    () => cd38DensitySpec([{ ...density, min: 20000 }]),
    RangeError,
    "`cells[0].min` must be ≤ `median` (median = 11093.5), got 20000",
  );
  assertThrows(
    () => cd38DensitySpec([{ ...density, max: 100 }]),
    RangeError,
    "`cells[0].median` must be ≤ `max` (max = 100), got 11093.5",
  );
  assertThrows(
    () => cd38DensitySpec([{ ...density, n: 0 }]),
    RangeError,
    "`cells[0].n` must be an integer ≥ 1, got 0",
  );
  assertThrows(
    () => cd38DensitySpec([{ ...density, n: 2.5 }]),
    RangeError,
    "`cells[0].n` must be an integer ≥ 1, got 2.5",
  );
  assertThrows(
    () => cd38DensitySpec(cells.slice(2)),
    RangeError,
    '`cells` must include at least one "receptor-density" cell, got 3 cells',
  );
  assertThrows(
    () => cd38PercentSpec(cells.slice(0, 2)),
    RangeError,
    '`cells` must include a "positivity" or "receptor-occupancy" cell',
  );
  assertThrows(
    () => cd38PercentSpec([{ ...cells[2]!, median: NaN }]),
    RangeError,
    "`cells[0].median` must be a finite number, got NaN",
  );
});

Deno.test("CD38 charts emit the project's vega-lite schema", () => {
  assertEquals(cd38DensitySpec(cells).$schema, VEGA_LITE_SCHEMA);
});
