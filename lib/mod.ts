/**
 * Re-deriving the published statistics of clinical trials: confidence intervals, two-group
 * tests and comparisons, Simon two-stage designs, summaries from medians and ranges,
 * meta-analysis, and the audit of a paper's printed numbers — by a hand-written claims ledger
 * (any paper folder under `data/`) or automatically from the paper's text.
 *
 * Layers, in this order below; data flows down only:
 * 1. **numerical core** (`lib/stats/`): pure functions, no I/O, no danfojs, no presentation;
 * 2. **checks and extraction** (`lib/checks/`, the claims ledger `lib/ledger/`, the text
 *    extractor `lib/extract/` and automatic audit `lib/audit/`, and the loaders of paper data:
 *    `lib/data/`, `lib/summaries/`, `lib/trials/`). Papers are data (`data/<paper>/`): the
 *    engine knows none by name. Code that serves only the two worked examples lives in
 *    `lib/papers/<paper>/` and is used by their notebooks; it is not exported here;
 * 3. **presentation** (chart specs, reports, Jupyter display). Chart builders here return
 *    vega-lite specs; vega itself loads only when an SVG is rendered (`./render`), and the
 *    danfojs adapter (`lib/display/dataframe.ts`) is not exported here, so importing this
 *    module stays fast (~0.1 s).
 *
 * @example Boissel 2022, Table 2: no responder among 14, "0 (0.0%–23.2%)"
 * ```ts
 * import { binomialCI, identifyCiMethod } from "./mod.ts";
 * import { assert, assertEquals } from "@std/assert";
 * const ci = binomialCI(0, 14, { method: "clopper-pearson" });
 * assertEquals((ci.upper * 100).toFixed(1), "23.2");
 * const found = identifyCiMethod(0, 14, { lower: "0.0", upper: "23.2", scale: "percent" });
 * assert(found.matches.includes("clopper-pearson"));
 * ```
 *
 * @module
 */

// -- 1. numerical core ------------------------------------------------------------------------
export * from "./stats/distributions.ts";
// one-sample proportions
export * from "./stats/binomial_ci.ts";
export * from "./stats/binomial_test.ts";
export * from "./stats/identify_ci_method.ts";
export * from "./stats/beta_posterior.ts";
// two-arm comparisons
export * from "./stats/compare_proportions.ts";
export * from "./stats/fisher_exact.ts";
export * from "./stats/chi_square_test.ts";
export * from "./stats/ratio_from_ci.ts";
export * from "./stats/identify_comparison_method.ts";
export * from "./stats/two_proportion_z_test.ts";
export * from "./stats/barnard_test.ts";
export * from "./stats/boschloo_test.ts";
export * from "./stats/printed_p_value.ts";
export * from "./stats/identify_test.ts";
// paired and stratified 2×2 tables
export * from "./stats/mcnemar.ts";
export * from "./stats/paired_difference.ts";
export * from "./stats/mantel_haenszel.ts";
// Simon two-stage designs
export * from "./stats/simon_designs.ts";
export * from "./stats/two_stage_characteristics.ts";
export * from "./stats/two_stage_inference.ts";
// summaries from reported statistics
export * from "./stats/estimate_mean_sd.ts";
export * from "./stats/median_constraints.ts";
export * from "./stats/skewed_summaries.ts";
// meta-analysis
export * from "./stats/meta_proportions.ts";
export * from "./stats/meta_subgroups.ts";
export * from "./stats/meta_two_arm.ts";

// -- 2. checks, extraction and papers as data ---------------------------------------------------
export * from "./data/csv.ts";
export * from "./checks/mod.ts";
export * from "./ledger/mod.ts";
export * from "./extract/mod.ts";
export * from "./audit/mod.ts";
export * from "./trials/trials.ts";
export * from "./summaries/mod.ts";

// -- 3. presentation --------------------------------------------------------------------------
export * from "./charts/schema.ts";
export * from "./charts/summary_table.ts";
export * from "./charts/forest.ts";
export * from "./charts/operating_characteristics.ts";
export * from "./charts/corpus.ts";
export * from "./report/summary.ts";
export { citationLine, paperHeading, type TextOptions, toText } from "./report/text.ts";
export * from "./report/json.ts";
// The HTML report's building blocks (its table, badges, style) stay internal to the reports.
export { escapeHtml, type RenderedChart, toHtml } from "./report/html.ts";
export * from "./report/pooled_groups.ts";
export * from "./display/mod.ts";
