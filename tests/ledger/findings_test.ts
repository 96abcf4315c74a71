// Tests of lib/ledger/findings.ts: how claims group into findings, on small hand-made ledgers
// whose statuses follow from the printed numbers (each case says why).
import { assertEquals, assertStringIncludes } from "@std/assert";
import { collectFindings, reportLedger } from "../../lib/ledger/findings.ts";
import { loadClaims, loadFindings, readLedger } from "../../lib/ledger/load.ts";
import type { PaperData } from "../../lib/ledger/claims.ts";

const HEAD = "id,section,where,quote,source,reported,check,args,note,finding\n";
const META = {
  id: "my-trial",
  title: "T",
  citation: "C",
  short: "Doe 2024",
  doi: "",
  licence: "",
  year: 0,
  text: "",
};

function paper(claims: string, findings = ""): PaperData {
  return {
    paper: "my-trial",
    meta: META,
    dir: ".",
    claims: loadClaims(HEAD + claims, "claims.csv", "my-trial"),
    tables: new Map(),
    findings: findings === ""
      ? []
      : loadFindings(`id,title,explanation\n${findings}`, "findings.csv"),
  };
}

Deno.test("a written finding gathers its claims, whatever their links", () => {
  // 12 of 14 is 85.7%, not 87.5%; 11 and 12 disagree; the Discussion's 12 (85.7%) is right.
  const p = paper(
    "t2,t2,Table 2,q,text,12 (87.5%),percentage,n=14,,pd\n" +
      "res,results,Results,q,text,11,same-value,other=@t2,,pd\n" +
      "dis,discussion,Discussion,q,text,12 (85.7%),percentage,n=14,,\n",
    "pd,Progressive disease printed three ways,Table 2's 87.5% cannot be 12 of 14.\n",
  );
  const { findings, findingOf } = collectFindings([p], reportLedger([p]).entries);
  assertEquals(findings.length, 1);
  assertEquals(findings[0]!.id, "pd");
  assertEquals(findings[0]!.origin, "written");
  assertEquals(findings[0]!.claims, ["t2", "res"]);
  assertEquals(findingOf.get("my-trial\u0000res"), "pd");
  assertEquals(findingOf.get("my-trial\u0000dis"), undefined); // reproduced, in no finding
});

Deno.test("linked problems are one finding; unlinked ones are one each", () => {
  // 271 + 134 = 405, not 495, printed twice; and an unrelated 84% of 20 (no k/20 prints 84%).
  const p = paper(
    'total,s,§4.1.1,q,text,495,sum,"parts=271,134",,\n' +
      "again,s,§4.1.1 later,q,text,495,same-value,other=@total,,\n" +
      "itcc,s,§4.2,q,text,84%,percentage,n=20,,\n",
  );
  const { findings } = reportLedger([p]);
  assertEquals(findings.map((f) => [f.id, f.origin, f.claims]), [
    ["total", "linked", ["total", "again"]],
    ["itcc", "single", ["itcc"]],
  ]);
  assertStringIncludes(findings[1]!.title, "84%");
});

Deno.test("a systematic offset among same-value discrepancies is one finding", () => {
  // Aureli 2023: reference numbers in the text one higher than in Table 2 ([104] vs [103], …).
  const rows = [[104, 103], [105, 104], [106, 105]].map(([text, table], i) =>
    `t${i},t2,Table 2 row ${i},q,text,[${table}],not-derivable,,a label,\n` +
    `x${i},s,§4.1.2 ¶${i},q,text,[${text}],same-value,other=@t${i},,\n`
  ).join("");
  const { findings } = reportLedger([paper(rows)]);
  assertEquals(findings.length, 1);
  assertEquals(findings[0]!.origin, "offset");
  assertEquals(findings[0]!.claims, ["x0", "x1", "x2"]);
  assertStringIncludes(findings[0]!.title, "3 numbers higher by 1");
  // Two alone are not a pattern: two findings.
  const two = rows.split("\n").slice(0, 4).join("\n") + "\n";
  assertEquals(reportLedger([paper(two)]).findings.map((f) => f.origin), ["single", "single"]);
});

Deno.test("an explained claim alone is an explained finding; with a discrepancy it joins it", () => {
  const p = paper(
    'fn,t2,footnote,11 + 1,text,12,sum,"parts=11,1",,\n' +
      "t2,t2,Table 2,q,text,12,not-derivable,,a count,\n" +
      "res,results,Results,q,text,11,same-value,other=@t2;explained-by=@fn,,\n",
  );
  const { findings } = reportLedger([p]);
  assertEquals(findings.map((f) => [f.status, f.claims]), [["explained", ["res"]]]);
});

Deno.test("the worked examples: fewer findings than problem claims", async () => {
  const report = reportLedger(await readLedger(new URL("../../data", import.meta.url).pathname));
  const problems = report.entries.filter((e) =>
    e.result.status === "discrepancy" || e.result.status === "artefact"
  );
  const counted = report.findings.filter((f) => f.status !== "explained");
  assertEquals(counted.length > 0, true);
  assertEquals(counted.length < problems.length, true);
  // Every problem claim belongs to a finding, and every finding's claims carry its id.
  for (const e of problems) assertEquals(e.result.finding !== "", true, e.result.id);
});
