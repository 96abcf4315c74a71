// Tests of lib/charts/corpus.ts: the vega-lite specs of a corpus audit compile with vega-lite and
// carry the data they are given (numbers made up).
import { assertEquals, assertThrows } from "@std/assert";
import * as vegaLite from "vega-lite";
import {
  inconsistencyChartSpec,
  precisionChartSpec,
  shareChartSpec,
  statementsChartSpec,
} from "../../lib/charts/corpus.ts";

const zero = { artefact: 0, explained: 0, consistent: 0, "not-derivable": 0 };
const values = (spec: unknown) =>
  (spec as { data: { values: Record<string, unknown>[] } }).data.values;

Deno.test("statements and inconsistencies: bars per status or tier, largest first", () => {
  const spec = statementsChartSpec([
    { kind: "sum", tier: "explicit", ...zero, discrepancy: 0, reproduced: 3 },
    { kind: "percentage", tier: "inferred", ...zero, discrepancy: 2, reproduced: 8 },
  ]);
  vegaLite.compile(spec as never);
  assertEquals(
    (spec as { encoding: { y: { sort: string[] } } }).encoding.y.sort,
    ["percentage (inferred)", "sum (explicit)"],
  );
  const kinds = inconsistencyChartSpec([
    { label: "truncated", explicit: 1, inferred: 2, papers: 2 },
    { label: "rounded twice", explicit: 4, inferred: 0, papers: 3 },
    { label: "none", explicit: 0, inferred: 0, papers: 0 },
  ]);
  vegaLite.compile(kinds as never);
  assertEquals(values(kinds).map((v) => [v.kind, v.tier]), [
    ["truncated", "explicit"],
    ["truncated", "inferred"],
    ["rounded twice", "explicit"],
  ]);
});

Deno.test("shares in percent; a share outside [0, 1] is refused", () => {
  const spec = shareChartSpec([{ label: "papers", share: 0.162, source: "corpus" }]);
  vegaLite.compile(spec as never);
  assertEquals(values(spec)[0]?.percent, 16.2);
  assertThrows(
    () => shareChartSpec([{ label: "papers", share: 16.2, source: "corpus" }]),
    RangeError,
    "`share`",
  );
});

Deno.test("precision points with intervals and target rules; empty tiers left out", () => {
  const spec = precisionChartSpec([
    {
      sample: "s",
      tier: "explicit",
      correct: 9,
      flags: 10,
      precision: 0.9,
      lower: 0.6,
      upper: 0.98,
    },
    {
      sample: "s",
      tier: "inferred",
      correct: 0,
      flags: 0,
      precision: null,
      lower: null,
      upper: null,
    },
  ], { explicit: 0.97 });
  vegaLite.compile(spec as never);
  const layers = (spec as { layer: { data: { values: Record<string, unknown>[] } }[] }).layer;
  assertEquals(layers[0]?.data.values, [{ target: 0.97, label: "target explicit 0.97" }]);
  assertEquals(layers[2]?.data.values.map((v) => v.label), ["9/10"]);
});
