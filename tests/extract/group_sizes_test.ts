// Tests of lib/extract/group_sizes.ts: the group sizes a sentence states. Made-up sentences.
import { assertEquals } from "@std/assert";
import { groupSizesIn } from "../../lib/extract/group_sizes.ts";

const sizes = (text: string) => groupSizesIn(text, 0, text.length).map((g) => [g.n, g.form]);

Deno.test("the forms of a stated group size", () => {
  assertEquals(sizes("Group A (n = 33) and group B (n = 31)"), [[33, "n ="], [31, "n ="]]);
  assertEquals(sizes("Of the 65 eligible patients"), [[65, "of N"]]);
  assertEquals(sizes("a study on 39 R/R BCP-ALL pediatric patients"), [[39, "N subjects"]]);
  assertEquals(sizes("20 per group"), [[20, "per group"]]);
  assertEquals(sizes("69 achieved CR"), [[69, "N verb"]]);
  assertEquals(sizes("Forty-five of them"), []);
  assertEquals(sizes("12 (30%) were lost"), [[12, "x (y%)"]]);
});

Deno.test("function words, units and large magnitudes are not group sizes", () => {
  assertEquals(sizes("Nilsson10 state that among women"), []);
  assertEquals(sizes("over 1 million people"), []);
  assertEquals(sizes("for 12 weeks in patients"), []);
});
