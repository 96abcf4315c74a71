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
