// Tests of lib/checks/rounding.ts: the project's matching rule (data/README.md, "When does a
// printed number match?"). Exact values are fractions computed by hand.
import { assert, assertEquals } from "@std/assert";
import { fitsPrinted, formatAt, listOf, truncatesTo } from "../../lib/checks/rounding.ts";

Deno.test("fitsPrinted: the closed half-unit interval", () => {
  assert(fitsPrinted(11 / 14 * 100, 78.6, 1)); // 78.571…
  assert(!fitsPrinted(12 / 14 * 100, 87.5, 1)); // 85.714…
  assert(fitsPrinted(81 / 189 * 100, 43, 0)); // 42.857…, Aureli 2023 "43% (81/189)"
  // Ties: 1/8 = 0.125 prints as 0.12 (half-even) or 0.13 (half-up); both accepted.
  assert(fitsPrinted(0.125, 0.12, 2));
  assert(fitsPrinted(0.125, 0.13, 2));
  assert(!fitsPrinted(0.1251, 0.12, 2));
  // Floating point: 0.1 + 0.2 printed as 0.3
  assert(fitsPrinted(0.1 + 0.2, 0.3, 1));
});

Deno.test("truncatesTo: truncation is recognised but is not a match", () => {
  const twoThirds = 200 / 3; // 66.666…
  assert(truncatesTo(twoThirds, 66.6, 1));
  assert(!fitsPrinted(twoThirds, 66.6, 1));
  assert(!truncatesTo(twoThirds, 66.7, 1));
});

Deno.test("formatAt: half away from zero, decimal-exact", () => {
  assertEquals(formatAt(12 / 14 * 100, 1), "85.7");
  assertEquals(formatAt(1.005, 2), "1.01"); // 1.005 is 1.00499999… in binary
  assertEquals(formatAt(2.5, 0), "3");
  assertEquals(formatAt(-2.5, 0), "-3");
  assertEquals(formatAt(-0.04, 1), "0.0");
  assertEquals(formatAt(Infinity, 1), "Infinity");
});

Deno.test("listOf: elides after max", () => {
  assertEquals(listOf([8, 16, 24]), "8, 16, 24");
  assertEquals(listOf([1, 2, 3], 2), "1, 2, …");
});
