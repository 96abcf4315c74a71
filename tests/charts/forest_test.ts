/**
 * Forest plot builder. Expected values come from the inputs themselves (counts as printed in
 * Aureli 2023 / trials.csv) or from metaProportions, whose numbers are tested against metafor
 * in tests/stats/meta_proportions_test.ts.
 */
import { assert, assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { FOREST_SORTS, forestRows, forestSpec, forestSvg } from "../../lib/charts/forest.ts";
import { metaProportions } from "../../lib/stats/meta_proportions.ts";
import { metaSubgroups } from "../../lib/stats/meta_subgroups.ts";

const studies = [
  { label: "Topp 2015", x: 81, n: 189, group: "adult" },
  { label: "ALCANTARA", x: 16, n: 45, group: "adult" },
  { label: "Park 2018", x: 44, n: 53, group: "adult" },
  { label: "RIALTO", x: 69, n: 110, group: "pediatric" },
  { label: "ELIANA", x: 61, n: 75, group: "pediatric" },
];

Deno.test("rows: n/N and % as printed by the review, pooled rows from the fit", () => {
  const fit = metaProportions(studies, { tau2: "DL" });
  const rows = forestRows(fit, { sort: "as-given" });
  // Aureli 2023 §4.1.1: "43% (81/189)"; 81/189 = 42.857…%
  assertEquals([rows[1]!.label, rows[1]!.counts, rows[1]!.percent], [
    "Topp 2015",
    "81/189",
    "42.9",
  ]);
  const overall = rows.find((r) => r.kind === "overall")!;
  assertEquals(overall.estimate, 100 * fit.proportion.estimate);
  const prediction = rows.find((r) => r.kind === "prediction")!;
  assertEquals(prediction.lower, 100 * fit.proportion.predictionLower);
  assertEquals(rows.map((r) => r.row), rows.map((_, i) => i));
});

Deno.test("rows: sorted by estimate, label or n within subgroups", () => {
  const result = metaSubgroups(studies);
  const labels = (sort: (typeof FOREST_SORTS)[number]) =>
    forestRows(result, { sort }).filter((r) => r.kind === "study").map((r) => r.label);
  // 44/53 > 81/189 > 16/45; 61/75 > 69/110
  assertEquals(labels("estimate"), ["Park 2018", "Topp 2015", "ALCANTARA", "ELIANA", "RIALTO"]);
  assertEquals(labels("label"), ["ALCANTARA", "Park 2018", "Topp 2015", "ELIANA", "RIALTO"]);
  assertEquals(labels("n"), ["Topp 2015", "Park 2018", "ALCANTARA", "RIALTO", "ELIANA"]);
  const kinds = forestRows(result).map((r) => r.kind);
  assertEquals(kinds.filter((k) => k === "subgroup").length, 2);
  assertEquals(kinds.slice(-2), ["overall", "prediction"]);
  assertThrows(
    // deno-lint-ignore no-explicit-any
    () => forestRows(result, { sort: "random" as any }),
    RangeError,
    '`sort` must be one of "estimate", "as-given", "label", "n", got "random"',
  );
});

Deno.test("spec: vega-lite v5 with diamonds, and the subgroup test in the subtitle", () => {
  const spec = forestSpec(metaSubgroups(studies), { title: "Response" });
  const json = JSON.stringify(spec);
  assertEquals(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
  assertStringIncludes(json, "Test for subgroup differences");
  assertStringIncludes(json, '"diamonds"');
});

Deno.test("svg: renders every label, the prediction interval and the column headers", async () => {
  const svg = await forestSvg(metaSubgroups(studies), { title: "Response" });
  assert(svg.startsWith("<svg"));
  for (const text of ["Topp 2015", "81/189", "Subtotal adult", "Prediction interval", "n/N"]) {
    assertStringIncludes(svg, text);
  }
});
