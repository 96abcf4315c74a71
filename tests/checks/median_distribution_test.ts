// Tests of lib/checks/median_distribution.ts. The main case is Boissel 2022, Table 1,
// "Number of prior lines of treatment": median (minimum: maximum) 5.50 (2.0: 12.0), counts
// 2: 2, 3: 2, 4: 2, 5: 1, 6: 1, 7: 1, ≥8: 5 (N = 14). By hand: the 7th and 8th of the 14
// ordered values are 5 and 6, so the median is 5.5; the lowest value is 2; the highest lies in ≥8.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkMedianDistribution, parseCategory } from "../../lib/checks/median_distribution.ts";

const LINES = ["2", "3", "4", "5", "6", "7", ">=8"].map(parseCategory);

Deno.test("Boissel 2022 Table 1: prior lines median agrees with the distribution", () => {
  const r = checkMedianDistribution({
    reported: "5.50 (2.0: 12.0)",
    categories: LINES,
    counts: [2, 2, 2, 1, 1, 1, 5],
    n: 14,
  });
  assertEquals([r.status, r.recomputed], ["reproduced", "5.50 (2.0: ≥8)"]);
  assertStringIncludes(r.explanation, "values 7 and 8 of 14 are 5 and 6");
});

Deno.test("a median, minimum or N that disagrees is a discrepancy", () => {
  const counts = [2, 2, 2, 1, 1, 1, 5];
  const wrongMedian = checkMedianDistribution({ reported: "6.00", categories: LINES, counts });
  assertEquals([wrongMedian.status, wrongMedian.recomputed], ["discrepancy", "5.50"]);
  const wrongMin = checkMedianDistribution({ reported: "5.5 (1: 12)", categories: LINES, counts });
  assertStringIncludes(wrongMin.explanation, "lowest non-empty category is 2, not 1");
  const wrongN = checkMedianDistribution({ reported: "5.5", categories: LINES, counts, n: 15 });
  assertStringIncludes(wrongN.explanation, "add up to 14, not the stated 15");
  const lowMax = checkMedianDistribution({ reported: "5.5 (2: 7)", categories: LINES, counts });
  assertStringIncludes(lowMax.explanation, "below the open category");
});

Deno.test("a closed top category fixes the maximum; an odd N takes the middle value", () => {
  const cats = ["1", "2", "3"].map(parseCategory);
  const r = checkMedianDistribution({ reported: "2 (1: 3)", categories: cats, counts: [1, 1, 1] });
  assertEquals([r.status, r.recomputed], ["reproduced", "2 (1: 3)"]);
  const bad = checkMedianDistribution({
    reported: "2 (1: 4)",
    categories: cats,
    counts: [1, 1, 1],
  });
  assertStringIncludes(bad.explanation, "highest non-empty category is 3, not 4");
});

Deno.test("a median in the open category is not derivable", () => {
  const r = checkMedianDistribution({
    reported: "9.0",
    categories: LINES,
    counts: [1, 0, 0, 0, 0, 0, 5],
  });
  assertEquals([r.status, r.recomputed], ["not-derivable", "≥8.0"]);
});

Deno.test("bad input", () => {
  assertThrows(() => parseCategory("eight"), TypeError, "`values`");
  const base = { reported: "5", categories: LINES, counts: [1, 1, 1, 1, 1, 1, 1] };
  assertThrows(() => checkMedianDistribution({ ...base, counts: [1] }), RangeError, "same");
  assertThrows(
    () => checkMedianDistribution({ ...base, categories: [...LINES].reverse() }),
    RangeError,
    "only the last category may be open",
  );
  assertThrows(
    () =>
      checkMedianDistribution({
        ...base,
        categories: ["2", "1"].map(parseCategory),
        counts: [1, 1],
      }),
    RangeError,
    "must increase",
  );
  assertThrows(
    () => checkMedianDistribution({ ...base, counts: [0, 0, 0, 0, 0, 0, 0] }),
    RangeError,
  );
  assertThrows(() => checkMedianDistribution({ ...base, reported: "n/a" }), TypeError, "median");
  assertThrows(
    () => checkMedianDistribution({ ...base, counts: [1, 1, 1, 1, 1, 1, 1.5] }),
    RangeError,
  );
});
