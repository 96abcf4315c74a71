/**
 * Static SVG rendering of vega-lite specs, headless (no browser, no canvas): vega-lite compiles
 * the spec to vega, and vega's `View.toSVG()` renders it. Used wherever a chart must also be
 * shown by static viewers (GitHub, nbviewer, HTML export, the `--html` report).
 *
 * @module
 */
import * as vegaLite from "vega-lite";
import * as vega from "vega";

import type { VegaLiteSpec } from "./schema.ts";

export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";

/**
 * Renders a vega-lite spec to a standalone SVG string.
 *
 * @example Render a two-point chart
 * ```ts
 * import { renderSvg, VEGA_LITE_SCHEMA } from "./render.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const svg = await renderSvg({
 *   $schema: VEGA_LITE_SCHEMA,
 *   data: { values: [{ a: 1, b: 2 }, { a: 2, b: 3 }] },
 *   mark: "point",
 *   encoding: { x: { field: "a", type: "quantitative" }, y: { field: "b", type: "quantitative" } },
 * });
 * assertStringIncludes(svg, "<svg");
 * ```
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const compiled = vegaLite.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
