// Tests of lib/report/latex.ts on the LaTeX the papers' PDF-to-text conversions left (every
// `$…$` of ../shared/papers/*.txt: `$n = 12$`, `$p < 0.001$`, `$\mu\text{g}/\text{m}^2/\text{day}$`,
// `$\mu\text{g}/\text{day}$`, and Aureli 2023 §5's bare `\geq`).
import { assertEquals } from "@std/assert";
import { latexToText } from "../../lib/report/latex.ts";

Deno.test("latexToText: the conversions' inline mathematics as text", () => {
  assertEquals(latexToText("Most patients ($n = 12$, 85.7%)"), "Most patients (n = 12, 85.7%)");
  assertEquals(latexToText("($p < 0.001$)"), "(p < 0.001)");
  assertEquals(latexToText("28 $\\mu\\text{g}/\\text{m}^2/\\text{day}$"), "28 μg/m²/day");
  assertEquals(latexToText("9 $\\mu\\text{g}/\\text{day}$"), "9 μg/day");
  assertEquals(latexToText("(age \\geq 18–75 years)"), "(age ≥ 18–75 years)");
});

Deno.test("latexToText: leaves money, plain text and unknown commands alone", () => {
  assertEquals(latexToText("a cost of $5 and $6"), "a cost of $5 and $6");
  assertEquals(latexToText("no math here"), "no math here");
  assertEquals(latexToText("$\\frac{a}{b}$"), "\\frac{a}{b}"); // kept, nothing lost
  assertEquals(latexToText("$x_1 + \\chi^2$"), "x₁ + χ²");
});
