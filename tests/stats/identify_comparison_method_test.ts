import { assert, assertEquals, assertThrows } from "@std/assert";
import {
  type ComparisonScale,
  identifyComparisonMethod,
} from "../../lib/stats/identify_comparison_method.ts";
import { COMPARISON_METHODS } from "../../lib/stats/compare_proportions.ts";
import type { RoundingRule } from "../../lib/stats/identify_ci_method.ts";

// Printed comparisons from published worked examples:
// - Newcombe, R. G. 1998. Statistics in Medicine 17: 873–890, Table II (95% limits, 4 decimals).
// - ocbe-uio/contingencytables, tests/testthat/test-ch4.R at commit 0c0a59f (Fagerland,
//   Lydersen and Laake 2017, chapter 4 examples), 4 decimals; line numbers below.

Deno.test("Newcombe 1998, Table II (a): 56/70 vs 48/80, each method's printed interval", () => {
  const a = { x: 56, n: 70 };
  const b = { x: 48, n: 80 };
  // Method 10 (hybrid score): 0.0524 to 0.3339; Miettinen–Nurminen: 0.0528 to 0.3382.
  assertEquals(identifyComparisonMethod(a, b, "0.2000 (0.0524 to 0.3339)").matches, ["newcombe"]);
  assertEquals(
    identifyComparisonMethod(a, b, { lower: "0.0528", upper: "0.3382" }).matches,
    ["miettinen-nurminen"],
  );
  // Every difference method is a candidate, in COMPARISON_METHODS order.
  const id = identifyComparisonMethod(a, b, "0.0524–0.3339");
  assertEquals(id.candidates.map((c) => c.method), [...COMPARISON_METHODS.difference]);
  assertEquals(id.decimals, { lower: 4, upper: 4 });
  assertEquals(id.candidates[0]!.estimateText, undefined);
});

Deno.test("contingencytables chapter-4 examples: difference, ratio and odds ratio", () => {
  // test-ch4.R:95 MiettinenNurminen_asymptotic_score_CI_difference_2x2, Ritland et al. (2007),
  // rows (0, 16) and (15, 57): "estimate = -0.2083 (95% CI -0.3164 to -0.0056)".
  const ritland = identifyComparisonMethod(
    { x: 0, n: 16 },
    { x: 15, n: 72 },
    "-0.2083 (95% CI -0.3164 to -0.0056)",
  );
  assertEquals([ritland.scale, ritland.matches], ["proportion", ["miettinen-nurminen"]]);
  // The same on the percent scale, with U+2212 minus signs, to one decimal.
  const percent = identifyComparisonMethod(
    { x: 0, n: 16 },
    { x: 15, n: 72 },
    "−20.8% (−31.6% to −0.6%)",
  );
  assertEquals([percent.scale, percent.matches], ["percent", ["miettinen-nurminen"]]);
  // test-ch4.R:105 MiettinenNurminen_asymptotic_score_CI_ratio_2x2 and :80
  // Koopman_asymptotic_score_CI_2x2, Perondi et al. (2004), (7, 27) vs (1, 33).
  const perondi = (lower: string, upper: string) =>
    identifyComparisonMethod({ x: 7, n: 34 }, { x: 1, n: 34 }, {
      estimate: "7.0000",
      lower,
      upper,
    }, { measure: "ratio" }).matches;
  assertEquals(perondi("1.2086", "43.0330"), ["miettinen-nurminen"]);
  assertEquals(perondi("1.2209", "42.5757"), ["koopman"]);
  // test-ch4.R:41 Cornfield_midP_CI_2x2, tea tasting (3, 1) vs (1, 3): "0.3101 to 308.5568"
  // (its estimate, the sample odds ratio 9, is not the conditional MLE, so it is left out).
  const tea = identifyComparisonMethod({ x: 3, n: 4 }, { x: 1, n: 4 }, "0.3101 to 308.5568", {
    measure: "odds-ratio",
  });
  assertEquals(tea.matches, ["cornfield-mid-p"]);
  assertEquals(tea.candidates.map((c) => c.method), [...COMPARISON_METHODS["odds-ratio"]]);
});

Deno.test("an infinite upper limit printed as ∞, Inf or Infinity", () => {
  // 3/4 vs 0/4: every odds-ratio method but Woolf's (zero-cell corrected) has upper limit ∞.
  for (const text of ["∞", "Inf", "Infinity"]) {
    const id = identifyComparisonMethod({ x: 3, n: 4 }, { x: 0, n: 4 }, {
      lower: "0.1",
      upper: text,
    }, { measure: "odds-ratio" });
    const exact = id.candidates.find((c) => c.method === "exact")!;
    assertEquals(exact.upperText, "∞", text);
    assertEquals(id.candidates.find((c) => c.method === "woolf")!.upper < Infinity, true);
  }
});

Deno.test("rounding: ties of the estimate, positive and negative, by the rounding rule", () => {
  // 1/8 − 0/1 = 0.125 exactly: "0.13" half-up, "0.12" half-even; −0.125 rounds as its
  // magnitude.
  const text = (a: { x: number; n: number }, b: { x: number; n: number }, rule: RoundingRule) =>
    identifyComparisonMethod(a, b, { estimate: "0.00", lower: "0.00", upper: "0.00" }, {
      rounding: rule,
    }).candidates.find((c) => c.method === "wald")!.estimateText;
  assertEquals(text({ x: 1, n: 8 }, { x: 0, n: 1 }, "half-up"), "0.13");
  assertEquals(text({ x: 1, n: 8 }, { x: 0, n: 1 }, "half-even"), "0.12");
  assertEquals(text({ x: 0, n: 1 }, { x: 1, n: 8 }, "half-up"), "-0.13");
  assertEquals(text({ x: 0, n: 1 }, { x: 1, n: 8 }, "half-even"), "-0.12");
  // A limit printed "-0.00" or "0.00" is zero either way: 0/10 vs 0/10, Wald [0, 0].
  const zero = identifyComparisonMethod({ x: 0, n: 10 }, { x: 0, n: 10 }, "-0.00 (-0.00, 0.00)");
  assert(zero.matches.includes("wald"));
});

Deno.test("the result is frozen and carries its inputs and defaults", () => {
  const id = identifyComparisonMethod({ x: 7, n: 20 }, { x: 2, n: 18 }, "0.24 (0.00 to 0.47)");
  assert(Object.isFrozen(id) && Object.isFrozen(id.candidates) && Object.isFrozen(id.matches));
  assertEquals([id.measure, id.level, id.rounding, id.scale], [
    "difference",
    0.95,
    "half-up",
    "proportion",
  ]);
  assertEquals(id.printed, { estimate: "0.24", lower: "0.00", upper: "0.47" });
  assertEquals([id.a, id.b], [{ x: 7, n: 20 }, { x: 2, n: 18 }]);
  assertEquals(id.decimals, { estimate: 2, lower: 2, upper: 2 });
});

Deno.test("bad input: RangeError/TypeError naming the argument and the value", () => {
  const a = { x: 7, n: 20 };
  const b = { x: 2, n: 18 };
  const ok = { lower: "0.01", upper: "0.47" };
  const bad: [() => unknown, ErrorConstructor, string][] = [
    [() => identifyComparisonMethod({ x: 21, n: 20 }, b, ok), RangeError, "`a.x`"],
    [() => identifyComparisonMethod(a, null as never, ok), TypeError, "`b` must be an object"],
    [
      () => identifyComparisonMethod(a, b, ok, { measure: "risk" as "ratio" }),
      RangeError,
      '`measure` must be one of "difference", "ratio", "odds-ratio", got "risk"',
    ],
    [() => identifyComparisonMethod(a, b, ok, { level: 95 }), RangeError, "`level`"],
    [
      () => identifyComparisonMethod(a, b, ok, { rounding: "up" as RoundingRule }),
      RangeError,
      '`rounding` must be one of "half-up", "half-even", got "up"',
    ],
    [
      () => identifyComparisonMethod(a, b, ok, { scale: "pct" as ComparisonScale }),
      RangeError,
      '`scale` must be one of "proportion", "percent", got "pct"',
    ],
    [
      () => identifyComparisonMethod(a, b, ok, { measure: "ratio", scale: "percent" }),
      RangeError,
      '`scale` must be "proportion" for measure "ratio"',
    ],
    [
      () => identifyComparisonMethod(a, b, "0.24 (0.00 to 0.47, p = 0.04)"),
      RangeError,
      "`printed` must hold two numbers (the limits) or three (estimate and limits)",
    ],
    [() => identifyComparisonMethod(a, b, 0.24 as never), TypeError, "`printed` must be"],
    [
      () => identifyComparisonMethod(a, b, { lower: 0.01 as never, upper: "0.47" }),
      TypeError,
      "`printed.lower` must be a string as printed, got 0.01",
    ],
    [
      () => identifyComparisonMethod(a, b, { lower: "0,01", upper: "0.47" }),
      RangeError,
      '`printed.lower` must be a decimal number as printed (e.g. "-0.05" or "2.36"), got "0,01"',
    ],
    [
      () => identifyComparisonMethod(a, b, { estimate: "x", lower: "0.01", upper: "0.47" }),
      RangeError,
      "`printed.estimate`",
    ],
  ];
  for (const [call, ErrorClass, message] of bad) assertThrows(call, ErrorClass, message);
});
