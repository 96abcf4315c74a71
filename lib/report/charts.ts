/**
 * Charts for the `--html` report, rendered to SVG. This is the only module of the report that
 * loads vega, and it does so with a dynamic `import()`, so the text and JSON paths of
 * `deno task reproduce` never pay for it.
 *
 * @module
 */

import { CHECK_STATUSES } from "../checks/result.ts";
import type { LedgerEntry } from "../ledger/claims.ts";
import type { VegaLiteSpec } from "../charts/render.ts";
import type { RenderedChart } from "./html.ts";

const COLOURS = { "reproduced": "#2da44e", "discrepancy": "#cf222e", "not-derivable": "#8c959f" };

/**
 * A stacked bar chart of claim statuses per paper (vega-lite v5).
 *
 * @example
 * ```ts
 * import { statusChartSpec } from "./charts.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(statusChartSpec([]).mark, "bar");
 * ```
 */
export function statusChartSpec(entries: readonly LedgerEntry[]): VegaLiteSpec & { mark: "bar" } {
  const counts = new Map<string, number>();
  for (const { result } of entries) {
    const key = `${result.paper}\u0000${result.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const values = [...counts].map(([key, claims]) => {
    const [paper, status] = key.split("\u0000");
    return { paper, status, claims, order: CHECK_STATUSES.indexOf(status as never) };
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: 480,
    height: 90,
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "paper", type: "nominal", title: null },
      x: { field: "claims", type: "quantitative", title: "claims" },
      color: {
        field: "status",
        type: "nominal",
        scale: { domain: [...CHECK_STATUSES], range: CHECK_STATUSES.map((s) => COLOURS[s]) },
      },
      order: { field: "order" },
    },
  };
}

/**
 * Renders the report's charts to SVG (vega is imported here, dynamically).
 *
 * @example
 * ```ts
 * import { renderCharts } from "./charts.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const charts = await renderCharts([]);
 * assertStringIncludes(charts[0]!.svg, "<svg");
 * ```
 */
export async function renderCharts(entries: readonly LedgerEntry[]): Promise<RenderedChart[]> {
  const { renderSvg } = await import("../charts/render.ts");
  return [{ title: "Claims by status and paper", svg: await renderSvg(statusChartSpec(entries)) }];
}
