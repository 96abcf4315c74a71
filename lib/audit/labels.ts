/**
 * Hand labels of the audit's flags and the precision they give (issue 12: "label a sample of
 * the dev corpus yourselves … and report precision of the `discrepancy` flags by tier"). The
 * protocol is `tests/fixtures/audit_labels/PROTOCOL.md`; this module is its arithmetic: the
 * seeded draw of papers, the label sheet (CSV), matching labels to the flags an audit gives,
 * and precision by tier with a Wilson interval.
 *
 * A flag is a record with status `discrepancy` or `artefact`. A `discrepancy` flag labelled
 * `true` is a correct flag; `conversion`, `misread` and `method` are false alarms. An
 * `artefact` flag is correct when labelled `conversion`.
 *
 * Reference for the interval: Wilson, E. B. 1927. "Probable inference, the law of succession,
 * and statistical inference." Journal of the American Statistical Association 22 (158):
 * 209–212. doi:10.1080/01621459.1927.10502953
 *
 * @module
 */

import { DataError, parseCsv } from "../data/csv.ts";
import { readPercentage } from "../checks/percentage.ts";
import type { CheckStatus } from "../checks/result.ts";
import { type Statement, type Tier, TIERS } from "../extract/statement.ts";
import { binomialCI } from "../stats/binomial_ci.ts";
import { displayAs } from "../stats/_display.ts";
import type { AuditRecord } from "./audit.ts";

/** The labels of the protocol (PROTOCOL.md §3). */
export const FLAG_LABELS = ["true", "conversion", "misread", "method"] as const;
/**
 * - `true`: the paired numbers belong together and, as printed, do not add up;
 * - `conversion`: the PDF/XML-to-text conversion damaged a number;
 * - `misread`: the extractor paired numbers that do not belong together;
 * - `method`: the paper used another valid method the check does not allow for.
 */
export type FlagLabel = (typeof FLAG_LABELS)[number];

/** The statuses a flag can have. */
export const FLAG_STATUSES = ["discrepancy", "artefact"] as const;
/** A flag's status: `discrepancy`, or `artefact` ("possibly a conversion artefact"). */
export type FlagStatus = (typeof FLAG_STATUSES)[number];

/** The columns of a label sheet, in order. */
export const LABEL_COLUMNS = [
  "file",
  "line",
  "column",
  "kind",
  "tier",
  "status",
  "reported",
  "label",
  "reason",
] as const;

/** A flag as a label sheet row, before it is labelled. */
export interface FlagRow {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
  readonly tier: Tier;
  readonly status: FlagStatus;
  /** The printed numbers only (see {@linkcode printedNumbers}). */
  readonly reported: string;
}

/** A labelled flag: a row of `development.csv` or `evaluation.csv`. */
export interface LabelledFlag extends FlagRow {
  readonly label: FlagLabel;
  /** A short phrase in the labeller's words. */
  readonly reason: string;
  /** The line of the label sheet it was read from (0 when not read from a file). */
  readonly sheetLine: number;
}

/**
 * The 32-bit generator mulberry32 (Tommy Ettinger, 2017, public domain): a function returning
 * uniform numbers in [0, 1), the same sequence for the same seed on every platform.
 *
 * @example The same seed gives the same numbers
 * ```ts
 * import { mulberry32 } from "./labels.ts";
 * import { assert, assertEquals } from "@std/assert";
 * const a = mulberry32(1201);
 * const b = mulberry32(1201);
 * const first = a();
 * assertEquals(first, b());
 * assert(first >= 0 && first < 1);
 * ```
 */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new RangeError(`\`seed\` must be an integer, got ${seed}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The protocol's draw: a Fisher–Yates shuffle of the sorted `population` driven by
 * `mulberry32(seed)`, then the first `size` papers not in `exclude`, in shuffled order.
 *
 * @example A reproducible draw
 * ```ts
 * import { drawSample } from "./labels.ts";
 * import { assertEquals } from "@std/assert";
 * const population = ["c.txt", "a.txt", "d.txt", "b.txt"];
 * const once = drawSample(population, 7, 2);
 * assertEquals(drawSample([...population].reverse(), 7, 2), once);
 * assertEquals(drawSample(population, 7, 2, [once[0]!]).includes(once[0]!), false);
 * ```
 */
export function drawSample(
  population: readonly string[],
  seed: number,
  size: number,
  exclude: readonly string[] = [],
): string[] {
  if (!Number.isInteger(size) || size < 0) {
    throw new RangeError(`\`size\` must be a non-negative integer, got ${size}`);
  }
  const shuffled = [...new Set(population)].sort();
  const random = mulberry32(seed);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const skip = new Set(exclude);
  return shuffled.filter((f) => !skip.has(f)).slice(0, size);
}

const STATISTIC_NAMES: Readonly<Record<string, string>> = {
  t: "t",
  z: "z",
  F: "F",
  "chi-square": "χ²",
};

/** The words of a printed phrase dropped, its numbers and signs kept: `44 of 49 (90%)`. */
function numbersOnly(text: string): string {
  const shown = text
    .replace(/\b(?!(?:of|CI|p|P|vs|n|N)\b)\p{L}[\p{L}'’-]*/gu, "")
    .replace(/\s+/g, " ")
    .replace(/([(\[])\s+/g, "$1")
    .replace(/\s+([)\]])/g, "$1")
    .replace(/\s+([,;])/g, "$1")
    .trim();
  // A quote cut before its closing bracket (`1.27 [95% CI 0.92–1.75`) is closed.
  const open = (c: string) => shown.split(c).length - 1;
  return shown + "]".repeat(Math.max(0, open("[") - open("]"))) +
    ")".repeat(Math.max(0, open("(") - open(")")));
}

/** The count a percentage statement checks: its `x`, else the count printed with it. */
function countOf(statement: Statement): string | undefined {
  if (statement.args.x !== undefined) return statement.args.x;
  try {
    const count = readPercentage(statement.reported).count;
    return count === undefined ? undefined : String(count.value);
  } catch {
    return undefined;
  }
}

/**
 * What a label sheet shows of a flag: the printed numbers only, never the article's words —
 * with the inputs the check took from context in brackets.
 *
 * @example A test statistic and an inferred percentage
 * ```ts
 * import { printedNumbers } from "./labels.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * const [t] = extractStatements("Scores rose, t(58) = 2.10, p = .04.");
 * assertEquals(printedNumbers(t!), "t(58) = 2.10, p = .04");
 * const [x] = extractStatements("Of the 40 randomized patients, 12 (31.0%) were women.");
 * assertEquals(printedNumbers(x!), "12 (31.0%) [n = 40]");
 * ```
 */
export function printedNumbers(statement: Statement): string {
  const a = statement.args;
  switch (statement.kind) {
    case "test-statistic": {
      const name = STATISTIC_NAMES[a.test ?? ""] ?? a.test ?? "";
      const df = a.df === undefined ? "" : `(${a.df}${a.df2 === undefined ? "" : `, ${a.df2}`})`;
      return `${name}${df} = ${a.statistic}, ${numbersOnly(statement.reported)}`;
    }
    case "sum":
      return `${(a.parts ?? "").split(",").join(" + ")} against ${a.total}`;
    case "p-value":
      return `${a.x1}/${a.n1} vs ${a.x2}/${a.n2}, ${numbersOnly(statement.reported)}`;
    case "ci-proportion":
      return `${a.x}/${a.n}: ${numbersOnly(statement.reported)}`;
    case "ratio-ci":
      return numbersOnly(statement.reported) + (a.p === undefined ? "" : `; p ${a.p}`);
    default: {
      const shown = numbersOnly(statement.reported);
      const inShown = (v: string | undefined) =>
        v === undefined || new RegExp(`(?<![\\d.,])${v}(?![\\d.])`).test(shown.replaceAll(",", ""));
      const x = countOf(statement);
      const extra = [
        inShown(x) ? "" : `x = ${x}`,
        inShown(a.n) ? "" : `n = ${a.n}`,
      ].filter((e) => e !== "");
      return extra.length === 0 ? shown : `${shown} [${extra.join(", ")}]`;
    }
  }
}

function isFlag(status: CheckStatus): status is FlagStatus {
  return status === "discrepancy" || status === "artefact";
}

/**
 * The flags of an audit as label sheet rows, in text order (`statements[i]` is the statement
 * of `records[i]`, as `auditPaper` gives them).
 *
 * @example One flag of two records
 * ```ts
 * import { flagRows } from "./labels.ts";
 * import { auditPaper } from "./audit.ts";
 * import { assertEquals } from "@std/assert";
 * const audit = auditPaper("A 4/14 (28.6%), B 3/14 (25.0%).", { file: "a.txt" });
 * assertEquals(flagRows(audit.records, audit.statements), [{
 *   file: "a.txt", line: 1, column: 19, kind: "percentage", tier: "explicit",
 *   status: "discrepancy", reported: "3/14 (25.0%)",
 * }]);
 * ```
 */
export function flagRows(
  records: readonly AuditRecord[],
  statements: readonly Statement[],
): FlagRow[] {
  const rows: FlagRow[] = [];
  records.forEach((r, i) => {
    if (!isFlag(r.status)) return;
    const s = statements[i];
    if (s === undefined) {
      throw new RangeError(`\`statements\` has no statement for record ${i} (${r.quote})`);
    }
    rows.push({
      file: r.file,
      line: r.line,
      column: r.column,
      kind: r.kind,
      tier: r.tier,
      status: r.status,
      reported: printedNumbers(s),
    });
  });
  return rows;
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A label sheet as CSV text (header and one line per flag, LF line ends).
 *
 * @example One labelled flag
 * ```ts
 * import { labelsCsv } from "./labels.ts";
 * import { assertEquals } from "@std/assert";
 * const text = labelsCsv([{
 *   file: "a.txt", line: 1, column: 17, kind: "percentage", tier: "explicit",
 *   status: "discrepancy", reported: "3/14 (25.0%)", label: "true", reason: "3/14 is 21.4%",
 * }]);
 * assertEquals(text.split("\n")[1], "a.txt,1,17,percentage,explicit,discrepancy,3/14 (25.0%),true,3/14 is 21.4%");
 * ```
 */
export function labelsCsv(
  rows: readonly (FlagRow & { readonly label: string; readonly reason: string })[],
): string {
  const lines = [LABEL_COLUMNS.join(",")];
  for (const r of rows) {
    lines.push(LABEL_COLUMNS.map((c) => csvField(r[c])).join(","));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Reads a label sheet, checking every cell: the columns in order, positive line and column
 * numbers, a known tier, status and label, a non-empty reason, and no flag labelled twice.
 *
 * @throws {DataError} naming the sheet's line
 *
 * @example A sheet with one row
 * ```ts
 * import { parseLabels } from "./labels.ts";
 * import { assertEquals, assertThrows } from "@std/assert";
 * const header = "file,line,column,kind,tier,status,reported,label,reason\n";
 * const [l] = parseLabels(header + "a.txt,1,17,percentage,explicit,discrepancy,3/14 (25.0%),true,3/14 is 21.4%\n", "x.csv");
 * assertEquals([l?.label, l?.line, l?.sheetLine], ["true", 1, 2]);
 * assertThrows(() => parseLabels(header + "a.txt,1,17,percentage,explicit,discrepancy,25%,maybe,?\n", "x.csv"));
 * ```
 */
export function parseLabels(text: string, file: string): LabelledFlag[] {
  const records = parseCsv(text, file);
  const header = records[0];
  if (header === undefined || header.fields.join(",") !== LABEL_COLUMNS.join(",")) {
    throw new DataError(file, 1, `the header must be ${LABEL_COLUMNS.join(",")}`);
  }
  const seen = new Set<string>();
  return records.slice(1).map(({ line, fields }) => {
    if (fields.length !== LABEL_COLUMNS.length) {
      throw new DataError(
        file,
        line,
        `expected ${LABEL_COLUMNS.length} fields, got ${fields.length}`,
      );
    }
    const [name, l, c, kind, tier, status, reported, label, reason] = fields as string[];
    const int = (value: string, what: string) => {
      if (!/^[1-9]\d*$/.test(value)) {
        throw new DataError(file, line, `\`${what}\` must be a positive integer, got "${value}"`);
      }
      return Number(value);
    };
    const oneOf = <T extends string>(value: string, what: string, allowed: readonly T[]): T => {
      if (!(allowed as readonly string[]).includes(value)) {
        throw new DataError(
          file,
          line,
          `\`${what}\` must be one of ${allowed.join(", ")}, got "${value}"`,
        );
      }
      return value as T;
    };
    if (name!.trim() === "" || kind!.trim() === "") {
      throw new DataError(file, line, "`file` and `kind` must not be empty");
    }
    if (reason!.trim() === "") throw new DataError(file, line, "`reason` must not be empty");
    const row: LabelledFlag = {
      file: name!,
      line: int(l!, "line"),
      column: int(c!, "column"),
      kind: kind!,
      tier: oneOf(tier!, "tier", TIERS),
      status: oneOf(status!, "status", FLAG_STATUSES),
      reported: reported!,
      label: oneOf(label!, "label", FLAG_LABELS),
      reason: reason!,
      sheetLine: line,
    };
    const key = flagKey(row);
    if (seen.has(key)) throw new DataError(file, line, `the flag ${key} is labelled twice`);
    seen.add(key);
    return row;
  });
}

/**
 * The key that ties a label to a flag: `file:line:column kind`.
 *
 * @example
 * ```ts
 * import { flagKey } from "./labels.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(flagKey({ file: "a.txt", line: 3, column: 9, kind: "sum" }), "a.txt:3:9 sum");
 * ```
 */
export function flagKey(
  flag: { readonly file: string; readonly line: number; readonly column: number; kind: string },
): string {
  return `${flag.file}:${flag.line}:${flag.column} ${flag.kind}`;
}

/** How a label sheet and the flags of the current audit of its papers line up. */
export interface LabelMatch {
  /** Labels whose flag the audit still gives, with the same status. */
  readonly matched: readonly LabelledFlag[];
  /** Labels whose flag the audit no longer gives. */
  readonly gone: readonly LabelledFlag[];
  /** Flags of labelled papers that no label covers. */
  readonly unlabelled: readonly FlagRow[];
  /** Labels whose flag is still given but with another status. */
  readonly changed: readonly { readonly label: LabelledFlag; readonly now: FlagRow }[];
}

/**
 * Matches labels to the flags of the current audit of the labelled papers by (file, line,
 * column, kind), and sorts out what no longer lines up.
 *
 * @example A label whose flag is gone and a flag without a label
 * ```ts
 * import { matchLabels } from "./labels.ts";
 * import { assertEquals } from "@std/assert";
 * const flag = {
 *   file: "a.txt", line: 1, column: 17, kind: "percentage", tier: "explicit",
 *   status: "discrepancy", reported: "3/14 (25.0%)",
 * } as const;
 * const label = { ...flag, label: "true", reason: "21.4%", sheetLine: 2 } as const;
 * const m = matchLabels([label], [{ ...flag, column: 3 }]);
 * assertEquals([m.matched.length, m.gone.length, m.unlabelled.length], [0, 1, 1]);
 * ```
 */
export function matchLabels(
  labels: readonly LabelledFlag[],
  flags: readonly FlagRow[],
): LabelMatch {
  const byKey = new Map(flags.map((f) => [flagKey(f), f]));
  const labelled = new Set<string>();
  const matched: LabelledFlag[] = [];
  const gone: LabelledFlag[] = [];
  const changed: { label: LabelledFlag; now: FlagRow }[] = [];
  for (const l of labels) {
    const key = flagKey(l);
    labelled.add(key);
    const now = byKey.get(key);
    if (now === undefined) gone.push(l);
    else if (now.status !== l.status || now.tier !== l.tier) changed.push({ label: l, now });
    else matched.push(l);
  }
  const unlabelled = flags.filter((f) => !labelled.has(flagKey(f)));
  return { matched, gone, unlabelled, changed };
}

/** Correct flags among all flags, with a 95% Wilson interval. */
export interface FlagPrecision {
  readonly correct: number;
  readonly flags: number;
  /** correct / flags, or `null` when there is no flag. */
  readonly precision: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** The precision of a labelled sample (see {@linkcode labelPrecision}). */
export interface LabelPrecision {
  /** Sampled papers (default: the papers with a label). */
  readonly papers: number;
  /** `discrepancy` flags labelled `true` / all `discrepancy` flags, per tier and overall. */
  readonly explicit: FlagPrecision;
  readonly inferred: FlagPrecision;
  readonly overall: FlagPrecision;
  /** `artefact` flags labelled `conversion` / all `artefact` flags. */
  readonly artefacts: FlagPrecision;
  /** Labels of `discrepancy` flags, per tier and label (every label present, zeros kept). */
  readonly labels: Readonly<Record<Tier | "overall", Readonly<Record<FlagLabel, number>>>>;
  /** Labels of `artefact` flags. */
  readonly artefactLabels: Readonly<Record<FlagLabel, number>>;
}

function precisionOf(correct: number, flags: number): FlagPrecision {
  if (flags === 0) return { correct, flags, precision: null, lower: null, upper: null };
  const ci = binomialCI(correct, flags, { method: "wilson" });
  return { correct, flags, precision: correct / flags, lower: ci.lower, upper: ci.upper };
}

function tally(labels: readonly LabelledFlag[]): Record<FlagLabel, number> {
  const out = Object.fromEntries(FLAG_LABELS.map((l) => [l, 0])) as Record<FlagLabel, number>;
  for (const l of labels) out[l.label]++;
  return out;
}

/**
 * Precision of the `discrepancy` flags by tier and overall (correct = labelled `true`), and the
 * share of `artefact` flags labelled `conversion`, each with a 95% Wilson interval.
 *
 * @example Nine correct flags of ten
 * ```ts
 * import { labelPrecision } from "./labels.ts";
 * import { assertAlmostEquals, assertEquals } from "@std/assert";
 * const flag = {
 *   file: "a.txt", line: 1, column: 1, kind: "percentage", tier: "explicit",
 *   status: "discrepancy", reported: "25%", reason: "-", sheetLine: 0,
 * } as const;
 * const labels = Array.from({ length: 10 }, (_, i) => ({
 *   ...flag, column: i + 1, label: i === 0 ? "misread" as const : "true" as const,
 * }));
 * const p = labelPrecision(labels);
 * assertEquals([p.explicit.correct, p.explicit.flags, p.inferred.precision], [9, 10, null]);
 * // Wilson (1927): 9 of 10 at 95% gives 0.5958–0.9821.
 * assertAlmostEquals(p.overall.lower!, 0.5958, 1e-4);
 * ```
 */
export function labelPrecision(
  labels: readonly LabelledFlag[],
  options: { readonly papers?: number } = {},
): LabelPrecision {
  const discrepancies = labels.filter((l) => l.status === "discrepancy");
  const artefacts = labels.filter((l) => l.status === "artefact");
  const of = (ls: readonly LabelledFlag[]) =>
    precisionOf(ls.filter((l) => l.label === "true").length, ls.length);
  const explicit = discrepancies.filter((l) => l.tier === "explicit");
  const inferred = discrepancies.filter((l) => l.tier === "inferred");
  return Object.freeze(displayAs("Precision of the audit's flags", {
    papers: options.papers ?? new Set(labels.map((l) => l.file)).size,
    explicit: of(explicit),
    inferred: of(inferred),
    overall: of(discrepancies),
    artefacts: precisionOf(
      artefacts.filter((l) => l.label === "conversion").length,
      artefacts.length,
    ),
    labels: { explicit: tally(explicit), inferred: tally(inferred), overall: tally(discrepancies) },
    artefactLabels: tally(artefacts),
  }));
}
