/**
 * OC-curve chart builder. Expected values come from twoStageCharacteristics, whose numbers are
 * tested against scipy in tests/stats/two_stage_characteristics_test.ts, and from the inputs.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import {
  ocChartRows,
  operatingCharacteristicsSpec,
  operatingCharacteristicsSvg,
} from "../../lib/charts/operating_characteristics.ts";
import { twoStageCharacteristics } from "../../lib/stats/two_stage_characteristics.ts";

const minimax = { label: "Minimax 6/11, 17/24", design: { r1: 6, n1: 11, r: 17, n: 24 } };
const optimal = { label: "Optimal 7/11, 21/31", design: { r1: 7, n1: 11, r: 21, n: 31 } };

Deno.test("ocChartRows: one row per design, curve and grid point, from twoStageCharacteristics", () => {
  const rows = ocChartRows([minimax, optimal], { grid: [0.6, 0.8] });
  assertEquals(rows.length, 2 * 2 * 2);
  const at = rows.find((r) =>
    r.design === minimax.label && r.series === "P(declare promising)" && r.p === 0.6
  )!;
  assertEquals(at.probability, twoStageCharacteristics(minimax.design, 0.6).pReject);
  const pet = ocChartRows([minimax], { grid: [0.6], series: ["pet"] });
  assertEquals(pet.map((r) => r.series), ["P(stop after stage 1)"]);
  assertEquals(pet[0]!.probability, twoStageCharacteristics(minimax.design, 0.6).pet);
});

Deno.test("operatingCharacteristicsSpec: layers for the curves and the p0/p1 rules", () => {
  const spec = operatingCharacteristicsSpec([minimax], { p0: 0.6, p1: 0.8, title: "Boissel" });
  assertEquals(spec.title, "Boissel");
  const layers = (spec as { layer: { data: { values: unknown[] } }[] }).layer;
  assertEquals(layers.length, 3);
  assertEquals(layers[0]!.data.values.length, 101 * 2);
  assertEquals(layers[1]!.data.values, [{ p: 0.6, label: "p0 = 0.6" }, {
    p: 0.8,
    label: "p1 = 0.8",
  }]);
});

Deno.test("operatingCharacteristicsSvg renders an SVG with the legend labels", async () => {
  const svg = await operatingCharacteristicsSvg([minimax, optimal], {
    p0: 0.6,
    p1: 0.8,
    grid: [0, 0.25, 0.5, 0.75, 1],
  });
  assert(svg.startsWith("<svg"));
  assertStringIncludes(svg, "Minimax 6/11, 17/24");
  assertStringIncludes(svg, "p0 = 0.6");
});

Deno.test("ocChartRows: bad input throws naming the argument", () => {
  assertThrows(() => ocChartRows([]), RangeError, "`designs` must be a non-empty array");
  assertThrows(
    () => ocChartRows([minimax], { series: ["power" as "pet"] }),
    RangeError,
    "`series[0]` must be one of pReject, pet, got power",
  );
  assertThrows(
    () => ocChartRows([{ label: "bad", design: { r1: 5, n1: 5, r: 6, n: 10 } }]),
    RangeError,
    "`design.r1` must be smaller than `design.n1`",
  );
});
