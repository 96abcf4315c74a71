import {
  parsePrintedCount,
  parsePrintedFigure,
  parsePrintedRange,
} from "../../lib/summaries/printed.ts";
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";

Deno.test("parsePrintedFigure keeps the printed string, decimals and % (Boissel 2022 Table 3, Results)", () => {
  // Table 3, "Median", White blood cells: "11,093.50" (well-formed thousands separator)
  assertEquals(parsePrintedFigure("11,093.50"), {
    printed: "11,093.50",
    value: 11093.5,
    decimals: 2,
    percent: false,
    flag: null,
  });
  // Results text: "87.90%"
  const pct = parsePrintedFigure("87.90%");
  assertEquals([pct.value, pct.decimals, pct.percent], [87.9, 2, true]);
  // Results text: "6817.50" (no separator at all is well formed)
  assertEquals(parsePrintedFigure("6817.50").value, 6817.5);
});

Deno.test("parsePrintedFigure flags, and does not fix, Table 3's '68,17.50'", () => {
  const bad = parsePrintedFigure("68,17.50");
  assertEquals(bad.value, null);
  assertEquals(bad.printed, "68,17.50");
  assertEquals(bad.flag?.kind, "misplaced-thousands-separator");
  assertEquals(bad.flag?.reading, 6817.5);
  assertStringIncludes(bad.flag!.message, "exactly three digits");
  assertEquals(parsePrintedFigure("1,2,345").value, null);
});

Deno.test("parsePrintedRange and parsePrintedCount", () => {
  // Table 3 "Minimum: Maximum", White blood cells: "181.0: 76,131.0"
  const r = parsePrintedRange("181.0: 76,131.0", ": ");
  assertEquals([r.min.value, r.max.value, r.min.decimals], [181, 76131, 1]);
  // Results: "(range 12.2%–98.6%)"
  const t = parsePrintedRange("12.2%–98.6%", "–");
  assertEquals([t.min.value, t.max.value, t.max.percent], [12.2, 98.6, true]);
  // Results: "available for 10 of 14 patients"
  assertEquals(parsePrintedCount("10 of 14").count, 10);
});

Deno.test("printed figures: bad input is a RangeError naming `printed` and the value", () => {
  assertThrows(
    () => parsePrintedFigure("NA"),
    RangeError,
    '`printed` must be exactly one number (optionally with %), got "NA"',
  );
  assertThrows(
    () => parsePrintedFigure("181.0: 76,131.0"),
    RangeError,
    "`printed` must be exactly one number",
  );
  assertThrows(() => parsePrintedFigure("< 0.5"), RangeError, '"< 0.5"');
  assertThrows(() => parsePrintedFigure("ten"), RangeError, '"ten"');
  assertThrows(() => parsePrintedFigure("10 patients"), RangeError, '"10 patients"');
  assertThrows(
    () => parsePrintedRange("181.0–76,131.0", ": "),
    RangeError,
    '`printed` must be a range "min: max", got "181.0–76,131.0"',
  );
  assertThrows(() => parsePrintedRange("1: 2: 3", ": "), RangeError, '"1: 2: 3"');
  assertThrows(
    () => parsePrintedCount("15 of 14"),
    RangeError,
    '`printed` must read "k of n" with k ≤ n, got "15 of 14"',
  );
  assertThrows(() => parsePrintedCount("ten of 14"), RangeError, '"ten of 14"');
});

Deno.test("parsePrintedRange without a separator: exactly one of RANGE_SEPARATORS must fit", () => {
  // Table 3 "Minimum: Maximum", Bone marrow: "108.0: 44,872.0"; Results: "108.0–44,872.0"
  assertEquals(parsePrintedRange("108.0: 44,872.0").max.value, 44872);
  assertEquals(parsePrintedRange("108.0–44,872.0").min.value, 108);
  assertEquals(parsePrintedRange("1 to 12").max.value, 12);
  assertThrows(
    () => parsePrintedRange("1/12"),
    RangeError,
    '`printed` must be a range "min: max" or "min–max" or "min to max", got "1/12"',
  );
  assertThrows(() => parsePrintedRange("1: 2–3"), RangeError, '"1: 2–3"');
});
