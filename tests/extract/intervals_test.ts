// Tests of lib/extract/intervals.ts and lib/extract/two_groups.ts: proportion intervals and
// two-group p-values printed with their counts. Sentences are made up.
import { assertEquals } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";

const read = (text: string) =>
  extractStatements(text).filter((s) => s.kind !== "percentage").map((
    s,
  ) => [s.kind, s.reported, s.args]);

Deno.test("x/n (y%, 95% CI a–b) on the percent scale", () => {
  assertEquals(read("Cure in 35/36, 97.2% (95% CI 85.5–99.9)."), [
    ["ci-proportion", "85.5%–99.9%", { x: "35", n: "36" }],
  ]);
  // An interval on another scale is of another quantity (a ratio): left alone.
  assertEquals(read("in 72/112 (64.3%; 95% CI, 0.504 to 0.830)"), []);
});

Deno.test("x1/n1 (y1%) vs x2/n2 (y2%), p", () => {
  assertEquals(read("Target reached in 21/27 (78%) vs. 2/28 (7%), p < 0.001 at week 12."), [
    ["p-value", "p < 0.001", { x1: "21", n1: "27", x2: "2", n2: "28" }],
  ]);
});
