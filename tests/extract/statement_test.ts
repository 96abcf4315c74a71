// Tests of lib/extract/statement.ts and lib/extract/extract.ts: statements are ledger claims
// with provenance, found in text order, deterministically; quotes are exact substrings.
import { assert, assertEquals, assertThrows } from "@std/assert";
import { extractStatements } from "../../lib/extract/extract.ts";
import { argsText, statementToClaim } from "../../lib/extract/statement.ts";
import { DataError } from "../../lib/data/csv.ts";

const TEXT =
  "ABSTRACT.RESULTS:\nRelapse in 4/14 (28.6%) and t(58) = 2.10, p = .04 (HR 0.43 (95% CI, 0.18–1.01)).\n";

Deno.test("statements are in text order, with exact quotes and 1-based positions", () => {
  const found = extractStatements(TEXT, { file: "a.txt" });
  assertEquals(found.map((s) => s.kind), ["percentage", "test-statistic", "ratio-ci"]);
  for (const s of found) {
    assertEquals(TEXT.slice(s.offset, s.offset + s.quote.length), s.quote);
    assertEquals([s.file, s.line, s.section], ["a.txt", 2, "abstract"]);
  }
  assertEquals(found[0]!.column, 12); // "Relapse in " is 11 characters
  assertEquals(JSON.stringify(extractStatements(TEXT, { file: "a.txt" })), JSON.stringify(found));
  assert(found.every(Object.isFrozen));
});

Deno.test("a statement becomes the ledger claim it stands for", () => {
  const [s] = extractStatements(TEXT);
  const claim = statementToClaim(s!, { id: "x-1", paper: "my-paper" });
  assertEquals([claim.check, claim.reported, claim.where, claim.source], [
    "percentage",
    "4/14 (28.6%)",
    "line 2",
    "text",
  ]);
  assertEquals(argsText({ n: "14", x: "4" }), "n=14; x=4");
  assertThrows(
    () => statementToClaim({ ...s!, args: { q: "1" } }, { id: "x-1", paper: "p" }),
    DataError,
    'unknown argument "q"',
  );
});

Deno.test("nothing in an empty or number-free text; statements in the reference list are not read", () => {
  assertEquals(extractStatements(""), []);
  assertEquals(extractStatements("No numbers here."), []);
  const refs = `${"Body text without numbers. ".repeat(30)}\nReferences\n1. Doe J. 4/14 (28.6%).\n`;
  assertEquals(extractStatements(refs), []);
});
