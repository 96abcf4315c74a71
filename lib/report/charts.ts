/**
 * Charts for the `--html` report, rendered to SVG: claims by status, and the papers' own figures
 * (Boissel's CD38 summaries and Simon designs, forest plots of Aureli's poolable response
 * rates). This is the only module of the report that loads vega, and it does so with a dynamic
 * `import()`, so the text and JSON paths of `deno task reproduce` never pay for it.
 *
 * @module
 */

import { CHECK_STATUSES } from "../checks/result.ts";
import { type LedgerEntry, type PaperId, PAPERS } from "../ledger/claims.ts";
import type { VegaLiteSpec } from "../charts/schema.ts";
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
   * The papers whose own figures to draw from the repository's `data/`: for Boissel 2022 the
   * CD38 summaries of Table 3 and the operating characteristics of the two Simon designs for
   * its targets; for Aureli 2023 a forest plot of each group of trials that share agent,
   * endpoint and population (see `lib/report/pooled_groups.ts`). Default none; the CLI names
   * the audited papers when it audits the repository's `data/`.
   */
  readonly papers?: readonly PaperId[];
}

/**
 * Renders the report's charts to SVG. vega, the CD38, trials and meta-analysis modules and the
 * chart builders are all imported here, dynamically, so that only `--html` loads them.
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
  const papers = options.papers ?? [];
  if (papers.includes("boissel-2022")) charts.push(...await boisselCharts());
  if (papers.includes("aureli-2023")) charts.push(...await aureliForests());
  return charts;
}

/** Boissel 2022: CD38 summaries (Table 3) and the Simon designs for its targets (Methods). */
async function boisselCharts(): Promise<RenderedChart[]> {
  const [{ renderSvg }, { loadBoisselCd38 }, { cd38DensitySpec, cd38PercentSpec }, oc, simon] =
    await Promise.all([
      import("../charts/render.ts"),
      import("../papers/boissel_cd38.ts"),
      import("../charts/cd38.ts"),
      import("../charts/operating_characteristics.ts"),
      import("../stats/simon_designs.ts"),
    ]);
  const { resolved } = await loadBoisselCd38();
  const cells = resolved.map((c) => ({ ...c, notes: [...c.notes] }));
  const charts: RenderedChart[] = [
    {
      title: "Boissel 2022, Table 3: CD38 receptor density at baseline (median and range; " +
        "bone-marrow median as the Results text prints it)",
      svg: await renderSvg(cd38DensitySpec(cells)),
    },
    {
      title: "Boissel 2022, Table 3: CD38 positivity and receptor occupancy (median and range)",
      svg: await renderSvg(cd38PercentSpec(cells)),
    },
  ];
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

/**
 * Aureli 2023: one forest plot per group of trials with counts that share agent, endpoint and
 * population — random-effects (REML) pooling on the logit scale, metafor's defaults.
 */
async function aureliForests(): Promise<RenderedChart[]> {
  const [{ loadTrials }, { metaProportions }, { forestSvg }, { poolableGroups }] = await Promise
    .all([
      import("../trials/trials.ts"),
      import("../stats/meta_proportions.ts"),
      import("../charts/forest.ts"),
      import("./pooled_groups.ts"),
    ]);
  const rows = await loadTrials(new URL("../../data/aureli-2023/trials.csv", import.meta.url));
  const charts: RenderedChart[] = [];
  for (const group of poolableGroups(rows)) {
    const fit = metaProportions(group.studies, { transform: "logit", tau2: "REML" });
    const notes = group.rows.filter((r) => r.note !== "").map((r) => `${r.study}: ${r.note}`);
    charts.push({
      title: `Aureli 2023 (trials.csv): ${group.title}. Random-effects (REML) pooling on the ` +
        `logit scale of the ${fit.k} studies the review reports with counts for this agent, ` +
        `endpoint and population` +
        (fit.k < 5
          ? `; with ${fit.k} studies τ² is barely estimable, so the diamond summarises these ` +
            `trials rather than predicting a new one`
          : "") +
        "." + (notes.length > 0 ? ` Row notes: ${notes.join("; ")}.` : ""),
      svg: await forestSvg(fit, {
        title: `${group.agent}: ${group.endpoint} (${group.population})`,
        axisTitle: `${group.endpoint} (%)`,
        sort: "as-given",
      }),
    });
  }
  return charts;
}
