/**
 * RFC 4180 CSV for the transcribed data in `data/`: a parser that remembers on which line of
 * the file every record starts, a {@linkcode DataError} whose message reads `file:line: reason`,
 * and small typed validators for columns and fields.
 *
 * Reference: Shafranovich, Y. 2005. "Common Format and MIME Type for Comma-Separated Values
 * (CSV) Files." RFC 4180, IETF. doi:10.17487/RFC4180
 *
 * Deliberate choices, all stricter than most parsers so that a transcription slip is caught:
 * - records end with CRLF or LF; a UTF-8 byte-order mark at the start is dropped;
 * - a quoted field may span lines (the record keeps the line it *starts* on);
 * - `""` inside a quoted field is one quote; a quote inside an unquoted field, text after a
 *   closing quote, or a quote left open at the end of the file is an error;
 * - blank lines (no characters at all) are skipped, so a trailing newline is harmless;
 * - every record must have as many fields as the header.
 *
 * @module
 */

/**
 * An error in a data file, located at a 1-based line. Its message reads `file:line: reason`,
 * the form editors and terminals turn into a link.
 *
 * @example Locating a bad cell
 * ```ts
 * import { DataError } from "./csv.ts";
 * import { assertEquals } from "@std/assert";
 * const error = new DataError("data/x/claims.csv", 7, "unknown check kind \"foo\"");
 * assertEquals(error.message, "data/x/claims.csv:7: unknown check kind \"foo\"");
 * ```
 */
export class DataError extends Error {
  /** The file, as given by the caller (usually relative to the repository root). */
  readonly file: string;
  /** 1-based line of the record (0 when the error concerns the whole file). */
  readonly line: number;
  /** The reason, without the location. */
  readonly reason: string;

  /** Builds the error; `line` 0 means "the file as a whole" and prints `file: reason`. */
  constructor(file: string, line: number, reason: string) {
    super(line > 0 ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.name = "DataError";
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** One parsed record: its fields and the 1-based line on which it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * Parses RFC 4180 text into records, each with the 1-based line it starts on.
 *
 * @param text the file's content
 * @param file the file name used in error messages
 * @throws {DataError} on a malformed quote, naming the line
 *
 * @example A quoted field with a comma, a quote and a line break
 * ```ts
 * import { parseCsv } from "./csv.ts";
 * import { assertEquals } from "@std/assert";
 * const records = parseCsv('a,b\n"68,17.50","say ""hi""\nthere"\n3,4\n', "t.csv");
 * assertEquals(records.map((r) => r.line), [1, 2, 4]);
 * assertEquals(records[1]?.fields, ["68,17.50", 'say "hi"\nthere']);
 * ```
 */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const length = src.length;
  let i = 0;
  let line = 1;
  while (i < length) {
    // Skip blank lines.
    if (src[i] === "\n") {
      i += 1;
      line += 1;
      continue;
    }
    if (src[i] === "\r" && src[i + 1] === "\n") {
      i += 2;
      line += 1;
      continue;
    }
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value = "";
      if (src[i] === '"') {
        const openedAt = line;
        i += 1;
        for (;;) {
          if (i >= length) {
            throw new DataError(file, openedAt, "quoted field is never closed");
          }
          const c = src[i]!;
          if (c === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          if (c === "\n") line += 1;
          value += c;
          i += 1;
        }
        const next = src[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          const opened = openedAt < line ? ` (the quote opened on line ${openedAt})` : "";
          throw new DataError(
            file,
            line,
            `text after a closing quote in field ${fields.length + 1}${opened}`,
          );
        }
      } else {
        const from = i;
        while (i < length && src[i] !== "," && src[i] !== "\n" && src[i] !== "\r") {
          if (src[i] === '"') {
            throw new DataError(
              file,
              line,
              `quote inside an unquoted field ${fields.length + 1} (quote the whole field)`,
            );
          }
          i += 1;
        }
        value = src.slice(from, i);
      }
      fields.push(value);
      if (src[i] === ",") {
        i += 1;
        continue;
      }
      if (src[i] === "\r") {
        if (src[i + 1] !== "\n") throw new DataError(file, line, "bare carriage return");
        i += 2;
        line += 1;
      } else if (src[i] === "\n") {
        i += 1;
        line += 1;
      }
      break;
    }
    records.push({ line: start, fields });
  }
  return records;
}

/** A data row keyed by column name, with its line and file for error messages. */
export interface CsvRow {
  readonly file: string;
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A parsed table: its header and its rows. */
export interface CsvTable {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly CsvRow[];
}

/** Which columns a table must have and which it may have. */
export interface TableSchema {
  readonly required: readonly string[];
  readonly optional?: readonly string[];
  /**
   * A prefix that makes a record a comment when its first field starts with it (`#`): such
   * records are skipped whatever their width. Default: no comments.
   */
  readonly comment?: string;
}

/**
 * Parses a CSV file with a header row and checks its columns against a schema: every required
 * column present, no unknown or repeated column, every record as wide as the header.
 *
 * @throws {DataError} naming the line (1 for header problems) and the column
 *
 * @example A table with a missing column
 * ```ts
 * import { DataError, parseTable } from "./csv.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(
 *   () => parseTable("row_id,label\nx,y\n", "t.csv", { required: ["row_id", "label", "printed"] }),
 *   DataError,
 *   't.csv:1: missing column "printed"',
 * );
 * ```
 */
export function parseTable(text: string, file: string, schema: TableSchema): CsvTable {
  const records = parseCsv(text, file);
  const header = records[0];
  if (header === undefined) throw new DataError(file, 0, "empty file (no header row)");
  const allowed = new Set([...schema.required, ...(schema.optional ?? [])]);
  const seen = new Set<string>();
  for (const column of header.fields) {
    if (seen.has(column)) throw new DataError(file, header.line, `repeated column "${column}"`);
    seen.add(column);
    if (!allowed.has(column)) {
      throw new DataError(
        file,
        header.line,
        `unknown column "${column}" (expected ${[...allowed].map((c) => `"${c}"`).join(", ")})`,
      );
    }
  }
  for (const column of schema.required) {
    if (!seen.has(column)) throw new DataError(file, header.line, `missing column "${column}"`);
  }
  const rows: CsvRow[] = [];
  for (const record of records.slice(1)) {
    if (schema.comment !== undefined && (record.fields[0] ?? "").startsWith(schema.comment)) {
      continue;
    }
    if (record.fields.length !== header.fields.length) {
      throw new DataError(
        file,
        record.line,
        `${record.fields.length} fields, the header has ${header.fields.length}`,
      );
    }
    const values: Record<string, string> = {};
    header.fields.forEach((column, k) => values[column] = record.fields[k]!);
    rows.push({ file, line: record.line, values });
  }
  return { file, columns: header.fields, rows };
}

/**
 * The value of `column` in `row`; throws when the column is absent or (unless `allowEmpty`)
 * the cell is empty.
 *
 * @example Reading a required text cell
 * ```ts
 * import { parseTable, textField } from "./csv.ts";
 * import { assertEquals } from "@std/assert";
 * const { rows } = parseTable("id,n\na,14\n", "t.csv", { required: ["id", "n"] });
 * assertEquals(textField(rows[0]!, "id"), "a");
 * ```
 */
export function textField(row: CsvRow, column: string, allowEmpty = false): string {
  const value = row.values[column];
  if (value === undefined) throw new DataError(row.file, row.line, `missing column "${column}"`);
  if (!allowEmpty && value.trim() === "") {
    throw new DataError(row.file, row.line, `empty value in column "${column}"`);
  }
  return value;
}

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses a plain decimal number (`14`, `-0.5`, `1e-3`); anything else — `"87.5%"`, `"1,093"`,
 * `"NA"`, an empty cell — is a {@linkcode DataError} that quotes the value.
 *
 * @example Plain decimals only
 * ```ts
 * import { parseNumberValue } from "./csv.ts";
 * import { assertEquals, assertThrows } from "@std/assert";
 * assertEquals(parseNumberValue("0.05", "t.csv", 3, "alpha"), 0.05);
 * assertThrows(() => parseNumberValue("5%", "t.csv", 3, "alpha"), Error, 't.csv:3: "alpha"');
 * ```
 */
export function parseNumberValue(value: string, file: string, line: number, name: string): number {
  const trimmed = value.trim();
  if (!DECIMAL.test(trimmed)) {
    throw new DataError(file, line, `"${name}" must be a number, got ${JSON.stringify(value)}`);
  }
  return Number(trimmed);
}

/**
 * Parses an integer ≥ `min` (default 0); `"14.0"`, `"x"`, `"-1"` are {@linkcode DataError}s.
 *
 * @example Integers only
 * ```ts
 * import { parseIntegerValue } from "./csv.ts";
 * import { assertEquals, assertThrows } from "@std/assert";
 * assertEquals(parseIntegerValue("14", "t.csv", 2, "n"), 14);
 * assertThrows(() => parseIntegerValue("14.5", "t.csv", 2, "n"), Error, "must be an integer");
 * ```
 */
export function parseIntegerValue(
  value: string,
  file: string,
  line: number,
  name: string,
  min = 0,
): number {
  const trimmed = value.trim();
  if (!INTEGER.test(trimmed)) {
    throw new DataError(
      file,
      line,
      `"${name}" must be an integer, got ${JSON.stringify(value)}`,
    );
  }
  const n = Number(trimmed);
  if (n < min) throw new DataError(file, line, `"${name}" must be ≥ ${min}, got ${n}`);
  return n;
}

/**
 * The number in `column` of `row` (see {@linkcode parseNumberValue}).
 *
 * @example A numeric cell
 * ```ts
 * import { numberField, parseTable } from "./csv.ts";
 * import { assertEquals } from "@std/assert";
 * const { rows } = parseTable("id,p\na,0.05\n", "t.csv", { required: ["id", "p"] });
 * assertEquals(numberField(rows[0]!, "p"), 0.05);
 * ```
 */
export function numberField(row: CsvRow, column: string): number {
  return parseNumberValue(textField(row, column), row.file, row.line, column);
}

/**
 * The integer ≥ `min` in `column` of `row` (see {@linkcode parseIntegerValue}).
 *
 * @example A non-integer count
 * ```ts
 * import { integerField, parseTable } from "./csv.ts";
 * import { assertThrows } from "@std/assert";
 * const { rows } = parseTable("id,n\na,x\n", "t.csv", { required: ["id", "n"] });
 * assertThrows(() => integerField(rows[0]!, "n"), Error, 't.csv:2: "n" must be an integer');
 * ```
 */
export function integerField(row: CsvRow, column: string, min = 0): number {
  return parseIntegerValue(textField(row, column), row.file, row.line, column, min);
}

/**
 * Throws unless `count` ≤ `denominator` (both already parsed as integers).
 *
 * @example Count and denominator
 * ```ts
 * import { requireCountWithin } from "./csv.ts";
 * import { assertThrows } from "@std/assert";
 * requireCountWithin(12, 14, "t.csv", 5, "x", "n");
 * assertThrows(
 *   () => requireCountWithin(15, 14, "t.csv", 5, "x", "n"),
 *   Error,
 *   't.csv:5: count "x" = 15 is above its denominator "n" = 14',
 * );
 * ```
 */
export function requireCountWithin(
  count: number,
  denominator: number,
  file: string,
  line: number,
  countName: string,
  denominatorName: string,
): void {
  if (count > denominator) {
    throw new DataError(
      file,
      line,
      `count "${countName}" = ${count} is above its denominator "${denominatorName}" = ${denominator}`,
    );
  }
}

/**
 * Throws unless the values of `column` are unique across `rows` (e.g. `id`, `row_id`).
 *
 * @example A repeated id
 * ```ts
 * import { parseTable, requireUnique } from "./csv.ts";
 * import { assertThrows } from "@std/assert";
 * const { rows } = parseTable("id\na\na\n", "t.csv", { required: ["id"] });
 * assertThrows(() => requireUnique(rows, "id"), Error, 't.csv:3: repeated id "a" (first on line 2)');
 * ```
 */
export function requireUnique(rows: readonly CsvRow[], column: string): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const value = textField(row, column);
    const earlier = first.get(value);
    if (earlier !== undefined) {
      throw new DataError(
        row.file,
        row.line,
        `repeated ${column} "${value}" (first on line ${earlier})`,
      );
    }
    first.set(value, row.line);
  }
}
