/**
 * Charts of CD38 on leukemic blasts (Boissel et al. 2022, Table 3): each cell drawn as its
 * median (dot) and range (line) — the only statistics reported — with n beside it.
 *
 * - {@linkcode cd38DensitySpec}: receptor density (sABC/cell) by compartment on a log scale,
 *   since the ranges span 2.6 decades;
 * - {@linkcode cd38PercentSpec}: CD38 positivity and receptor occupancy (%) by time point and
 *   compartment, one panel per measure.
 *
 * Both return vega-lite specs; pass them to `renderSvg` (lib/charts/render.ts) for static SVG.
 *
 * @module
 */
// schema.ts, not render.ts: render.ts loads vega (~0.3 s), which building a spec does not need.
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";
import { requireFinite, requireInteger } from "../stats/_validate.ts";
import type { Cd38Compartment, Cd38Measure, Cd38TimePoint, Cd38Unit } from "../cd38/types.ts";

/** What a chart needs of a cell (a `ResolvedCd38Cell` of lib/papers/boissel_cd38.ts fits). */
export interface Cd38ChartCell {
  readonly measure: Cd38Measure;
  readonly compartment: Cd38Compartment;
  readonly timePoint: Cd38TimePoint;
  readonly unit: Cd38Unit;
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Notes shown in the tooltip (e.g. where a median was taken from). */
  readonly notes?: readonly string[];
}

/** Options shared by the CD38 charts. */
export interface Cd38ChartOptions {
  /** Chart title; each builder documents its default. */
  readonly title?: string;
  /** Plot width in pixels; default 420. */
  readonly width?: number;
}

const COMPARTMENT_LABEL: Readonly<Record<Cd38Compartment, string>> = {
  "peripheral-blood": "Peripheral blood",
  "bone-marrow": "Bone marrow",
};
const TIME_LABEL: Readonly<Record<Cd38TimePoint, string>> = {
  baseline: "Baseline",
  "on-treatment": "On treatment",
};
const MEASURE_LABEL: Readonly<Record<Cd38Measure, string>> = {
  "receptor-density": "Receptor density",
  positivity: "CD38-positive blasts",
  "receptor-occupancy": "Receptor occupancy",
};

function validate(cells: readonly Cd38ChartCell[], logScale: boolean): void {
  cells.forEach((cell, i) => {
    requireInteger(`cells[${i}].n`, cell.n, 1);
    for (const field of ["min", "median", "max"] as const) {
      requireFinite(`cells[${i}].${field}`, cell[field]);
      if (logScale && !(cell[field] > 0)) {
        throw new RangeError(
          `\`cells[${i}].${field}\` must be > 0 on a log scale, got ${cell[field]}`,
        );
      }
    }
    if (cell.min > cell.median) {
      throw new RangeError(
        `\`cells[${i}].min\` must be ≤ \`median\` (median = ${cell.median}), got ${cell.min}`,
      );
    }
    if (cell.median > cell.max) {
      throw new RangeError(
        `\`cells[${i}].median\` must be ≤ \`max\` (max = ${cell.max}), got ${cell.median}`,
      );
    }
  });
}

/** Greedy word wrap, so that long notes do not widen the chart. */
function wrap(text: string, width = 72): string[] {
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

interface ChartTitle {
  text: string;
  subtitle: string[];
  anchor: "start";
  subtitleColor: string;
}

function title(text: string, cells: readonly Cd38ChartCell[]): ChartTitle {
  const notes = cells.flatMap((c) => c.notes ?? []).flatMap((note) => wrap(note));
  return {
    text,
    subtitle: ["Dot: median; line: minimum to maximum (Boissel et al. 2022, Table 3).", ...notes],
    anchor: "start",
    subtitleColor: "#555",
  };
}

function row(cell: Cd38ChartCell) {
  return {
    measure: MEASURE_LABEL[cell.measure],
    compartment: COMPARTMENT_LABEL[cell.compartment],
    time: TIME_LABEL[cell.timePoint],
    group: `${COMPARTMENT_LABEL[cell.compartment]}, ${TIME_LABEL[cell.timePoint].toLowerCase()}`,
    n: cell.n,
    nLabel: `n = ${cell.n}`,
    median: cell.median,
    min: cell.min,
    max: cell.max,
    unit: cell.unit,
    note: (cell.notes ?? []).join(" "),
  };
}

const TOOLTIP = [
  { field: "compartment", type: "nominal", title: "Compartment" },
  { field: "time", type: "nominal", title: "Time point" },
  { field: "n", type: "quantitative", title: "n" },
  { field: "median", type: "quantitative", title: "Median" },
  { field: "min", type: "quantitative", title: "Minimum" },
  { field: "max", type: "quantitative", title: "Maximum" },
  { field: "note", type: "nominal", title: "Note" },
] as const;

/**
 * A log-scale dot-and-range plot of CD38 receptor density (sABC/cell) by compartment: the
 * median as a dot, the range as a line, n at the right.
 *
 * @param cells cells of any measure; only `receptor-density` ones are drawn
 * @param options `title` (default "CD38 receptor density on blasts at baseline"), `width`
 * @throws {RangeError} when no density cell is given, or a value is not positive (log scale)
 *   or out of order, naming the cell and field
 *
 * @example The bone-marrow cell of Table 3
 * ```ts
 * import { cd38DensitySpec } from "./cd38.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = cd38DensitySpec([{
 *   measure: "receptor-density", compartment: "bone-marrow", timePoint: "baseline",
 *   unit: "sABC/cell", n: 10, median: 6817.5, min: 108, max: 44872,
 * }]);
 * assertEquals((spec.data as { values: unknown[] }).values.length, 1);
 * ```
 */
export function cd38DensitySpec(
  cells: readonly Cd38ChartCell[],
  options: Cd38ChartOptions = {},
): VegaLiteSpec {
  const density = cells.filter((c) => c.measure === "receptor-density");
  if (density.length === 0) {
    throw new RangeError(
      `\`cells\` must include at least one "receptor-density" cell, got ${cells.length} cells`,
    );
  }
  validate(density, true);
  const lo = Math.min(...density.map((c) => c.min));
  const hi = Math.max(...density.map((c) => c.max));
  const domain = [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi))];
  const x = {
    field: "median",
    type: "quantitative" as const,
    scale: { type: "log" as const, domain },
    axis: { title: "CD38 receptors per blast (sABC/cell, log scale)", format: "~s" },
  };
  const y = {
    field: "compartment",
    type: "nominal" as const,
    sort: Object.values(COMPARTMENT_LABEL),
    axis: { title: null },
  };
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: title(options.title ?? "CD38 receptor density on blasts at baseline", density),
    width: options.width ?? 420,
    height: { step: 48 },
    data: { values: density.map(row) },
    encoding: { y, tooltip: [...TOOLTIP] },
    layer: [
      {
        mark: { type: "rule" as const, strokeWidth: 2, color: "#4c78a8" },
        encoding: { x: { ...x, field: "min" }, x2: { field: "max" } },
      },
      {
        mark: { type: "point" as const, filled: true, size: 90, color: "#1f3b5c" },
        encoding: { x },
      },
      {
        mark: { type: "text" as const, align: "left" as const, dx: 6, dy: -10, fontSize: 11 },
        encoding: {
          x: { ...x, field: "max" },
          text: { field: "nLabel", type: "nominal" as const },
        },
      },
    ],
  };
  return spec;
}

/**
 * CD38 positivity and receptor occupancy (%) as dot-and-range rows by compartment and time
 * point, one panel per measure (stacked), on a common 0–100% axis.
 *
 * @param cells cells of any measure; `positivity` and `receptor-occupancy` ones are drawn
 * @param options `title` (default "CD38 positivity and receptor occupancy"), `width` (per panel)
 * @throws {RangeError} when no percentage cell is given, or a value is out of order or not a
 *   finite number, naming the cell and field
 *
 * @example One on-treatment occupancy cell, one panel
 * ```ts
 * import { cd38PercentSpec } from "./cd38.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = cd38PercentSpec([{
 *   measure: "receptor-occupancy", compartment: "bone-marrow", timePoint: "on-treatment",
 *   unit: "%", n: 3, median: 63.99, min: 61.7, max: 73.0,
 * }]);
 * assertEquals((spec as { vconcat: unknown[] }).vconcat.length, 1);
 * ```
 */
export function cd38PercentSpec(
  cells: readonly Cd38ChartCell[],
  options: Cd38ChartOptions = {},
): VegaLiteSpec {
  const percent = cells.filter((c) => c.measure !== "receptor-density");
  if (percent.length === 0) {
    throw new RangeError(
      `\`cells\` must include a "positivity" or "receptor-occupancy" cell, got ${cells.length} cells`,
    );
  }
  validate(percent, false);
  const x = {
    field: "median",
    type: "quantitative" as const,
    scale: { domain: [0, 100] },
    axis: { title: "% (median and range)" },
  };
  const order: string[] = [];
  for (const t of Object.values(TIME_LABEL)) {
    for (const c of Object.values(COMPARTMENT_LABEL)) order.push(`${c}, ${t.toLowerCase()}`);
  }
  const rows = percent.map(row);
  const panel = (measure: Cd38Measure) => ({
    title: { text: MEASURE_LABEL[measure], fontSize: 12 },
    width: options.width ?? 260,
    height: { step: 36 },
    data: { values: rows.filter((r) => r.measure === MEASURE_LABEL[measure]) },
    encoding: {
      y: {
        field: "group",
        type: "nominal" as const,
        sort: order,
        axis: { title: null, labelLimit: 260 },
      },
      color: {
        field: "compartment",
        type: "nominal" as const,
        scale: {
          domain: Object.values(COMPARTMENT_LABEL),
          range: ["#e45756", "#4c78a8"],
        },
        legend: null,
      },
      tooltip: [...TOOLTIP],
    },
    layer: [
      {
        mark: { type: "rule" as const, strokeWidth: 2 },
        encoding: { x: { ...x, field: "min" }, x2: { field: "max" } },
      },
      { mark: { type: "point" as const, filled: true, size: 80, opacity: 1 }, encoding: { x } },
      {
        mark: { type: "text" as const, align: "left" as const, dx: 6, fontSize: 11 },
        encoding: {
          x: { ...x, field: "max" },
          text: { field: "nLabel", type: "nominal" as const },
        },
      },
    ],
  });
  const measures = (["positivity", "receptor-occupancy"] as const).filter((m) =>
    percent.some((c) => c.measure === m)
  );
  const spec: VegaLiteSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: title(options.title ?? "CD38 positivity and receptor occupancy", percent),
    vconcat: measures.map(panel),
    spacing: 24,
  };
  return spec;
}
