// Tests of lib/ledger/load.ts against the valid ledger tests/fixtures/ledger/ok/ and its broken
// copies tests/fixtures/broken/ledger/<case>/ (each one edit; see make_broken_ledgers.sh).
// Expected lines are the 1-based lines of the edited rows in those files.
import { assertEquals, assertRejects, assertThrows } from "@std/assert";
import { DataError } from "../../lib/data/csv.ts";
import {
  loadClaims,
  loadTable,
  numberArg,
  numberListArg,
  parseArgs,
  readLedger,
  resolveArgs,
} from "../../lib/ledger/load.ts";
import type { Claim } from "../../lib/ledger/claims.ts";

const fixtures = new URL("../fixtures/", import.meta.url).pathname;
const OK = `${fixtures}ledger/ok`;
const broken = (name: string) => `${fixtures}broken/ledger/${name}`;

Deno.test("readLedger: the valid fixture loads whole, claims in file order", async () => {
  const papers = await readLedger(OK);
  // Paper folders are discovered and sorted by name.
  assertEquals(papers.map((p) => p.paper), ["aureli-2023", "boissel-2022"]);
  const [aureli, boissel] = papers;
  assertEquals(boissel?.meta.short, "Boissel et al. 2022");
  assertEquals(aureli?.meta.doi, "10.3390/cancers15133346"); // written as a URL in paper.json
  assertEquals(boissel?.claims.map((c) => c.id).slice(0, 2), ["b-enrolled", "b-t2-pd"]);
  assertEquals(boissel?.claims[1]?.line, 3);
  assertEquals([...boissel!.tables.keys()], ["table2.csv"]);
  assertEquals(aureli?.claims.length, 3);
  // only one paper
  assertEquals((await readLedger(OK, { paper: "aureli-2023" })).map((p) => p.paper), [
    "aureli-2023",
  ]);
  // A paper folder itself, and two data folders.
  assertEquals((await readLedger(`${OK}/boissel-2022`)).map((p) => p.paper), ["boissel-2022"]);
  assertEquals(
    (await readLedger([`${OK}/boissel-2022`, `${OK}/aureli-2023`])).map((p) => p.paper),
    ["boissel-2022", "aureli-2023"],
  );
  await assertRejects(
    () => readLedger(OK, { paper: "smith-2020" }),
    DataError,
    'no paper "smith-2020" (papers here: aureli-2023, boissel-2022)',
  );
});

// One case per kind of bad input the loader must catch, with the file:line it must name.
const CASES: ReadonlyArray<readonly [string, string]> = [
  ["missing_column", 'aureli-2023/claims.csv:1: missing column "note"'],
  ["unknown_column", 'aureli-2023/claims.csv:1: unknown column "comment"'],
  ["non_numeric", 'aureli-2023/claims.csv:2: argument "n" must be a number, got "one hundred"'],
  ["count_above", 'aureli-2023/claims.csv:2: count "x" = 190 is above its denominator "n" = 189'],
  [
    "unknown_ref",
    'aureli-2023/claims.csv:4: argument "other" refers to claim "@a-tower-total", which does not exist',
  ],
  ["unknown_kind", 'aureli-2023/claims.csv:3: unknown check kind "grim"'],
  ["unknown_arg", 'aureli-2023/claims.csv:3: unknown argument "tolerance" for check "sum"'],
  ["missing_arg", 'aureli-2023/claims.csv:2: check "percentage" needs argument "n"'],
  [
    "bad_source",
    'boissel-2022/claims.csv:3: source "table2.csv#progressive": no row "progressive"',
  ],
  ["reported_not_in_cell", 'boissel-2022/claims.csv:3: reported "12 (85.7%)" is not in the cell'],
  ["table_missing_column", 'boissel-2022/table2.csv:1: missing column "printed"'],
  ["table_non_kebab", 'boissel-2022/table2.csv:3: row_id "Progressive Disease" is not kebab-case'],
  ["duplicate_id", 'aureli-2023/claims.csv:4: repeated id "a-tower-n" (first on line 3)'],
  ["no_reason", 'boissel-2022/claims.csv:7: check "not-derivable" needs the reason in "note"'],
  [
    "unclosed_quote",
    "aureli-2023/claims.csv:3: text after a closing quote in field 3 (the quote opened on line 2)",
  ],
  ["missing_file", "aureli-2023/claims.csv: missing file"],
  ["missing_meta", "aureli-2023/paper.json: missing file: every paper folder needs paper.json"],
  ["bad_meta", 'aureli-2023/paper.json: unknown key "journal"'],
  [
    "cross_paper_ref",
    'aureli-2023/claims.csv:4: argument "other" refers to claim "@b-t2-pd" of paper ' +
    '"boissel-2022": references stay within a paper',
  ],
  [
    "unknown_finding",
    'aureli-2023/claims.csv:3: finding "tower-total" is not in findings.csv (the paper has no findings.csv)',
  ],
];

Deno.test("readLedger: the same paper id twice, and folders that are not papers", async () => {
  await assertRejects(
    () => readLedger([OK, `${OK}/aureli-2023`]),
    DataError,
    'paper id "aureli-2023" is also the folder',
  );
  const empty = await Deno.makeTempDir();
  try {
    await assertRejects(() => readLedger(empty), DataError, `${empty}: no paper folder here`);
    await assertRejects(() => readLedger(`${empty}/absent`), DataError, "not a folder");
    await Deno.mkdir(`${empty}/Not Kebab`);
    await Deno.writeTextFile(`${empty}/Not Kebab/claims.csv`, "");
    await assertRejects(
      () => readLedger(empty),
      DataError,
      'the folder name "Not Kebab" is the paper id',
    );
  } finally {
    await Deno.remove(empty, { recursive: true });
  }
});

for (const [name, message] of CASES) {
  Deno.test(`readLedger rejects broken fixture "${name}" with file:line and reason`, async () => {
    await assertRejects(() => readLedger(broken(name)), DataError, `${broken(name)}/${message}`);
  });
}

Deno.test("parseArgs: lists, references, and malformed pairs", () => {
  const args = parseArgs(" values=2, >=8 ; counts=@b-a,1 ", "median-distribution", "c.csv", 9);
  assertEquals(args.get("values"), [{ kind: "literal", text: "2" }, {
    kind: "literal",
    text: ">=8",
  }]);
  assertThrows(() => parseArgs("n", "percentage", "c.csv", 9), DataError, 'c.csv:9: argument "n"');
  assertThrows(() => parseArgs("n=1;n=2", "percentage", "c.csv", 9), DataError, "given twice");
  assertThrows(() => parseArgs("n=1,", "percentage", "c.csv", 9), DataError, "empty item");
  assertThrows(() => parseArgs("x=1", "not-derivable", "c.csv", 9), DataError, "accepted: none");
  // bounds: every argument optional, but at least one needed
  assertThrows(
    () => parseArgs("", "bounds", "c.csv", 9),
    DataError,
    'c.csv:9: check "bounds" needs at least one of the arguments parts, at-least, at-most',
  );
  assertEquals(parseArgs("at-most=@b-a", "bounds", "c.csv", 9).get("at-most"), [{
    kind: "ref",
    id: "b-a",
  }]);
});

Deno.test("loadClaims: kebab-case ids (any prefix), section, and every required column", () => {
  const head = "id,section,where,quote,source,reported,check,args,note\n";
  assertEquals(
    loadClaims(`${head}a-x,results,w,q,text,1,not-derivable,,why\n`, "c.csv", "boissel-2022")[0]
      ?.id,
    "a-x",
  );
  assertThrows(
    () => loadClaims(`${head}A_x,results,w,q,text,1,not-derivable,,why\n`, "c.csv", "my-paper"),
    DataError,
    'c.csv:2: id "A_x" is not kebab-case',
  );
  assertThrows(
    () => loadClaims(`${head}b-x,Table 2,w,q,text,1,not-derivable,,why\n`, "c.csv", "boissel-2022"),
    DataError,
    'section "Table 2" is not kebab-case',
  );
  assertThrows(
    () => loadClaims(`${head}b-x,results,,q,text,1,not-derivable,,why\n`, "c.csv", "boissel-2022"),
    DataError,
    'c.csv:2: empty value in column "where"',
  );
});

Deno.test("loadTable: a repeated cell", () => {
  const csv = "row_id,group,label,column,printed\npd,,PD,A,1\npd,,PD,A,2\npd,,PD,B,3\n";
  assertThrows(() => loadTable(csv, "t.csv"), DataError, 't.csv:3: cell "pd" / "A" repeated');
});

Deno.test("resolveArgs / numberArg / numberListArg", async () => {
  const [aureli, boissel] = await readLedger(OK);
  const byId = new Map<string, Claim>();
  for (const c of [...boissel!.claims, ...aureli!.claims]) byId.set(c.id, c);
  const pd = byId.get("b-t2-pd")!;
  const args = resolveArgs(pd, byId);
  // n=@b-enrolled stands for the first number of b-enrolled's reported "14"
  assertEquals(numberArg(pd, args, "n"), 14);
  assertEquals(args.get("n")?.[0]?.ref?.id, "b-enrolled");
  const lines = byId.get("b-lines")!;
  const lineArgs = resolveArgs(lines, byId);
  assertEquals(numberListArg(lines, lineArgs, "counts"), [2, 2, 2, 1, 1, 1, 5]);
  assertThrows(() => numberListArg(lines, lineArgs, "values"), DataError, 'got ">=8"');
  assertThrows(() => numberArg(lines, lineArgs, "counts"), DataError, "must be one number");
  assertEquals(numberArg(lines, lineArgs, "absent"), undefined);
});
