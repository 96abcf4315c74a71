/**
 * The vega-lite version this project emits, without loading vega: chart builders import their
 * types and schema URL from here, so that building a spec stays cheap (rendering it to SVG
 * with `render.ts` loads vega, ~0.3 s).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import type { CheckStatus } from "../checks/result.ts";

/** A vega-lite top-level specification (as built by this project's chart functions). */
export type VegaLiteSpec = TopLevelSpec;

/** Schema URL of the vega-lite major version this project emits (matches the v5 MIME type). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/**
 * One colour per check status, shared by every chart that colours by status (red for a
 * discrepancy, violet for a possible conversion artefact, amber for what the paper explains,
 * greens for what holds, grey for what cannot be checked).
 */
export const STATUS_COLOURS: Readonly<Record<CheckStatus, string>> = {
  "discrepancy": "#cf222e",
  "artefact": "#8250df",
  "explained": "#bf8700",
  "consistent": "#8fd19e",
  "reproduced": "#2da44e",
  "not-derivable": "#8c959f",
};
