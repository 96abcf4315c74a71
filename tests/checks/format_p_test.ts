// Tests of lib/checks/format_p.ts: p-values as prose prints them (issue 10: "p < 0.001",
// "p = 0.0001", never "8.100e-7"). Each expected string follows from the documented rule: two
// significant digits from 0.001 up, four decimals below it, a bound below 0.0001 and above 0.99.
import { assertEquals, assertThrows } from "@std/assert";
import { formatPValue } from "../../lib/checks/format_p.ts";

Deno.test("formatPValue: two significant digits, four decimals, bounds", () => {
  const cases: [number, string][] = [
    [0.5, "p = 0.50"],
    [0.2934, "p = 0.29"],
    [0.0551, "p = 0.055"], // Aureli 2023 §4.1.2: HR 0.43 (0.18–1.01) → p = 0.0551
    [0.01234, "p = 0.012"],
    [0.001, "p = 0.0010"],
    [0.000412, "p = 0.0004"],
    [0.0001, "p = 0.0001"],
    [8.1e-7, "p < 0.0001"],
    [0, "p < 0.0001"],
    [0.9995, "p > 0.99"],
    [1, "p > 0.99"],
  ];
  for (const [p, text] of cases) assertEquals(formatPValue(p), text, String(p));
});

Deno.test("formatPValue: a p outside [0, 1] or not finite is refused", () => {
  assertThrows(() => formatPValue(1.2), RangeError, "`p` must be in [0, 1], got 1.2");
  assertThrows(() => formatPValue(-0.1), RangeError, "`p`");
  assertThrows(() => formatPValue(Number.NaN), RangeError, "`p`");
});
