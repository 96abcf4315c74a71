import { estimateMeanSD } from "../../lib/stats/estimate_mean_sd.ts";
import { medianConstraints } from "../../lib/stats/median_constraints.ts";
import { ratioOfMedians } from "../../lib/stats/skewed_summaries.ts";
import { parseCd38Text, parseTable3 } from "../../lib/papers/boissel-2022/cd38_load.ts";
import {
  type BoisselCd38,
  compareCd38TextWithTable,
  resolveCd38Cells,
} from "../../lib/papers/boissel-2022/cd38.ts";
import { cd38ChartSpecs } from "../../lib/papers/boissel-2022/cd38_charts.ts";
import { renderSvg } from "../../lib/charts/render.ts";

// Boissel 2022, Table 3: receptor density in blood, n = 10, 11,093.50 (181.0: 76,131.0).
const s1 = { n: 10, min: 181, median: 11093.5, max: 76131 };
const s3 = { n: 40, min: 2, q1: 5, median: 8, q3: 13, max: 60 };
const table3 = await Deno.readTextFile(
  new URL("../../data/boissel-2022/table3.csv", import.meta.url),
);
const text = await Deno.readTextFile(
  new URL("../../data/boissel-2022/cd38_text.csv", import.meta.url),
);
const cells = parseTable3(table3, "table3.csv");
const figures = parseCd38Text(text, "t");
const comparisons = compareCd38TextWithTable(cells, figures);
const cd38: BoisselCd38 = {
  table: cells,
  text: figures,
  comparisons,
  resolved: resolveCd38Cells(cells, comparisons),
};

Deno.bench("estimateMeanSD S1 luo (n = 10)", { group: "estimate" }, () => {
  estimateMeanSD(s1, { method: "luo" });
});
Deno.bench("estimateMeanSD S1 log-normal (n = 10)", { group: "estimate" }, () => {
  estimateMeanSD(s1, { method: "log-normal" });
});
Deno.bench("estimateMeanSD S3 shi (n = 40)", { group: "estimate" }, () => {
  estimateMeanSD(s3, { method: "shi" });
});
Deno.bench("medianConstraints (n = 10)", () => {
  medianConstraints(s1);
});
Deno.bench("ratioOfMedians with wording", () => {
  ratioOfMedians({ label: "in blood", n: 10, median: 11093.5 }, {
    label: "in bone marrow",
    n: 10,
    median: 6817.5,
  });
});
Deno.bench("parse, validate and compare table3.csv + cd38_text.csv", () => {
  const t = parseTable3(table3, "table3.csv");
  resolveCd38Cells(t, compareCd38TextWithTable(t, parseCd38Text(text, "t", t)));
});
Deno.bench("cd38ChartSpecs + renderSvg (receptor density)", async () => {
  await renderSvg(cd38ChartSpecs(cd38)[0]!);
});
