/**
 * Forest plots of a meta-analysis of proportions: one row per study with n/N, the percentage
 * and its confidence interval, a diamond per subgroup and for the overall estimate, and the
 * prediction interval under the overall diamond. Built as a typed vega-lite spec (for Jupyter
 * and the web) and rendered to a static SVG with {@linkcode renderSvg}.
 *
 * Each study's row shows its observed proportion x/n with the exact (Clopper–Pearson) interval,
 * whatever the pooling scale (the convention of R's `meta::metaprop`, `method.ci = "CP"`): a
 * Wald interval back-transformed from the pooling scale would, for a study with a zero cell,
 * be built around the continuity-corrected value and exclude the observed 0% (0 of 14 would
 * show 0.2%–36.6% on the logit scale). The exact interval of 0 of 14 is Boissel 2022's printed
 * 0.0%–23.2%. The diamonds and the prediction interval are the model's, back-transformed.
 * Square sizes follow the studies' weights in the pooled estimate.
 *
 * @module
 */
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";
import { binomialCI } from "../stats/binomial_ci.ts";
import type { MetaProportionsResult } from "../stats/meta_proportions.ts";
import type { MetaSubgroupsResult } from "../stats/meta_subgroups.ts";
import { requireOneOf } from "../stats/_validate.ts";

/** Orders of the study rows within the plot (or within each subgroup). */
export const FOREST_SORTS = ["estimate", "as-given", "label", "n"] as const;
/** An order of the study rows; default `"estimate"` (highest proportion first). */
export type ForestSort = (typeof FOREST_SORTS)[number];

/** Options of {@linkcode forestSpec}. */
export interface ForestOptions {
  /** Chart title; default "Pooled proportion" with the model in the subtitle. */
  readonly title?: string;
  /** Row order; default `"estimate"`. */
  readonly sort?: ForestSort;
  /** Axis title; default "Responders (%)". */
  readonly axisTitle?: string;
  /** Width of the plotting panel in pixels; default 320. */
  readonly width?: number;
}

/** One row of the plot (exported for tests and for tabular display beside the chart). */
export interface ForestRow {
  readonly row: number;
  readonly kind: "header" | "heading" | "study" | "subgroup" | "overall" | "prediction";
  readonly label: string;
  readonly counts: string;
  readonly percent: string;
  readonly interval: string;
  /** Percentages (0–100); `null` for headings. */
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Weight in percent for studies (drives the square size); 0 otherwise. */
  readonly weight: number;
}

const ROW_HEIGHT = 20;

function fmt(p: number): string {
  return (100 * p).toFixed(1);
}

function studyRows(fit: MetaProportionsResult, sort: ForestSort): Omit<ForestRow, "row">[] {
  const rows = fit.studies.map((s) => {
    const { lower, upper } = binomialCI(s.x, s.n, {
      method: "clopper-pearson",
      level: fit.method.level,
    });
    return {
      kind: "study" as const,
      label: s.label,
      counts: `${s.x}/${s.n}`,
      percent: fmt(s.proportion),
      interval: `${fmt(lower)}–${fmt(upper)}`,
      estimate: 100 * s.proportion,
      lower: 100 * lower,
      upper: 100 * upper,
      weight: s.weightPercent,
      n: s.n,
    };
  });
  const order = {
    "as-given": () => 0,
    estimate: (a: typeof rows[number], b: typeof rows[number]) => b.estimate - a.estimate,
    label: (a: typeof rows[number], b: typeof rows[number]) => a.label.localeCompare(b.label),
    n: (a: typeof rows[number], b: typeof rows[number]) => b.n - a.n,
  }[sort];
  return [...rows].sort(order).map(({ n: _n, ...r }) => r);
}

function pooledRow(
  fit: MetaProportionsResult,
  kind: "subgroup" | "overall",
  label: string,
): Omit<ForestRow, "row"> {
  const p = fit.proportion;
  const total = fit.studies.reduce((a, s) => a + s.n, 0);
  return {
    kind,
    label,
    counts: `${fit.studies.reduce((a, s) => a + s.x, 0)}/${total}`,
    percent: fmt(p.estimate),
    interval: `${fmt(p.lower)}–${fmt(p.upper)}`,
    estimate: 100 * p.estimate,
    lower: 100 * p.lower,
    upper: 100 * p.upper,
    weight: 0,
  };
}

function heterogeneityText(fit: MetaProportionsResult): string {
  const h = fit.heterogeneity;
  return `k = ${fit.k}, τ² = ${h.tau2.toFixed(3)}, I² = ${h.i2.toFixed(0)}%, ` +
    `Q = ${h.q.toFixed(2)} (df ${h.df}, p = ${h.pValue.toPrecision(2)})`;
}

/**
 * The rows of the forest plot, top to bottom: a header row; for subgroups, a heading, the
 * studies and the subgroup diamond for each subgroup; then the overall diamond and the
 * prediction interval.
 *
 * @example Two studies and the overall estimate
 * ```ts
 * import { forestRows } from "./forest.ts";
 * import { metaProportions } from "../stats/meta_proportions.ts";
 * import { assertEquals } from "@std/assert";
 * const fit = metaProportions([{ label: "A", x: 3, n: 10 }, { label: "B", x: 8, n: 10 }]);
 * const kinds = forestRows(fit).map((r) => r.kind);
 * assertEquals(kinds, ["header", "study", "study", "overall", "prediction"]);
 * assertEquals(forestRows(fit)[1]!.label, "B"); // highest proportion first
 * ```
 */
export function forestRows(
  input: MetaProportionsResult | MetaSubgroupsResult,
  options: Pick<ForestOptions, "sort"> = {},
): ForestRow[] {
  const sort = options.sort ?? "estimate";
  requireOneOf("sort", sort, FOREST_SORTS);
  const overall = "subgroups" in input ? input.overall : input;
  const rows: Omit<ForestRow, "row">[] = [{
    kind: "header",
    label: "Study",
    counts: "n/N",
    percent: "%",
    interval: `${Math.round(100 * overall.method.level)}% CI`,
    estimate: null,
    lower: null,
    upper: null,
    weight: 0,
  }];
  if ("subgroups" in input) {
    for (const { group, fit } of input.subgroups) {
      rows.push({
        kind: "heading",
        label: group,
        counts: "",
        percent: "",
        interval: "",
        estimate: null,
        lower: null,
        upper: null,
        weight: 0,
      });
      rows.push(...studyRows(fit, sort));
      rows.push(
        pooledRow(fit, "subgroup", `Subtotal ${group} (I² = ${fit.heterogeneity.i2.toFixed(0)}%)`),
      );
    }
  } else {
    rows.push(...studyRows(input, sort));
  }
  rows.push(
    pooledRow(overall, "overall", `Overall (I² = ${overall.heterogeneity.i2.toFixed(0)}%)`),
  );
  const p = overall.proportion;
  rows.push({
    kind: "prediction",
    label: "Prediction interval",
    counts: "",
    percent: "",
    interval: `${fmt(p.predictionLower)}–${fmt(p.predictionUpper)}`,
    estimate: 100 * p.estimate,
    lower: 100 * p.predictionLower,
    upper: 100 * p.predictionUpper,
    weight: 0,
  });
  return rows.map((r, row) => ({ row, ...r }));
}

/**
 * A vega-lite spec of the forest plot: three panels side by side sharing the rows — labels,
 * the intervals on a 0–100% axis, and the n/N, % and CI columns.
 *
 * @example Relapsed/refractory response rates
 * ```ts
 * import { forestSpec } from "./forest.ts";
 * import { metaProportions } from "../stats/meta_proportions.ts";
 * import { assertEquals } from "@std/assert";
 * const fit = metaProportions([
 *   { label: "Topp 2015", x: 81, n: 189 },
 *   { label: "ALCANTARA", x: 16, n: 45 },
 * ]);
 * const spec = forestSpec(fit, { title: "CR/CRh" });
 * assertEquals(spec.$schema, "https://vega.github.io/schema/vega-lite/v5.json");
 * ```
 */
export function forestSpec(
  input: MetaProportionsResult | MetaSubgroupsResult,
  options: ForestOptions = {},
): VegaLiteSpec {
  const rows = forestRows(input, options);
  const overall = "subgroups" in input ? input.overall : input;
  const m = overall.method;
  const height = rows.length * ROW_HEIGHT;
  const width = options.width ?? 320;
  const level = `${Math.round(100 * m.level)}% CI`;
  const subtitle = [
    `${m.transform} scale, τ² ${m.tau2}${m.knappHartung ? ", Knapp–Hartung" : ""}; ` +
    `diamonds: pooled estimate and ${level}; dashed: prediction interval`,
    `Overall heterogeneity: ${heterogeneityText(overall)}`,
  ];
  if ("subgroups" in input) {
    const b = input.between;
    subtitle.push(
      `Test for subgroup differences: Q = ${b.q.toFixed(2)}, df = ${b.df}, ` +
        `p = ${b.pValue.toPrecision(2)}`,
    );
  }
  // Diamonds as areas between y and y2 over three x vertices (left, centre, right).
  const diamonds = rows.flatMap((r) =>
    r.kind === "subgroup" || r.kind === "overall"
      ? [
        { row: r.row, x: r.lower, y: r.row, y2: r.row },
        { row: r.row, x: r.estimate, y: r.row - 0.4, y2: r.row + 0.4 },
        { row: r.row, x: r.upper, y: r.row, y2: r.row },
      ]
      : []
  );
  const y = {
    field: "row",
    type: "quantitative" as const,
    scale: { domain: [-0.5, rows.length - 0.5], reverse: true, nice: false, zero: false },
    axis: null,
  };
  const overallEstimate = 100 * overall.proportion.estimate;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: options.title ?? "Pooled proportion", subtitle, anchor: "start" },
    datasets: { rows, diamonds },
    config: { view: { stroke: null }, font: "sans-serif" },
    spacing: 8,
    hconcat: [
      {
        width: 340,
        height,
        data: { name: "rows" },
        layer: [
          {
            transform: [{ filter: "datum.kind === 'study'" }],
            mark: { type: "text", align: "left", x: 12, limit: 328 },
            encoding: { y, text: { field: "label" } },
          },
          {
            transform: [{ filter: "datum.kind !== 'study'" }],
            mark: { type: "text", align: "left", x: 0, limit: 340, fontWeight: "bold" },
            encoding: { y, text: { field: "label" } },
          },
        ],
      },
      {
        width,
        height,
        layer: [
          {
            data: { values: [{ x: overallEstimate }] },
            mark: { type: "rule", strokeDash: [2, 2], color: "#999" },
            encoding: { x: { field: "x", type: "quantitative" } },
          },
          {
            data: { name: "rows" },
            transform: [{ filter: "datum.kind === 'study'" }],
            mark: { type: "rule", color: "#333" },
            encoding: {
              y,
              x: {
                field: "lower",
                type: "quantitative",
                scale: { domain: [0, 100], clamp: true },
                title: options.axisTitle ?? "Responders (%)",
              },
              x2: { field: "upper" },
            },
          },
          {
            data: { name: "rows" },
            transform: [{ filter: "datum.kind === 'study'" }],
            mark: { type: "square", color: "#1f4e79", opacity: 1 },
            encoding: {
              y,
              x: { field: "estimate", type: "quantitative" },
              size: { field: "weight", type: "quantitative", legend: null },
            },
          },
          {
            data: { name: "diamonds" },
            mark: { type: "area", orient: "vertical", color: "#b22222" },
            encoding: {
              x: { field: "x", type: "quantitative" },
              y: { ...y, field: "y" },
              y2: { field: "y2" },
              detail: { field: "row" },
            },
          },
          {
            data: { name: "rows" },
            transform: [{ filter: "datum.kind === 'prediction'" }],
            mark: { type: "rule", strokeDash: [4, 3], color: "#b22222", strokeWidth: 2 },
            encoding: { y, x: { field: "lower", type: "quantitative" }, x2: { field: "upper" } },
          },
        ],
      },
      {
        width: 200,
        height,
        data: { name: "rows" },
        layer: [
          {
            mark: { type: "text", align: "right", x: 55 },
            encoding: { y, text: { field: "counts" } },
          },
          {
            mark: { type: "text", align: "right", x: 105 },
            encoding: { y, text: { field: "percent" } },
          },
          {
            mark: { type: "text", align: "right", x: 195 },
            encoding: { y, text: { field: "interval" } },
          },
        ],
      },
    ],
  } as VegaLiteSpec;
}

/**
 * The forest plot as a standalone SVG string.
 *
 * @example
 * ```ts
 * import { forestSvg } from "./forest.ts";
 * import { metaProportions } from "../stats/meta_proportions.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const fit = metaProportions([{ label: "A", x: 3, n: 10 }, { label: "B", x: 8, n: 10 }]);
 * assertStringIncludes(await forestSvg(fit), "Prediction interval");
 * ```
 */
export async function forestSvg(
  input: MetaProportionsResult | MetaSubgroupsResult,
  options: ForestOptions = {},
): Promise<string> {
  // vega loads only when an SVG is asked for (~0.3 s), not when the spec is built.
  const { renderSvg } = await import("./render.ts");
  return renderSvg(forestSpec(input, options));
}
