// Tests of lib/checks/percentage.ts. Each case cites where the printed value stands; expected
// percentages are x/n × 100 computed by hand.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import {
  checkPercentage,
  denominatorsFitting,
  readPercentage,
} from "../../lib/checks/percentage.ts";

Deno.test("Boissel 2022 Table 2: 12 (87.5%) with N = 14 is impossible", () => {
  const r = checkPercentage({ reported: "12 (87.5%)", n: 14 });
  assertEquals(r.status, "discrepancy");
  assertEquals(r.recomputed, "12 (85.7%)"); // 12/14 = 85.714…%, in the printed form
  // No k/14 is within 0.05 of 87.5 (12/14 = 85.7, 13/14 = 92.9); 87.5% = 7/8 needs d = 8k.
  assertStringIncludes(r.explanation, "No count out of 14 prints as 87.5%");
  assertStringIncludes(r.explanation, "8, 16, 24");
});

Deno.test("Boissel 2022 Table 1: counts of 14 that agree", () => {
  // Table 1: <65 11 (78.6), 65–75 3 (21.4), Female 2 (14.3), 5 (7.1)… (percent sign omitted)
  for (
    const [reported, expected] of [
      ["11 (78.6)", "11 (78.6)"],
      ["3 (21.4)", "3 (21.4)"],
      ["2 (14.3)", "2 (14.3)"],
      ["1 (7.1)", "1 (7.1)"],
      ["7 (50.0)", "7 (50.0)"],
    ] as const
  ) {
    const r = checkPercentage({ reported, n: 14 });
    assertEquals([r.status, r.recomputed], ["reproduced", expected]);
  }
});

Deno.test("a count given as argument (word counts, percentage first)", () => {
  // Boissel 2022, Results: "three (21.4%) patients"
  assertEquals(checkPercentage({ reported: "three (21.4%)", n: 14, x: 3 }).status, "reproduced");
  // Aureli 2023 §4.1.1: "43% (81/189)"; with the count given, the re-derivation names it.
  assertEquals(
    checkPercentage({ reported: "43% (81/189)", n: 189, x: 81 }).recomputed,
    "81/189 = 43%",
  );
});

Deno.test("a printed count that differs from the count used is a discrepancy", () => {
  const r = checkPercentage({ reported: "12 (85.7%)", n: 14, x: 11 });
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "printed count 12 differs from the count 11");
});

Deno.test("explanation names the denominators that fit a count and truncation", () => {
  // Aureli 2023, ITCC-059: "20 of 25 patients, of whom 84% reached CR-MRD negative":
  // 84% of 20 is impossible (k/20 are multiples of 5%); 16/19 = 84.2% and 21/25 = 84% fit.
  const r = checkPercentage({ reported: "84%", n: 20, x: 16 });
  assertEquals([r.status, r.recomputed], ["discrepancy", "16/20 = 80%"]);
  assertStringIncludes(r.explanation, "needs a denominator of 19");
  assertStringIncludes(r.explanation, "19, 25");
  // Aureli 2023 §4.3.1 (Park 2018): "MRD response was observed in 67%" of 53; 36/53 = 67.9%.
  // The many denominators that print 67% (3, 6, 9, …) are listed nearest 53 first.
  const park = checkPercentage({ reported: "67%", n: 53, x: 36 });
  assertStringIncludes(park.explanation, "The denominators nearest 53 that can print 67%:");
  assertStringIncludes(park.explanation, "54");
  // 2/3 = 66.67% printed as 66.6% is truncation.
  assertStringIncludes(
    checkPercentage({ reported: "66.6%", n: 3, x: 2 }).explanation,
    "Truncating",
  );
});

Deno.test("denominatorsFitting: 87.5% needs multiples of 8 below 250", () => {
  assertEquals(denominatorsFitting(87.5, 1, 50), [8, 16, 24, 32, 40, 48]);
  // 50% at 0 decimals allows [49.5, 50.5]: 1/2 and 2/4 fit; k/1 and k/3 (33%, 67%) do not.
  assertEquals(denominatorsFitting(50, 0, 4), [2, 4]);
});

Deno.test("readPercentage and bad input", () => {
  assertEquals(readPercentage("11 (78.6)").percent.value, 78.6);
  assertThrows(() => readPercentage("n/a"), TypeError, "`reported` must contain a percentage");
  assertThrows(() => checkPercentage({ reported: "15 (1%)", n: 14 }), RangeError, "`x`");
  assertThrows(() => checkPercentage({ reported: "1 (1%)", n: 0 }), RangeError, "`n`");
  assertThrows(() => checkPercentage({ reported: "1.5 (1%)", n: 4 }), RangeError, "`x`");
});

Deno.test("no count printed: does any count out of n print the percentage?", () => {
  // Aureli 2023 §4.1.1 (TOWER): "a better CR rate (34% vs. 16%…)" of 271 and 134 randomized.
  // 91/271 = 33.58%, 92/271 = 33.95%, 93/271 = 34.32% print as 34%; 90/271 = 33.21% does not.
  // Only shown possible (no count is printed): `consistent`, not `reproduced`.
  const tower = checkPercentage({ reported: "34%", n: 271 });
  assertEquals([tower.status, tower.recomputed], ["consistent", "91, 92 or 93 of 271"]);
  assertStringIncludes(tower.explanation, "fits a count of 91, 92, 93");
  // 21/134 = 15.67% and 22/134 = 16.42% print as 16%.
  assertStringIncludes(checkPercentage({ reported: "16%", n: 134 }).explanation, "21, 22");
  // Aureli 2023 §4.3.1 (ZUMA-3): "CR was achieved in 52%" of the 45 infused:
  // 23/45 = 51.11% and 24/45 = 53.33% flank it; 52% × 45 = 23.4, so the nearest is 23 (51%).
  const zuma = checkPercentage({ reported: "52%", n: 45 });
  assertEquals([zuma.status, zuma.recomputed], ["discrepancy", "23/45 = 51%"]);
  assertStringIncludes(zuma.explanation, "No count out of 45 prints as 52%");
  assertStringIncludes(zuma.explanation, "23/45 = 51.11% and 24/45 = 53.33%");
  // 0% and 100% are counts 0 and n.
  assertEquals(checkPercentage({ reported: "0%", n: 7 }).recomputed, "0/7");
  assertEquals(checkPercentage({ reported: "100%", n: 7 }).status, "consistent");
  // …but with the 54 enrolled (ZUMA-3), 28/54 = 51.85% prints as 52%.
  assertStringIncludes(
    checkPercentage({ reported: "52%", n: 45, altN: 54 }).explanation,
    "With 54 as the denominator instead of 45, 52% fits 28/54.",
  );
  // Boissel 2022 Table 2: with the 13 evaluable instead of the 14 treated, 12/13 = 92.3%.
  assertStringIncludes(
    checkPercentage({ reported: "12 (87.5%)", n: 14, altN: 13 }).explanation,
    "With 13 as the denominator instead of 14, 12/13 = 92.308% would print as 92.3%.",
  );
});

Deno.test("printed fractions: x/n (p%), x of n (p%), p% (x/n)", () => {
  // Boissel 2022, Results ¶3: "the disease progressed in 4/14 (28.6%) patients": 4/14 = 28.571%
  const pd = readPercentage("4/14 (28.6%)");
  assertEquals([pd.count?.value, pd.denominator?.value, pd.percent.value], [4, 14, 28.6]);
  assertEquals(checkPercentage({ reported: "4/14 (28.6%)", n: 14 }).status, "reproduced");
  // Aureli 2023 §4.1.2: "CR was seen in 44 of 49 patients (90%)": 44/49 = 89.80%
  const cr = readPercentage("44 of 49 patients (90%)");
  assertEquals([cr.count?.value, cr.denominator?.value], [44, 49]);
  assertEquals(
    checkPercentage({ reported: "44 of 49 patients (90%)", n: 49 }).recomputed,
    "44 of 49 patients (90%)",
  );
  // Aureli 2023 §4.1.1: "43% (81/189)": 81/189 = 42.86%
  const topp = readPercentage("43% (81/189)");
  assertEquals([topp.count?.value, topp.denominator?.value], [81, 189]);
  assertEquals(checkPercentage({ reported: "43% (81/189)", n: 189 }).status, "reproduced");
  // A count before the parenthesis stays the count: "12 (87.5%)" has no denominator.
  assertEquals(readPercentage("12 (87.5%)").denominator, undefined);
  // Words between the fraction and the parenthesis, and "out of".
  assertEquals(readPercentage("16 out of 45 enrolled (36%)").denominator?.value, 45);
});

Deno.test("a printed denominator that differs from n is a discrepancy", () => {
  // Constructed: "4/13 (28.6%)" checked against n = 14 (4/14 = 28.6% would fit the value).
  const r = checkPercentage({ reported: "4/13 (28.6%)", n: 14 });
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "printed denominator 13 differs from the n = 14 used");
});

Deno.test("word counts are read: three (21.4%) needs no x", () => {
  // Boissel 2022, Results ¶1: "three (21.4%) patients aged between 65 and 75 years": 3/14
  assertEquals(checkPercentage({ reported: "three (21.4%)", n: 14 }).status, "reproduced");
  // A word count that differs from the x given is reported like a digit count.
  const r = checkPercentage({ reported: "three (21.4%)", n: 14, x: 4 });
  assertStringIncludes(r.explanation, "printed count three differs from the count 4");
});

Deno.test("a percentage in words: Fifty percent", () => {
  // Aureli 2023 §4.1.2 (NEUF): "38 of 72 patients … achieved a hematological response …
  // Fifty percent of these patients underwent a transplant": 19/38 = 50%.
  const r = checkPercentage({ reported: "Fifty percent", n: 38 });
  assertEquals([r.status, r.recomputed], ["consistent", "19/38"]);
  assertStringIncludes(r.explanation, "fits a count of 19");
});

Deno.test("half of the patients (11/22): the word is 50%, the fraction its count", () => {
  // Aureli 2023 §4.2 ¶4 (NCT03677596): "half of the patients (11/22) achieved remission".
  const r = readPercentage("half of the patients (11/22)");
  assertEquals([r.percent.value, r.count?.value, r.denominator?.value], [50, 11, 22]);
  assertEquals(
    checkPercentage({ reported: "half of the patients (11/22)", n: 22 }).status,
    "reproduced",
  );
  // 10/22 = 45.45% is not half.
  assertEquals(checkPercentage({ reported: "half (10/22)", n: 22 }).status, "discrepancy");
});

Deno.test("a decimal comma: 52,5% is 52.5% when unambiguous, refused when not", () => {
  // 21/40 = 52.5% exactly, printed European-style.
  const r = checkPercentage({ reported: "21 (52,5%)", n: 40 });
  assertEquals([r.status, r.recomputed], ["reproduced", "21 (52.5%)"]);
  // 22/40 = 55.0%: the comma reading makes it a discrepancy of 52.5, not of 525.
  assertStringIncludes(checkPercentage({ reported: "22 (52,5%)", n: 40 }).explanation, "not 52,5%");
  // Three digits after the comma: 12,345% may be 12.345% or 12345%. Never a verdict on a guess.
  assertThrows(
    () => checkPercentage({ reported: "1 (12,345%)", n: 8 }),
    TypeError,
    "ambiguous: with a decimal comma it is 12.345%, with a thousands separator 12345%",
  );
});

Deno.test("a fraction joined to its percentage by 'or' or a comma: 35/36 or 97.2%", () => {
  // Osorio et al. 2007 (Malar J 6:25), Results: "35/36 or 97.2% (95%CI 85.5 – 99.9)".
  const r = readPercentage("35/36 or 97.2%");
  assertEquals([r.count?.value, r.denominator?.value], [35, 36]);
  assertEquals(checkPercentage({ reported: "35/36, 97.2%", n: 36 }).status, "reproduced");
});
