// Tests of lib/stats/printed_p_value.ts. Expected readings are the prints themselves; the
// matching rule is checked against lib/checks/rounding.ts fitsPrinted, the project's rule.
import { assert, assertEquals, assertThrows } from "@std/assert";
import { fitsPrintedP, P_RELATIONS, readPrintedP } from "../../lib/stats/printed_p_value.ts";
import { fitsPrinted } from "../../lib/checks/rounding.ts";

Deno.test("reads values, bounds, scientific notation and NS as papers print them", () => {
  const cases: [string, string, number, number][] = [
    ["0.29", "=", 0.29, 2],
    ["p = 0.29", "=", 0.29, 2],
    ["P=.03", "=", 0.03, 2],
    ["p-value: 0.050", "=", 0.05, 3],
    ["p < 0.001", "<", 0.001, 3],
    ["P<.05", "<", 0.05, 2],
    ["p ≤ 0.01", "≤", 0.01, 2],
    ["p <= 0.01", "≤", 0.01, 2],
    ["P > 0.05", ">", 0.05, 2],
    ["p ≥ 0.1", "≥", 0.1, 1],
    ["p = 2.3 × 10⁻⁶", "=", 2.3e-6, 7],
    ["p = 2.3x10^-6", "=", 2.3e-6, 7],
    ["p=2.3e-6", "=", 2.3e-6, 7],
    ["p < 10⁻⁶", "<", 1e-6, 6],
    ["P = 1", "=", 1, 0],
    ["p = 1.00", "=", 1, 2],
    ["NS", "ns", 0.05, 2],
    ["n.s.", "ns", 0.05, 2],
    ["p = NS", "ns", 0.05, 2],
    ["not significant", "ns", 0.05, 2],
    ["non-significant", "ns", 0.05, 2],
  ];
  for (const [text, relation, value, decimals] of cases) {
    const p = readPrintedP(text);
    assertEquals([p.relation, p.decimals], [relation, decimals], text);
    assert(Math.abs(p.value - value) <= 1e-15 * value, `${text}: ${p.value}`);
    assertEquals(p.text, text);
    assert(Object.isFrozen(p));
  }
  assertEquals(readPrintedP("NS", { alpha: 0.1 }).value, 0.1);
  assertEquals([...P_RELATIONS], ["=", "<", "≤", ">", "≥", "ns"]);
});

Deno.test("a printed value fits as lib/checks/rounding.ts fitsPrinted decides", () => {
  // Same rule away from floating-point ties: sweep p over [0, 0.4] against prints at 1–3
  // decimals.
  for (const printed of ["0.29", "0.3", "0.05", "0.001", "0.000", "0.10", "0.100"]) {
    const read = readPrintedP(printed);
    for (let k = 0; k <= 4000; k++) {
      const p = k / 10000 + 1e-7;
      assertEquals(
        fitsPrintedP(p, read),
        fitsPrinted(p, read.value, read.decimals),
        `${p} vs ${printed}`,
      );
    }
  }
  // Ties are accepted both ways, as fitsPrinted does: 0.125 prints as 0.12 or 0.13.
  assert(fitsPrintedP(0.125, readPrintedP("0.12")) && fitsPrintedP(0.125, readPrintedP("0.13")));
  // Scientific notation: 2.3 × 10⁻⁶ covers [2.25e-6, 2.35e-6].
  const sci = readPrintedP("p = 2.3 × 10⁻⁶");
  assert(fitsPrintedP(2.26e-6, sci) && fitsPrintedP(2.349e-6, sci));
  assert(!fitsPrintedP(2.36e-6, sci) && !fitsPrintedP(2.2e-6, sci));
});

Deno.test("inequalities are literal; NS is p ≥ alpha", () => {
  const below = readPrintedP("p < 0.001");
  assert(fitsPrintedP(0.00099, below));
  assert(!fitsPrintedP(0.001, below)); // the boundary: p = 0.001 is not below 0.001
  assert(!fitsPrintedP(0.0012, below)); // prints as "0.001" but is not < 0.001
  assert(fitsPrintedP(0.001, readPrintedP("p ≤ 0.001")));
  assert(fitsPrintedP(0.0501, readPrintedP("P > 0.05")));
  assert(!fitsPrintedP(0.05, readPrintedP("P > 0.05")));
  assert(fitsPrintedP(0.05, readPrintedP("NS")) && !fitsPrintedP(0.0499, readPrintedP("NS")));
  assert(fitsPrintedP(0.07, readPrintedP("NS", { alpha: 0.1 })) === false);
});

Deno.test("bad input: TypeError/RangeError naming the argument and the value", () => {
  assertThrows(() => readPrintedP(0.29 as never), TypeError, "`printed` must be a string");
  for (const text of ["", "p", "p < ", "significant", "0.29%", "p = 0.2.9", "about 0.3"]) {
    assertThrows(() => readPrintedP(text), RangeError, "`printed` must be a p-value", text);
  }
  assertThrows(() => readPrintedP("p = 1.3"), RangeError, 'got "p = 1.3" (1.3)');
  assertThrows(() => readPrintedP("NS", { alpha: 5 }), RangeError, "`alpha` must be in (0, 1)");
  assertThrows(() => fitsPrintedP(-0.1, readPrintedP("0.1")), RangeError, "`p`");
  assertThrows(() => fitsPrintedP(NaN, readPrintedP("0.1")), RangeError, "got NaN");
});
