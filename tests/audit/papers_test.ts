// The automatic audit on the two papers the project reproduces (issue 12's acceptance): it
// finds Boissel 2022 Table 2's "12 (87.5%)" of N = 14, Aureli 2023's TOWER arms 271 + 134
// against "271 out of 495", and Aureli's percentages that no count of the denominator stated in
// their sentence can print (73.5% of 69, 34.8% of 39, 84% of 20) — and flags nothing else.
// Where an extracted percentage is also in the hand-written ledger (data/*/claims.csv) with the
// same printed text and denominator, both give the same status.
//
// Expected values are the ledger's (data/boissel-2022/claims.csv b-t2-pd; data/aureli-2023/
// claims.csv a-tower-total, a-rialto-hsct, a-aieop-ae, a-itcc-cr-mrd) and the papers' text.
import { assert, assertEquals } from "@std/assert";
import { auditPaper } from "../../lib/audit/audit.ts";
import { readLedger } from "../../lib/ledger/load.ts";
import { runLedger } from "../../lib/ledger/run.ts";
import { PAPERS_AVAILABLE, readPaper } from "../support/papers.ts";

const data = new URL("../../data", import.meta.url).pathname;

Deno.test({
  name: "Boissel 2022: Table 2's 12 (87.5%) of N = 14 is the only discrepancy",
  ignore: !PAPERS_AVAILABLE,
  fn() {
    const audit = auditPaper(readPaper("boissel-2022")!, { file: "boissel.txt" });
    const flagged = audit.records.filter((r) => r.status === "discrepancy");
    assertEquals(flagged.map((r) => [r.quote, r.tier, r.reported]), [
      ["12 (87.5%)", "inferred", "12 (87.5%)"],
    ]);
    // Boissel 2022, Table 2, column header "Isatuximab 20 mg/kg (N = 14)".
    assert(flagged[0]!.explanation.includes('n = 14 from "Isatuximab 20 mg/kg (N = 14)"'));
    // 12/14 = 85.714% (by hand): the check prints the cell as it should read.
    assertEquals(flagged[0]!.recomputed, "12 (85.7%)");
  },
});

Deno.test({
  name: "Aureli 2023: TOWER's arms against 495 and three impossible percentages, nothing else",
  ignore: !PAPERS_AVAILABLE,
  fn() {
    const audit = auditPaper(readPaper("aureli-2023")!, { file: "aureli.txt" });
    const flagged = audit.records
      .map((r, i) => ({ r, s: audit.statements[i]! }))
      .filter(({ r }) => r.status === "discrepancy");
    assertEquals(
      flagged.map(({ r, s }) => [r.kind, r.tier, r.reported, s.args.n ?? s.args.parts]),
      [
        // §4.1.1: "271 out of 495 patients … received blinatumomab and 134 patients received
        // standard chemotherapy (2:1 ratio)": 271 + 134 = 405.
        ["sum", "explicit", "495", "271,134"],
        // §4.1.2 ¶4: "69 achieved CR …; most of them (73.5%)": 50/69 = 72.5%, 51/69 = 73.9%.
        ["percentage", "inferred", "73.5%", "69"],
        // §4.1.2 ¶5: "study on 39 … patients … (34.8% grade ≥ 3 AE rates": 13/39 = 33.3%, 14/39 = 35.9%.
        ["percentage", "inferred", "34.8%", "39"],
        // §4.2 ¶6: "20 of 25 patients, of whom 84%": 16/20 = 80%, 17/20 = 85%.
        ["percentage", "inferred", "84%", "20"],
      ],
    );
    assertEquals(flagged.find(({ r }) => r.kind === "sum")!.r.recomputed, "405");
  },
});

Deno.test({
  name: "the two papers: extracted percentages agree with the hand-written ledger",
  ignore: !PAPERS_AVAILABLE,
  async fn() {
    const entries = runLedger(await readLedger(data));
    const squash = (s: string) => s.replace(/\s+/g, " ").replaceAll("[", "(").replaceAll("]", ")");
    let compared = 0;
    for (const key of ["boissel-2022", "aureli-2023"] as const) {
      const audit = auditPaper(readPaper(key)!, { file: key });
      const ledger = entries.filter((e) => e.claim.paper === key && e.claim.check === "percentage");
      audit.records.forEach((r, i) => {
        const s = audit.statements[i]!;
        if (r.kind !== "percentage") return;
        const same = ledger.filter((e) => {
          const n = e.claim.args.get("n");
          return squash(e.claim.reported) === squash(r.reported) && n?.length === 1 &&
            n[0]!.kind === "literal" && n[0]!.text === s.args.n;
        });
        for (const e of same) {
          compared++;
          assertEquals(r.status, e.result.status, `${key} ${e.claim.id}: ${r.reported}`);
        }
      });
    }
    // Boissel's Tables 1, 2 and 4 and its text: 40 percentages the ledger also checks with n = 14.
    assert(compared >= 40, `only ${compared} extracted percentages matched a ledger claim`);
  },
});
