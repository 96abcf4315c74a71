/**
 * Presentation in Jupyter: MIME bundles, tables, printed-versus-re-derived comparisons, charts
 * and markdown built from results. (danfojs frames: `./dataframe.ts`, not re-exported here.)
 *
 * @module
 */
export * from "./bundle.ts";
export * from "./chart.ts";
export * from "./comparison.ts";
export * from "./markdown.ts";
export * from "./record.ts";
export * from "./table.ts";
