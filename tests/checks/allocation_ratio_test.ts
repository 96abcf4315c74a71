// Tests of lib/checks/allocation_ratio.ts. Expected splits are total × share, by hand.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkAllocationRatio } from "../../lib/checks/allocation_ratio.ts";

Deno.test("Aureli 2023 §4.1.1 (TOWER): 271 and 134 in a 2:1 ratio", () => {
  // 405 × 2/3 = 270 and 405 × 1/3 = 135: both arms within one patient.
  const r = checkAllocationRatio({ reported: "2:1", parts: [271, 134] });
  assertEquals([r.status, r.recomputed], ["reproduced", "2:1 (271 : 134)"]);
  assertStringIncludes(r.explanation, "a 2:1 split of 405 is 270 : 135");
});

Deno.test("arms far from the ratio are a discrepancy", () => {
  // 60 + 40 = 100; 1:1 gives 50 : 50.
  const r = checkAllocationRatio({ reported: "1:1", parts: [60, 40] });
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "a 1:1 split of 100 is 50 : 50");
  // three arms: 1:1:1 of 90 is 30 each.
  assertEquals(
    checkAllocationRatio({ reported: "1:1:1", parts: [30, 31, 29] }).status,
    "reproduced",
  );
});

Deno.test("bad input names the argument", () => {
  assertThrows(() => checkAllocationRatio({ reported: "2:1", parts: [10] }), RangeError, "`parts`");
  assertThrows(
    () => checkAllocationRatio({ reported: "ratio", parts: [1, 1] }),
    TypeError,
    "`reported`",
  );
  assertThrows(
    () => checkAllocationRatio({ reported: "2:1", parts: [10, 0] }),
    RangeError,
    "`parts[1]`",
  );
});
