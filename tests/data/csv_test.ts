// Tests of lib/data/csv.ts. Expected records are read off the fixture files by hand (their
// bytes are in tests/fixtures/broken/csv/); expected lines are the 1-based line numbers an
// editor shows for those files.
import { assertEquals, assertThrows } from "@std/assert";
import {
  DataError,
  integerField,
  numberField,
  parseCsv,
  parseIntegerValue,
  parseNumberValue,
  parseTable,
  requireCountWithin,
  requireUnique,
  type TableSchema,
  textField,
} from "../../lib/data/csv.ts";

const dir = new URL("../fixtures/broken/csv/", import.meta.url);
const read = (name: string): string => Deno.readTextFileSync(new URL(name, dir));
const TABLE: TableSchema = { required: ["row_id", "label", "printed"], optional: ["x", "n"] };

Deno.test("parseCsv: RFC 4180 section 2 examples (commas, quotes, line breaks in fields)", () => {
  // RFC 4180 §2 rules 5–7: quoted fields may contain commas, CRLF and doubled quotes.
  const records = parseCsv('aaa,"b\r\nbb","c""cc"\r\nzzz,yyy,xxx\r\n', "rfc.csv");
  assertEquals(records, [
    { line: 1, fields: ["aaa", "b\r\nbb", 'c"cc'] },
    { line: 3, fields: ["zzz", "yyy", "xxx"] },
  ]);
});

Deno.test("parseCsv: empty fields and a last record without newline", () => {
  assertEquals(parseCsv(',,\n"",x,', "e.csv"), [
    { line: 1, fields: ["", "", ""] },
    { line: 2, fields: ["", "x", ""] },
  ]);
});

Deno.test("parseCsv: BOM, CRLF, blank line and multi-line field keep true line numbers", () => {
  const records = parseCsv(read("crlf_bom_ok.csv"), "crlf_bom_ok.csv");
  assertEquals(records.map((r) => r.line), [1, 2, 5]);
  assertEquals(records[0]?.fields[0], "row_id");
  assertEquals(records[1]?.fields, ["ok", "a\r\nb", "c"]);
  assertEquals(records[2]?.fields, ["next", "d", "e"]);
});

Deno.test("parseCsv: an unclosed quote names the line where it opened", () => {
  assertThrows(
    () => parseCsv(read("unclosed_quote.csv"), "unclosed_quote.csv"),
    DataError,
    "unclosed_quote.csv:3: quoted field is never closed",
  );
});

Deno.test("parseCsv: text after a closing quote", () => {
  assertThrows(
    () => parseCsv(read("text_after_quote.csv"), "text_after_quote.csv"),
    DataError,
    "text_after_quote.csv:3: text after a closing quote in field 2",
  );
});

Deno.test("parseCsv: a quote inside an unquoted field", () => {
  assertThrows(
    () => parseCsv(read("quote_in_unquoted.csv"), "quote_in_unquoted.csv"),
    DataError,
    "quote_in_unquoted.csv:3: quote inside an unquoted field 2",
  );
});

Deno.test("parseCsv: a bare carriage return", () => {
  assertThrows(() => parseCsv("a,b\rc\n", "cr.csv"), DataError, "cr.csv:1: bare carriage return");
});

Deno.test("DataError: message, fields, and whole-file form", () => {
  const e = new DataError("f.csv", 4, "bad");
  assertEquals([e.message, e.file, e.line, e.reason, e.name], [
    "f.csv:4: bad",
    "f.csv",
    4,
    "bad",
    "DataError",
  ]);
  assertEquals(new DataError("f.csv", 0, "empty").message, "f.csv: empty");
});

Deno.test("parseTable: a record wider or narrower than the header (after a multi-line field)", () => {
  assertThrows(
    () => parseTable(read("ragged.csv"), "ragged.csv", TABLE),
    DataError,
    "ragged.csv:5: 2 fields, the header has 3",
  );
});

Deno.test("parseTable: missing, unknown and repeated columns; empty file", () => {
  assertThrows(
    () => parseTable(read("missing_column.csv"), "missing_column.csv", TABLE),
    DataError,
    'missing_column.csv:1: missing column "printed"',
  );
  assertThrows(
    () => parseTable(read("unknown_column.csv"), "unknown_column.csv", TABLE),
    DataError,
    'unknown_column.csv:1: unknown column "colour"',
  );
  assertThrows(
    () => parseTable("row_id,label,printed,label\n", "rep.csv", TABLE),
    DataError,
    'rep.csv:1: repeated column "label"',
  );
  assertThrows(() => parseTable("", "empty.csv", TABLE), DataError, "empty.csv: empty file");
});

Deno.test("parseTable: rows keyed by column, with their lines", () => {
  const table = parseTable(read("crlf_bom_ok.csv"), "crlf_bom_ok.csv", TABLE);
  assertEquals(table.columns, ["row_id", "label", "printed"]);
  assertEquals(table.rows.map((r) => [r.line, r.values.row_id]), [[2, "ok"], [5, "next"]]);
});

Deno.test("requireUnique: a repeated row_id names both lines", () => {
  const { rows } = parseTable(read("repeated_id.csv"), "repeated_id.csv", TABLE);
  assertThrows(
    () => requireUnique(rows, "row_id"),
    DataError,
    'repeated_id.csv:3: repeated row_id "ok" (first on line 2)',
  );
});

Deno.test("integerField / requireCountWithin: count above its denominator", () => {
  const { rows } = parseTable(
    read("count_above_denominator.csv"),
    "count_above_denominator.csv",
    TABLE,
  );
  const [ok, over] = rows;
  requireCountWithin(integerField(ok!, "x"), integerField(ok!, "n"), ok!.file, ok!.line, "x", "n");
  assertThrows(
    () =>
      requireCountWithin(
        integerField(over!, "x"),
        integerField(over!, "n"),
        over!.file,
        over!.line,
        "x",
        "n",
      ),
    DataError,
    'count_above_denominator.csv:3: count "x" = 15 is above its denominator "n" = 14',
  );
});

Deno.test("integerField / numberField: a non-numeric value", () => {
  const { rows } = parseTable(read("non_numeric.csv"), "non_numeric.csv", TABLE);
  assertEquals(numberField(rows[0]!, "x"), 12);
  assertThrows(
    () => integerField(rows[1]!, "x"),
    DataError,
    'non_numeric.csv:3: "x" must be an integer, got "twelve"',
  );
  assertThrows(
    () => numberField(rows[1]!, "x"),
    DataError,
    'non_numeric.csv:3: "x" must be a number, got "twelve"',
  );
});

Deno.test("parseNumberValue / parseIntegerValue: accepted and refused forms", () => {
  for (const [text, value] of [["14", 14], ["-0.5", -0.5], [".5", 0.5], ["1e-3", 0.001]] as const) {
    assertEquals(parseNumberValue(text, "f", 1, "v"), value);
  }
  for (const text of ["", "87.5%", "1,093", "NA", "0x10", "1.2.3", "Infinity"]) {
    assertThrows(() => parseNumberValue(text, "f", 1, "v"), DataError, '"v" must be a number');
  }
  assertThrows(() => parseIntegerValue("14.0", "f", 1, "n"), DataError, "must be an integer");
  assertThrows(() => parseIntegerValue("0", "f", 1, "n", 1), DataError, '"n" must be ≥ 1, got 0');
});

Deno.test("textField: empty cell refused unless allowed", () => {
  const { rows } = parseTable("row_id,label,printed\nr,,x\n", "e.csv", TABLE);
  assertThrows(
    () => textField(rows[0]!, "label"),
    DataError,
    'e.csv:2: empty value in column "label"',
  );
  assertEquals(textField(rows[0]!, "label", true), "");
  assertThrows(() => textField(rows[0]!, "nope"), DataError, 'e.csv:2: missing column "nope"');
});
