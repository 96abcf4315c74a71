// Tests of lib/audit/claims_csv.ts: a draft ledger from an extraction, read back by the ledger.
import { assertEquals, assertStringIncludes } from "@std/assert";
import { claimId, claimsCsv } from "../../lib/audit/claims_csv.ts";
import { extractStatements } from "../../lib/extract/extract.ts";
import { loadClaims } from "../../lib/ledger/load.ts";
import { runClaim } from "../../lib/ledger/run.ts";

const TEXT = 'We enrolled 14 patients. Relapse, "early", in 4/14 (28.6%); 12 (87.5%) progressed.';

Deno.test("the draft loads as a ledger and re-derives what the audit does", () => {
  const statements = extractStatements(TEXT);
  const csv = claimsCsv(statements);
  const claims = loadClaims(csv, "claims.csv", "draft");
  assertEquals(claims.map((c) => c.id), statements.map(claimId));
  // 4/14 = 28.57% (reproduced); 12/14 = 85.71% (discrepancy).
  assertEquals(claims.map((c) => runClaim(c, new Map()).status), ["reproduced", "discrepancy"]);
  assertStringIncludes(claims[1]!.note, 'n = 14 from "14 patients"');
});

Deno.test("fields with commas and quotes are quoted (RFC 4180)", () => {
  const csv = claimsCsv(extractStatements('In "A", 4/14 (28.6%), and in B, 3/14 (21.4%).'));
  assertEquals(csv.split("\n")[0], "id,section,where,quote,source,reported,check,args,note");
  assertStringIncludes(csv, '"line 1, column 9"');
});
