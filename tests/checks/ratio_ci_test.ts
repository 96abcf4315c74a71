// Tests of lib/checks/ratio_ci.ts. Expected values by hand from the printed numbers:
// √(0.18 × 1.01) = 0.42638; SE = (ln 1.01 − ln 0.18)/(2 × 1.959964) = 0.43996;
// z = ln 0.43 / SE = −1.9183; p = 2Φ(−1.9183) = 0.0551 (Altman and Bland 2011).
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { checkRatioCi } from "../../lib/checks/ratio_ci.ts";

const HR = "0.43 (95% CI, 0.18–1.01)"; // Aureli 2023 §4.1.2, Locatelli 2021 OS hazard ratio

Deno.test("Aureli 2023: HR 0.43 (0.18–1.01) is log-symmetric; SE, z, p derived", () => {
  const r = checkRatioCi({ reported: HR });
  assertEquals([r.status, r.recomputed], ["reproduced", "0.43"]);
  assertStringIncludes(r.explanation, "√(0.18 × 1.01) = 0.4264");
  // 0.0551, as prose prints it
  assertStringIncludes(r.explanation, "SE(log) = 0.44, z = -1.92, p = 0.055.");
});

Deno.test("a printed p is compared with the range the rounded numbers allow", () => {
  // The p-values the printed (rounded) estimate and limits allow span about 0.047–0.063.
  assertEquals(checkRatioCi({ reported: HR, p: "0.05" }).status, "reproduced");
  assertEquals(checkRatioCi({ reported: HR, p: "p > 0.05" }).status, "reproduced");
  const low = checkRatioCi({ reported: HR, p: "p < 0.01" });
  assertEquals(low.status, "discrepancy");
  assertStringIncludes(low.explanation, "outside");
  assertEquals(checkRatioCi({ reported: HR, p: "0.02" }).status, "discrepancy");
});

Deno.test("an estimate off the geometric mean is a discrepancy", () => {
  const r = checkRatioCi({ reported: "0.60 (95% CI, 0.18–1.01)" });
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "allows 0.4194–0.4333"); // √(0.175×1.005)…√(0.185×1.015)
});

Deno.test("numbers from arguments, and another level", () => {
  // 90% interval: z = 1.6449; same printed numbers, SE = 0.5242
  const r = checkRatioCi({ reported: "HR", estimate: 0.43, lower: 0.18, upper: 1.01, level: 0.9 });
  assertStringIncludes(r.explanation, "90% Wald");
  assertStringIncludes(r.explanation, "SE(log) = 0.524");
});

Deno.test("bad input", () => {
  assertThrows(() => checkRatioCi({ reported: "0.43" }), TypeError, "`reported`");
  assertThrows(() => checkRatioCi({ reported: "0.43 (1.01–0.18)" }), RangeError, "`upper`");
  assertThrows(() => checkRatioCi({ reported: HR, level: 95 }), RangeError, "`level`");
  assertThrows(() => checkRatioCi({ reported: HR, p: "ns" }), TypeError, "`p`");
});
