// Tests of lib/checks/bounds.ts. Inputs are the counts of Boissel 2022, Table 4 (drug-related
// TEAEs, N = 14) and its Results ¶6 (all-causality TEAEs), cited per case, or constructed edge
// cases; the expected bounds are the largest part and the sum of the parts, by hand.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkBounds } from "../../lib/checks/bounds.ts";

Deno.test("Boissel Table 4: a class between its largest preferred term and their sum", () => {
  // "Infections and infestations 1 (7.1)": Bronchiolitis 1, Pneumonia 1; "Any event" 10.
  const infections = checkBounds({ value: 1, parts: [1, 1], atMost: [10] });
  assertEquals([infections.status, infections.recomputed], ["consistent", "1 to 2"]);
  assertStringIncludes(infections.explanation, "between the largest part (1)");
  assertStringIncludes(infections.explanation, "(1 + 1 = 2)");
  // "Any event 10 (71.4)": classes 1, 1, 1, 1, 1, 8 → [8, 13], and at most N = 14.
  const any = checkBounds({ value: 10, parts: [1, 1, 1, 1, 1, 8], atMost: [14] });
  assertEquals([any.status, any.recomputed], ["consistent", "8 to 13"]);
  // Grade ≥ 3 "Any event 3 (21.4)": classes 1, 1, 0, 1, 0, 0 → [1, 3]; the upper bound is met.
  assertEquals(checkBounds({ value: 3, parts: [1, 1, 0, 1, 0, 0] }).status, "consistent");
  // A class with one preferred term: "Immune system disorders 1" = "Cytokine release syndrome 1".
  const immune = checkBounds({ value: 1, parts: [1] });
  assertEquals([immune.status, immune.recomputed], ["reproduced", "exactly 1"]);
  assertStringIncludes(immune.explanation, "equal to the only part (1)");
});

Deno.test("Boissel: drug-related at most all-cause; grade ≥ 3 at most all grades", () => {
  // Table 4 "Any event" grade ≥ 3: 3; Results ¶6: "12 (85.7%) patients having at least one
  // TEAE of grade ≥ 3".
  const r = checkBounds({ value: 3, atMost: [12] });
  assertEquals([r.status, r.recomputed, r.explanation], [
    "consistent",
    "at most 12",
    "3 is at most 12.",
  ]);
  assertEquals(checkBounds({ value: 0, atMost: [1] }).status, "consistent");
});

Deno.test("crossing a bound is a discrepancy that names it and by how much", () => {
  // Constructed: a class of 3 with preferred terms 1 and 1 cannot count more than 2 patients.
  const above = checkBounds({ value: 3, parts: [1, 1] });
  assertEquals([above.status, above.recomputed], ["discrepancy", "1 to 2"]);
  assertStringIncludes(above.explanation, "it is above the sum of the parts, 2, by 1");
  // …nor fewer than its largest term.
  const below = checkBounds({ value: 4, parts: [5, 2] });
  assertStringIncludes(below.explanation, "it is below the largest part, 5, by 1");
  // A grade ≥ 3 count above its all-grades count.
  const grade = checkBounds({ value: 2, atMost: [1] });
  assertStringIncludes(grade.explanation, "it is above an upper limit, 1, by 1");
  // Lower limits alone.
  const low = checkBounds({ value: 1, atLeast: [2] });
  assertEquals([low.status, low.recomputed], ["discrepancy", "at least 2"]);
  // Bounds that contradict each other are reported as such.
  const contradiction = checkBounds({ value: 5, parts: [5, 1], atMost: [4] });
  assertStringIncludes(contradiction.explanation, "the bounds contradict each other (5 > 4)");
});

Deno.test("checkBounds: bad input", () => {
  assertThrows(() => checkBounds({ value: 1 }), TypeError, "at least one of `parts`");
  assertThrows(() => checkBounds({ value: 1, parts: [] }), RangeError, "`parts`");
  assertThrows(() => checkBounds({ value: Number.NaN, atMost: [1] }), RangeError, "`value`");
  assertThrows(() => checkBounds({ value: 1, atMost: [Infinity] }), RangeError, "`atMost[0]`");
});
