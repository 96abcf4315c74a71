import { assertEquals } from "@std/assert";
import { markdown } from "../../lib/display/markdown.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";

Deno.test("markdown: values are formatted by the table rule, text kept as written", () => {
  // 0.2316 is the Clopper–Pearson upper bound for 0/14 (Boissel 2022, Table 2: "23.2%").
  const shown = markdown`upper bound ${0.23164}, method *${"clopper-pearson"}*, n = ${14}`;
  assertEquals(shown.value, "upper bound 0.2316, method *clopper-pearson*, n = 14");
});

Deno.test("markdown: displays as markdown with the same text as plain text", () => {
  const bundle = markdown`# ${"Title"}`[JUPYTER_DISPLAY]();
  assertEquals(bundle, { "text/markdown": "# Title", "text/plain": "# Title" });
});

Deno.test("markdown: a template without values is its text", () => {
  assertEquals(markdown`plain`.value, "plain");
  assertEquals(markdown`${undefined}`.value, "—");
});
