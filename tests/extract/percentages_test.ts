// Tests of lib/extract/percentages.ts: percentages printed with their count and denominator.
// Sentences are made up; x/n × 100 is worked by hand in each comment.
import { assertEquals } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";

const read = (text: string) =>
  extractStatements(text).map((s) => ({
    quote: s.quote,
    reported: s.reported,
    args: s.args,
    tier: s.tier,
  }));

Deno.test("x/n (y%), y% (x/n), x of n (y%) and (x/n, y%)", () => {
  assertEquals(read("Relapse occurred in 4/14 (28.6%) patients."), [
    // 4/14 = 28.57%
    { quote: "4/14 (28.6%)", reported: "4/14 (28.6%)", args: { n: "14" }, tier: "explicit" },
  ]);
  assertEquals(read("CR was reached by 43% (81/189) of them."), [
    { quote: "43% (81/189)", reported: "43% (81/189)", args: { n: "189" }, tier: "explicit" },
  ]);
  assertEquals(read("Ten of the 17 children (58.8%) improved."), [
    // A word count with "of the" between count and denominator: the check gets x as argument.
    {
      quote: "Ten of the 17 children (58.8%)",
      reported: "58.8%",
      args: { n: "17", x: "10" },
      tier: "explicit",
    },
  ]);
  assertEquals(read("Samples were adequate (41/65, 63.1%) in arm A."), [
    // 41/65 = 63.08%; the ledger's reader reads the count and denominator from the quote.
    { quote: "41/65, 63.1%", reported: "41/65, 63.1%", args: { n: "65" }, tier: "explicit" },
  ]);
  assertEquals(read("Everyone was cured: 100% of patients (30/30)."), [
    // Words between the percentage and its fraction: the count is given to the check.
    {
      quote: "100% of patients (30/30)",
      reported: "100%",
      args: { n: "30", x: "30" },
      tier: "explicit",
    },
  ]);
});

Deno.test("a confidence level or a list of percentages is not the fraction's percentage", () => {
  // "557/650, 95% CI" prints the level, not 557/650.
  // 557/650 = 85.69%: the statement is 85.7% and its fraction, never the 95%.
  assertEquals(read("Cure was 85.7% (557/650, 95% CI 82.8% to 88.2%)."), [
    { quote: "85.7% (557/650", reported: "85.7% (557/650", args: { n: "650" }, tier: "explicit" },
  ]);
  assertEquals(read("doses 10/20 (24.3%, 42.4% and 52.6%, respectively)"), []);
  // A count above its denominator is not a fraction of it.
  assertEquals(read("in 2010/11 (45%)"), []);
});

Deno.test("an approximate fraction or a complement is not a count of n", () => {
  // "almost 1/4" is a quarter in words (22.0% is not 1/4 = 25%); "all but one of 74" is 73/74 =
  // 98.6%, not 1/74.
  assertEquals(read("Almost 1/4 (22.0%) had a balanced profile."), []);
  assertEquals(read("It was found in all but one of 74 samples (98.6%)."), []);
  assertEquals(read("It was found in one of 74 samples (1.4%).").length, 1);
});
