import {
  assert,
  assertEquals,
  assertStrictEquals,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";
import { chart, chartBundle, chartText } from "../../lib/display/chart.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "../../lib/charts/schema.ts";

// A small spec in the shape the project's chart functions emit (vega-lite v5 schema).
const SPEC: VegaLiteSpec = {
  $schema: VEGA_LITE_SCHEMA,
  title: "Probability of early termination",
  data: { values: [{ p: 0.6, pet: 0.47 }, { p: 0.8, pet: 0.08 }] },
  mark: "line",
  encoding: {
    x: { field: "p", type: "quantitative" },
    y: { field: "pet", type: "quantitative" },
  },
};

Deno.test("chart: the bundle holds the spec, a static SVG and a text line", async () => {
  const bundle = await chartBundle(SPEC);
  assertEquals(Object.keys(bundle), [
    "application/vnd.vegalite.v5+json",
    "image/svg+xml",
    "text/plain",
  ]);
  assertStrictEquals(bundle["application/vnd.vegalite.v5+json"], SPEC);
  const svg = String(bundle["image/svg+xml"]);
  assert(svg.startsWith("<svg"), "SVG must start with <svg");
  assertStringIncludes(svg, "Probability of early termination");
  assertEquals(bundle["text/plain"], "[chart] Probability of early termination (line)");
});

Deno.test("chart: no text/html part, so static viewers pick the SVG", async () => {
  const bundle = await chartBundle(SPEC);
  assertEquals("text/html" in bundle, false);
});

Deno.test("chart: chart() renders on the kernel's first request, once", async () => {
  const shown = chart(SPEC);
  assertStrictEquals(shown.spec, SPEC);
  const first = shown[JUPYTER_DISPLAY]();
  assertStrictEquals(shown[JUPYTER_DISPLAY](), first);
  assertStringIncludes(String((await first)["image/svg+xml"]), "<svg");
  assertEquals(String(shown), "[chart] Probability of early termination (line)");
});

Deno.test("chart: chartText reads titles, descriptions, mark objects and compositions", () => {
  const data = { values: [] };
  assertEquals(
    chartText({ data, mark: { type: "bar" }, title: { text: ["Forest", "plot"] } }),
    "[chart] Forest plot (bar)",
  );
  assertEquals(chartText({ data, mark: "point", description: "CD38" }), "[chart] CD38 (point)");
  assertEquals(
    chartText({ data, layer: [{ mark: "rule" }, { mark: "point" }] }),
    "[chart] untitled (layered)",
  );
  assertEquals(chartText({ data, hconcat: [{ mark: "bar" }] }), "[chart] untitled (hconcat)");
});

Deno.test("chart: a spec that is not an object is refused", async () => {
  assertThrows(() => chart(null as never), TypeError, "`spec`");
  let rejected = false;
  try {
    await chartBundle("line" as never);
  } catch (error) {
    rejected = error instanceof TypeError && error.message.includes("`spec`");
  }
  assert(rejected);
});
