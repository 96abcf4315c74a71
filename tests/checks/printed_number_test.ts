// Tests of lib/checks/printed_number.ts. Inputs are strings printed in the two papers
// (location cited) or constructed edge cases; expected values are read off the strings.
import { assertEquals } from "@std/assert";
import { firstNumber, scanNumbers } from "../../lib/checks/printed_number.ts";

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
