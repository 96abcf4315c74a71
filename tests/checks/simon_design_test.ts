// Tests of lib/checks/simon_design.ts on Boissel 2022, Methods: "a 2-stage Simon's
// minimum-maximum design … 80% power to reject … ≤60% if the CR rate is ≥80% … significance
// level of 0.1. At Stage 1, a total of 11 evaluable participants … proceed to Stage 2 if more
// than 6 responses"; elsewhere "Simon's optimal two-stage design" and ">3/19".
// Designs for p0 = 0.6, p1 = 0.8, α = 0.1, β = 0.2, by an independent exhaustive search
// (tests/fixtures/verify_simon_boissel.py, Python 3.11, exact binomial sums):
// minimax r1/n1 = 6/11, r/n = 17/24; optimal r1/n1 = 7/11, r/n = 21/31.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkSimonDesign, designNameOf } from "../../lib/checks/simon_design.ts";

const T = { p0: 0.6, p1: 0.8, alpha: 0.1, power: 0.8 };

Deno.test("numeric parameters of the minimax design", () => {
  const cases = [["n1", "11"], ["r1", "more than 6"], ["n", "24"], ["r", "17"]] as const;
  for (const [quantity, reported] of cases) {
    const r = checkSimonDesign({ ...T, reported, quantity, design: "minimax" });
    assertEquals(r.status, "reproduced", `${quantity} ${reported}`);
  }
  const wrong = checkSimonDesign({ ...T, reported: "24", quantity: "n", design: "optimal" });
  assertEquals([wrong.status, wrong.recomputed], ["discrepancy", "31"]);
});

Deno.test("the design name: 'optimal' is wrong, 'minimum-maximum' right", () => {
  const stated = { n1: 11, r1: 6, n: 24 };
  const optimal = checkSimonDesign({ ...T, ...stated, reported: "optimal", quantity: "design" });
  assertEquals([optimal.status, optimal.recomputed], ["discrepancy", "minimax"]);
  assertStringIncludes(optimal.explanation, "not the optimal design");
  const minimax = checkSimonDesign({
    ...T,
    ...stated,
    reported: "Simon's minimum-maximum design",
    quantity: "design",
  });
  assertEquals(minimax.status, "reproduced");
  const neither = checkSimonDesign({
    ...T,
    n1: 19,
    r1: 3,
    reported: "optimal",
    quantity: "design",
  });
  assertEquals(neither.recomputed, "neither");
});

Deno.test("the >3/19 rule matches neither design; >6/11 is the minimax rule", () => {
  const r = checkSimonDesign({ ...T, reported: ">3/19", quantity: "r1/n1", design: "minimax" });
  assertEquals([r.status, r.recomputed], ["discrepancy", ">6/11"]);
  assertStringIncludes(r.explanation, "matches neither design");
  const other = checkSimonDesign({ ...T, reported: ">7/11", quantity: "r1/n1", design: "minimax" });
  assertStringIncludes(other.explanation, "is that of the optimal design");
  assertEquals(
    checkSimonDesign({ ...T, reported: ">6/11", quantity: "r1/n1", design: "minimax" }).status,
    "reproduced",
  );
});

Deno.test("designNameOf and bad input", () => {
  assertEquals(designNameOf("Simon's optimal two-stage design"), "optimal");
  assertEquals(designNameOf("minimax"), "minimax");
  assertEquals(designNameOf("two-stage"), undefined);
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "1", quantity: "x" }),
    RangeError,
    "`quantity`",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "1", quantity: "n", design: "best" }),
    RangeError,
    "`design`",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, power: 0.2, reported: "1", quantity: "n" }),
    RangeError,
    "`power`",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "two-stage", quantity: "design", n: 24 }),
    TypeError,
    "must name a design",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "optimal", quantity: "design" }),
    TypeError,
    "`n1`",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "3", quantity: "r1/n1" }),
    TypeError,
    "rule",
  );
  assertThrows(
    () => checkSimonDesign({ ...T, reported: "none", quantity: "n" }),
    TypeError,
    "number",
  );
});
