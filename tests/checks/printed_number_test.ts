// Tests of lib/checks/printed_number.ts. Inputs are strings printed in the two papers
// (location cited) or constructed edge cases; expected values are read off the strings.
import { assertEquals } from "@std/assert";
import { firstNumber, locateNumbers, scanNumbers } from "../../lib/checks/printed_number.ts";

const brief = (text: string) =>
  scanNumbers(text).map((p) => [p.value, p.decimals, p.percent, p.relation ?? "", p.wellFormed]);

Deno.test("scanNumbers: table cells of Boissel 2022", () => {
  // Table 2 "Progressive disease, n (%)": 12 (87.5%)
  assertEquals(brief("12 (87.5%)"), [[12, 0, false, "", true], [87.5, 1, true, "", true]]);
  // Table 2 "Responders, CR or CRi, n (95% CI)": 0 (0.0%–23.2%)
  assertEquals(brief("0 (0.0%–23.2%)"), [
    [0, 0, false, "", true],
    [0, 1, true, "", true],
    [23.2, 1, true, "", true],
  ]);
  // Table 1 "Median (minimum: maximum)": 33.0 (16.0: 74.0)
  assertEquals(brief("33.0 (16.0: 74.0)").map((b) => b[0]), [33, 16, 74]);
  // Table 3 medians: trailing zeros keep their precision
  assertEquals(brief("87.50"), [[87.5, 2, false, "", true]]);
});

Deno.test("scanNumbers: thousands separators, well formed and not", () => {
  // Table 3: "11,093.50" is well formed; "68,17.50" is not (Results prints 6817.50)
  assertEquals(brief("11,093.50"), [[11093.5, 2, false, "", true]]);
  const [bad] = scanNumbers("68,17.50");
  assertEquals([bad?.value, bad?.wellFormed, bad?.text], [6817.5, false, "68,17.50"]);
  assertEquals(bad?.issue?.includes("digit groups here: 2+2"), true);
  assertEquals(brief("1,2345")[0]?.[4], false);
  assertEquals(brief("1,234,567")[0]?.slice(0, 1), [1234567]);
});

Deno.test("scanNumbers: inequalities, signs and range dashes", () => {
  assertEquals(brief("p < 0.001"), [[0.001, 3, false, "<", true]]);
  // Boissel 2022, Methods: ">3/19"
  assertEquals(brief(">3/19"), [[3, 0, false, ">", true], [19, 0, false, "", true]]);
  assertEquals(brief("≥8").map((b) => b[3]), ["≥"]);
  assertEquals(brief(">=8").map((b) => b[3]), ["≥"]);
  assertEquals(brief("−0.5 and -2").map((b) => b[0]), [-0.5, -2]);
  // A hyphen between numbers is a range dash, not a minus sign.
  assertEquals(brief("10-20%").map((b) => b[0]), [10, 20]);
});

Deno.test("scanNumbers: number words", () => {
  // Boissel 2022, Results: "three (21.4%) patients aged between 65 and 75 years"
  const [three, pct] = scanNumbers("three (21.4%)");
  assertEquals([three?.value, three?.word, pct?.value], [3, true, 21.4]);
  assertEquals(scanNumbers("someone").length, 0);
  // Aureli 2023 §4.3.1 (ZUMA-3): "Fifty-four patients were enrolled … and forty-five of them"
  assertEquals(scanNumbers("Fifty-four … forty-five").map((p) => p.value), [54, 45]);
  assertEquals(scanNumbers("eighteen, eight, ninety nine, Twenty").map((p) => p.value), [
    18,
    8,
    99,
    20,
  ]);
});

Deno.test("firstNumber: first or undefined", () => {
  assertEquals(firstNumber("N = 14")?.value, 14);
  assertEquals(firstNumber("not reached"), undefined);
});

Deno.test("scanNumbers: number words of a hundred and more", () => {
  // Aureli 2023 §4.1.2 (Brown et al.): "Two-hundred and eight children … were eligible";
  // Table 2 prints 208.
  const [brown] = scanNumbers("Two-hundred and eight children, adolescents");
  assertEquals([brown?.value, brown?.text, brown?.word], [208, "Two-hundred and eight", true]);
  assertEquals(scanNumbers("one hundred").map((p) => p.value), [100]);
  assertEquals(scanNumbers("one hundred five").map((p) => p.value), [105]);
  assertEquals(scanNumbers("three hundred and forty-two").map((p) => p.value), [342]);
  assertEquals(scanNumbers("two thousand").map((p) => p.value), [2000]);
  assertEquals(scanNumbers("three thousand four hundred and twelve").map((p) => p.value), [3412]);
  assertEquals(scanNumbers("sixteen hundred").map((p) => p.value), [1600]);
  // "and" joins parts of one number only when a number word follows a hundred.
  assertEquals(scanNumbers("one hundred patients and eight").map((p) => p.value), [100, 8]);
  assertEquals(scanNumbers("one and two").map((p) => p.value), [1, 2]);
  // No multiplier word alone.
  assertEquals(scanNumbers("a hundred, hundreds, thousand").length, 0);
});

Deno.test("scanNumbers: hyphenated and capitalised compounds", () => {
  // Aureli 2023 §4.2 (AALL1621): "Twenty-one patients received HSCT after InO";
  // "Nineteen out of forty-eight patients had CR"
  assertEquals(scanNumbers("Twenty-one patients").map((p) => p.value), [21]);
  assertEquals(scanNumbers("Nineteen out of forty-eight").map((p) => p.value), [19, 48]);
  // §4.1.1 (ALCANTARA): "Sixteen patients out of forty-five enrolled"
  assertEquals(scanNumbers("Sixteen patients out of forty-five").map((p) => p.value), [16, 45]);
  assertEquals(scanNumbers("SEVENTY-SEVEN").map((p) => p.value), [77]);
});

Deno.test("locateNumbers: spans, inequality included", () => {
  const text = "p < 0.001 and 4/14 (28.6%)";
  const spans = locateNumbers(text);
  assertEquals(spans.map((s) => text.slice(s.start, s.end)), ["< 0.001", "4", "14", "28.6%"]);
  assertEquals(spans.map((s) => s.number.value), [0.001, 4, 14, 28.6]);
});

Deno.test("scanNumbers: the word percent", () => {
  // Aureli 2023 §4.1.2 (NEUF): "Fifty percent of these patients underwent a transplant"
  const [fifty] = scanNumbers("Fifty percent of these patients");
  assertEquals([fifty?.value, fifty?.percent, fifty?.text], [50, true, "Fifty percent"]);
  assertEquals(brief("50 percent"), [[50, 0, true, "", true]]);
  // "percentage" is not the unit.
  assertEquals(brief("10 percentage points"), [[10, 0, false, "", true]]);
});
