// Tests of lib/extract/text_percentages.ts: percentages whose denominator comes from context.
// Sentences are made up (patterned on the constructions the module reads); k/n × 100 is worked
// by hand in each comment.
import { assertEquals, assertStringIncludes } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";
import { denominatorsPrinting, hasPower } from "../../lib/extract/text_percentages.ts";

const read = (text: string) =>
  extractStatements(text).map((s) => ({
    quote: s.quote,
    n: s.args.n,
    x: s.args.x,
    tier: s.tier,
    source: s.source,
  }));

Deno.test("a sentence that opens with its group binds the counts after it", () => {
  const [a, b] = read("Of the 40 randomized patients, 12 (30.0%) were women and 28 (70.0%) men.");
  // 12/40 = 30.0%, 28/40 = 70.0%
  assertEquals([a?.quote, a?.n, a?.tier, b?.n], ["12 (30.0%)", "40", "inferred", "40"]);
  assertStringIncludes(
    a!.source,
    'from "Of the 40 randomized patients", the group the sentence opens with',
  );
});

Deno.test("an anaphora binds its antecedent: of whom, most of them, one of them", () => {
  // 16/20 = 80%, 17/20 = 85%: no count of 20 prints 84%; the anaphora names the 20, not the 25.
  const [r] = read("A response was seen in 20 of 25 children, of whom 84% stayed negative.");
  assertEquals([r?.quote, r?.n, r?.tier], ["84%", "20", "inferred"]);
  assertStringIncludes(r!.source, '"of whom" refers to');
  // 50/69 = 72.5%, 51/69 = 73.9%.
  const [m] = read("Of 110 treated, 69 reached CR; most of them (73.5%) went on to transplant.");
  assertEquals([m?.quote, m?.n], ["73.5%", "69"]);
});

Deno.test("otherwise the nearest stated group size that reproduces the count", () => {
  // 3/14 = 21.4%: the 14 comes from the previous sentence of the paragraph.
  const [r] = read("We enrolled 14 patients. The median age was 33, with three (21.4%) over 65.");
  assertEquals([r?.quote, r?.n], ["three (21.4%)", "14"]);
  assertStringIncludes(r!.source, "earlier in the paragraph");
});

Deno.test("a count no denominator can print is recorded against the nearest group size", () => {
  // 12/13 = 92.3%, 12/14 = 85.7%: no n prints 12 as 87.5%; the stated 14 is nearest 13.7.
  assertEquals(denominatorsPrinting(12, 87.5, 1), []);
  const [r] = read("We enrolled 14 patients. Progression was seen in 12 (87.5%).");
  assertEquals([r?.quote, r?.n], ["12 (87.5%)", "14"]);
  assertStringIncludes(r!.source, "no denominator prints 12 as 87.5%");
});

Deno.test("a rate of the one study population stated in its sentence", () => {
  // 13/39 = 33.3%, 14/39 = 35.9%.
  const [r] = read(
    "A study on 39 pediatric patients showed good tolerability (34.8% grade 3 AE rates).",
  );
  assertEquals([r?.quote, r?.n], ["34.8%", "39"]);
});

Deno.test("labels, values and other groups are not counts", () => {
  assertEquals(read("We enrolled 40 patients. At week 24 (28.1%) and Site 1 (13.1%)."), []);
  assertEquals(read("We enrolled 32 patients. Those with a GCS of 6 (46.9%) were older."), []);
  assertEquals(read("We enrolled 80 patients, in 2 groups of 40 (83.8% male)."), []);
  // A lone percentage without a bound group, or one that is a change, is left alone.
  assertEquals(read("We enrolled 30 patients and assumed a 5% dropout rate."), []);
});

Deno.test("the last label of a list and a bound are not a count and a value", () => {
  // 4/32 = 12.5%, 4/33 = 12.1%: no n prints 4 as 12.2%, but the 4 names a group.
  assertEquals(
    read("We enrolled 32 patients. It was seen in groups 3 and 4 (12.2%) and in group 1 (14.9%)."),
    [],
  );
  // 14/20 = 70%, 15/20 = 75%: no count of 20 prints 71%, but "more than 71%" is a bound.
  assertEquals(read("In a survey, more than 71% of 20 responders agreed."), []);
  assertEquals(read("In a survey, 71% of 20 responders agreed.").map((r) => r.n), ["20"]);
});

Deno.test("hasPower: a lone percentage is only tested where n can fail it", () => {
  assertEquals([hasPower(20, 0), hasPower(60, 0), hasPower(400, 1)], [true, false, true]);
});
