// Tests of lib/ledger/run.ts on the valid fixture ledger tests/fixtures/ledger/ok/. Each
// expected status is checked by hand against the paper text quoted in the fixture's rows:
// Boissel 2022 Table 2 "12 (87.5%)" with N = 14 (12/14 = 85.7%), Methods "Simon's optimal"
// for the 11 / >6 / 24 design (the minimax design for p0 = 0.6, p1 = 0.8, α = 0.1, power 0.8;
// Simon 1989), Aureli 2023 §4.1.1 "271 out of 495 … and 134" (271 + 134 = 405).
import { assertEquals, assertThrows } from "@std/assert";
import { DataError } from "../../lib/data/csv.ts";
import type { Claim } from "../../lib/ledger/claims.ts";
import { loadClaims, readLedger } from "../../lib/ledger/load.ts";
import { runClaim, runLedger } from "../../lib/ledger/run.ts";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;

Deno.test("runLedger: statuses of the fixture ledger, in ledger order", async () => {
  const entries = runLedger(await readLedger(`${fixtures}ledger/ok`));
  assertEquals(entries.map((e) => [e.result.id, e.result.status, e.result.recomputed]), [
    ["a-topp-cr", "reproduced", "81/189 = 43%"], // 81/189 = 42.86%
    ["a-tower-n", "discrepancy", "405"], // 271 + 134
    // The same 495 printed again: the same problem, with what was re-derived for it.
    ["a-tower-n-again", "discrepancy", "405 (§4.1.1 ¶1, re-derived)"],
    ["b-enrolled", "reproduced", "14"], // 11 T-ALL + 3 T-LBL (Table 1)
    ["b-t2-pd", "discrepancy", "12 (85.7%)"], // 12/14, in the printed form
    ["b-pd-text", "reproduced", "11 [78.6%]"], // 11/14
    ["b-screened", "reproduced", "16"], // 14 enrolled + 2 screen failures
    ["b-lines", "reproduced", "5.50 (2.0: ≥8)"], // values 7 and 8 of 14 are 5 and 6
    ["b-dose", "not-derivable", ""],
    ["b-design-name", "discrepancy", "minimax"],
    ["b-design-n", "reproduced", "24"],
  ]);
  const [first] = entries;
  assertEquals(Object.keys(first!.result), [
    "id",
    "paper",
    "where",
    "quote",
    "reported",
    "recomputed",
    "status",
    "explanation",
    "note",
    "finding",
  ]);
  assertEquals(Object.isFrozen(first!.result), true);
});

Deno.test("runClaim: a check that rejects its inputs becomes a DataError at the claim's line", async () => {
  // check_rejects: values "2,3,4,5,6,>=7,8" puts the open category before the last one.
  const dir = `${fixtures}broken/ledger/check_rejects`;
  const papers = await readLedger(dir);
  const byId = new Map<string, Claim>();
  for (const p of papers) for (const c of p.claims) byId.set(c.id, c);
  assertThrows(
    () => runClaim(byId.get("b-lines")!, byId),
    DataError,
    `${dir}/boissel-2022/claims.csv:6: check "median-distribution": \`values\`: only the last category may be open`,
  );
  assertThrows(() => runLedger(papers), DataError, "claims.csv:6:");
});

Deno.test("runClaim: bounds, a percentage with no count, word numbers as references", () => {
  // Boissel 2022 Table 4: "Infections and infestations 1 (7.1)" between its preferred terms
  // Bronchiolitis 1 (7.1) and Pneumonia 1 (7.1) (largest 1, sum 2) and at most "Any event"
  // 10 (71.4). Aureli 2023 §4.3.1 (ZUMA-3): "forty-five of them", of the "Fifty-four"
  // enrolled; "CR was achieved in 52%" of the 45: 23/45 = 51.1%, 24/45 = 53.3%.
  const head = "id,section,where,quote,source,reported,check,args,note\n";
  const boissel = loadClaims(
    head +
      "b-any,table-4,T4,Any event,text,10 (71.4),percentage,n=14,\n" +
      "b-bron,table-4,T4,Bronchiolitis,text,1 (7.1),percentage,n=14,\n" +
      "b-pneu,table-4,T4,Pneumonia,text,1 (7.1),percentage,n=14,\n" +
      'b-inf,table-4,T4,Infections,text,1 (7.1),bounds,"parts=@b-bron,@b-pneu;at-most=@b-any",\n',
    "claims.csv",
    "boissel-2022",
  );
  const aureli = loadClaims(
    head +
      "a-enrolled,car-t,§4.3.1,Fifty-four patients,text,Fifty-four,not-derivable,,n\n" +
      "a-infused,car-t,§4.3.1,forty-five of them,text,forty-five,bounds,at-most=@a-enrolled,\n" +
      "a-cr,car-t,§4.3.1,CR in 52%,text,52%,percentage,n=@a-infused,\n",
    "claims.csv",
    "aureli-2023",
  );
  const byId = new Map<string, Claim>([...boissel, ...aureli].map((c) => [c.id, c]));
  const run = (id: string) => {
    const r = runClaim(byId.get(id)!, byId);
    return [r.status, r.recomputed];
  };
  // Bounds show a value possible: consistent, not reproduced.
  assertEquals(run("b-inf"), ["consistent", "1 to 2"]);
  assertEquals(run("a-infused"), ["consistent", "at most 54"]);
  assertEquals(run("a-cr"), ["discrepancy", "23/45 = 51%"]); // 23/45 = 51.1%, nearest to 52% of 45
});

const HEAD = "id,section,where,quote,source,reported,check,args,note\n";
const META = {
  id: "my-trial",
  title: "T",
  citation: "C",
  short: "T",
  doi: "",
  licence: "",
  year: 0,
  text: "",
};
const paperOf = (csv: string) => {
  const claims = loadClaims(HEAD + csv, "claims.csv", "my-trial");
  return { paper: "my-trial", meta: META, dir: ".", claims, tables: new Map(), findings: [] };
};

Deno.test("runLedger: explained-by reconciles; a repeat takes the status of what it repeats", () => {
  // Boissel 2022: Results ¶3 "11 [78.6%]" against Table 2's "12 (87.5%)", reconciled by Table 2
  // footnote a ("11 patients had progressive disease as best response" + one not evaluable).
  const entries = runLedger([paperOf(
    'fn,table-2,Table 2 footnote a,11 had PD as best response + 1 withdrawn,text,12,sum,"parts=11,1",\n' +
      "t2,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n" +
      "res,results,Results ¶3,PD 11,text,11,same-value,other=@t2;explained-by=@fn,\n" +
      "abs,abstract,Abstract,PD 12,text,12,same-value,other=@t2,\n",
  )]);
  const byId = new Map(entries.map((e) => [e.result.id, e.result]));
  assertEquals(byId.get("res")?.status, "explained");
  assertEquals(
    byId.get("res")?.explanation.endsWith(
      "Reconciled by the paper itself, Table 2 footnote a: “11 had PD as best response + 1 withdrawn”.",
    ),
    true,
  );
  // The abstract's 12 agrees with Table 2's 12, but Table 2's 87.5% does not add up: the same
  // problem printed again, not a reproduction.
  assertEquals(byId.get("abs")?.status, "discrepancy");
  assertEquals(byId.get("abs")?.recomputed, "12 (85.7%) (Table 2, re-derived)");
});
