import { assertEquals, assertStringIncludes, assertThrows } from "@std/assert";
import { ledgerRows, ledgerTable } from "../../lib/display/ledger.ts";
import type { ClaimResult, LedgerEntry } from "../../lib/ledger/claims.ts";

// Three results in the shape `runLedger` returns, with printed values from Boissel 2022:
// Table 1 "Male 12 (85.7)", Table 2 "Progressive disease 12 (87.5%)", and a dose (Methods ¶4).
const RESULTS: ClaimResult[] = [
  {
    id: "b-t1-male",
    paper: "boissel-2022",
    where: 'Table 1, row "Male"',
    quote: "Male 12 (85.7)",
    reported: "12 (85.7)",
    recomputed: "85.7",
    status: "reproduced",
    explanation: "12/14 = 85.71% prints as 85.7.",
    note: "",
    finding: "",
  },
  {
    id: "b-t2-pd",
    paper: "boissel-2022",
    where: 'Table 2, row "Progressive disease, n (%)"',
    quote: "Progressive disease, n (%): 12 (87.5%)",
    reported: "12 (87.5%)",
    recomputed: "85.7%",
    status: "discrepancy",
    explanation: "12/14 = 85.7%; 87.5% is 7/8 or 14/16.",
    note: "",
    finding: "b-t2-pd",
  },
  {
    id: "b-met-isa-dose-all",
    paper: "boissel-2022",
    where: "Methods ¶4",
    quote: "20 mg/kg of isatuximab",
    reported: "20 mg/kg",
    recomputed: "",
    status: "not-derivable",
    explanation: "A dose.",
    note: "A dose.",
    finding: "",
  },
];

Deno.test("ledger: results become comparison rows; explanations of problems become notes", () => {
  assertEquals(ledgerRows(RESULTS), [
    {
      id: "b-t1-male",
      where: 'Table 1, row "Male"',
      printed: "12 (85.7)",
      rederived: "85.7",
      verdict: "reproduced",
    },
    {
      id: "b-t2-pd",
      where: 'Table 2, row "Progressive disease, n (%)"',
      printed: "12 (87.5%)",
      rederived: "85.7%",
      verdict: "discrepancy",
      note: "12/14 = 85.7%; 87.5% is 7/8 or 14/16.",
    },
    {
      id: "b-met-isa-dose-all",
      where: "Methods ¶4",
      printed: "20 mg/kg",
      rederived: "—",
      verdict: "not-derivable",
      note: "A dose.",
    },
  ]);
});

Deno.test("ledger: explain all / none, ids off", () => {
  assertEquals(ledgerRows(RESULTS, { explain: "all" })[0]?.note, "12/14 = 85.71% prints as 85.7.");
  assertEquals(ledgerRows(RESULTS, { explain: "none" }).some((r) => "note" in r), false);
  assertEquals(ledgerRows(RESULTS, { ids: false }).some((r) => "id" in r), false);
});

Deno.test("ledger: entries (claim + result) are accepted as well as bare results", () => {
  const entries = RESULTS.map((result) => ({ claim: {}, result }) as unknown as LedgerEntry);
  assertEquals(ledgerRows(entries), ledgerRows(RESULTS));
});

Deno.test("ledger: the table tallies verdicts and shows the ids", () => {
  const text = String(ledgerTable(RESULTS, { caption: "Boissel 2022" }));
  assertEquals(text.split("\n")[0], "Boissel 2022 (1 reproduced, 1 discrepancy, 1 not derivable)");
  assertStringIncludes(text, "b-t2-pd");
  assertStringIncludes(text, "✗ discrepancy");
});

Deno.test("ledger: bad arguments name themselves", () => {
  assertThrows(() => ledgerRows("x" as never), TypeError, "`items`");
  assertThrows(
    () => ledgerRows(RESULTS, { explain: "some" as never }),
    RangeError,
    "`options.explain`",
  );
});
