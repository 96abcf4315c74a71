// Tests of lib/extract/ratios.ts: ratio estimates with their intervals. Forms made up after the
// ones trial reports print; Aureli 2023 §4.1.2 prints "hazard ratio … 0.43 (95% CI, 0.18–1.01)".
import { assertEquals } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";

const read = (text: string) => extractStatements(text).map((s) => [s.reported, s.args]);

Deno.test("labels, levels, separators and a p after the interval", () => {
  assertEquals(read("(HR 0.43 (95% CI, 0.18–1.01))"), [["0.43 (95% CI, 0.18–1.01", {}]]);
  assertEquals(read("(OR = 7.12; 95% CI, 1.52–33.42; P = 0.013)"), [
    ["7.12; 95% CI, 1.52–33.42", { p: "=0.013" }],
  ]);
  assertEquals(read("relative risk 0·80, 90% CI 0·68–0·93"), [["0.80, 90% CI 0.68–0.93", {}]]);
  assertEquals(read("RR 1.20 [0.99–1.44]"), [["1.20 [0.99–1.44", {}]]);
  assertEquals(read("The OS hazard ratio from a Cox model was 0.43 (95% CI, 0.18–1.01)."), [
    ["0.43 (95% CI, 0.18–1.01", {}],
  ]);
});

Deno.test("differences, impossible intervals and extra numbers are left alone", () => {
  assertEquals(read("mean difference 2.1 (95% CI 0.3–4.5)"), []);
  assertEquals(read("HR 0.43 (95% CI, 1.18–0.11)"), []);
  assertEquals(read("OR 9.67, 95% CI: 1.39 -67.08"), []); // read as −67.08 by the check
});

Deno.test("one exact p printed for two ratios of a sentence is the variable's overall test", () => {
  const [a, b] = read(
    "risk was higher at index 0 vs. −1 (OR = 1.33; 95% CI, 0.53–3.36; P = 0.027) and at " +
      "index 1 vs. −1 (OR = 9.87; 95% CI, 1.82–53.53; P = 0.027).",
  );
  assertEquals([a?.[1], b?.[1]], [{}, {}]);
  // Different p-values, or bounds shared by two ratios, stay with their ratios.
  const [c, d] = read(
    "(OR 1.33; 95% CI 0.53–3.36; P = 0.027) and (OR 9.87; 95% CI 1.82–53.53; P = 0.008)",
  );
  assertEquals([c?.[1], d?.[1]], [{ p: "=0.027" }, { p: "=0.008" }]);
  const [e, f] = read(
    "(HR 2.1; 95% CI 1.5–2.9; P < 0.001) and (HR 3.0; 95% CI 2.0–4.5; P < 0.001)",
  );
  assertEquals([e?.[1], f?.[1]], [{ p: "<0.001" }, { p: "<0.001" }]);
});
