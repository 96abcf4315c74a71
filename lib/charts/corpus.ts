/**
 * Charts of a corpus audit (notebook 07): what the audit read, what it flagged, how the share of
 * papers with a flagged statement compares with statcheck's psychology figure, and how precise
 * the flags are by hand labels. Each builder takes the plain numbers of `lib/audit/corpus.ts`
 * and `lib/audit/labels.ts` (as `notebooks/corpus_audit.json` holds them) and returns a typed
 * vega-lite spec; `lib/display/chart.ts` renders it.
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import { STATUS_COLOURS, VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";

const TIER_COLOURS = { explicit: "#0969da", inferred: "#8c959f" } as const;

/** Statements of one check kind and tier, by status (a `CorpusSummary.byKindTier` row). */
export type KindTierCounts =
  & { readonly kind: string; readonly tier: string }
  & Readonly<
    Record<CheckStatus, number>
  >;

/**
 * Statements by check kind and tier, stacked by status (log-free counts; the kinds with most
 * statements first).
 *
 * @example Two rows
 * ```ts
 * import { statementsChartSpec } from "./corpus.ts";
 * import { assertEquals } from "@std/assert";
 * const zero = { artefact: 0, explained: 0, consistent: 0, "not-derivable": 0 };
 * const spec = statementsChartSpec([
 *   { kind: "percentage", tier: "explicit", ...zero, discrepancy: 2, reproduced: 8 },
 *   { kind: "sum", tier: "explicit", ...zero, discrepancy: 0, reproduced: 3 },
 * ]);
 * assertEquals((spec.data as { values: unknown[] }).values.length, 3);
 * ```
 */
export function statementsChartSpec(rows: readonly KindTierCounts[]): VegaLiteSpec {
  const values = rows.flatMap((r) =>
    CHECK_STATUSES.filter((s) => r[s] > 0).map((status) => ({
      group: `${r.kind} (${r.tier})`,
      status,
      statements: r[status],
      order: CHECK_STATUSES.indexOf(status),
    }))
  );
  const totals = new Map<string, number>();
  for (const v of values) totals.set(v.group, (totals.get(v.group) ?? 0) + v.statements);
  const sort = [...totals].sort((a, b) => b[1] - a[1]).map(([g]) => g);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: "Statements the audit checked, by kind, tier and status",
    width: 420,
    height: { step: 24 } as unknown as number,
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "group", type: "nominal", title: null, sort, axis: { labelLimit: 320 } },
      x: { field: "statements", type: "quantitative", title: "statements" },
      color: {
        field: "status",
        type: "nominal",
        scale: {
          domain: [...CHECK_STATUSES],
          range: CHECK_STATUSES.map((s) => STATUS_COLOURS[s]),
        },
        legend: { orient: "bottom", columns: 3 },
      },
      order: { field: "order" },
      tooltip: [
        { field: "group", type: "nominal" },
        { field: "status", type: "nominal" },
        { field: "statements", type: "quantitative" },
      ],
    },
  };
}

/** One kind of inconsistency (a `CorpusSummary.inconsistencies` row). */
export interface InconsistencyCounts {
  readonly label: string;
  readonly explicit: number;
  readonly inferred: number;
  readonly papers: number;
}

/**
 * The kinds of inconsistency among the discrepancies, most common first, stacked by tier (empty
 * kinds left out).
 *
 * @example Explicit and inferred bars
 * ```ts
 * import { inconsistencyChartSpec } from "./corpus.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = inconsistencyChartSpec([
 *   { label: "percentage truncated", explicit: 3, inferred: 1, papers: 2 },
 *   { label: "parts not adding up", explicit: 0, inferred: 0, papers: 0 },
 * ]);
 * assertEquals((spec.data as { values: unknown[] }).values.length, 2);
 * ```
 */
export function inconsistencyChartSpec(rows: readonly InconsistencyCounts[]): VegaLiteSpec {
  const kept = rows.filter((r) => r.explicit + r.inferred > 0);
  const values = kept.flatMap((r) =>
    (["explicit", "inferred"] as const).filter((t) => r[t] > 0).map((tier) => ({
      kind: r.label,
      tier,
      discrepancies: r[tier],
      papers: r.papers,
    }))
  );
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: "Discrepancies by kind of inconsistency",
    width: 420,
    height: { step: 24 } as unknown as number,
    data: { values },
    mark: "bar",
    encoding: {
      y: {
        field: "kind",
        type: "nominal",
        title: null,
        axis: { labelLimit: 320 },
        sort: [...kept].sort((a, b) => b.explicit + b.inferred - a.explicit - a.inferred).map(
          (r) => r.label,
        ),
      },
      x: { field: "discrepancies", type: "quantitative", title: "discrepancies" },
      color: {
        field: "tier",
        type: "nominal",
        scale: { domain: ["explicit", "inferred"], range: Object.values(TIER_COLOURS) },
        legend: { orient: "bottom" },
      },
      tooltip: [
        { field: "kind", type: "nominal" },
        { field: "tier", type: "nominal" },
        { field: "discrepancies", type: "quantitative" },
        { field: "papers", type: "quantitative", title: "papers (either tier)" },
      ],
    },
  };
}

/** A share of papers to compare (one bar). */
export interface PaperShareBar {
  readonly label: string;
  /** 0–1. */
  readonly share: number;
  /** Where the figure comes from (`this corpus`, `statcheck`). */
  readonly source: string;
}

/**
 * Shares of papers with at least one flagged statement, side by side (percent axis, the value
 * printed at each bar's end).
 *
 * @example This corpus against statcheck's half
 * ```ts
 * import { shareChartSpec } from "./corpus.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = shareChartSpec([
 *   { label: "papers with statements", share: 0.16, source: "this corpus" },
 *   { label: "psychology papers with NHST", share: 0.5, source: "statcheck" },
 * ]);
 * assertEquals(((spec as { layer: unknown[] }).layer).length, 2);
 * ```
 */
export function shareChartSpec(bars: readonly PaperShareBar[]): VegaLiteSpec {
  for (const b of bars) {
    if (!(b.share >= 0 && b.share <= 1)) {
      throw new RangeError(`\`share\` of "${b.label}" must be in [0, 1], got ${b.share}`);
    }
  }
  const values = bars.map((b) => ({ ...b, percent: 100 * b.share }));
  const y = {
    field: "label",
    type: "nominal",
    title: null,
    sort: bars.map((b) => b.label),
    axis: { labelLimit: 320 },
  };
  const sources = [...new Set(bars.map((b) => b.source))];
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: "Papers with at least one inconsistency",
    width: 380,
    height: { step: 30 } as unknown as number,
    data: { values },
    encoding: { y: y as never },
    layer: [
      {
        mark: "bar",
        encoding: {
          x: {
            field: "percent",
            type: "quantitative",
            title: "papers (%)",
            scale: { domain: [0, 100] },
          },
          color: {
            field: "source",
            type: "nominal",
            scale: { domain: sources, range: ["#0969da", "#bf8700", "#8c959f"] },
            legend: { orient: "bottom", title: null, labelLimit: 320 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4 },
        encoding: {
          x: { field: "percent", type: "quantitative" },
          text: { field: "percent", type: "quantitative", format: ".1f" },
        },
      },
    ],
  };
}

/** A precision with its interval (a `LabelPrecision` tier). */
export interface PrecisionPoint {
  /** Which sample (`evaluation`, `first evaluation`, …). */
  readonly sample: string;
  /** Which flags (`explicit`, `inferred`, `overall`). */
  readonly tier: string;
  readonly correct: number;
  readonly flags: number;
  readonly precision: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
}

/**
 * Labelled precision with its 95% Wilson interval per sample and tier, with the targets as
 * vertical rules (points without flags are left out).
 *
 * @example Two points and two targets
 * ```ts
 * import { precisionChartSpec } from "./corpus.ts";
 * import { assertEquals } from "@std/assert";
 * const spec = precisionChartSpec([
 *   { sample: "evaluation", tier: "explicit", correct: 86, flags: 91, precision: 0.945, lower: 0.878, upper: 0.976 },
 *   { sample: "evaluation", tier: "inferred", correct: 0, flags: 0, precision: null, lower: null, upper: null },
 * ], { overall: 0.9, explicit: 0.97 });
 * assertEquals(((spec as { layer: unknown[] }).layer).length, 4);
 * ```
 */
export function precisionChartSpec(
  points: readonly PrecisionPoint[],
  targets: Readonly<Record<string, number>>,
): VegaLiteSpec {
  const values = points.filter((p) => p.precision !== null).map((p) => ({
    ...p,
    row: `${p.sample}: ${p.tier}`,
    label: `${p.correct}/${p.flags}`,
  }));
  const rules = Object.entries(targets).map(([tier, target]) => ({
    target,
    label: `target ${tier} ${target}`,
  }));
  const y = {
    field: "row",
    type: "nominal",
    title: null,
    sort: values.map((v) => v.row),
    axis: { labelLimit: 320 },
  };
  const x = {
    type: "quantitative",
    title: "precision (true flags / flags), 95% Wilson interval",
    scale: { domain: [0.6, 1] },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: "Precision of the discrepancy flags by hand labels",
    width: 380,
    height: { step: 26 } as unknown as number,
    layer: [
      {
        data: { values: rules },
        mark: { type: "rule", strokeDash: [4, 3], color: "#cf222e" },
        encoding: { x: { field: "target", ...x } as never },
      },
      {
        data: { values },
        mark: { type: "rule", color: "#57606a" },
        encoding: {
          y: y as never,
          x: { field: "lower", ...x } as never,
          x2: { field: "upper" },
        },
      },
      {
        data: { values },
        mark: { type: "point", filled: true, size: 60 },
        encoding: {
          y: y as never,
          x: { field: "precision", ...x } as never,
          color: {
            field: "tier",
            type: "nominal",
            scale: {
              domain: ["explicit", "inferred", "overall"],
              range: [TIER_COLOURS.explicit, TIER_COLOURS.inferred, "#1f2328"],
            },
            legend: { orient: "bottom" },
          },
        },
      },
      {
        data: { values },
        mark: { type: "text", align: "left", dx: 8, dy: -8, fontSize: 10 },
        encoding: {
          y: y as never,
          x: { field: "precision", ...x } as never,
          text: { field: "label" },
        },
      },
    ],
  };
}
