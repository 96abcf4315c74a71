import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { DataFrame } from "danfojs";
import { showFrame } from "../../lib/display/dataframe.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";

// Boissel 2022, Table 1, "Disease status at study entry, n (%)".
const STATUS = new DataFrame({
  status: ["Relapsed only", "Refractory only", "Relapsed and refractory"],
  n: [7, 5, 2],
});

Deno.test("dataframe: a danfojs frame shows as a table with its index", () => {
  const bundle = showFrame(STATUS)[JUPYTER_DISPLAY]();
  assertEquals(
    bundle["text/plain"],
    [
      "index  status                   n",
      "-----  -----------------------  -",
      "    0  Relapsed only            7",
      "    1  Refractory only          5",
      "    2  Relapsed and refractory  2",
    ].join("\n"),
  );
  assertStringIncludes(String(bundle["text/html"]), '<th style="text-align:right">n</th>');
});

Deno.test("dataframe: long frames are cut, and the caption says so", () => {
  const text = String(
    showFrame(STATUS, { maxRows: 2, caption: "Table 1" })[JUPYTER_DISPLAY]()["text/plain"],
  );
  assertEquals(text.split("\n")[0], "Table 1 — 1 more row not shown");
  assertEquals(text.split("\n").length, 5);
});

Deno.test("dataframe: bad arguments name themselves", () => {
  assertThrows(() => showFrame({} as never), TypeError, "`frame`");
  assertThrows(() => showFrame(STATUS, { maxRows: 0 }), RangeError, "`options.maxRows`");
});
