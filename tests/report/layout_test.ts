// Tests of lib/report/layout.ts: the width rule (issue 10: --width, else COLUMNS — also when
// piped — else the terminal, else 100), wrapping that never cuts with "…", and tables whose
// cells wrap. Expected lines are counted by hand.
import { assert, assertEquals, assertThrows } from "@std/assert";
import { DEFAULT_WIDTH, layoutTable, reportWidth, wrap } from "../../lib/report/layout.ts";

Deno.test("reportWidth: flag, then COLUMNS, then the terminal, then 100", () => {
  assertEquals(reportWidth({ flag: "80", columns: "120", terminal: () => 60 }), 80);
  assertEquals(reportWidth({ columns: "120", terminal: () => 60 }), 120);
  assertEquals(reportWidth({ columns: "", terminal: () => 60 }), 60);
  assertEquals(reportWidth({ terminal: () => undefined }), DEFAULT_WIDTH);
  assertEquals(reportWidth({ terminal: () => 10 }), DEFAULT_WIDTH); // too narrow to be used
  assertThrows(
    () => reportWidth({ flag: "wide" }),
    RangeError,
    "`--width` must be an integer ≥ 40",
  );
  assertThrows(() => reportWidth({ columns: "20" }), RangeError, "`COLUMNS`");
});

Deno.test("wrap: hanging indents; a word longer than the room is broken, never cut", () => {
  assertEquals(wrap("one two three", 9, "- ", "  "), ["- one two", "  three"]);
  const id = "b-t3-occupancy-treatment-median-wbc"; // 35 characters
  const lines = wrap(`claim ${id}`, 20);
  assert(lines.every((l) => l.length <= 20));
  assertEquals(lines.join("").replace(/\s+/g, ""), `claim${id}`);
  assertEquals(wrap("", 10), [""]);
});

Deno.test("layoutTable: cells wrap in their columns; lines under a row span the width", () => {
  const lines = layoutTable(
    [{ header: "STATUS", width: 11 }, { header: "WHERE", width: { share: 1 } }],
    [{ cells: ["discrepancy", "Table 2, row Progressive disease"], under: ["12/14 = 85.7%"] }],
    30,
  );
  assertEquals(lines, [
    "STATUS       WHERE",
    "discrepancy  Table 2, row",
    "             Progressive",
    "             disease",
    "             12/14 = 85.7%",
  ]);
  assert(lines.every((l) => l.length <= 30));
});
