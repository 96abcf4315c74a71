// Tests of lib/display/findings.ts on a hand-made finding (Boissel 2022, Table 2: "12 (87.5%)"
// of N = 14; 12/14 = 85.7%) and the empty case.
import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { findingsList } from "../../lib/display/findings.ts";
import { JUPYTER_DISPLAY } from "../../lib/display/bundle.ts";
import type { Finding } from "../../lib/ledger/findings.ts";

const PD: Finding = {
  paper: "boissel-2022",
  id: "pd-count",
  title: "Progressive disease: 12 (87.5%) with $n = 14$",
  status: "discrepancy",
  explanation: "12/14 = 85.7%, not 87.5% <b>",
  claims: ["b-t2-pd", "b-res-pd"],
  origin: "written",
};

Deno.test("findingsList: text and escaped HTML, LaTeX as text, claims listed", () => {
  const shown = findingsList([PD], { caption: "Boissel 2022" });
  const bundle = shown[JUPYTER_DISPLAY]();
  assertStringIncludes(String(shown), "Boissel 2022\n1. ✗ discrepancy — Progressive disease");
  assertStringIncludes(String(shown), "with n = 14");
  assertStringIncludes(String(bundle["text/html"]), "not 87.5% &lt;b&gt;");
  assertStringIncludes(String(bundle["text/html"]), "<code>b-res-pd</code>");
  assertEquals(shown.value, [PD]);
});

Deno.test("findingsList: none, and bad input", () => {
  assertStringIncludes(String(findingsList([])), "No findings");
  assertThrows(() => findingsList("x" as never), TypeError, "`findings`");
});
