/**
 * CD38 on leukemic blasts in Boissel et al. (2022): every figure the Results text prints
 * against Table 3, what the reported n/median/min/max pin down about each cell's sample mean,
 * the published mean/SD approximations checked against those exact bounds, and descriptive
 * summaries for the skewed receptor densities.
 *
 * Findings (each returned by a function below, with its check result):
 * - Bone-marrow median density: Table 3 prints "68,17.50", the text "6817.50". A comma two
 *   digits before the decimal point is no thousands separator; read without it, the table's
 *   figure equals the text's. A typesetting error, not a different number.
 * - Peripheral-blood median positivity: Table 3 prints "87.50", the text "87.90%". Both are
 *   well formed and they differ by one digit (0.40 percentage points): two different numbers,
 *   and nothing in the paper says which is right.
 * - All ranges and patient counts the text prints agree with Table 3.
 * - Wording: the text expands sABC as "specific antibody binding capacity", Table 3's footnote
 *   as "surface antibody binding capacity"; Table 3's "White blood cells" column is the text's
 *   "peripheral blood"/"blood".
 * - The Discussion's "the expression is not as high as observed in MM" cannot be re-derived:
 *   the paper reports no myeloma CD38 figure.
 *
 * Boissel N, Chevallier P, Doronin V, et al. 2022. "Isatuximab monotherapy in patients with
 * refractory T-acute lymphoblastic leukemia or T-lymphoblastic lymphoma: Phase 2 study."
 * Cancer Medicine 11: 1292–1298. doi:10.1002/cam4.4478
 *
 * @module
 */
import { type CheckResult, checkResult } from "../../checks/result.ts";
import { checkSameValue } from "../../checks/same_value.ts";
import { fitsPrinted } from "../../checks/rounding.ts";
import { loadCd38Text, loadTable3 } from "./cd38_load.ts";
import type {
  Cd38Compartment,
  Cd38Measure,
  Cd38Summary,
  Cd38TextFigure,
  Cd38TimePoint,
  Cd38Unit,
} from "./cd38_types.ts";
import type { PrintedFigure } from "../../summaries/printed.ts";
import {
  estimateMeanSD,
  MEAN_SD_METHOD_INFO,
  MEAN_SD_METHODS,
  type MeanSdEstimate,
  type RangeConstant,
} from "../../stats/estimate_mean_sd.ts";
import { type MedianConstraints, medianConstraints } from "../../stats/median_constraints.ts";
import {
  foldRange,
  log10Span,
  type MedianRatio,
  ratioOfMedians,
} from "../../stats/skewed_summaries.ts";

/**
 * How a text figure relates to its Table 3 cell: `same` (equal at the coarser printed
 * precision), `typesetting-error` (one printing is malformed and, read without its stray
 * separator, equals the other), `different-number` (two well-formed, unequal numbers).
 */
export const CD38_VERDICTS = ["same", "typesetting-error", "different-number"] as const;
/** One of {@linkcode CD38_VERDICTS}. */
export type Cd38Verdict = (typeof CD38_VERDICTS)[number];

/** The statistic compared (a printed range gives two comparisons, `min` and `max`). */
export type Cd38Statistic = "n" | "median" | "min" | "max";

/** One printing of a figure. */
export interface Cd38Printing {
  readonly printed: string;
  /** The parsed value; `null` for a malformed printing. */
  readonly value: number | null;
  /** For a malformed printing: the number read without its stray separator. */
  readonly reading: number | null;
  readonly where: string;
}

/** A text figure against its Table 3 cell. */
export interface Cd38Comparison {
  readonly textRowId: string;
  readonly measure: Cd38Measure;
  readonly compartment: Cd38Compartment;
  readonly timePoint: Cd38TimePoint;
  readonly statistic: Cd38Statistic;
  readonly text: Cd38Printing;
  readonly table: Cd38Printing;
  readonly verdict: Cd38Verdict;
  /** One or two sentences saying what differs and how. */
  readonly explanation: string;
  /** The shared check ({@linkcode checkSameValue}) as the claims ledger reports it. */
  readonly check: CheckResult;
}

const LABEL: Readonly<Record<Cd38Statistic, string>> = {
  n: "Number of patients",
  median: "Median",
  min: "Minimum",
  max: "Maximum",
};

function tableWhere(cell: Cd38Summary, statistic: Cd38Statistic): string {
  return `Table 3, "${cell.source.group}", ${LABEL[statistic]}, ${cell.source.column}`;
}

function printing(p: PrintedFigure, where: string): Cd38Printing {
  return { printed: p.printed, value: p.value, reading: p.flag?.reading ?? null, where };
}

function equalAt(a: Cd38Printing & { decimals: number }, b: Cd38Printing & { decimals: number }) {
  const x = a.value ?? a.reading!;
  const y = b.value ?? b.reading!;
  const d = Math.min(a.decimals, b.decimals);
  return fitsPrinted(x, y, d) && fitsPrinted(y, x, d);
}

function compareFigures(
  figure: Cd38TextFigure,
  cell: Cd38Summary,
  statistic: Cd38Statistic,
  textFigure: PrintedFigure,
  tableFigure: PrintedFigure,
): Cd38Comparison {
  const textWhere = `Results (${figure.where.replace(/^Results, /, "")})`;
  const text = printing(textFigure, textWhere);
  const table = printing(tableFigure, tableWhere(cell, statistic));
  const equal = equalAt(
    { ...text, decimals: textFigure.decimals },
    { ...table, decimals: tableFigure.decimals },
  );
  const malformed = [text, table].filter((p) => p.value === null);
  let verdict: Cd38Verdict;
  let explanation: string;
  if (malformed.length === 0 && equal) {
    verdict = "same";
    explanation = `The text's ${text.printed} and Table 3's ${table.printed} are the same number.`;
  } else if (malformed.length > 0 && equal) {
    const bad = malformed[0]!;
    const good = bad === text ? table : text;
    verdict = "typesetting-error";
    explanation = `${bad === table ? "Table 3" : "The text"} prints ${bad.printed}, which is ` +
      `not a well-formed number (a comma that is not followed by three digits is no thousands ` +
      `separator); read without it, it is ${bad.reading}, the ${good.printed} that ` +
      `${bad === table ? "the text" : "Table 3"} prints. A typesetting error, kept as printed.`;
  } else {
    verdict = "different-number";
    const x = text.value ?? text.reading!;
    const y = table.value ?? table.reading!;
    explanation = `The text prints ${text.printed}, Table 3 ${table.printed}: two different ` +
      `numbers (difference ${Number(Math.abs(x - y).toFixed(6))} ` +
      `${cell.unit === "%" ? "percentage points" : cell.unit}). ` +
      `Nothing in the paper says which is right.`;
  }
  const recomputed = (p: Cd38Printing) => p.printed;
  return {
    textRowId: figure.rowId,
    measure: cell.measure,
    compartment: cell.compartment,
    timePoint: cell.timePoint,
    statistic,
    text,
    table,
    verdict,
    explanation,
    check: checkSameValue(
      { reported: recomputed(table), where: table.where },
      { reported: recomputed(text), where: text.where },
    ),
  };
}

/**
 * Every CD38 figure of the Results text against its Table 3 cell: one comparison per number
 * (a printed range gives two; a count that covers several cells gives one per cell).
 *
 * @param table the eight cells ({@linkcode loadTable3})
 * @param text the text figures ({@linkcode loadCd38Text})
 * @throws {RangeError} naming `text` when a figure matches no Table 3 cell
 *
 * @example The two discrepancies
 * ```ts
 * import { compareCd38TextWithTable } from "./cd38.ts";
 * import { loadCd38Text, loadTable3 } from "./cd38_load.ts";
 * import { assertEquals } from "@std/assert";
 * const table = await loadTable3();
 * const found = compareCd38TextWithTable(table, await loadCd38Text(table))
 *   .filter((c) => c.verdict !== "same")
 *   .map((c) => [c.table.printed, c.text.printed, c.verdict]);
 * assertEquals(found, [
 *   ["87.50", "87.90%", "different-number"],
 *   ["68,17.50", "6817.50", "typesetting-error"],
 * ]);
 * ```
 */
export function compareCd38TextWithTable(
  table: readonly Cd38Summary[],
  text: readonly Cd38TextFigure[],
): Cd38Comparison[] {
  const out: Cd38Comparison[] = [];
  for (const figure of text) {
    const cells = table.filter((cell) =>
      (figure.measure === "any" || cell.measure === figure.measure) &&
      (figure.compartment === "any" || cell.compartment === figure.compartment) &&
      cell.timePoint === figure.timePoint
    );
    if (cells.length === 0) {
      throw new RangeError(
        `\`text\` figure ${figure.rowId} (${figure.file}:${figure.line}) matches no Table 3 cell`,
      );
    }
    for (const cell of cells) {
      if (figure.statistic === "n") {
        const count = figure.count;
        const asFigure: PrintedFigure = {
          printed: String(count.count),
          value: count.count,
          decimals: 0,
          percent: false,
          flag: null,
        };
        out.push(compareFigures(figure, cell, "n", asFigure, cell.n));
      } else if (figure.statistic === "median") {
        out.push(compareFigures(figure, cell, "median", figure.median, cell.median));
      } else {
        out.push(compareFigures(figure, cell, "min", figure.range.min, cell.min));
        out.push(compareFigures(figure, cell, "max", figure.range.max, cell.max));
      }
    }
  }
  return out;
}

/** A Table 3 cell with numbers chosen for computation, and why. */
export interface ResolvedCd38Cell {
  readonly measure: Cd38Measure;
  readonly compartment: Cd38Compartment;
  readonly timePoint: Cd38TimePoint;
  readonly unit: Cd38Unit;
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** `table`, or `text` when Table 3's printing is a confirmed typesetting error. */
  readonly medianSource: "table" | "text";
  /** The other printing's median when text and table print different numbers. */
  readonly alternativeMedian: number | null;
  /** What was chosen and why (empty when Table 3 and the text agree or the text is silent). */
  readonly notes: readonly string[];
  readonly cell: Cd38Summary;
}

/**
 * Numbers for computation from each Table 3 cell: the table's values, except where the table
 * prints a malformed number that the text confirms (then the text's, with a note); where text
 * and table print different numbers, the table's value with the text's as `alternativeMedian`.
 *
 * @throws {RangeError} naming `table` when a malformed Table 3 figure has no confirming text
 *
 * @example The bone-marrow median density comes from the text, with a note
 * ```ts
 * import { compareCd38TextWithTable, resolveCd38Cells } from "./cd38.ts";
 * import { loadCd38Text, loadTable3 } from "./cd38_load.ts";
 * import { assertEquals } from "@std/assert";
 * const table = await loadTable3();
 * const cells = resolveCd38Cells(table, compareCd38TextWithTable(table, await loadCd38Text(table)));
 * const bm = cells.find((c) => c.measure === "receptor-density" && c.compartment === "bone-marrow");
 * assertEquals([bm?.median, bm?.medianSource], [6817.5, "text"]);
 * ```
 */
export function resolveCd38Cells(
  table: readonly Cd38Summary[],
  comparisons: readonly Cd38Comparison[],
): ResolvedCd38Cell[] {
  return table.map((cell) => {
    const about = (statistic: Cd38Statistic) =>
      comparisons.filter((c) =>
        c.measure === cell.measure && c.compartment === cell.compartment &&
        c.timePoint === cell.timePoint && c.statistic === statistic
      );
    const notes: string[] = [];
    const value = (statistic: Cd38Statistic, p: PrintedFigure): [number, "table" | "text"] => {
      if (p.value !== null) return [p.value, "table"];
      const confirmed = about(statistic).find((c) => c.verdict === "typesetting-error");
      if (confirmed === undefined || confirmed.text.value === null) {
        throw new RangeError(
          `\`table\` prints ${JSON.stringify(p.printed)} (${tableWhere(cell, statistic)}), ` +
            `a malformed number that no text figure confirms`,
        );
      }
      notes.push(
        `${cell.source.column}: ${LABEL[statistic].toLowerCase()} ${confirmed.text.printed} as ` +
          `the Results text prints it; Table 3 prints ${p.printed}, a typesetting error.`,
      );
      return [confirmed.text.value, "text"];
    };
    const [median, medianSource] = value("median", cell.median);
    const [min] = value("min", cell.min);
    const [max] = value("max", cell.max);
    const [n] = value("n", cell.n);
    const differing = about("median").find((c) => c.verdict === "different-number");
    if (differing !== undefined) {
      notes.push(
        `${cell.source.column}: median ${cell.median.printed} as Table 3 prints it; the Results ` +
          `text prints ${differing.text.printed}, a different number (which is right is unknown).`,
      );
    }
    return {
      measure: cell.measure,
      compartment: cell.compartment,
      timePoint: cell.timePoint,
      unit: cell.unit,
      n,
      median,
      min,
      max,
      medianSource,
      alternativeMedian: differing?.text.value ?? null,
      notes,
      cell,
    };
  });
}

/** Exact bounds on a cell's sample mean, under each printed median. */
export interface Cd38MeanBounds {
  readonly cell: ResolvedCd38Cell;
  readonly constraints: MedianConstraints;
  /** Under the text's different median (`alternativeMedian`), when there is one. */
  readonly alternative: MedianConstraints | null;
}

/**
 * What n, median, min and max pin down for every Table 3 cell: the exact range of the sample
 * mean ({@linkcode medianConstraints}), also under the text's median where the text prints a
 * different one.
 *
 * @example Bone marrow on treatment: n = 3, so the mean is known
 * ```ts
 * import { cd38MeanBounds, loadBoisselCd38 } from "./cd38.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const { resolved } = await loadBoisselCd38();
 * const b = cd38MeanBounds(resolved).find((x) =>
 *   x.cell.timePoint === "on-treatment" && x.cell.compartment === "bone-marrow"
 * )!;
 * assertAlmostEquals(b.constraints.meanLower, (61.7 + 63.99 + 73.0) / 3, 1e-12);
 * ```
 */
export function cd38MeanBounds(cells: readonly ResolvedCd38Cell[]): Cd38MeanBounds[] {
  return cells.map((cell) => ({
    cell,
    constraints: medianConstraints(cell),
    alternative: cell.alternativeMedian === null
      ? null
      : medianConstraints({ ...cell, median: cell.alternativeMedian }),
  }));
}

/**
 * Largest possible sample SD of n values within [a, b]: √(n/(n − 1))·(b − a)/2, from
 * Popoviciu's inequality (the population variance of values in [a, b] is at most (b − a)²/4).
 * It ignores the median, so it is an upper bound, not a sharp one.
 *
 * Popoviciu, T. 1935. "Sur les équations algébriques ayant toutes leurs racines réelles."
 * Mathematica (Cluj) 9: 129–145.
 */
function sdUpperBound(n: number, min: number, max: number): number {
  return Math.sqrt(n / (n - 1)) * (max - min) / 2;
}

/** A published mean/SD approximation for a cell, checked against what is possible. */
export interface Cd38MeanSdCheck {
  readonly cell: ResolvedCd38Cell;
  readonly estimate: MeanSdEstimate;
  /** Whether the estimated mean lies within the exact bounds. */
  readonly meanPossible: boolean;
  /** Upper bound on the sample SD (Popoviciu; ignores the median). */
  readonly sdUpperBound: number;
  /** Whether the estimated SD is at most that bound. */
  readonly sdPossible: boolean;
  /** One or two sentences: the estimate, the bounds, and whether it is possible. */
  readonly explanation: string;
}

/**
 * Every S1 method of {@linkcode estimateMeanSD} applied to every cell with n ≥ 2, each estimate
 * checked against the exact mean bounds and an upper bound on the SD. An estimate outside them
 * is impossible for the reported sample. (These are not checks of published figures: the paper
 * prints no mean or SD.) For n = 3 and n = 4 the mean is known exactly, and every estimator
 * that differs from it is wrong there. `options.rangeConstant` is passed to
 * {@linkcode estimateMeanSD} (default `"blom"`).
 *
 * @example The log-normal fit to blood density has an impossible SD
 * ```ts
 * import { cd38MeanSdChecks, loadBoisselCd38 } from "./cd38.ts";
 * import { assert } from "@std/assert";
 * const { resolved } = await loadBoisselCd38();
 * const fit = cd38MeanSdChecks(resolved).find((c) =>
 *   c.cell.measure === "receptor-density" && c.cell.compartment === "peripheral-blood" &&
 *   c.estimate.method === "log-normal"
 * )!;
 * assert(!fit.sdPossible);
 * ```
 */
export function cd38MeanSdChecks(
  cells: readonly ResolvedCd38Cell[],
  options: { readonly rangeConstant?: RangeConstant } = {},
): Cd38MeanSdCheck[] {
  const out: Cd38MeanSdCheck[] = [];
  for (const cell of cells) {
    const bounds = medianConstraints(cell);
    for (const method of MEAN_SD_METHODS) {
      if (!MEAN_SD_METHOD_INFO[method].scenarios.includes("S1")) continue;
      const estimate = estimateMeanSD(cell, { method, ...options });
      const tolerance = 1e-9 * Math.max(1, Math.abs(cell.max));
      const meanPossible = estimate.mean >= bounds.meanLower - tolerance &&
        estimate.mean <= bounds.meanUpper + tolerance;
      const sdMax = sdUpperBound(cell.n, cell.min, cell.max);
      const sdPossible = estimate.sd <= sdMax + tolerance;
      const round = (x: number) => Number(x.toPrecision(4));
      const text = `${method}: mean ${round(estimate.mean)}, SD ${round(estimate.sd)} ` +
        `${cell.unit}; possible means [${round(bounds.meanLower)}, ${round(bounds.meanUpper)}], ` +
        `SD at most ${round(sdMax)}.`;
      out.push({
        cell,
        estimate,
        meanPossible,
        sdUpperBound: sdMax,
        sdPossible,
        explanation: meanPossible && sdPossible
          ? `${text} The estimate is possible for the reported sample.`
          : `${text} The estimate is impossible for a sample with this n, median and range` +
            `${meanPossible ? " (the SD)" : sdPossible ? " (the mean)" : ""}.`,
      });
    }
  }
  return out;
}

/** Fold range and log10 span of a cell's range. */
export interface Cd38Spread {
  readonly cell: ResolvedCd38Cell;
  readonly fold: number;
  readonly log10Span: number;
}

/** The descriptive summaries of the skewed CD38 figures. */
export interface Cd38SkewSummaries {
  /** Fold range and decades spanned, for the receptor-density cells. */
  readonly spreads: readonly Cd38Spread[];
  /** Ratios of medians between compartments and between time points, each with its wording. */
  readonly ratios: readonly MedianRatio[];
}

const PLACE: Readonly<Record<Cd38Compartment, string>> = {
  "peripheral-blood": "in blood",
  "bone-marrow": "in bone marrow",
};
const WHEN: Readonly<Record<Cd38TimePoint, string>> = {
  baseline: "at baseline",
  "on-treatment": "on treatment",
};
const WHAT: Readonly<Record<Cd38Measure, string>> = {
  "receptor-density": "receptor density",
  positivity: "positivity",
  "receptor-occupancy": "receptor occupancy",
};

/**
 * Fold ranges and log10 spans of the receptor densities; ratios of medians between blood and
 * bone marrow (every measure and time point) and between on-treatment and baseline occupancy
 * (each compartment), with wording that states the groups' sizes (10, 4, 3 patients) and that
 * the paper does not say which patients they are.
 *
 * @example Blood density's median is about 1.6 times bone marrow's
 * ```ts
 * import { cd38SkewSummaries, loadBoisselCd38 } from "./cd38.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const { resolved } = await loadBoisselCd38();
 * const r = cd38SkewSummaries(resolved).ratios[0]!;
 * assertAlmostEquals(r.ratio, 11093.5 / 6817.5, 1e-12);
 * ```
 */
export function cd38SkewSummaries(cells: readonly ResolvedCd38Cell[]): Cd38SkewSummaries {
  const find = (m: Cd38Measure, c: Cd38Compartment, t: Cd38TimePoint) =>
    cells.find((x) => x.measure === m && x.compartment === c && x.timePoint === t);
  const spreads = cells.filter((c) => c.measure === "receptor-density").map((cell) => ({
    cell,
    fold: foldRange(cell.min, cell.max),
    log10Span: log10Span(cell.min, cell.max),
  }));
  const ratios: MedianRatio[] = [];
  const group = (x: ResolvedCd38Cell, label: string) => ({ label, n: x.n, median: x.median });
  const pairs: [Cd38Measure, Cd38TimePoint][] = [
    ["receptor-density", "baseline"],
    ["positivity", "baseline"],
    ["receptor-occupancy", "baseline"],
    ["receptor-occupancy", "on-treatment"],
  ];
  for (const [m, t] of pairs) {
    const pb = find(m, "peripheral-blood", t);
    const bm = find(m, "bone-marrow", t);
    if (pb === undefined || bm === undefined) continue;
    ratios.push(ratioOfMedians(
      group(pb, `${PLACE["peripheral-blood"]} ${WHEN[t]}`),
      group(bm, `${PLACE["bone-marrow"]} ${WHEN[t]}`),
      { quantity: WHAT[m] },
    ));
  }
  for (const c of ["peripheral-blood", "bone-marrow"] as const) {
    const on = find("receptor-occupancy", c, "on-treatment");
    const base = find("receptor-occupancy", c, "baseline");
    if (on === undefined || base === undefined) continue;
    ratios.push(ratioOfMedians(
      group(on, `${PLACE[c]} ${WHEN["on-treatment"]}`),
      group(base, `${PLACE[c]} ${WHEN.baseline}`),
      { quantity: WHAT["receptor-occupancy"] },
    ));
  }
  return { spreads, ratios };
}

/** A difference in wording between the Results text and Table 3, quoted verbatim. */
export interface Cd38WordingDifference {
  readonly what: string;
  readonly text: string;
  readonly table: string;
}

/** Wording that differs between the Results text and Table 3 (quotes verbatim). */
export const CD38_WORDING_DIFFERENCES: readonly Cd38WordingDifference[] = [
  {
    what: "expansion of sABC",
    text: "specific antibody binding capacity (sABC)",
    table: "Abbreviation: sABC, surface antibody binding capacity.",
  },
  {
    what: "name of the blood compartment",
    text: "in peripheral blood",
    table: "White blood cells",
  },
];

/** The Discussion's comparison with myeloma, verbatim, and why it cannot be re-derived. */
export const CD38_MYELOMA_CLAIM: { readonly quote: string; readonly check: CheckResult } = {
  quote: "Even though there is a high expression of CD38 in T-ALL, the expression is not as " +
    "high as observed in MM,^{14,18}",
  check: checkResult(
    "not-derivable",
    "",
    "The paper reports CD38 density only for its T-ALL/T-LBL patients (median 11,093.50 " +
      "sABC/cell in blood, 6817.50 in bone marrow, n = 10 each) and no myeloma figure; the " +
      "comparison rests on references 14 and 18, whose numbers are not given.",
  ),
};

/** Everything this module derives, from the repository's data files. */
export interface BoisselCd38 {
  readonly table: readonly Cd38Summary[];
  readonly text: readonly Cd38TextFigure[];
  readonly comparisons: readonly Cd38Comparison[];
  readonly resolved: readonly ResolvedCd38Cell[];
}

/**
 * Loads Table 3 and the Results text's figures, compares them and resolves the numbers.
 *
 * @example Twenty comparisons, eight cells
 * ```ts
 * import { loadBoisselCd38 } from "./cd38.ts";
 * import { assertEquals } from "@std/assert";
 * const { comparisons, resolved } = await loadBoisselCd38();
 * assertEquals([comparisons.length, resolved.length], [20, 8]);
 * ```
 */
export async function loadBoisselCd38(): Promise<BoisselCd38> {
  const table = await loadTable3();
  const text = await loadCd38Text(table);
  const comparisons = compareCd38TextWithTable(table, text);
  return { table, text, comparisons, resolved: resolveCd38Cells(table, comparisons) };
}
