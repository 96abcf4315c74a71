/**
 * The vega-lite version this project emits, without loading vega: chart builders import their
 * types and schema URL from here, so that building a spec stays cheap (rendering it to SVG
 * with `render.ts` loads vega, ~0.3 s).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";

/** A vega-lite top-level specification (as built by this project's chart functions). */
export type VegaLiteSpec = TopLevelSpec;

/** Schema URL of the vega-lite major version this project emits (matches the v5 MIME type). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";
