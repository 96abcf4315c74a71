/**
 * Charts for the `--html` report, rendered to SVG. This is the only module of the report that
 * loads vega, and it does so with a dynamic `import()`, so the text and JSON paths of
 * `deno task reproduce` never pay for it.
 *
 * @module
 */

import { CHECK_STATUSES } from "../checks/result.ts";
import { type LedgerEntry, PAPERS } from "../ledger/claims.ts";
import type { VegaLiteSpec } from "../charts/render.ts";
import type { RenderedChart } from "./html.ts";

const COLOURS = { "reproduced": "#2da44e", "discrepancy": "#cf222e", "not-derivable": "#8c959f" };

/**
 * A stacked bar chart of claim statuses per paper (vega-lite v5).
 *
 * @example No entries, no bars
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
      y: { field: "paper", type: "nominal", title: null, sort: [...PAPERS] },
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

/** Options of {@linkcode renderCharts}. */
export interface ReportChartOptions {
  /**
   * Also draw the papers' own figures from the repository's `data/` (CD38 summaries of Boissel
   * Table 3; operating characteristics of the two Simon designs for Boissel's targets). Default
   * false; the CLI sets it when it audits the repository's `data/`.
   */
  readonly paperCharts?: boolean;
}

/**
 * Renders the report's charts to SVG. vega, the CD38 module and the chart builders are all
 * imported here, dynamically, so that only `--html` loads them.
 *
 * @example The status chart alone
 * ```ts
 * import { renderCharts } from "./charts.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const charts = await renderCharts([]);
 * assertStringIncludes(charts[0]!.svg, "<svg");
 * ```
 */
export async function renderCharts(
  entries: readonly LedgerEntry[],
  options: ReportChartOptions = {},
): Promise<RenderedChart[]> {
  const { renderSvg } = await import("../charts/render.ts");
  const charts: RenderedChart[] = [
    { title: "Claims by status and paper", svg: await renderSvg(statusChartSpec(entries)) },
  ];
  if (!options.paperCharts) return charts;
  const [{ loadBoisselCd38 }, { cd38DensitySpec, cd38PercentSpec }, oc, simon] = await Promise.all(
    [
      import("../papers/boissel_cd38.ts"),
      import("../charts/cd38.ts"),
      import("../charts/operating_characteristics.ts"),
      import("../stats/simon_designs.ts"),
    ],
  );
  const { resolved } = await loadBoisselCd38();
  const cells = resolved.map((c) => ({ ...c, notes: [...c.notes] }));
  charts.push(
    {
      title: "Boissel 2022, Table 3: CD38 receptor density at baseline (median and range; " +
        "bone-marrow median as the Results text prints it)",
      svg: await renderSvg(cd38DensitySpec(cells)),
    },
    {
      title: "Boissel 2022, Table 3: CD38 positivity and receptor occupancy (median and range)",
      svg: await renderSvg(cd38PercentSpec(cells)),
    },
  );
  const targets = { p0: 0.6, p1: 0.8, alpha: 0.1, beta: 0.2 }; // Boissel 2022, Methods
  const { optimal, minimax } = simon.simonDesigns(targets);
  const label = (name: string, d: { r1: number; n1: number; r: number; n: number }) =>
    `${name} ${d.r1}/${d.n1}, ${d.r}/${d.n}`;
  charts.push({
    title: "Boissel 2022, Methods: operating characteristics of the Simon designs for " +
      "p0 = 0.6, p1 = 0.8, α = 0.1, power 0.8 (the stated 11 / >6 / 24 design is the minimax one)",
    svg: await oc.operatingCharacteristicsSvg(
      [
        { label: label("Minimax", minimax), design: minimax },
        { label: label("Optimal", optimal), design: optimal },
      ],
      {
        p0: targets.p0,
        p1: targets.p1,
        title: "Boissel 2022: the two Simon designs for its targets",
      },
    ),
  });
  return charts;
}
