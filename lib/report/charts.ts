/**
 * Charts for the `--html` report, rendered to SVG and chosen by the data alone — no paper is
 * known by name:
 *
 * - claims by status, per paper (always);
 * - a range/dot chart of every summary table (median, minimum, maximum) a paper transcribes
 *   (`lib/summaries/`);
 * - the operating characteristics of the Simon designs for every set of targets (p0, p1, α,
 *   power) a `simon-design` claim states;
 * - a forest plot of every group of poolable results in a paper's `trials.csv`
 *   (`lib/report/pooled_groups.ts`).
 *
 * This is the only module of the report that loads vega, and it does so with dynamic
 * `import()`s, so the text and JSON paths of `deno task reproduce` never pay for it.
 *
 * @module
 */

import { CHECK_STATUSES, type CheckStatus } from "../checks/result.ts";
import type { LedgerEntry, PaperData } from "../ledger/claims.ts";
import type { LedgerReport } from "../ledger/findings.ts";
import { numberArg, resolveArgs } from "../ledger/load.ts";
import { STATUS_COLOURS, type VegaLiteSpec } from "../charts/schema.ts";
import type { RenderedChart } from "./html.ts";

/**
 * A stacked bar chart of claim statuses per paper (vega-lite v5), papers in the order given.
 *
 * @example No entries, no bars
 * ```ts
 * import { statusChartSpec } from "./charts.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(statusChartSpec([]).mark, "bar");
 * ```
 */
export function statusChartSpec(
  entries: readonly LedgerEntry[],
  papers: readonly string[] = [...new Set(entries.map((e) => e.result.paper))],
): VegaLiteSpec & { mark: "bar" } {
  const counts = new Map<string, number>();
  for (const { result } of entries) {
    const key = `${result.paper}\u0000${result.status}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const values = [...counts].map(([key, claims]) => {
    const [paper, status] = key.split("\u0000");
    return { paper, status, claims, order: CHECK_STATUSES.indexOf(status as CheckStatus) };
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width: 480,
    height: { step: 28 } as unknown as number,
    data: { values },
    mark: "bar",
    encoding: {
      y: { field: "paper", type: "nominal", title: null, sort: [...papers] },
      x: { field: "claims", type: "quantitative", title: "claims" },
      color: {
        field: "status",
        type: "nominal",
        scale: { domain: [...CHECK_STATUSES], range: CHECK_STATUSES.map((s) => STATUS_COLOURS[s]) },
        legend: { orient: "bottom", columns: 3 },
      },
      order: { field: "order" },
    },
  };
}

/** The Simon targets stated by a paper's `simon-design` claims, each once. */
export function simonTargets(
  paper: PaperData,
): { p0: number; p1: number; alpha: number; beta: number }[] {
  const byId = new Map(paper.claims.map((c) => [c.id, c]));
  const seen = new Map<string, { p0: number; p1: number; alpha: number; beta: number }>();
  for (const claim of paper.claims) {
    if (claim.check !== "simon-design") continue;
    const args = resolveArgs(claim, byId);
    const t = {
      p0: numberArg(claim, args, "p0")!,
      p1: numberArg(claim, args, "p1")!,
      alpha: numberArg(claim, args, "alpha")!,
      beta: Number((1 - numberArg(claim, args, "power")!).toPrecision(12)),
    };
    seen.set(`${t.p0}|${t.p1}|${t.alpha}|${t.beta}`, t);
  }
  return [...seen.values()];
}

/** A chart the data allow, as a vega-lite spec with its caption and paper. */
export interface ReportChartSpec {
  /** The paper it belongs to; absent for the overview. */
  readonly paper?: string;
  /** The caption: what is drawn, from which file, with which method. */
  readonly title: string;
  readonly spec: VegaLiteSpec;
}

async function simonSpecs(paper: PaperData): Promise<ReportChartSpec[]> {
  const targets = simonTargets(paper);
  if (targets.length === 0) return [];
  const [oc, simon] = await Promise.all([
    import("../charts/operating_characteristics.ts"),
    import("../stats/simon_designs.ts"),
  ]);
  return targets.map((t) => {
    const { optimal, minimax } = simon.simonDesigns(t);
    const label = (name: string, d: { r1: number; n1: number; r: number; n: number }) =>
      `${name} ${d.r1}/${d.n1}, ${d.r}/${d.n}`;
    const designs = [{ label: label("Minimax", minimax), design: minimax }];
    if (optimal.n1 !== minimax.n1 || optimal.n !== minimax.n || optimal.r !== minimax.r) {
      designs.push({ label: label("Optimal", optimal), design: optimal });
    }
    return {
      paper: paper.meta.id,
      title: `${paper.meta.short}: operating characteristics of the Simon two-stage designs ` +
        `for the stated targets p0 = ${t.p0}, p1 = ${t.p1}, α = ${t.alpha}, power ` +
        `${Number((1 - t.beta).toPrecision(12))} (probability of declaring the treatment ` +
        "promising, and of stopping after stage 1, against the true response rate).",
      spec: oc.operatingCharacteristicsSpec(designs, {
        p0: t.p0,
        p1: t.p1,
        title: `${paper.meta.short}: Simon designs for the stated targets`,
      }),
    };
  });
}

async function summarySpecs(paper: PaperData): Promise<ReportChartSpec[]> {
  const [{ summaryTables }, { summaryTableSpec }] = await Promise.all([
    import("../summaries/mod.ts"),
    import("../charts/summary_table.ts"),
  ]);
  return summaryTables(paper.tables).flatMap((table) =>
    summaryTableSpec(table).map((spec) => ({
      paper: paper.meta.id,
      title: `${paper.meta.short}, ${table.file}: ${
        (spec as { title?: { text?: string } }).title?.text ?? "summary table"
      }`,
      spec,
    }))
  );
}

async function forestSpecs(paper: PaperData): Promise<ReportChartSpec[]> {
  const file = `${paper.dir}/trials.csv`;
  try {
    await Deno.stat(file);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  const [{ loadTrials }, { metaProportions }, { forestSpec }, { poolableGroups }] = await Promise
    .all([
      import("../trials/trials.ts"),
      import("../stats/meta_proportions.ts"),
      import("../charts/forest.ts"),
      import("./pooled_groups.ts"),
    ]);
  const rows = await loadTrials(file);
  return poolableGroups(rows).map((group) => {
    const fit = metaProportions(group.studies, { transform: "logit", tau2: "REML" });
    const notes = group.rows.filter((r) => r.note !== "").map((r) => `${r.study}: ${r.note}`);
    return {
      paper: paper.meta.id,
      title: `${paper.meta.short} (trials.csv): ${group.title}. Random-effects (REML) pooling ` +
        `on the logit scale of the ${fit.k} studies with counts for this agent, endpoint and ` +
        "population" +
        (fit.k < 5
          ? `; with ${fit.k} studies τ² is barely estimable, so the diamond summarises these ` +
            "trials rather than predicting a new one"
          : "") +
        "." + (notes.length > 0 ? ` Row notes: ${notes.join("; ")}.` : ""),
      spec: forestSpec(fit, {
        title: `${group.agent}: ${group.endpoint} (${group.population})`,
        axisTitle: `${group.endpoint} (%)`,
        sort: "as-given",
      }),
    };
  });
}

/**
 * The charts a report's data allow, as vega-lite specs: the status chart, then, paper by
 * paper, a range/dot chart per summary table, the operating characteristics of the Simon
 * designs its `simon-design` claims state, and a forest plot per poolable group of its
 * `trials.csv`. Building specs loads no vega (a notebook shows them interactively).
 *
 * @example The status chart alone (no papers' data)
 * ```ts
 * import { reportChartSpecs } from "./charts.ts";
 * import { assertEquals } from "@std/assert";
 * const specs = await reportChartSpecs({ papers: [], entries: [], findings: [] }, []);
 * assertEquals(specs.map((s) => s.title), ["Claims by status and paper"]);
 * ```
 */
export async function reportChartSpecs(
  report: LedgerReport,
  papers: readonly PaperData[],
): Promise<ReportChartSpec[]> {
  const specs: ReportChartSpec[] = [{
    title: "Claims by status and paper",
    spec: statusChartSpec(report.entries, report.papers.map((p) => p.id)),
  }];
  for (const paper of papers) {
    specs.push(
      ...await summarySpecs(paper),
      ...await simonSpecs(paper),
      ...await forestSpecs(paper),
    );
  }
  return specs;
}

/**
 * Renders the report's charts ({@linkcode reportChartSpecs}) to SVG. vega is imported here,
 * dynamically, so that only `--html` loads it.
 *
 * @example The status chart alone
 * ```ts
 * import { renderCharts } from "./charts.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const charts = await renderCharts({ papers: [], entries: [], findings: [] }, []);
 * assertStringIncludes(charts[0]!.svg, "<svg");
 * ```
 */
export async function renderCharts(
  report: LedgerReport,
  papers: readonly PaperData[],
): Promise<RenderedChart[]> {
  const { renderSvg } = await import("../charts/render.ts");
  const charts: RenderedChart[] = [];
  for (const { paper, title, spec } of await reportChartSpecs(report, papers)) {
    charts.push({ ...(paper === undefined ? {} : { paper }), title, svg: await renderSvg(spec) });
  }
  return charts;
}
