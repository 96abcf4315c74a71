/**
 * Operating-characteristic (OC) curves of two-stage designs: the probability of declaring the
 * treatment promising and the probability of early termination against the true response rate,
 * one colour per design, with rules at p0 and p1. Built as a typed vega-lite spec (Jupyter, the
 * web) and rendered to static SVG with {@linkcode renderSvg}.
 *
 * @module
 */
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";
import {
  DEFAULT_OC_GRID,
  operatingCharacteristics,
  type TwoStageRule,
} from "../stats/two_stage_characteristics.ts";

/** Curves the chart can draw. */
export const OC_SERIES = ["pReject", "pet"] as const;
/**
 * `pReject`: P(declare promising) (solid); `pet`: P(early termination) (dashed). Default: both.
 */
export type OcSeries = (typeof OC_SERIES)[number];

const SERIES_LABEL: Record<OcSeries, string> = {
  pReject: "P(declare promising)",
  pet: "P(stop after stage 1)",
};

/** A design to draw, with its legend label (e.g. "Minimax 6/11, 17/24"). */
export interface LabelledDesign {
  readonly label: string;
  readonly design: TwoStageRule;
}

/** Options of {@linkcode operatingCharacteristicsSpec}. */
export interface OcChartOptions {
  /** Chart title; default "Operating characteristics". */
  readonly title?: string;
  /** Null and alternative response rates, drawn as vertical rules when given. */
  readonly p0?: number;
  readonly p1?: number;
  /** Response rates to evaluate; default 0, 0.01, …, 1. */
  readonly grid?: readonly number[];
  /** Curves to draw; default both. */
  readonly series?: readonly OcSeries[];
  /** Panel size in pixels; defaults 420 × 260. */
  readonly width?: number;
  readonly height?: number;
}

/** One point of one curve (exported for tests and tabular display beside the chart). */
export interface OcChartRow {
  readonly design: string;
  readonly series: string;
  readonly p: number;
  readonly probability: number;
}

/**
 * The data behind the chart: one row per design, series and grid point.
 *
 * @example P(declare promising) of the minimax design 6/11, 17/24 at p0 = 0.6 and p1 = 0.8
 * ```ts
 * import { ocChartRows } from "./operating_characteristics.ts";
 * import { assertEquals } from "@std/assert";
 * const rows = ocChartRows([{ label: "Minimax", design: { r1: 6, n1: 11, r: 17, n: 24 } }], {
 *   grid: [0.6, 0.8],
 *   series: ["pReject"],
 * });
 * assertEquals(rows.map((r) => r.probability.toFixed(3)), ["0.093", "0.801"]);
 * ```
 */
export function ocChartRows(
  designs: readonly LabelledDesign[],
  options: OcChartOptions = {},
): readonly OcChartRow[] {
  if (!Array.isArray(designs) || designs.length === 0) {
    throw new RangeError(`\`designs\` must be a non-empty array, got ${String(designs)}`);
  }
  const series = options.series ?? OC_SERIES;
  series.forEach((s, i) => {
    if (!OC_SERIES.includes(s)) {
      throw new RangeError(`\`series[${i}]\` must be one of ${OC_SERIES.join(", ")}, got ${s}`);
    }
  });
  const rows: OcChartRow[] = [];
  for (const { label, design } of designs) {
    for (const oc of operatingCharacteristics(design, options.grid ?? DEFAULT_OC_GRID)) {
      for (const s of series) {
        rows.push({ design: label, series: SERIES_LABEL[s], p: oc.p, probability: oc[s] });
      }
    }
  }
  return rows;
}

/**
 * Vega-lite spec of the OC curves of one or more two-stage designs.
 *
 * @example Simon's minimax and optimal designs for p0 = 0.6, p1 = 0.8 (Boissel 2022)
 * ```ts
 * import { operatingCharacteristicsSpec } from "./operating_characteristics.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = operatingCharacteristicsSpec([
 *   { label: "Minimax 6/11, 17/24", design: { r1: 6, n1: 11, r: 17, n: 24 } },
 *   { label: "Optimal 7/11, 21/31", design: { r1: 7, n1: 11, r: 21, n: 31 } },
 * ], { p0: 0.6, p1: 0.8 });
 * assertEquals(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
 * ```
 */
export function operatingCharacteristicsSpec(
  designs: readonly LabelledDesign[],
  options: OcChartOptions = {},
): VegaLiteSpec {
  const rows = ocChartRows(designs, options);
  const rules = [
    ...(options.p0 === undefined ? [] : [{ p: options.p0, label: `p0 = ${options.p0}` }]),
    ...(options.p1 === undefined ? [] : [{ p: options.p1, label: `p1 = ${options.p1}` }]),
  ];
  const x = {
    field: "p",
    type: "quantitative" as const,
    title: "True response rate",
    scale: { domain: [0, 1] },
    axis: { format: ".0%" },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: options.title ?? "Operating characteristics",
    width: options.width ?? 420,
    height: options.height ?? 260,
    layer: [
      {
        data: { values: rows as OcChartRow[] },
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: "probability",
            type: "quantitative",
            title: "Probability",
            scale: { domain: [0, 1] },
          },
          color: { field: "design", type: "nominal", title: "Design" },
          strokeDash: {
            field: "series",
            type: "nominal",
            title: "Curve",
            legend: { labelLimit: 0 }, // the series names are sentences: never truncate them
          },
          tooltip: [
            { field: "design", type: "nominal" },
            { field: "series", type: "nominal" },
            { field: "p", type: "quantitative", format: ".2f" },
            { field: "probability", type: "quantitative", format: ".4f" },
          ],
        },
      },
      {
        data: { values: rules },
        mark: { type: "rule", color: "gray", strokeDash: [2, 2] },
        encoding: { x: { field: "p", type: "quantitative" } },
      },
      {
        data: { values: rules },
        mark: { type: "text", align: "left", dx: 3, dy: -4, color: "gray" },
        encoding: {
          x: { field: "p", type: "quantitative" },
          y: { value: 0 },
          text: { field: "label" },
        },
      },
    ],
  };
}

/**
 * Renders the OC curves to a standalone SVG string.
 *
 * @example Render the OC curve of Simon's optimal design for 0.2 vs 0.4
 * ```ts
 * import { operatingCharacteristicsSvg } from "./operating_characteristics.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const svg = await operatingCharacteristicsSvg(
 *   [{ label: "Optimal 3/13, 12/43", design: { r1: 3, n1: 13, r: 12, n: 43 } }],
 *   { p0: 0.2, p1: 0.4, grid: [0, 0.2, 0.4, 0.6, 1] },
 * );
 * assertStringIncludes(svg, "<svg");
 * ```
 */
export async function operatingCharacteristicsSvg(
  designs: readonly LabelledDesign[],
  options: OcChartOptions = {},
): Promise<string> {
  // vega loads only when an SVG is asked for (~0.3 s), not when the spec is built.
  const { renderSvg } = await import("./render.ts");
  return renderSvg(operatingCharacteristicsSpec(designs, options));
}
