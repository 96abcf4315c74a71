// Tests of lib/extract/sums.ts: arms against the number randomized, and a table header's groups
// against its total column. Aureli 2023 §4.1.1 prints "271 out of 495 patients … received
// blinatumomab and 134 patients received standard chemotherapy (2:1 ratio)"; the rest is made up.
import { assertEquals } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";

const read = (text: string) =>
  extractStatements(text).filter((s) => s.kind === "sum").map((s) => [s.reported, s.args.parts]);

Deno.test("arms against the randomized total", () => {
  assertEquals(
    read("In all, 120 patients were randomized: 60 to drug, 30 to placebo and 30 to usual care."),
    [
      ["120", "60,30,30"],
    ],
  );
  assertEquals(read("We randomly assigned 118 adults to drug (n = 60) or placebo (n = 58)."), [
    ["118", "60,58"],
  ]);
  assertEquals(
    read(
      "In this randomized trial, 271 out of 495 patients with ALL received blinatumomab and " +
        "134 patients received chemotherapy (2:1 ratio).",
    ),
    [["495", "271,134"]],
  );
});

Deno.test("group sizes of a table header against its total column", () => {
  assertEquals(read("x.  Table 2 Contacts A n = 67 B n = 65 C n = 66 Total n = 198 GP 6.97"), [
    ["198", "67,65,66"],
  ]);
  // A total of some of the columns only (`Drug total`) is not the table's total.
  assertEquals(
    read(
      "x.  Table 2 AEs Placebo (N=56) Drug 25 mg (N=55) Drug 50 mg (N=57) Drug total (N=112) Any",
    ),
    [],
  );
});

Deno.test("per-group sizes and subgroups are not arms", () => {
  assertEquals(
    read("The 49 participants were randomized as follows; 17 into A and 16 into each of B and C."),
    [],
  );
  assertEquals(read("Of 300 patients who received drug, 150 received A and 140 received B."), []);
});
