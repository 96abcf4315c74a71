// Tests of lib/checks/sum.ts and lib/checks/percent_sum.ts. Parts and totals are quoted from
// the papers (location cited).
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkSum } from "../../lib/checks/sum.ts";
import { checkPercentSum } from "../../lib/checks/percent_sum.ts";
import { scanNumbers } from "../../lib/checks/printed_number.ts";

Deno.test("checkSum: Boissel 2022 Results, deaths and screening add up", () => {
  // "Overall, 11 patients died …, six patients died within 30 days … Of the five patients who
  // died more than 30 days from the last dose"
  assertEquals(checkSum({ parts: [6, 5], total: 11 }).status, "reproduced");
  // "Overall,¹⁶ patients were screened but two patients failed screening"; 14 enrolled
  assertEquals(checkSum({ parts: [14, 2], total: 16 }).recomputed, "16");
});

Deno.test("checkSum: Aureli 2023 §4.1.1, TOWER arms do not add up to 495", () => {
  // "271 out of 495 patients … received blinatumomab and 134 patients received standard
  // chemotherapy": 271 + 134 = 405
  const r = checkSum({ parts: [271, 134], total: 495 });
  assertEquals([r.status, r.recomputed], ["discrepancy", "405"]);
  assertStringIncludes(r.explanation, "fall short of the total by 90");
  assertStringIncludes(checkSum({ parts: [3, 3], total: 5 }).explanation, "exceed");
});

Deno.test("checkSum: bad input", () => {
  assertThrows(() => checkSum({ parts: [1], total: 1 }), RangeError, "`parts`");
  assertThrows(() => checkSum({ parts: [1, NaN], total: 1 }), RangeError, "`parts[1]`");
});

Deno.test("checkPercentSum: Boissel 2022 Table 1 breakdowns", () => {
  // ECOG 0/1/2: 14.3 + 64.3 + 21.4 = 100.0
  assertEquals(checkPercentSum(scanNumbers("14.3% 64.3% 21.4%")).status, "reproduced");
  // Prior lines 2…≥8: 14.3×3 + 7.1×3 + 35.7 = 99.9, within 7 × 0.05 = 0.35
  const lines = checkPercentSum(scanNumbers("14.3 14.3 14.3 7.1 7.1 7.1 35.7"));
  assertEquals([lines.status, lines.recomputed], ["reproduced", "99.9%"]);
  // A constructed breakdown that misses 100 by more than its rounding
  assertEquals(checkPercentSum(scanNumbers("50.0 40.0")).status, "discrepancy");
  assertThrows(() => checkPercentSum(scanNumbers("50")), RangeError, "`parts`");
});
