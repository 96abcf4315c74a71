// Tests of lib/checks/same_text.ts. Each case cites where the printed lists stand.
import { assertEquals, assertStringIncludes } from "@std/assert";
import { checkSameText, listItems } from "../../lib/checks/same_text.ts";

Deno.test("lists compare as sets: order, case and brackets do not matter", () => {
  assertEquals(listItems("France; Italy / Spain & Germany"), [
    "France",
    "Italy",
    "Spain",
    "Germany",
  ]);
  const r = checkSameText(
    { reported: "Italy, France", where: "text" },
    { reported: "(france and ITALY)", where: "Table 1" },
  );
  assertEquals(r.status, "reproduced");
  assertEquals(r.recomputed, "Table 1: france, ITALY");
});

Deno.test("Aureli 2023: Brown 2021's countries, §4.1.2 against Table 2", () => {
  // §4.1.2 ¶2 names the USA, Australia and New Zealand; Table 2's row for the trial adds Canada.
  const r = checkSameText(
    { reported: "USA, Australia and New Zealand", where: "§4.1.2 ¶2" },
    { reported: "USA, Canada, Australia, New Zealand", where: "Table 2" },
  );
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "only Table 2 has Canada");
});

Deno.test("a label in two places: phase 2 and phase 1", () => {
  const r = checkSameText(
    { reported: "phase 2", where: "§4.1.2" },
    { reported: "phase 1", where: "Table 2" },
  );
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "only §4.1.2 has phase 2; only Table 2 has phase 1");
});

Deno.test("none is no item: a result cited without a reference", () => {
  const r = checkSameText(
    { reported: "none", where: "TOWER paragraph" },
    { reported: "[78]", where: "next sentence" },
  );
  assertEquals(r.status, "discrepancy");
  assertStringIncludes(r.explanation, "TOWER paragraph prints nothing");
});

Deno.test("country abbreviations are their names: US = USA = the United States", () => {
  const r = checkSameText(
    { reported: "USA, Australia and New Zealand", where: "text" },
    { reported: "US, Canada, Australia, NZ", where: "Table 2" },
  );
  assertStringIncludes(r.explanation, "only Table 2 has Canada.");
  assertEquals(
    checkSameText(
      { reported: "the United States and the UK", where: "a" },
      { reported: "USA, United Kingdom", where: "b" },
    ).status,
    "reproduced",
  );
});
