/**
 * Static SVG rendering of vega-lite specs, headless (no browser, no canvas): vega-lite compiles
 * the spec to vega, and vega's `View.toSVG()` renders it. Used wherever a chart must also be
 * shown by static viewers (GitHub, nbviewer, HTML export, the `--html` report).
 *
 * @module
 */
// First: filters Node's punycode deprecation warning that vega's dependencies trigger on load.
import "./_quiet_punycode.ts";
import * as vegaLite from "vega-lite";
import * as vega from "vega";

import type { VegaLiteSpec } from "./schema.ts";

export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./schema.ts";

/** The smallest text an SVG chart carries, in CSS pixels (legible on paper and on a phone). */
export const MIN_FONT_PX = 11;

/** vega-lite's config keys whose font sizes default below {@linkcode MIN_FONT_PX}. */
const FONT_CONFIG: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  axis: { labelFontSize: MIN_FONT_PX, titleFontSize: MIN_FONT_PX + 1 },
  legend: { labelFontSize: MIN_FONT_PX, titleFontSize: MIN_FONT_PX + 1 },
  header: { labelFontSize: MIN_FONT_PX + 1, titleFontSize: MIN_FONT_PX + 1 },
  title: { fontSize: MIN_FONT_PX + 3, subtitleFontSize: MIN_FONT_PX },
  text: { fontSize: MIN_FONT_PX },
};

/** The spec with every configured font size at least the minimum (the spec's own if larger). */
function legible(spec: VegaLiteSpec): VegaLiteSpec {
  const config = { ...((spec as { config?: Record<string, unknown> }).config ?? {}) };
  for (const [key, sizes] of Object.entries(FONT_CONFIG)) {
    const own = (config[key] ?? {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...own };
    for (const [field, min] of Object.entries(sizes)) {
      const value = own[field];
      merged[field] = typeof value === "number" && value >= min ? value : min;
    }
    config[key] = merged;
  }
  return { ...spec, config } as VegaLiteSpec;
}

/**
 * Renders a vega-lite spec to a standalone SVG string. Text is at least
 * {@linkcode MIN_FONT_PX} px: axis, legend, header and title sizes are raised in the config,
 * and a smaller `font-size` a spec sets on a mark is raised in the SVG.
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
  const compiled = vegaLite.compile(legible(spec)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    return svg.replace(
      /font-size="(\d+(?:\.\d+)?)px"/g,
      (whole, size: string) => Number(size) < MIN_FONT_PX ? `font-size="${MIN_FONT_PX}px"` : whole,
    );
  } finally {
    view.finalize();
  }
}
