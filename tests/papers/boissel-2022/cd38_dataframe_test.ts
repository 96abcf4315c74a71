import {
  CD38_FRAME_COLUMNS,
  toDataFrame,
} from "../../../lib/papers/boissel-2022/cd38_dataframe.ts";
import { loadTable3 } from "../../../lib/papers/boissel-2022/cd38_load.ts";
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import type { Cd38Summary } from "../../../lib/papers/boissel-2022/cd38_types.ts";

Deno.test("toDataFrame: Table 3's eight cells, printed strings kept, the malformed median null", async () => {
  const df = toDataFrame(await loadTable3());
  assertEquals(df.columns, [...CD38_FRAME_COLUMNS]);
  assertEquals(df.shape, [8, 11]);
  const rows = df.values as unknown[][];
  const bm = rows.find((r) => r[0] === "receptor-density" && r[1] === "bone-marrow")!;
  // Table 3, "Median", Bone marrow: "68,17.50" — no value, flagged
  assertEquals([bm[5], bm[8]], [null, "68,17.50"]);
  assertStringIncludes(String(bm[10]), "not a well-formed number");
  // Table 3, "Minimum: Maximum", White blood cells: "181.0: 76,131.0"
  const pb = rows.find((r) => r[0] === "receptor-density" && r[1] === "peripheral-blood")!;
  assertEquals([pb[4], pb[5], pb[6], pb[7], pb[9]], [10, 11093.5, 181, 76131, "181.0: 76,131.0"]);
});

Deno.test("toDataFrame: bad input is a TypeError naming `cells`", () => {
  assertThrows(
    () => toDataFrame("table3" as unknown as Cd38Summary[]),
    TypeError,
    "`cells` must be an array of CD38 cells, got string",
  );
});
