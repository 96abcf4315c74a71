// Tests of lib/checks/same_value.ts and lib/checks/not_derivable.ts. Printed values are from
// Boissel 2022, Results (¶ "CD38 expression …") and Table 3.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkSameValue } from "../../lib/checks/same_value.ts";
import { notDerivable } from "../../lib/checks/not_derivable.ts";

Deno.test("text 87.90% vs Table 3 87.50: one digit apart", () => {
  const r = checkSameValue(
    { reported: "87.90%", where: "Results" },
    { reported: "87.50", where: "Table 3" },
  );
  assertEquals([r.status, r.recomputed], ["discrepancy", "87.50"]);
  assertStringIncludes(r.explanation, "one digit apart: 9 vs 5");
});

Deno.test("Table 3 68,17.50 vs text 6817.50: typesetting, intended 6,817.50", () => {
  const r = checkSameValue(
    { reported: "68,17.50", where: "Table 3" },
    { reported: "6817.50", where: "Results" },
  );
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "not a well-formed number");
  assertStringIncludes(r.explanation, "the intended value is most likely 6,817.50");
  // The malformed number on the other side is that claim's problem: the Results' well-formed
  // 6817.50 reads reproduced (one typesetting finding, flagged once), with a remark.
  const reverse = checkSameValue(
    { reported: "6817.50", where: "Results" },
    { reported: "68,17.50", where: "Table 3" },
  );
  assertEquals(reverse.status, "reproduced");
  assertStringIncludes(reverse.explanation, "Table 3 prints it as 68,17.50, malformed");
  const stillOff = checkSameValue({ reported: "68,17.50", where: "T" }, {
    reported: "7000",
    where: "R",
  });
  assertStringIncludes(stillOff.explanation, "still differs");
});

Deno.test("agreeing printings, at the coarser precision", () => {
  // Results "90.95%" vs Table 3 "90.95"; ranges "181.0–76,131.0" vs "181.0: 76,131.0"
  const same = checkSameValue({ reported: "90.95%", where: "R" }, {
    reported: "90.95",
    where: "T",
  });
  assertEquals(same.status, "reproduced");
  const range = checkSameValue(
    { reported: "181.0–76,131.0", where: "R" },
    { reported: "181.0: 76,131.0", where: "T" },
  );
  assertEquals(range.status, "reproduced");
  // Abstract "11 [78.6%]" vs Results "11 [78.6%]"; "33" vs "33.0"
  assertEquals(
    checkSameValue({ reported: "33", where: "a" }, { reported: "33.0", where: "b" }).status,
    "reproduced",
  );
});

Deno.test("different number counts: the leading numbers are compared; no number is an error", () => {
  // Boissel 2022, Discussion ¶5 "n = 12" against Table 2 "12 (87.5%)": the count only.
  const count = checkSameValue(
    { reported: "n = 12", where: "Discussion" },
    { reported: "12 (87.5%)", where: "Table 2" },
  );
  assertEquals(count.status, "reproduced");
  assertEquals(
    checkSameValue({ reported: "1 (2%)", where: "a" }, { reported: "2", where: "b" }).status,
    "discrepancy",
  );
  assertThrows(
    () => checkSameValue({ reported: "1 (2%)", where: "a" }, { reported: "many", where: "b" }),
    RangeError,
    "must both print a number",
  );
});

Deno.test("notDerivable carries the reason", () => {
  const r = notDerivable("  a dose  ");
  assertEquals([r.status, r.recomputed, r.explanation], ["not-derivable", "", "a dose"]);
  assertThrows(() => notDerivable(" "), TypeError, "`reason`");
});

Deno.test("a zero in words: 'No patient achieved CR' against Table 2's 0", () => {
  // Boissel 2022, Results ¶3: "No patient achieved complete response (CR)"; Table 2: CR, n (%) 0.
  const r = checkSameValue(
    { reported: "No patient", where: "Results ¶3" },
    { reported: "0", where: "Table 2" },
  );
  assertEquals(r.status, "reproduced");
  assertEquals(
    checkSameValue({ reported: "None", where: "text" }, { reported: "1", where: "table" }).status,
    "discrepancy",
  );
});
