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

// Patterns of false alarms found while labelling the audit's flags (PROTOCOL.md, amendment after
// the second evaluation), in made-up sentences of the same shape.

Deno.test("a threshold percentage is not the fraction's percentage", () => {
  // "≥8% (53/81; 65.43%)": 53/81 = 65.43%; the 8% is an HbA1c threshold, not 53/81.
  assertEquals(
    read("Patients with HbA1c ≥8% (53/81; 65.43%) outnumbered those below it.").map((r) => r.quote),
    ["53/81; 65.43%"],
  );
});

Deno.test("a fraction the text uses as a dose or a score value is not a count", () => {
  // 15/92 = 16.3%, not 27.6%: "15/92" names the 15 mg/92 mg arm, as "the 15/92 group" says.
  assertEquals(
    read(
      "Remission was seen with 15/92 (27.6%) versus placebo (9.2%). The 15/92 group lost weight.",
    ),
    [],
  );
  // "subscore = 0/1" is a score of 0 or 1 (0/1 cannot be 21%).
  assertEquals(read("Of those with endoscopy subscore = 0/1 (21%), few bled."), []);
  // The same fraction as a count: 15/92 = 16.3%.
  assertEquals(read("Remission was seen in 15/92 (16.3%).").map((r) => r.quote), ["15/92 (16.3%)"]);
  // An equals sign after other words does not make a name: 23/90 = 25.6%.
  assertEquals(read("(website A dropout = 23/90 (25.6%))").map((r) => r.quote), [
    "23/90 (25.6%)",
  ]);
});
