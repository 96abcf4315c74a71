// Tests of lib/extract/tab_tables.ts: tab-separated tables whose header gives the denominators.
// The table is made up in the layout of Boissel 2022's Table 1 (a spanning N = 14 header,
// group labels saying "n (%)"); percentages are k/14 × 100 by hand.
import { assertEquals } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";

const TABLE = [
  "TABLE 1 Baseline",
  "",
  "\tDrug A (N = 14)",
  "Age group, years, n (%)\t",
  "<65\t11 (78.6)",
  "65–75\t3 (21.4)",
  "Responders, n (95% CI)\t0 (0.0%–23.2%)",
  "Median (range)\t33.0 (16.0: 74.0)",
  "Progressive disease, n (%)\t12 (87.5%) ^a",
  "",
].join("\n");

Deno.test("cells under an n (%) label read as percentages of the column's N", () => {
  const found = extractStatements(TABLE).map((s) => [s.kind, s.quote, s.args.n, s.tier, s.pattern]);
  assertEquals(found, [
    ["percentage", "11 (78.6)", "14", "inferred", "table cell"], // 11/14 = 78.57%
    ["percentage", "3 (21.4)", "14", "inferred", "table cell"], // 3/14 = 21.43%
    ["ci-proportion", "0 (0.0%–23.2%)", "14", "inferred", "table cell with CI"],
    ["percentage", "12 (87.5%)", "14", "inferred", "table cell"], // 12/14 = 85.71%
  ]);
  const [first] = extractStatements(TABLE);
  assertEquals(
    first?.source,
    'n = 14 from "Drug A (N = 14)", the column header of the table on line 3',
  );
});

Deno.test("x (y) without a percent sign is not a percentage without an n (%) label", () => {
  const text = "\tDrug A (N = 14)\nWeight, kg\t\nMean (SD)\t71 (12)\n";
  assertEquals(extractStatements(text), []);
});
