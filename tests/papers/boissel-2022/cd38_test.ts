import { readPaper } from "../../support/papers.ts";
// Boissel N, et al. 2022. Cancer Med 11:1292–1298. doi:10.1002/cam4.4478 — Table 3 and the
// Results paragraph beginning "CD38 expression". Every expectation cites where it stands.
import {
  CD38_MYELOMA_CLAIM,
  CD38_WORDING_DIFFERENCES,
  cd38MeanBounds,
  cd38MeanSdChecks,
  cd38SkewSummaries,
  compareCd38TextWithTable,
  loadBoisselCd38,
  resolveCd38Cells,
} from "../../../lib/papers/boissel-2022/cd38.ts";
import { parseTable3 } from "../../../lib/papers/boissel-2022/cd38_load.ts";
import {
  assert,
  assertAlmostEquals,
  assertEquals,
  assertStringIncludes,
  assertThrows,
} from "@std/assert";

const cd38 = await loadBoisselCd38();
const table3Csv = await Deno.readTextFile(
  new URL("../../../data/boissel-2022/table3.csv", import.meta.url),
);
const paper = readPaper("boissel-2022");

function cell(measure: string, compartment: string, timePoint = "baseline") {
  return cd38.resolved.find((c) =>
    c.measure === measure && c.compartment === compartment && c.timePoint === timePoint
  )!;
}

Deno.test("text vs Table 3: every figure compared, two differ, and how", () => {
  // Results: n "10 of 14" twice (covering 6 and 2 cells), 4 medians, 4 ranges (8 numbers).
  assertEquals(cd38.comparisons.length, 20);
  const differing = cd38.comparisons.filter((c) => c.verdict !== "same");
  assertEquals(differing.length, 2);
  // Table 3 "Median" bone marrow "68,17.50" vs Results "6817.50 (range 108.0–44,872.0)"
  const [positivity, density] = differing;
  assertEquals(
    [density!.table.printed, density!.table.value, density!.table.reading, density!.text.printed],
    ["68,17.50", null, 6817.5, "6817.50"],
  );
  assertEquals(density!.verdict, "typesetting-error");
  assertStringIncludes(density!.explanation, "A typesetting error, kept as printed");
  assertEquals(density!.check.status, "discrepancy"); // the ledger still reports it
  // Table 3 "Median" White blood cells "87.50" vs Results "87.90% (range 20.9%–98.4%)"
  assertEquals([positivity!.table.printed, positivity!.text.printed], ["87.50", "87.90%"]);
  assertEquals(positivity!.verdict, "different-number");
  assertStringIncludes(positivity!.explanation, "difference 0.4 percentage points");
  assertStringIncludes(positivity!.check.explanation, "one digit apart: 5 vs 9");
  // Everything else the text prints equals Table 3.
  for (const c of cd38.comparisons.filter((c) => c.verdict === "same")) {
    assertEquals(c.check.status, "reproduced", `${c.textRowId} ${c.statistic}`);
  }
});

Deno.test("resolved cells: Table 3's numbers, the bone-marrow median from the text, with notes", () => {
  const bm = cell("receptor-density", "bone-marrow");
  assertEquals([bm.median, bm.medianSource, bm.n, bm.min, bm.max], [
    6817.5,
    "text",
    10,
    108,
    44872,
  ]);
  assertStringIncludes(bm.notes[0]!, "Table 3 prints 68,17.50, a typesetting error");
  const pb = cell("positivity", "peripheral-blood");
  assertEquals([pb.median, pb.medianSource, pb.alternativeMedian], [87.5, "table", 87.9]);
  assertEquals(cell("receptor-occupancy", "bone-marrow", "on-treatment").n, 3); // Table 3
});

Deno.test("resolved cells: a malformed Table 3 figure without confirming text is an error", () => {
  assertThrows(
    () => resolveCd38Cells(cd38.table, cd38.comparisons.filter((c) => c.verdict === "same")),
    RangeError,
    '`table` prints "68,17.50"',
  );
});

Deno.test("mean bounds for every Table 3 cell (n, median, min, max)", () => {
  const bounds = cd38MeanBounds(cd38.resolved);
  assertEquals(bounds.length, 8);
  const get = (m: string, c: string, t = "baseline") =>
    bounds.find((b) => b.cell.measure === m && b.cell.compartment === c && b.cell.timePoint === t)!;
  // n = 10 (even): [(4a + 5m + b)/10, (a + 5m + 4b)/10] — Table 3 density, White blood cells
  const pb = get("receptor-density", "peripheral-blood").constraints;
  assertAlmostEquals(pb.meanLower, (4 * 181 + 5 * 11093.5 + 76131) / 10, 1e-9); // 13,232.25
  assertAlmostEquals(pb.meanUpper, (181 + 5 * 11093.5 + 4 * 76131) / 10, 1e-9); // 36,017.25
  // Bone marrow with the text's median 6817.50
  const bm = get("receptor-density", "bone-marrow").constraints;
  assertAlmostEquals(bm.meanLower, (4 * 108 + 5 * 6817.5 + 44872) / 10, 1e-9);
  // Positivity, White blood cells: under Table 3's 87.50 and under the text's 87.90
  const pos = get("positivity", "peripheral-blood");
  assertAlmostEquals(pos.constraints.meanLower, (4 * 20.9 + 5 * 87.5 + 98.4) / 10, 1e-9);
  assertAlmostEquals(pos.alternative!.meanLower, (4 * 20.9 + 5 * 87.9 + 98.4) / 10, 1e-9);
  // On treatment, n = 4: mean exactly (a + 2m + b)/4; n = 3: the sample is known
  const pbOn = get("receptor-occupancy", "peripheral-blood", "on-treatment").constraints;
  assertAlmostEquals(pbOn.meanLower, (26.6 + 2 * 57.96 + 75.4) / 4, 1e-12);
  assertAlmostEquals(pbOn.meanUpper, pbOn.meanLower, 1e-12);
  const bmOn = get("receptor-occupancy", "bone-marrow", "on-treatment").constraints;
  assertEquals(bmOn.knownSample, [61.7, 63.99, 73.0]);
});

Deno.test("published mean/SD approximations checked against what the summary allows", () => {
  const checks = cd38MeanSdChecks(cd38.resolved);
  assertEquals(checks.length, 8 * 4); // hozo, wan, luo, log-normal on every cell (S1)
  const find = (m: string, c: string, method: string, t = "baseline") =>
    checks.find((x) =>
      x.cell.measure === m && x.cell.compartment === c && x.cell.timePoint === t &&
      x.estimate.method === method
    )!;
  // The log-normal fit to blood density: mean inside the bounds, SD above √(10/9)·(76131 − 181)/2
  const ln = find("receptor-density", "peripheral-blood", "log-normal");
  assert(ln.meanPossible && !ln.sdPossible);
  assertAlmostEquals(ln.sdUpperBound, Math.sqrt(10 / 9) * (76131 - 181) / 2, 1e-9);
  // n = 3 (bone marrow on treatment, Table 3: 63.99, 61.7: 73.0): the sample is {a, m, b}, so
  // the mean is known, (61.7 + 63.99 + 73.0)/3. Hozo's estimator (a + 2m + b)/4 +
  // (a − 2m + b)/(4n) equals it at n = 3 (algebra); Luo's weighting of the same three does not.
  const hozo = find("receptor-occupancy", "bone-marrow", "hozo", "on-treatment");
  assert(hozo.meanPossible);
  assertAlmostEquals(hozo.estimate.mean, (61.7 + 63.99 + 73.0) / 3, 1e-9);
  const luo = find("receptor-occupancy", "bone-marrow", "luo", "on-treatment");
  assert(!luo.meanPossible);
  assertStringIncludes(luo.explanation, "impossible");
  // n = 4 (blood on treatment, Table 3: 57.96, 26.6: 75.4): the sample is {a, x, y, b} with
  // (x + y)/2 = m, so the mean is (a + 2m + b)/4 exactly (algebra); Wan's S1 estimator adds
  // Hozo's small-sample term (a − 2m + b)/(4n) (Wan et al. 2014, equation 2) and misses it.
  const wan = find("receptor-occupancy", "peripheral-blood", "wan", "on-treatment");
  const known = cd38MeanBounds([wan.cell])[0]!.constraints;
  assertEquals(wan.cell.n, 4);
  assertAlmostEquals(known.meanLower, (26.6 + 2 * 57.96 + 75.4) / 4, 1e-9);
  assertAlmostEquals(known.meanUpper, known.meanLower, 1e-9);
  assert(!wan.meanPossible);
});

Deno.test("skew summaries: fold ranges, log10 spans and ratios with honest wording", () => {
  const { spreads, ratios } = cd38SkewSummaries(cd38.resolved);
  // Table 3: 181.0–76,131.0 (blood) and 108.0–44,872.0 (bone marrow)
  assertAlmostEquals(spreads[0]!.fold, 76131 / 181, 1e-9);
  assertAlmostEquals(spreads[1]!.log10Span, Math.log10(44872 / 108), 1e-12);
  assertEquals(ratios.length, 6);
  assertAlmostEquals(ratios[0]!.ratio, 11093.5 / 6817.5, 1e-12);
  assertStringIncludes(ratios[0]!.wording, "does not say they are the same patients");
  const onVsBase = ratios.find((r) => r.numerator.n === 3 && r.denominator.n === 10)!;
  assertAlmostEquals(onVsBase.ratio, 63.99 / 52.31, 1e-12); // Table 3 occupancy, bone marrow
  assertStringIncludes(onVsBase.wording, "(3 vs 10 patients)");
  assertStringIncludes(onVsBase.wording, "mixes any change within patients");
});

Deno.test("wording differences and the myeloma claim are quoted verbatim", () => {
  assertEquals(CD38_MYELOMA_CLAIM.check.status, "not-derivable");
  if (paper === undefined) return;
  assert(paper.includes(CD38_MYELOMA_CLAIM.quote));
  for (const w of CD38_WORDING_DIFFERENCES) {
    assert(paper.includes(w.text), w.text);
    assert(paper.includes(w.table), w.table);
  }
});

Deno.test("compareCd38TextWithTable: a text figure matching no cell is a RangeError", () => {
  const table = parseTable3(table3Csv, "table3.csv").filter((c) => c.measure !== "positivity");
  const figure = cd38.text.find((f) => f.rowId === "text-positivity-pb-median")!;
  assertThrows(
    () => compareCd38TextWithTable(table, [figure]),
    RangeError,
    "`text` figure text-positivity-pb-median (data/boissel-2022/cd38_text.csv:3) matches no Table 3 cell",
  );
});
