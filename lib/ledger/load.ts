/**
 * Loading and validating the data of the claims ledger: `claims.csv` and `tableN.csv` of each
 * paper (codebook: `data/README.md`). Every problem is a {@linkcode DataError} naming the file,
 * the line and the reason — a missing or unknown column, a non-numeric value where a number is
 * required, a count above its denominator, a reference to a claim that does not exist, an
 * unknown check kind — and nothing is reported from data that did not load whole.
 *
 * @module
 */

import { DataError, parseTable, requireUnique, textField } from "../data/csv.ts";
import { readPercentage } from "../checks/percentage.ts";
import { firstNumber } from "../checks/printed_number.ts";
import {
  type ArgItem,
  CHECK_ARGS,
  CHECK_KINDS,
  type CheckKind,
  type Claim,
  type PaperData,
  type PaperId,
  PAPERS,
  type ResolvedItem,
  type TableCell,
} from "./claims.ts";

/** Columns of `claims.csv`. */
export const CLAIM_COLUMNS = [
  "id",
  "section",
  "where",
  "quote",
  "source",
  "reported",
  "check",
  "args",
  "note",
] as const;

/** Columns of `tableN.csv`. */
export const TABLE_COLUMNS = ["row_id", "group", "label", "column", "printed"] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TABLE_FILE = /^table\d+\.csv$/;

/**
 * Parses a claim's `args` cell: `key=value` pairs separated by `;`, list items by `,`, and
 * `@claim-id` references.
 *
 * @example A list with a reference
 * ```ts
 * import { parseArgs } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const args = parseArgs("parts=@b-enrolled,2; total=16", "sum", "c.csv", 3);
 * assertEquals(args.get("parts"), [{ kind: "ref", id: "b-enrolled" }, { kind: "literal", text: "2" }]);
 * ```
 */
export function parseArgs(
  text: string,
  check: CheckKind,
  file: string,
  line: number,
): Map<string, readonly ArgItem[]> {
  const args = new Map<string, readonly ArgItem[]>();
  const spec = CHECK_ARGS[check];
  const known = [...spec.required, ...spec.optional];
  for (const pair of text.split(";").map((p) => p.trim()).filter((p) => p !== "")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new DataError(file, line, `argument "${pair}" is not key=value`);
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!known.includes(key)) {
      throw new DataError(
        file,
        line,
        `unknown argument "${key}" for check "${check}" (accepted: ${
          known.length === 0 ? "none" : known.join(", ")
        })`,
      );
    }
    if (args.has(key)) throw new DataError(file, line, `argument "${key}" given twice`);
    const items = value.split(",").map((item): ArgItem => {
      const t = item.trim();
      if (t === "") throw new DataError(file, line, `argument "${key}" has an empty item`);
      return t.startsWith("@") ? { kind: "ref", id: t.slice(1) } : { kind: "literal", text: t };
    });
    args.set(key, items);
  }
  for (const key of spec.required) {
    if (!args.has(key)) {
      throw new DataError(file, line, `check "${check}" needs argument "${key}"`);
    }
  }
  if (check === "bounds" && args.size === 0) {
    throw new DataError(
      file,
      line,
      `check "bounds" needs at least one of the arguments ${spec.optional.join(", ")}`,
    );
  }
  return args;
}

/**
 * Loads a `tableN.csv`: the columns of the codebook, kebab-case `row_id`s, and each
 * (row_id, column) cell at most once.
 *
 * @example A one-cell table
 * ```ts
 * import { loadTable } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const cells = loadTable("row_id,group,label,column,printed\npd,,PD,All,12 (87.5%)\n", "t.csv");
 * assertEquals(cells[0]?.printed, "12 (87.5%)");
 * ```
 */
export function loadTable(text: string, file: string): TableCell[] {
  const table = parseTable(text, file, { required: TABLE_COLUMNS });
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const rowId = textField(row, "row_id");
    if (!KEBAB.test(rowId)) {
      throw new DataError(file, row.line, `row_id "${rowId}" is not kebab-case`);
    }
    const column = textField(row, "column", true);
    const key = `${rowId}/${column}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new DataError(
        file,
        row.line,
        `cell "${rowId}" / "${column}" repeated (first on line ${earlier})`,
      );
    }
    seen.set(key, row.line);
    return {
      rowId,
      group: textField(row, "group", true),
      label: textField(row, "label"),
      column,
      printed: textField(row, "printed"),
      file,
      line: row.line,
    };
  });
}

/**
 * Loads a `claims.csv`: the columns of the codebook, unique kebab-case ids with the paper's
 * prefix, a known check kind with well-formed arguments, and a `note` for `not-derivable`.
 * References and sources are checked by {@linkcode validateLedger}, which sees every paper.
 *
 * @example One claim
 * ```ts
 * import { loadClaims } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "id,section,where,quote,source,reported,check,args,note\n" +
 *   "b-pd,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n";
 * assertEquals(loadClaims(csv, "c.csv", "boissel-2022")[0]?.check, "percentage");
 * ```
 */
export function loadClaims(text: string, file: string, paper: PaperId): Claim[] {
  const table = parseTable(text, file, { required: CLAIM_COLUMNS });
  requireUnique(table.rows, "id");
  const prefix = `${paper.charAt(0)}-`;
  return table.rows.map((row) => {
    const id = textField(row, "id");
    if (!KEBAB.test(id) || !id.startsWith(prefix)) {
      throw new DataError(
        file,
        row.line,
        `id "${id}" must be kebab-case and start with "${prefix}"`,
      );
    }
    const check = textField(row, "check");
    if (!(CHECK_KINDS as readonly string[]).includes(check)) {
      throw new DataError(
        file,
        row.line,
        `unknown check kind "${check}" (known: ${CHECK_KINDS.join(", ")})`,
      );
    }
    const kind = check as CheckKind;
    const note = textField(row, "note", true);
    if (kind === "not-derivable" && note.trim() === "") {
      throw new DataError(file, row.line, `check "not-derivable" needs the reason in "note"`);
    }
    const section = textField(row, "section");
    if (!KEBAB.test(section)) {
      throw new DataError(file, row.line, `section "${section}" is not kebab-case`);
    }
    return {
      id,
      paper,
      section,
      where: textField(row, "where"),
      quote: textField(row, "quote"),
      source: textField(row, "source"),
      reported: textField(row, "reported"),
      check: kind,
      args: parseArgs(textField(row, "args", true), kind, file, row.line),
      note,
      file,
      line: row.line,
    };
  });
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

function checkSource(claim: Claim, tables: ReadonlyMap<string, readonly TableCell[]>): void {
  if (claim.source === "text") return;
  const m = /^(table\d+\.csv)#([^/]+)(?:\/(.+))?$/.exec(claim.source);
  const fail = (reason: string): never => {
    throw new DataError(claim.file, claim.line, reason);
  };
  if (m === null) {
    return fail(`source "${claim.source}" must be "text" or "tableN.csv#row_id[/column]"`);
  }
  const [, name, rowId, column] = m;
  const cells = tables.get(name!);
  if (cells === undefined) return fail(`source "${claim.source}": no ${name} for this paper`);
  const rows = cells.filter((c) => c.rowId === rowId);
  if (rows.length === 0) return fail(`source "${claim.source}": no row "${rowId}" in ${name}`);
  const hits = column === undefined ? rows : rows.filter((c) => c.column === column);
  if (hits.length === 0) {
    return fail(`source "${claim.source}": ${name} row "${rowId}" has no column "${column}"`);
  }
  if (hits.length > 1) {
    return fail(`source "${claim.source}": row "${rowId}" has ${hits.length} columns; name one`);
  }
  const cell = hits[0]!;
  if (!squash(cell.printed).includes(squash(claim.reported))) {
    fail(
      `reported ${JSON.stringify(claim.reported)} is not in the cell it cites ` +
        `(${cell.file}:${cell.line}: ${JSON.stringify(cell.printed)})`,
    );
  }
}

/**
 * Resolves a claim's arguments: literals are read as numbers where they are numbers, and
 * `@id` stands for the first number printed in that claim's `reported` (for `percent-sum`,
 * its percentage).
 *
 * @throws {DataError} for a reference to a claim that does not exist or prints no number
 *
 * @example `n=@b-n` stands for the 14 that claim b-n prints
 * ```ts
 * import { loadClaims } from "./load.ts";
 * const head = "id,section,where,quote,source,reported,check,args,note\n";
 * const claims = loadClaims(
 *   head + "b-n,results,R,the 14 patients,text,14,not-derivable,,a count\n" +
 *     "b-pd,table-2,T2,PD 12 (87.5%),text,12 (87.5%),percentage,n=@b-n,\n",
 *   "claims.csv",
 *   "boissel-2022",
 * );
 * import { numberArg, resolveArgs } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const byId = new Map(claims.map((c) => [c.id, c]));
 * const pd = claims[1]!;
 * assertEquals(numberArg(pd, resolveArgs(pd, byId), "n"), 14);
 * ```
 */
export function resolveArgs(
  claim: Claim,
  byId: ReadonlyMap<string, Claim>,
): Map<string, readonly ResolvedItem[]> {
  const resolved = new Map<string, readonly ResolvedItem[]>();
  for (const [key, items] of claim.args) {
    resolved.set(
      key,
      items.map((item): ResolvedItem => {
        if (item.kind === "literal") {
          const number = firstNumber(item.text);
          const whole = number !== undefined && !number.word && number.text === item.text;
          return whole ? { text: item.text, number } : { text: item.text };
        }
        const ref = byId.get(item.id);
        if (ref === undefined) {
          throw new DataError(
            claim.file,
            claim.line,
            `argument "${key}" refers to claim "@${item.id}", which does not exist`,
          );
        }
        const number = claim.check === "percent-sum"
          ? readPercentage(ref.reported).percent
          : firstNumber(ref.reported);
        if (number === undefined && claim.check !== "same-value") {
          throw new DataError(
            claim.file,
            claim.line,
            `argument "${key}": claim "@${item.id}" prints no number (${
              JSON.stringify(ref.reported)
            })`,
          );
        }
        return number === undefined
          ? { text: ref.reported, ref }
          : { text: number.text, number, ref };
      }),
    );
  }
  return resolved;
}

/**
 * Reads an argument as one number (`undefined` when absent); a {@linkcode DataError} at the
 * claim's line if it is a list or not a number.
 *
 * @example A literal argument
 * ```ts
 * import { loadClaims, numberArg, resolveArgs } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const [claim] = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "b-pd,table-2,T2,PD,text,12 (87.5%),percentage,n=14,\n",
 *   "claims.csv",
 *   "boissel-2022",
 * );
 * assertEquals(numberArg(claim!, resolveArgs(claim!, new Map()), "n", true), 14);
 * ```
 */
export function numberArg(
  claim: Claim,
  args: ReadonlyMap<string, readonly ResolvedItem[]>,
  key: string,
  integer = false,
): number | undefined {
  const items = args.get(key);
  if (items === undefined) return undefined;
  const [item] = items;
  const fail = (why: string): never => {
    throw new DataError(claim.file, claim.line, `argument "${key}" ${why}`);
  };
  if (items.length !== 1 || item === undefined) return fail(`must be one number, got a list`);
  if (item.number === undefined) return fail(`must be a number, got ${JSON.stringify(item.text)}`);
  if (integer && !Number.isInteger(item.number.value)) {
    return fail(`must be an integer, got ${JSON.stringify(item.text)}`);
  }
  return item.number.value;
}

/**
 * Reads an argument as a list of numbers (`undefined` when absent); a {@linkcode DataError} at
 * the claim's line if an item is not a number.
 *
 * @example Counts of a frequency table
 * ```ts
 * import { loadClaims, numberListArg, resolveArgs } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const [claim] = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     'b-s,results,R,q,text,16,sum,"parts=14,2",\n',
 *   "claims.csv",
 *   "boissel-2022",
 * );
 * assertEquals(numberListArg(claim!, resolveArgs(claim!, new Map()), "parts"), [14, 2]);
 * ```
 */
export function numberListArg(
  claim: Claim,
  args: ReadonlyMap<string, readonly ResolvedItem[]>,
  key: string,
): number[] | undefined {
  return args.get(key)?.map((item) => {
    if (item.number === undefined) {
      throw new DataError(
        claim.file,
        claim.line,
        `argument "${key}" must list numbers, got ${JSON.stringify(item.text)}`,
      );
    }
    return item.number.value;
  });
}

function requireWithin(claim: Claim, args: ReadonlyMap<string, readonly ResolvedItem[]>): void {
  const pairs: [string, string][] = claim.check === "p-value"
    ? [["x1", "n1"], ["x2", "n2"]]
    : claim.check === "percentage" || claim.check === "ci-proportion"
    ? [["x", "n"]]
    : [];
  for (const [xKey, nKey] of pairs) {
    const n = numberArg(claim, args, nKey, true);
    let x = numberArg(claim, args, xKey, true);
    if (x === undefined && claim.check === "percentage") {
      x = readPercentage(claim.reported).count?.value;
    }
    if (n === undefined || x === undefined) continue;
    if (n < 1 || x < 0) {
      throw new DataError(claim.file, claim.line, `counts must be ≥ 0 and "${nKey}" ≥ 1`);
    }
    if (x > n) {
      throw new DataError(
        claim.file,
        claim.line,
        `count "${xKey}" = ${x} is above its denominator "${nKey}" = ${n}`,
      );
    }
  }
}

/**
 * Validates the ledger as a whole: ids unique across papers, every `@ref` resolves, every
 * table source exists and contains the reported text, and counts do not exceed their
 * denominators.
 *
 * @throws {DataError} at the first problem, naming the file and line
 *
 * @example A reference to a claim that does not exist
 * ```ts
 * import { loadClaims, validateLedger } from "./load.ts";
 * import { DataError } from "../data/csv.ts";
 * import { assertThrows } from "@std/assert";
 * const claims = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "b-pd,table-2,T2,PD,text,12 (87.5%),percentage,n=@b-enrolled,\n",
 *   "claims.csv",
 *   "boissel-2022",
 * );
 * assertThrows(
 *   () => validateLedger([{ paper: "boissel-2022", claims, tables: new Map() }]),
 *   DataError,
 *   'claims.csv:2: argument "n" refers to claim "@b-enrolled", which does not exist',
 * );
 * ```
 */
export function validateLedger(papers: readonly PaperData[]): void {
  const byId = new Map<string, Claim>();
  for (const paper of papers) {
    for (const claim of paper.claims) {
      const earlier = byId.get(claim.id);
      if (earlier !== undefined) {
        throw new DataError(
          claim.file,
          claim.line,
          `repeated id "${claim.id}" (first at ${earlier.file}:${earlier.line})`,
        );
      }
      byId.set(claim.id, claim);
    }
  }
  for (const paper of papers) {
    for (const claim of paper.claims) {
      checkSource(claim, paper.tables);
      requireWithin(claim, resolveArgs(claim, byId));
    }
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    throw error;
  }
}

/**
 * Reads and validates the ledger under `dataDir` (`data/` by default, relative to the working
 * directory): for each paper, `claims.csv` and every `tableN.csv`. File names in errors are
 * `dataDir/paper/file`.
 *
 * @throws {DataError} on any problem; nothing is returned from a partial load
 *
 * @example The repository's ledger
 * ```ts
 * import { readLedger } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const papers = await readLedger(new URL("../../data", import.meta.url).pathname);
 * assertEquals(papers.map((p) => p.paper), ["boissel-2022", "aureli-2023"]);
 * ```
 */
export async function readLedger(
  dataDir = "data",
  papers: readonly PaperId[] = PAPERS,
): Promise<PaperData[]> {
  const loaded: PaperData[] = [];
  for (const paper of papers) {
    const dir = `${dataDir}/${paper}`;
    const claimsFile = `${dir}/claims.csv`;
    const text = await readIfExists(claimsFile);
    if (text === undefined) throw new DataError(claimsFile, 0, "missing file");
    const tables = new Map<string, readonly TableCell[]>();
    const names: string[] = [];
    for await (const entry of Deno.readDir(dir)) {
      if (entry.isFile && TABLE_FILE.test(entry.name)) names.push(entry.name);
    }
    for (const name of names.sort()) {
      const file = `${dir}/${name}`;
      tables.set(name, loadTable(await Deno.readTextFile(file), file));
    }
    loaded.push({ paper, claims: loadClaims(text, claimsFile, paper), tables });
  }
  validateLedger(loaded);
  return loaded;
}
