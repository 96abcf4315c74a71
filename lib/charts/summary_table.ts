/**
 * Range/dot charts of a summary table (`lib/summaries/`): for each variable and value column,
 * the median as a dot, the minimum-to-maximum range as a line and `n = …` beside it — the only
 * statistics such a table reports. One chart per unit, one row panel per variable; the value
 * axis is logarithmic when the values span two decades or more (receptor counts, titres),
 * linear otherwise (percentages are drawn on 0–100).
 *
 * A malformed printed figure (`68,17.50`, `value: null`) is drawn at its flagged reading, the
 * median with a distinct mark (a hollow orange diamond), and the subtitle says so: the chart
 * never silently substitutes a number.
 *
 * {@linkcode summaryTableSpec} returns vega-lite specs (cheap: vega is not loaded);
 * {@linkcode summaryTableSvg} renders them with `renderSvg` (lib/charts/render.ts), imported
 * only when called.
 *
 * @module
 */
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";
import { requireFinite, requireOneOf } from "../stats/_validate.ts";
import type { PrintedFigure } from "../summaries/printed.ts";
import type { SummaryCell, SummaryTable } from "../summaries/summary_table.ts";

/** Value-axis scales: `auto` (log when the values span ≥ 2 decades), `log`, `linear`. */
export const SUMMARY_CHART_SCALES = ["auto", "log", "linear"] as const;
/** One of {@linkcode SUMMARY_CHART_SCALES}; default `"auto"`. */
export type SummaryChartScale = (typeof SUMMARY_CHART_SCALES)[number];

/** Span, in decades, from which `auto` draws a log axis. */
export const LOG_SCALE_DECADES = 2;

/** The smallest font size the specs set, in px (the HTML report is checked for it). */
const FONT_PX = 11;

/** Options of {@linkcode summaryTableSpec} and {@linkcode summaryTableSvg}. */
export interface SummaryChartOptions {
  /**
   * Chart title; default `Median (dot) and range (line): <unit>`. With several units, the unit
   * is appended to a given title in parentheses.
   */
  readonly title?: string;
  /** Width of the plotting panel in pixels; default 420. */
  readonly width?: number;
  /** Value-axis scale; default `"auto"`. */
  readonly scale?: SummaryChartScale;
  /** Further subtitle lines (e.g. where the text prints a figure differently). */
  readonly notes?: readonly string[];
}

/** A chart rendered to SVG, with its title. */
export interface SummaryChartSvg {
  /** The chart's title (its spec's `title.text`). */
  readonly title: string;
  /** The standalone SVG. */
  readonly svg: string;
}

/** One drawn row: a variable in a column. */
interface ChartRow {
  readonly variable: string;
  readonly column: string;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly flagged: boolean;
  readonly nLabel: string;
  readonly nPrinted: string;
  readonly medianPrinted: string;
  readonly rangePrinted: string;
  readonly source: string;
}

const STATISTICS = ["median", "min", "max"] as const;
const STATISTIC_NAME = { median: "median", min: "minimum", max: "maximum" } as const;

/** The number to draw for a figure: its value, or a malformed figure's flagged reading. */
function drawn(figure: PrintedFigure, name: string): number {
  const value = figure?.value ?? figure?.flag?.reading;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(
      `\`${name}\` must have a finite value or a flagged reading, got ${JSON.stringify(figure)}`,
    );
  }
  return value;
}

function validate(cells: readonly SummaryCell[]): void {
  if (!Array.isArray(cells)) {
    throw new TypeError(`\`table.cells\` must be an array, got ${typeof cells}`);
  }
  cells.forEach((cell, i) => {
    const [drawnMid, drawnLo, drawnHi] = STATISTICS.map((s) =>
      drawn(cell[s], `table.cells[${i}].${s}`)
    );
    const [mid, lo, hi] = STATISTICS.map((s) => cell[s].value);
    if (lo !== null && mid !== null && lo > mid) {
      throw new RangeError(
        `\`table.cells[${i}].min\` must be ≤ the median (${mid}), got ${lo}`,
      );
    }
    if (mid !== null && hi !== null && mid > hi) {
      throw new RangeError(
        `\`table.cells[${i}].median\` must be ≤ the maximum (${hi}), got ${mid}`,
      );
    }
    if (drawnLo! > drawnHi!) {
      throw new RangeError(
        `\`table.cells[${i}].min\` must be ≤ the maximum (${drawnHi}), got ${drawnLo}`,
      );
    }
    void drawnMid;
  });
}

/** Greedy word wrap, so that long notes do not widen the chart. */
function wrap(text: string, width = 90): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

function flagNotes(cell: SummaryCell): string[] {
  return STATISTICS.flatMap((s) => {
    const figure = cell[s];
    if (figure.value !== null || figure.flag === null) return [];
    const mark = s === "median" ? " (hollow diamond)" : "";
    return [
      `${cell.column}, ${cell.variable}: the ${STATISTIC_NAME[s]} is printed ` +
      `${JSON.stringify(figure.printed)}, not a well-formed number; drawn at ` +
      `${figure.flag.reading}, its reading without the stray separator${mark}.`,
    ];
  });
}

function chartRow(cell: SummaryCell): ChartRow {
  return {
    variable: cell.variable,
    column: cell.column === "" ? "(all)" : cell.column,
    median: drawn(cell.median, "median"),
    min: drawn(cell.min, "min"),
    max: drawn(cell.max, "max"),
    flagged: cell.median.value === null,
    nLabel: cell.n === undefined ? "" : `n = ${cell.n.printed}`,
    nPrinted: cell.n?.printed ?? "",
    medianPrinted: cell.median.printed,
    rangePrinted: cell.rangePrinted,
    source: `${cell.source.file}:${cell.source.lines.join(",")}`,
  };
}

const TOOLTIP = [
  { field: "variable", type: "nominal", title: "Variable" },
  { field: "column", type: "nominal", title: "Column" },
  { field: "nPrinted", type: "nominal", title: "n" },
  { field: "medianPrinted", type: "nominal", title: "Median (printed)" },
  { field: "rangePrinted", type: "nominal", title: "Range (printed)" },
  { field: "source", type: "nominal", title: "Source" },
] as const;

function unitSpec(
  table: SummaryTable,
  unit: string,
  cells: readonly SummaryCell[],
  options: SummaryChartOptions,
  several: boolean,
): VegaLiteSpec {
  const rows = cells.map(chartRow);
  const lo = Math.min(...rows.map((r) => r.min));
  const hi = Math.max(...rows.map((r) => r.max));
  const scaleOption = options.scale ?? "auto";
  const log = scaleOption === "log" ||
    (scaleOption === "auto" && lo > 0 && Math.log10(hi / lo) >= LOG_SCALE_DECADES);
  if (log && !(lo > 0)) {
    throw new RangeError(
      `\`options.scale\` "log" needs positive values, got a minimum of ${lo} (${
        unit || "no unit"
      })`,
    );
  }
  const percent = unit === "%" && lo >= 0 && hi <= 100;
  const scale = log
    ? {
      type: "log" as const,
      domain: [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))],
    }
    : percent
    ? { domain: [0, 100] }
    : { zero: lo >= 0 };
  const unitLabel = unit === "" ? "value as printed" : unit;
  const axisTitle = `${unitLabel}${log ? " (log scale)" : ""}`;
  const xFor = (last: boolean) => ({
    field: "median",
    type: "quantitative" as const,
    scale,
    axis: { title: last ? axisTitle : null, ...(log ? { format: "~s" } : {}) },
  });
  const defaultTitle = `Median (dot) and range (line): ${unit === "" ? "no unit printed" : unit}`;
  const text = options.title === undefined
    ? defaultTitle
    : several
    ? `${options.title} (${unit === "" ? "no unit" : unit})`
    : options.title;
  const omitted = table.omitted.filter((o) => cells.some((c) => c.variable === o.variable))
    .map((o) => `Not drawn: ${o.column}, ${o.variable} (${o.reason}).`);
  const subtitle = [
    `Dot: median; line: minimum to maximum${
      rows.some((r) => r.nLabel !== "") ? "; n: patients summarised" : ""
    } (${table.file}).`,
    ...[...cells.flatMap(flagNotes), ...omitted, ...(options.notes ?? [])].flatMap((n) => wrap(n)),
  ];
  const variables = [...new Set(rows.map((r) => r.variable))];
  const width = options.width ?? 420;
  // One panel per variable (a vconcat, not a facet: a faceted layer with independent y scales
  // makes vega-lite warn), all on one shared value axis.
  const panel = (variable: string, last: boolean) => ({
    title: {
      text: variable,
      anchor: "start" as const,
      fontSize: FONT_PX + 1,
      fontWeight: "bold" as const,
      limit: 0,
    },
    width,
    height: { step: 30 },
    data: { values: rows.filter((r) => r.variable === variable) },
    encoding: {
      y: {
        field: "column",
        type: "nominal",
        sort: [...new Set(rows.map((r) => r.column))], // file order
        axis: { title: null, labelLimit: 220 },
      },
      tooltip: [...TOOLTIP],
    },
    layer: [
      {
        mark: { type: "rule", strokeWidth: 2, color: "#4c78a8" },
        encoding: { x: { ...xFor(last), field: "min" }, x2: { field: "max" } },
      },
      {
        // One layer for both kinds of median: a malformed one is a hollow orange diamond.
        mark: { type: "point", filled: true, opacity: 1 },
        encoding: {
          x: xFor(last),
          shape: { condition: { test: "datum.flagged", value: "diamond" }, value: "circle" },
          fill: { condition: { test: "datum.flagged", value: "#ffffff" }, value: "#1f3b5c" },
          stroke: { condition: { test: "datum.flagged", value: "#d45500" }, value: "#1f3b5c" },
          strokeWidth: { condition: { test: "datum.flagged", value: 2 }, value: 1 },
          size: { condition: { test: "datum.flagged", value: 140 }, value: 90 },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 6, fontSize: FONT_PX },
        encoding: {
          x: { ...xFor(last), field: "max" },
          text: { field: "nLabel", type: "nominal" },
        },
      },
    ],
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text, subtitle, anchor: "start", subtitleColor: "#555" },
    vconcat: variables.map((v, i) => panel(v, i === variables.length - 1)),
    spacing: 16,
    resolve: { scale: { x: "shared" } },
    config: {
      axis: { labelFontSize: FONT_PX, titleFontSize: FONT_PX + 1 },
      header: { labelFontSize: FONT_PX + 1 },
      title: { fontSize: FONT_PX + 3, subtitleFontSize: FONT_PX },
      text: { fontSize: FONT_PX },
    },
  } as VegaLiteSpec;
}

/**
 * Vega-lite range/dot charts of one summary table, one per unit (in order of first
 * appearance); an empty table gives none.
 *
 * @param table a table from `summaryTables` (lib/summaries/summary_table.ts)
 * @param options `title`, `width` (default 420), `scale` (default `"auto"`), `notes`
 * @throws {RangeError} when a figure has neither a value nor a flagged reading, a minimum lies
 *   above the median or maximum, `scale` is unknown or `"log"` with a value ≤ 0, or `width` is
 *   not positive — naming the cell or option
 *
 * @example A made-up table with two units: a log-scale chart and a 0–100% chart
 * ```ts
 * import { summaryTableSpec } from "./summary_table.ts";
 * import { summaryTables } from "../summaries/summary_table.ts";
 * import { loadTable } from "../ledger/load.ts";
 * import { assertEquals } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "a-med,Titre (IU/mL),Median,All,\"1,250.0\"\n" +
 *   "a-rng,Titre (IU/mL),Range,All,\"4.0–98,000.0\"\n" +
 *   "b-med,Blasts (%),Median,All,41.5\n" +
 *   "b-rng,Blasts (%),Range,All,3.0–96.0\n";
 * const [table] = summaryTables(new Map([["table2.csv", loadTable(csv, "table2.csv")]]));
 * const specs = summaryTableSpec(table!);
 * const scales = specs.map((s) =>
 *   JSON.stringify(s).includes('"type":"log"') ? "log" : "linear"
 * );
 * assertEquals(scales, ["log", "linear"]);
 * ```
 */
export function summaryTableSpec(
  table: SummaryTable,
  options: SummaryChartOptions = {},
): VegaLiteSpec[] {
  if (typeof table !== "object" || table === null) {
    throw new TypeError(`\`table\` must be a summary table, got ${String(table)}`);
  }
  validate(table.cells);
  if (options.scale !== undefined) {
    requireOneOf("options.scale", options.scale, SUMMARY_CHART_SCALES);
  }
  if (options.width !== undefined) {
    requireFinite("options.width", options.width);
    if (!(options.width > 0)) {
      throw new RangeError(`\`options.width\` must be > 0, got ${options.width}`);
    }
  }
  const units = [...new Set(table.cells.map((c) => c.unit))];
  return units.map((unit) =>
    unitSpec(table, unit, table.cells.filter((c) => c.unit === unit), options, units.length > 1)
  );
}

/**
 * The charts of {@linkcode summaryTableSpec}, rendered to standalone SVG, each with its title.
 * Loads vega (~0.3 s) on first use.
 *
 * @example One unit, one SVG with n beside the range
 * ```ts
 * import { summaryTableSvg } from "./summary_table.ts";
 * import { summaryTables } from "../summaries/summary_table.ts";
 * import { loadTable } from "../ledger/load.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const csv = "row_id,group,label,column,printed\n" +
 *   "n,Age (years),N,All,30\nmed,Age (years),Median,All,61.5\nrng,Age (years),Range,All,19–84\n";
 * const [table] = summaryTables(new Map([["table1.csv", loadTable(csv, "table1.csv")]]));
 * const charts = await summaryTableSvg(table!);
 * assertEquals(charts.map((c) => c.title), ["Median (dot) and range (line): years"]);
 * assertStringIncludes(charts[0]!.svg, "n = 30");
 * ```
 */
export async function summaryTableSvg(
  table: SummaryTable,
  options: SummaryChartOptions = {},
): Promise<SummaryChartSvg[]> {
  const specs = summaryTableSpec(table, options);
  if (specs.length === 0) return [];
  // vega loads only when an SVG is asked for, not when the spec is built.
  const { renderSvg } = await import("./render.ts");
  const out: SummaryChartSvg[] = [];
  for (const spec of specs) {
    const title = (spec as { title: { text: string } }).title.text;
    out.push({ title, svg: await renderSvg(spec) });
  }
  return out;
}
