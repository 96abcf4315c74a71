/**
 * The core's results display as tables in Jupyter (Deno's `Symbol.for("Jupyter.display")`
 * protocol) without changing what they are: same keys, same JSON. The table renderer is
 * registered by the presentation layer (`lib/display/record.ts`); the core imports nothing of
 * it (checked below on the import graph).
 */
import { assert, assertEquals, assertStringIncludes } from "@std/assert";
// Presentation registers the table renderer when it loads; the core does not import it.
import "../../lib/display/record.ts";
import { binomialCI } from "../../lib/stats/binomial_ci.ts";
import { binomialTest } from "../../lib/stats/binomial_test.ts";
import { betaPosterior } from "../../lib/stats/beta_posterior.ts";
import { identifyCiMethod } from "../../lib/stats/identify_ci_method.ts";
import { compareProportions } from "../../lib/stats/compare_proportions.ts";
import { fisherExact } from "../../lib/stats/fisher_exact.ts";
import { chiSquareTest } from "../../lib/stats/chi_square_test.ts";
import { ratioFromCI } from "../../lib/stats/ratio_from_ci.ts";
import { simonDesigns } from "../../lib/stats/simon_designs.ts";
import { twoStageCharacteristics } from "../../lib/stats/two_stage_characteristics.ts";
import { twoStageInference } from "../../lib/stats/two_stage_inference.ts";
import { medianConstraints } from "../../lib/stats/median_constraints.ts";
import { metaProportions } from "../../lib/stats/meta_proportions.ts";

type Bundle = Record<string, string>;
const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

function show(value: object): Bundle {
  const method = (value as Record<symbol, unknown>)[JUPYTER_DISPLAY];
  assert(typeof method === "function", "no Jupyter display method");
  return (method as (this: object) => Bundle).call(value);
}

// Inputs are the papers' own counts (Boissel 2022 Table 2: 0 of 14; the minimax design
// 6/11, 17/24 re-derived from the Methods' hypotheses; Aureli 2023: Locatelli 2021 CR 44/49
// vs 26/48 and HR 0.43 (0.18–1.01)); the test checks the display, not the numbers.
const design = { r1: 6, n1: 11, r: 17, n: 24 };
const results: [string, object][] = [
  ["binomialCI", binomialCI(0, 14, { method: "clopper-pearson" })],
  ["binomialTest", binomialTest(0, 14, 0.6)],
  ["betaPosterior", betaPosterior(0, 14)],
  [
    "identifyCiMethod",
    identifyCiMethod(0, 14, { lower: "0.0", upper: "23.2", scale: "percent" }),
  ],
  ["compareProportions", compareProportions({ x: 44, n: 49 }, { x: 26, n: 48 })],
  ["fisherExact", fisherExact({ x: 44, n: 49 }, { x: 26, n: 48 })],
  ["chiSquareTest", chiSquareTest({ x: 44, n: 49 }, { x: 26, n: 48 })],
  ["ratioFromCI", ratioFromCI({ estimate: 0.43, lower: 0.18, upper: 1.01, level: 0.95 })],
  ["simonDesigns", simonDesigns({ p0: 0.6, p1: 0.8, alpha: 0.1, beta: 0.2, nmax: 40 })],
  ["twoStageCharacteristics", twoStageCharacteristics(design, 0.6)],
  ["twoStageInference", twoStageInference(design, { stage: 1, x: 0 }, { p0: 0.6 })],
  ["medianConstraints", medianConstraints({ n: 10, min: 181, median: 11093.5, max: 76131 })],
  ["metaProportions", metaProportions([{ x: 81, n: 189 }, { x: 16, n: 45 }])],
];

for (const [name, result] of results) {
  Deno.test(`${name} displays as an HTML and text table in Jupyter, JSON unchanged`, () => {
    const bundle = show(result);
    assertStringIncludes(bundle["text/html"]!, "<table");
    assert(bundle["text/plain"]!.length > 0);
    assert(!Object.keys(result).some((k) => k.includes("Jupyter")));
    assertEquals(JSON.parse(JSON.stringify(result)), JSON.parse(JSON.stringify({ ...result })));
  });
}

Deno.test("the numerical core imports nothing from presentation", async () => {
  const root = new URL("../../lib/stats/", import.meta.url);
  for await (const entry of Deno.readDir(root)) {
    if (!entry.name.endsWith(".ts")) continue;
    const text = await Deno.readTextFile(new URL(entry.name, root));
    for (const m of text.matchAll(/from\s+"([^"]+)"/g)) {
      const target = m[1]!;
      assert(
        !/\.\.\/(display|report|charts|cli|papers|ledger|checks|audit|extract)\//.test(target) &&
          !/^(npm:)?(danfojs|vega|vega-lite)/.test(target),
        `lib/stats/${entry.name} imports ${target}`,
      );
    }
  }
});
