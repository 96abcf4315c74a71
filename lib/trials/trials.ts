/**
 * Trial results as a paper quotes them — responses, adverse events, transplants and survival
 * estimates at a time point, given as a count or a percentage of patients — transcribed in a
 * paper folder's optional `trials.csv` (codebook "trials.csv" in `data/README.md`): a typed
 * loader that checks every row and names `file:line` and the reason when a row is wrong — an
 * unknown class, responders above n, a count that does not print as the printed percentage, a
 * basis that does not match the numbers.
 *
 * A printed percentage "matches" a count when x/n rounds to it at the printed number of
 * decimals (the project rule of `lib/checks/rounding.ts`).
 *
 * @module
 */
import { DataError, parseIntegerValue, parseTable, textField } from "../data/csv.ts";
import type { CsvRow } from "../data/csv.ts";
import { fitsPrinted } from "../checks/rounding.ts";
import { countsPrinting } from "../checks/percentage.ts";
import type { ProportionStudy } from "../stats/meta_proportions.ts";
import type { PaperId } from "../ledger/claims.ts";

/**
 * Therapeutic classes the worked example uses (control arms are `"chemotherapy"`). A paper's
 * `trials.csv` may name any class: `class`, `age` and `setting` are free text (non-empty), and
 * these lists only document the values of the repository's examples.
 */
export const TRIAL_CLASSES = [
  "bispecific",
  "antibody–drug conjugate",
  "CAR-T",
  "anti-CD38",
  "TKI combination",
  "nucleoside analog",
  "chemotherapy",
] as const;
/** A therapeutic class: one of {@linkcode TRIAL_CLASSES}, or any other a paper names. */
export type TrialClass = (typeof TRIAL_CLASSES)[number] | (string & Record<never, never>);

/** Age groups as the worked example describes them (any other is accepted). */
export const TRIAL_AGES = [
  "adult",
  "pediatric",
  "children and young adults",
  "not stated",
] as const;
/** An age group: one of {@linkcode TRIAL_AGES}, or any other a paper names. */
export type TrialAge = (typeof TRIAL_AGES)[number] | (string & Record<never, never>);

/** Disease settings of the worked example (any other is accepted). */
export const TRIAL_SETTINGS = [
  "relapsed/refractory",
  "first relapse",
  "MRD-positive",
  "newly diagnosed",
  "post-HCT maintenance",
] as const;
/** A disease setting: one of {@linkcode TRIAL_SETTINGS}, or any other a paper names. */
export type TrialSetting = (typeof TRIAL_SETTINGS)[number] | (string & Record<never, never>);

/**
 * What a row measures: `response` (remission, MRD or molecular response), `safety` (adverse
 * events), `transplant` (patients proceeding to HSCT), `survival` (an estimate at a time
 * point, not a proportion of counts), `other`.
 */
export const TRIAL_KINDS = ["response", "safety", "transplant", "survival", "other"] as const;
/** What a row measures. */
export type TrialKind = (typeof TRIAL_KINDS)[number];

/** Study designs. */
export const TRIAL_DESIGNS = ["single-arm", "randomized", "retrospective", "case series"] as const;
/** A study design. */
export type TrialDesign = (typeof TRIAL_DESIGNS)[number];

/**
 * How `responders` and `n` were obtained:
 * - `stated`: both printed as counts;
 * - `derived-from-counts`: responders summed from printed counts (19 CR + 9 CRi);
 * - `derived-from-percent`: n printed, responders the only integer x with x/n printing as the
 *   printed percentage;
 * - `derived-denominator`: responders printed, n the only integer with x/n printing as the
 *   printed percentage;
 * - `percent-only`: no count follows (n not stated, or no or several x fit); responders empty.
 */
export const COUNT_BASES = [
  "stated",
  "derived-from-counts",
  "derived-from-percent",
  "derived-denominator",
  "percent-only",
] as const;
/** How the counts of a row were obtained. */
export type CountBasis = (typeof COUNT_BASES)[number];

/** One row of `trials.csv`. */
export interface TrialResult {
  /** Kebab-case, unique within the file. */
  readonly id: string;
  /** The paper (its folder name, kebab-case) that reports the result. */
  readonly source: PaperId;
  /**
   * The reference number(s) the source cites for the result, as printed (`"80,81"`); empty
   * when the result is the source's own.
   */
  readonly ref: string;
  readonly section: string;
  readonly study: string;
  readonly design: TrialDesign;
  /** Identifier shared by the arms of one randomized comparison; empty otherwise. */
  readonly comparison: string;
  readonly arm: string;
  readonly agent: string;
  readonly class: TrialClass;
  readonly age: TrialAge;
  readonly setting: TrialSetting;
  /** The endpoint exactly as reported. */
  readonly endpoint: string;
  readonly kind: TrialKind;
  readonly responders: number | null;
  readonly n: number | null;
  readonly basis: CountBasis;
  /** The percentage as printed (`"43%"`, `"14.8%"`, `"over 50%"`), or empty. */
  readonly printed: string;
  readonly quote: string;
  readonly note: string;
  /** Line of the row in the file. */
  readonly line: number;
}

/** Columns of `trials.csv`, in order. */
export const TRIAL_COLUMNS = [
  "id",
  "source",
  "ref",
  "section",
  "study",
  "design",
  "comparison",
  "arm",
  "agent",
  "class",
  "age",
  "setting",
  "endpoint",
  "kind",
  "responders",
  "n",
  "basis",
  "printed",
  "quote",
  "note",
] as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PERCENT = /^(\d+(?:\.(\d+))?)%$/;

/** A printed percentage `"43%"` / `"14.8%"` as value and decimals; `null` for bounds or text. */
export function parsePrintedPercent(
  printed: string,
): { readonly value: number; readonly decimals: number } | null {
  const m = PERCENT.exec(printed.trim());
  if (m === null) return null;
  return { value: Number(m[1]), decimals: m[2]?.length ?? 0 };
}

/**
 * The responder counts x ∈ [0, n] whose percentage 100·x/n prints as `printed`.
 *
 * @example "34%" of 271 fits 91, 92 and 93 (TOWER, as quoted by a review)
 * ```ts
 * import { countsFitting } from "./trials.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(countsFitting("34%", 271), [91, 92, 93]);
 * assertEquals(countsFitting("98%", 63), [62]);
 * ```
 */
export function countsFitting(printed: string, n: number): number[] {
  const p = parsePrintedPercent(printed);
  if (p === null) throw new RangeError(`\`printed\` must be a percentage, got "${printed}"`);
  return countsPrinting(p.value, p.decimals, n);
}

function oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T {
  const value = textField(row, column);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DataError(
      row.file,
      row.line,
      `unknown ${column} "${value}" (expected one of ${allowed.map((a) => `"${a}"`).join(", ")})`,
    );
  }
  return value as T;
}

function optionalCount(row: CsvRow, column: string, min: number): number | null {
  const value = textField(row, column, true);
  return value.trim() === "" ? null : parseIntegerValue(value, row.file, row.line, column, min);
}

function checkCounts(row: CsvRow, r: Omit<TrialResult, "line">): void {
  const fail = (reason: string): never => {
    throw new DataError(row.file, row.line, reason);
  };
  const { responders: x, n, basis, printed } = r;
  if (r.kind === "survival" && basis !== "percent-only") {
    fail(`kind "survival" (an estimate at a time point) must have basis "percent-only"`);
  }
  if (basis === "percent-only") {
    if (x !== null) fail(`basis "percent-only" but responders is ${x}`);
    if (n !== null && parsePrintedPercent(printed) !== null) {
      const fits = countsFitting(printed, n);
      if (fits.length === 1) {
        fail(`basis "percent-only" but ${fits[0]}/${n} is the only count printing as ${printed}`);
      }
    }
    return;
  }
  if (x === null || n === null) return fail(`basis "${basis}" needs both responders and n`);
  if (x > n) fail(`responders (${x}) > n (${n})`);
  const p = parsePrintedPercent(printed);
  if (p !== null && !fitsPrinted((100 * x) / n, p.value, p.decimals)) {
    fail(`${x}/${n} = ${((100 * x) / n).toFixed(p.decimals + 2)}% does not print as ${printed}`);
  }
  if (basis === "derived-from-percent" || basis === "derived-denominator") {
    if (p === null) return fail(`basis "${basis}" needs a printed percentage`);
    if (basis === "derived-from-percent") {
      const fits = countsFitting(printed, n);
      if (fits.length !== 1) {
        fail(`basis "derived-from-percent" but ${fits.length} counts of ${n} print as ${printed}`);
      }
    } else {
      // Denominators m ≥ x with x/m printing as the percentage; the nearest ones bound it.
      const fitting = [n - 1, n + 1].filter((m) =>
        m >= Math.max(1, x) && fitsPrinted((100 * x) / m, p.value, p.decimals)
      );
      if (fitting.length > 0) {
        fail(`basis "derived-denominator" but ${x}/${fitting[0]} also prints as ${printed}`);
      }
    }
  }
}

/**
 * Parses and checks the text of `trials.csv`.
 *
 * @param file the name used in error messages
 * @throws {DataError} `file:line: reason` for the first bad row
 *
 * @example A row whose responders exceed n
 * ```ts
 * import { parseTrials, TRIAL_COLUMNS } from "./trials.ts";
 * import { assertThrows } from "@std/assert";
 * const header = TRIAL_COLUMNS.join(",");
 * const row = "x-cr,my-review-2024,12,3.1,Trial X,single-arm,,,drug X,bispecific,adult," +
 *   "relapsed/refractory,CR,response,12,10,stated,,quote,";
 * assertThrows(() => parseTrials(`${header}\n${row}\n`, "t.csv"), Error, "t.csv:2: responders (12) > n (10)");
 * ```
 */
export function parseTrials(text: string, file: string): TrialResult[] {
  const table = parseTable(text, file, { required: TRIAL_COLUMNS });
  const seen = new Set<string>();
  return table.rows.map((row) => {
    const id = textField(row, "id");
    if (!KEBAB.test(id)) throw new DataError(file, row.line, `id "${id}" is not kebab-case`);
    if (seen.has(id)) throw new DataError(file, row.line, `repeated id "${id}"`);
    seen.add(id);
    const source = textField(row, "source");
    if (!KEBAB.test(source)) {
      throw new DataError(
        file,
        row.line,
        `source "${source}" is not a paper id (a kebab-case folder name)`,
      );
    }
    const ref = textField(row, "ref", true);
    const design = oneOf(row, "design", TRIAL_DESIGNS);
    const comparison = textField(row, "comparison", true);
    const arm = textField(row, "arm", true);
    if ((design === "randomized") !== (comparison !== "")) {
      throw new DataError(file, row.line, `design "${design}" with comparison "${comparison}"`);
    }
    if ((comparison === "") !== (arm === "")) {
      throw new DataError(file, row.line, "comparison and arm must be given together");
    }
    const result = {
      id,
      source,
      ref,
      section: textField(row, "section"),
      study: textField(row, "study"),
      design,
      comparison,
      arm,
      agent: textField(row, "agent"),
      class: textField(row, "class"),
      age: textField(row, "age"),
      setting: textField(row, "setting"),
      endpoint: textField(row, "endpoint"),
      kind: oneOf(row, "kind", TRIAL_KINDS),
      responders: optionalCount(row, "responders", 0),
      n: optionalCount(row, "n", 1),
      basis: oneOf(row, "basis", COUNT_BASES),
      printed: textField(row, "printed", true),
      quote: textField(row, "quote"),
      note: textField(row, "note", true),
    };
    checkCounts(row, result);
    return { ...result, line: row.line };
  });
}

/**
 * Reads and checks a `trials.csv` file. Needs `--allow-read`. Messages name the file as given
 * (a `file:` URL by its path from the `data/` folder on, when it has one).
 *
 * @param path the file, e.g. `data/<paper-id>/trials.csv`
 * @throws {DataError} `file:line: reason` for the first bad row
 *
 * @example A made-up two-row file
 * ```ts
 * import { loadTrials, TRIAL_COLUMNS } from "./trials.ts";
 * import { assertEquals } from "@std/assert";
 * const path = await Deno.makeTempFile({ suffix: ".csv" });
 * await Deno.writeTextFile(path, [
 *   TRIAL_COLUMNS.join(","),
 *   "x-cr,my-review-2024,12,3.1,Trial X,single-arm,,,drug X,bispecific,adult," +
 *   "relapsed/refractory,CR,response,9,20,stated,45%,CR in 45% (9/20),",
 *   "y-cr,my-review-2024,13,3.1,Trial Y,single-arm,,,drug X,bispecific,adult," +
 *   "relapsed/refractory,CR,response,,,percent-only,52%,CR in 52%,n not stated",
 * ].join("\n") + "\n");
 * const rows = await loadTrials(path);
 * await Deno.remove(path);
 * assertEquals(rows.map((r) => [r.id, r.responders, r.n]), [["x-cr", 9, 20], ["y-cr", null, null]]);
 * ```
 */
export async function loadTrials(path: string | URL): Promise<TrialResult[]> {
  if (typeof path !== "string" && !(path instanceof URL)) {
    throw new TypeError(`\`path\` must be a file path or URL, got ${String(path)}`);
  }
  const text = await Deno.readTextFile(path);
  const file = path instanceof URL ? path.pathname.replace(/^.*\/(data\/)/, "$1") : path;
  return parseTrials(text, file);
}

/**
 * The rows with counts, as studies for {@linkcode metaProportions}: label `study`, endpoint
 * as reported, population `"<age>, <setting>"` (so that different endpoints or populations
 * are refused unless allowed).
 *
 * @example Rows without counts are left out
 * ```ts
 * import { parseTrials, TRIAL_COLUMNS, trialsToStudies } from "./trials.ts";
 * import { assertEquals } from "@std/assert";
 * const rows = parseTrials([
 *   TRIAL_COLUMNS.join(","),
 *   "x-cr,my-review-2024,12,3.1,Trial X,single-arm,,,drug X,bispecific,adult," +
 *   "relapsed/refractory,CR,response,9,20,stated,45%,CR in 45% (9/20),",
 *   "y-cr,my-review-2024,13,3.1,Trial Y,single-arm,,,drug X,bispecific,adult," +
 *   "relapsed/refractory,CR,response,,,percent-only,52%,CR in 52%,n not stated",
 * ].join("\n"), "trials.csv");
 * const studies = trialsToStudies(rows);
 * assertEquals(studies.map((s) => [s.label, s.x, s.n, s.population]), [
 *   ["Trial X", 9, 20, "adult, relapsed/refractory"],
 * ]);
 * ```
 */
export function trialsToStudies(
  rows: readonly TrialResult[],
): (ProportionStudy & { readonly label: string; readonly row: TrialResult })[] {
  return rows.flatMap((row) =>
    row.responders === null || row.n === null ? [] : [{
      x: row.responders,
      n: row.n,
      label: row.study,
      endpoint: row.endpoint,
      population: `${row.age}, ${row.setting}`,
      row,
    }]
  );
}
