import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { record, recordBundle } from "../../lib/display/record.ts";
import { JUPYTER_DISPLAY, withDisplay } from "../../lib/display/bundle.ts";

// Boissel 2022, Results: 14 enrolled, 3 died without evaluation, 1 not evaluable.
const POPULATION = { enrolled: 14, diedUnevaluated: 3, notEvaluable: 1, method: "clopper-pearson" };

Deno.test("record: fields in order, formatted by the one rule", () => {
  assertEquals(
    recordBundle({ method: "wilson", level: 0.95, bounds: [0, 0.21535] })["text/plain"],
    "field   value\n------  ---------\nmethod  wilson\nlevel   0.95\nbounds  0, 0.2154",
  );
});

Deno.test("record: a title becomes the caption; per-field formats apply", () => {
  const bundle = recordBundle(POPULATION, {
    title: "Population",
    format: { enrolled: (v) => `N = ${v}` },
  });
  assertStringIncludes(String(bundle["text/html"]), "<caption>Population</caption>");
  assertStringIncludes(String(bundle["text/plain"]), "enrolled         N = 14");
});

Deno.test("record: recordBundle is the one-line display of a result type", () => {
  const result = withDisplay({ ...POPULATION }, recordBundle);
  assertEquals(result[JUPYTER_DISPLAY](), recordBundle(POPULATION));
});

Deno.test("record: record() keeps the object", () => {
  const shown = record(POPULATION);
  assertEquals(shown.value, POPULATION);
  assertStringIncludes(String(shown), "diedUnevaluated  3");
});

Deno.test("record: only objects are records", () => {
  assertThrows(() => recordBundle(null as never), TypeError, "`value`");
  assertThrows(() => recordBundle(3 as never), TypeError, "`value`");
});

Deno.test("record: methods are left out and lists of records are counted", () => {
  // The shape of a Beta posterior result (a method among its fields) and of a design search
  // (a list of candidate designs).
  const text = String(
    recordBundle({
      a: 0.5,
      b: 14.5,
      probabilityAbove: (t: number) => t,
      candidates: [{ n: 24 }, { n: 31 }],
    })["text/plain"],
  );
  assertEquals(
    text,
    "field       value\n----------  -----------\na           0.5\nb           14.5\ncandidates  (2 records)",
  );
});
