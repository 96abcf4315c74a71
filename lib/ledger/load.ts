/**
 * Loading and validating paper folders (codebook: `data/README.md`). A paper is a folder with a
 * `paper.json` (its metadata) and a `claims.csv` (the claims ledger), and optionally
 * `tableN.csv` transcriptions and a `findings.csv`; the folder name is the paper id. The loader
 * discovers every paper folder under a data folder, so a new paper needs no code.
 *
 * Every problem is a {@linkcode DataError} naming the file, the line and the reason — a missing
 * or unknown column, a non-numeric value where a number is required, a count above its
 * denominator, a reference to a claim that does not exist (or that belongs to another paper),
 * an unknown check kind, a missing or malformed `paper.json`, a paper id found twice — and
 * nothing is reported from data that did not load whole.
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
  COMMON_ARGS,
  type FindingSpec,
  PAPER_META_FILE,
  type PaperData,
  type PaperId,
  type PaperMeta,
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

/** Optional columns of `claims.csv`: `finding`, the id of a finding in `findings.csv`. */
export const CLAIM_OPTIONAL_COLUMNS = ["finding"] as const;

/** Columns of `findings.csv`. */
export const FINDING_COLUMNS = ["id", "title", "explanation"] as const;

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
  // A claim that re-derives nothing has nothing for the paper to reconcile.
  const common = check === "not-derivable" ? [] : COMMON_ARGS;
  const known = [...spec.required, ...spec.optional, ...common];
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
  if (check === "bounds" && [...args.keys()].every((k) => COMMON_ARGS.includes(k))) {
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
 * Loads a `claims.csv`: the columns of the codebook (and the optional `finding`), unique
 * kebab-case ids, a known check kind with well-formed arguments, and a `note` for
 * `not-derivable`. A row whose id starts with `#` is a comment. References and sources are
 * checked by {@linkcode validatePaper}, which sees the whole paper.
 *
 * @example One claim, and a commented example row
 * ```ts
 * import { loadClaims } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "id,section,where,quote,source,reported,check,args,note\n" +
 *   "# pd,results,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,an example\n" +
 *   "pd,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n";
 * const claims = loadClaims(csv, "claims.csv", "my-trial");
 * assertEquals(claims.map((c) => [c.id, c.check]), [["pd", "percentage"]]);
 * ```
 */
export function loadClaims(text: string, file: string, paper: PaperId): Claim[] {
  const table = parseTable(text, file, {
    required: CLAIM_COLUMNS,
    optional: CLAIM_OPTIONAL_COLUMNS,
    comment: "#",
  });
  requireUnique(table.rows, "id");
  return table.rows.map((row) => {
    const id = textField(row, "id");
    if (!KEBAB.test(id)) throw new DataError(file, row.line, `id "${id}" is not kebab-case`);
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
    const finding = row.values["finding"] ?? "";
    if (finding !== "" && !KEBAB.test(finding)) {
      throw new DataError(file, row.line, `finding "${finding}" is not kebab-case`);
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
      finding,
      file,
      line: row.line,
    };
  });
}

/**
 * Loads a `findings.csv`: findings written by hand, each with a kebab-case id unique in the
 * file, a one-line title and an explanation (what is inconsistent and what would make the paper
 * consistent). Claims join a finding through their `finding` column.
 *
 * @example
 * ```ts
 * import { loadFindings } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "id,title,explanation\npd-count,PD printed as 11 and 12,Table 2 counts one more.\n";
 * assertEquals(loadFindings(csv, "findings.csv")[0]?.title, "PD printed as 11 and 12");
 * ```
 */
export function loadFindings(text: string, file: string): FindingSpec[] {
  const table = parseTable(text, file, { required: FINDING_COLUMNS, comment: "#" });
  requireUnique(table.rows, "id");
  return table.rows.map((row) => {
    const id = textField(row, "id");
    if (!KEBAB.test(id)) throw new DataError(file, row.line, `id "${id}" is not kebab-case`);
    return {
      id,
      title: textField(row, "title"),
      explanation: textField(row, "explanation"),
      file,
      line: row.line,
    };
  });
}

const META_KEYS = ["title", "citation", "short", "doi", "licence", "year", "text"] as const;

/**
 * Parses a paper's `paper.json`: an object with `title` and `citation` (required, non-empty
 * strings) and optionally `short`, `doi`, `licence`, `text` (strings) and `year` (an integer).
 * Unknown keys are refused, so a misspelt key is not silently ignored.
 *
 * @throws {DataError} naming the file and the key
 *
 * @example
 * ```ts
 * import { parsePaperMeta } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const meta = parsePaperMeta('{"title": "A trial", "citation": "Doe J. A trial. 2024."}', "paper.json", "doe-2024");
 * assertEquals([meta.id, meta.short, meta.year], ["doe-2024", "doe-2024", 0]);
 * ```
 */
export function parsePaperMeta(text: string, file: string, id: PaperId): PaperMeta {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, 0, `not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new DataError(file, 0, 'must hold a JSON object with at least "title" and "citation"');
  }
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(META_KEYS as readonly string[]).includes(key)) {
      throw new DataError(file, 0, `unknown key "${key}" (known: ${META_KEYS.join(", ")})`);
    }
  }
  const text_ = (key: (typeof META_KEYS)[number], required: boolean): string => {
    const value = record[key];
    if (value === undefined && !required) return "";
    if (typeof value !== "string" || (required && value.trim() === "")) {
      throw new DataError(
        file,
        0,
        `"${key}" must be ${required ? "a non-empty" : "a"} string, got ${JSON.stringify(value)}`,
      );
    }
    return value.trim();
  };
  const year = record["year"];
  if (year !== undefined && !(typeof year === "number" && Number.isInteger(year) && year > 0)) {
    throw new DataError(file, 0, `"year" must be a positive integer, got ${JSON.stringify(year)}`);
  }
  const doi = text_("doi", false).replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, "");
  const short = text_("short", false);
  return Object.freeze({
    id,
    title: text_("title", true),
    citation: text_("citation", true),
    short: short === "" ? id : short,
    doi,
    licence: text_("licence", false),
    year: (year as number | undefined) ?? 0,
    text: text_("text", false),
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
 *   "my-trial",
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
  // `explained-by` names a claim whose words reconcile this one; it need print no number.
  const textOnly = new Set(["explained-by", ...(claim.check === "same-text" ? ["other"] : [])]);
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
        if (textOnly.has(key)) return { text: ref.reported, ref };
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
 *   "my-trial",
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
 *   "my-trial",
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
 * Validates one paper: ids unique, every `@ref` resolves to a claim of the same paper, every
 * table source exists and contains the reported text, counts do not exceed their
 * denominators, and every `finding` names a finding of `findings.csv`.
 *
 * @param others the other papers of the run, so that a reference to one of their claims is
 *   named as such
 * @throws {DataError} at the first problem, naming the file and line
 *
 * @example A reference to a claim that does not exist
 * ```ts
 * import { loadClaims, validatePaper } from "./load.ts";
 * import { DataError } from "../data/csv.ts";
 * import { assertThrows } from "@std/assert";
 * const claims = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "pd,table-2,T2,PD,text,12 (87.5%),percentage,n=@enrolled,\n",
 *   "claims.csv",
 *   "my-trial",
 * );
 * const meta = { id: "my-trial", title: "T", citation: "C", short: "T", doi: "", licence: "", year: 0, text: "" };
 * assertThrows(
 *   () => validatePaper({ paper: "my-trial", meta, dir: ".", claims, tables: new Map(), findings: [] }),
 *   DataError,
 *   'claims.csv:2: argument "n" refers to claim "@enrolled", which does not exist',
 * );
 * ```
 */
export function validatePaper(paper: PaperData, others: readonly PaperData[] = []): void {
  const byId = new Map<string, Claim>();
  for (const claim of paper.claims) byId.set(claim.id, claim);
  for (const claim of paper.claims) {
    for (const [key, items] of claim.args) {
      for (const item of items) {
        if (item.kind !== "ref" || byId.has(item.id)) continue;
        const elsewhere = others.find((o) =>
          o.paper !== paper.paper && o.claims.some((c) => c.id === item.id)
        );
        throw new DataError(
          claim.file,
          claim.line,
          elsewhere === undefined
            ? `argument "${key}" refers to claim "@${item.id}", which does not exist`
            : `argument "${key}" refers to claim "@${item.id}" of paper "${elsewhere.paper}": ` +
              "references stay within a paper",
        );
      }
    }
  }
  const findingIds = new Set(paper.findings.map((f) => f.id));
  for (const claim of paper.claims) {
    checkSource(claim, paper.tables);
    requireWithin(claim, resolveArgs(claim, byId));
    if (claim.finding !== "" && !findingIds.has(claim.finding)) {
      throw new DataError(
        claim.file,
        claim.line,
        `finding "${claim.finding}" is not in findings.csv` +
          (findingIds.size === 0 ? " (the paper has no findings.csv)" : ""),
      );
    }
  }
}

/**
 * Validates papers read together: paper ids unique, then each paper
 * ({@linkcode validatePaper}).
 *
 * @throws {DataError} at the first problem
 */
export function validateLedger(papers: readonly PaperData[]): void {
  const seen = new Map<string, PaperData>();
  for (const paper of papers) {
    const earlier = seen.get(paper.paper);
    if (earlier !== undefined) {
      throw new DataError(
        paper.dir,
        0,
        `paper id "${paper.paper}" is also the folder ${earlier.dir}: paper folder names must be unique`,
      );
    }
    seen.set(paper.paper, paper);
  }
  for (const paper of papers) validatePaper(paper, papers);
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return undefined;
    if (error instanceof Deno.errors.IsADirectory) return undefined;
    throw error;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await Deno.stat(path)).isDirectory;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, "");
  return trimmed.slice(trimmed.lastIndexOf("/") + 1) || trimmed;
}

async function hasFile(dir: string, name: string): Promise<boolean> {
  try {
    return (await Deno.stat(`${dir}/${name}`)).isFile;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return false;
    throw error;
  }
}

/** What {@linkcode findPaperFolders} found under a folder. */
export interface PaperFolders {
  /** The paper folders, sorted by name (the folder itself when it is one). */
  readonly papers: readonly string[];
  /** Sub-folders that are not papers (neither `paper.json` nor `claims.csv`). */
  readonly skipped: readonly string[];
}

/**
 * The paper folders of `dir`: `dir` itself when it holds a `paper.json` or a `claims.csv`,
 * else each of its sub-folders that does (sorted by name). A folder with only one of the two
 * files is still a paper folder, so that {@linkcode readPaperFolder} can say which is missing.
 *
 * @throws {DataError} when `dir` does not exist or is not a folder, or holds no paper folder
 *
 * @example The repository's worked examples
 * ```ts
 * import { findPaperFolders } from "./load.ts";
 * import { assert } from "@std/assert";
 * const { papers } = await findPaperFolders(new URL("../../data", import.meta.url).pathname);
 * assert(papers.length >= 2);
 * ```
 */
export async function findPaperFolders(dir: string): Promise<PaperFolders> {
  if (!(await isDirectory(dir))) {
    throw new DataError(dir, 0, "not a folder (give a paper folder or a folder of paper folders)");
  }
  const isPaper = async (d: string) =>
    (await hasFile(d, PAPER_META_FILE)) || (await hasFile(d, "claims.csv"));
  if (await isPaper(dir)) return { papers: [dir], skipped: [] };
  const papers: string[] = [];
  const skipped: string[] = [];
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (entry.isDirectory && !entry.name.startsWith(".")) names.push(entry.name);
  }
  for (const name of names.sort()) {
    const sub = `${dir.replace(/\/+$/, "")}/${name}`;
    (await isPaper(sub) ? papers : skipped).push(sub);
  }
  if (papers.length === 0) {
    throw new DataError(
      dir,
      0,
      `no paper folder here: a paper folder holds ${PAPER_META_FILE} and claims.csv ` +
        "(create one with `deno task new-paper DIR --title … --citation …`)",
    );
  }
  return { papers, skipped };
}

/**
 * Reads and validates one paper folder: `paper.json`, `claims.csv`, every `tableN.csv` and the
 * optional `findings.csv`. File names in errors are `dir/file`. The paper id is the folder name.
 *
 * @throws {DataError} on any problem; nothing is returned from a partial load
 */
export async function readPaperFolder(dir: string): Promise<PaperData> {
  const folder = dir.replace(/\/+$/, "");
  const paper = baseName(folder);
  if (!KEBAB.test(paper)) {
    throw new DataError(
      folder,
      0,
      `the folder name "${paper}" is the paper id and must be kebab-case`,
    );
  }
  const metaFile = `${folder}/${PAPER_META_FILE}`;
  const metaText = await readIfExists(metaFile);
  if (metaText === undefined) {
    throw new DataError(
      metaFile,
      0,
      `missing file: every paper folder needs ${PAPER_META_FILE} with its title and citation ` +
        "(see data/README.md, or scaffold a folder with `deno task new-paper`)",
    );
  }
  const meta = parsePaperMeta(metaText, metaFile, paper);
  const claimsFile = `${folder}/claims.csv`;
  const text = await readIfExists(claimsFile);
  if (text === undefined) throw new DataError(claimsFile, 0, "missing file (the paper's claims)");
  const tables = new Map<string, readonly TableCell[]>();
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) {
    if (entry.isFile && TABLE_FILE.test(entry.name)) names.push(entry.name);
  }
  for (const name of names.sort()) {
    const file = `${folder}/${name}`;
    tables.set(name, loadTable(await Deno.readTextFile(file), file));
  }
  const findingsFile = `${folder}/findings.csv`;
  const findingsText = await readIfExists(findingsFile);
  return {
    paper,
    meta,
    dir: folder,
    claims: loadClaims(text, claimsFile, paper),
    tables,
    findings: findingsText === undefined ? [] : loadFindings(findingsText, findingsFile),
  };
}

/** Options of {@linkcode readLedger}. */
export interface ReadLedgerOptions {
  /** Only this paper (by id); a {@linkcode DataError} when no folder has it. */
  readonly paper?: PaperId;
}

/**
 * Reads and validates every paper folder under one or more data folders (`data/` by default,
 * relative to the working directory): each folder is a paper folder or holds paper folders
 * ({@linkcode findPaperFolders}). Paper ids must be unique across all of them.
 *
 * @throws {DataError} on any problem; nothing is returned from a partial load
 *
 * @example The repository's worked examples
 * ```ts
 * import { readLedger } from "./load.ts";
 * import { assert } from "@std/assert";
 * const papers = await readLedger(new URL("../../data", import.meta.url).pathname);
 * assert(papers.every((p) => p.claims.length > 0 && p.meta.citation !== ""));
 * ```
 */
export async function readLedger(
  dataDirs: string | readonly string[] = "data",
  options: ReadLedgerOptions = {},
): Promise<PaperData[]> {
  const dirs = typeof dataDirs === "string" ? [dataDirs] : dataDirs;
  const folders: string[] = [];
  for (const dir of dirs) folders.push(...(await findPaperFolders(dir)).papers);
  const loaded: PaperData[] = [];
  for (const folder of folders) loaded.push(await readPaperFolder(folder));
  validateLedger(loaded);
  if (options.paper === undefined) return loaded;
  const one = loaded.filter((p) => p.paper === options.paper);
  if (one.length === 0) {
    throw new DataError(
      dirs.join(", "),
      0,
      `no paper "${options.paper}" (papers here: ${loaded.map((p) => p.paper).join(", ")})`,
    );
  }
  return one;
}
