/**
 * Charts in notebooks: one MIME bundle holding the vega-lite spec
 * (`application/vnd.vegalite.v5+json`, interactive in JupyterLab and VS Code) and a static SVG
 * rendered from the same spec (`image/svg+xml`, what nbconvert's HTML export, GitHub and
 * nbviewer show), plus a one-line `text/plain` description for terminals and text diffs.
 *
 * Reference: Satyanarayan, A., D. Moritz, K. Wongsuphasawat, and J. Heer. 2017. "Vega-Lite: A
 * Grammar of Interactive Graphics." IEEE Transactions on Visualization and Computer Graphics
 * 23 (1): 341–350. doi:10.1109/TVCG.2016.2599030
 *
 * @module
 */

import type { VegaLiteSpec } from "../charts/schema.ts";
import { type Displayable, JUPYTER_DISPLAY, type MimeBundle, mimeBundle } from "./bundle.ts";

/** A chart that displays itself in Jupyter (see {@linkcode chart}). */
export interface ChartDisplay extends Displayable {
  /** The vega-lite spec, untouched. */
  readonly spec: VegaLiteSpec;
  /** Renders the bundle (SVG included) on first call; later calls return the same promise. */
  [JUPYTER_DISPLAY](): Promise<MimeBundle>;
  /** The `text/plain` line. */
  toString(): string;
}

/**
 * The `text/plain` line of a chart: its title (or description) and its mark, e.g.
 * `[chart] Forest plot of CR rates (point)`.
 *
 * @example
 * ```ts
 * import { chartText } from "./chart.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(chartText({ title: "Power", mark: "line", data: { values: [] } }), "[chart] Power (line)");
 * ```
 */
export function chartText(spec: VegaLiteSpec): string {
  const s = spec as unknown as Record<string, unknown>;
  const title = s.title;
  const titleText = typeof title === "string"
    ? title
    : typeof title === "object" && title !== null && "text" in title
    ? [(title as { text: unknown }).text].flat().join(" ")
    : typeof s.description === "string"
    ? s.description
    : "untitled";
  const mark = s.mark;
  const markText = typeof mark === "string"
    ? mark
    : typeof mark === "object" && mark !== null && "type" in mark
    ? String((mark as { type: unknown }).type)
    : Array.isArray(s.layer)
    ? "layered"
    : ["hconcat", "vconcat", "concat", "facet", "repeat"].find((k) => k in s) ?? "composite";
  return `[chart] ${titleText} (${markText})`;
}

/**
 * Renders a vega-lite spec into a MIME bundle with the spec itself, its SVG and a text line.
 *
 * @example A two-point line chart
 * ```ts
 * import { chartBundle } from "./chart.ts";
 * import { VEGA_LITE_SCHEMA } from "../charts/schema.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const spec = {
 *   $schema: VEGA_LITE_SCHEMA,
 *   title: "Rejection probability",
 *   data: { values: [{ p: 0.6, reject: 0.1 }, { p: 0.8, reject: 0.8 }] },
 *   mark: "line" as const,
 *   encoding: {
 *     x: { field: "p", type: "quantitative" as const },
 *     y: { field: "reject", type: "quantitative" as const },
 *   },
 * };
 * const bundle = await chartBundle(spec);
 * assertEquals(bundle["application/vnd.vegalite.v5+json"], spec);
 * assertStringIncludes(String(bundle["image/svg+xml"]), "<svg");
 * assertEquals(bundle["text/plain"], "[chart] Rejection probability (line)");
 * ```
 */
export async function chartBundle(spec: VegaLiteSpec): Promise<MimeBundle> {
  if (typeof spec !== "object" || spec === null) {
    throw new TypeError(
      `\`spec\` must be a vega-lite spec object, got ${spec === null ? "null" : typeof spec}`,
    );
  }
  // vega and vega-lite take ~0.3 s to load: only when a chart is first rendered.
  const { renderSvg } = await import("../charts/render.ts");
  return mimeBundle({ vegaLite: spec, svg: await renderSvg(spec), text: chartText(spec) });
}

/**
 * A chart that displays itself in Jupyter: end a cell with `chart(spec)`. The SVG is rendered
 * when the kernel asks for it (the display method is async), and only once.
 *
 * @example
 * ```ts
 * import { chart } from "./chart.ts";
 * import { JUPYTER_DISPLAY } from "../display/bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = chart({
 *   data: { values: [{ a: 1 }] },
 *   mark: "point",
 *   encoding: { x: { field: "a", type: "quantitative" } },
 * });
 * assertStringIncludes(String((await shown[JUPYTER_DISPLAY]())["image/svg+xml"]), "<svg");
 * ```
 */
export function chart(spec: VegaLiteSpec): ChartDisplay {
  if (typeof spec !== "object" || spec === null) {
    throw new TypeError(
      `\`spec\` must be a vega-lite spec object, got ${spec === null ? "null" : typeof spec}`,
    );
  }
  let rendered: Promise<MimeBundle> | undefined;
  return Object.freeze({
    spec,
    [JUPYTER_DISPLAY]: () => (rendered ??= chartBundle(spec)),
    toString: () => chartText(spec),
  });
}

/** One chart of a {@linkcode chartGallery}: its spec and caption. */
export interface GalleryItem {
  readonly title: string;
  readonly spec: VegaLiteSpec;
}

/**
 * Several charts in one cell (as many as the data allow, which a notebook cannot know in
 * advance): each rendered to SVG, shown as an image with its caption. The images are data URIs,
 * which nbconvert's HTML export keeps (it strips inline SVG). The text is one line per chart.
 *
 * @example Two charts
 * ```ts
 * import { chartGallery } from "./chart.ts";
 * import { JUPYTER_DISPLAY } from "../display/bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const spec = { data: { values: [{ a: 1 }] }, mark: "point" as const,
 *   encoding: { x: { field: "a", type: "quantitative" as const } } };
 * const shown = chartGallery([{ title: "one", spec }, { title: "two", spec }]);
 * const bundle = await shown[JUPYTER_DISPLAY]();
 * assertStringIncludes(String(bundle["text/html"]), "<figcaption>two</figcaption>");
 * ```
 */
export function chartGallery(items: readonly GalleryItem[]): Displayable & {
  [JUPYTER_DISPLAY](): Promise<MimeBundle>;
  toString(): string;
} {
  if (!Array.isArray(items as unknown)) {
    throw new TypeError(`\`items\` must be an array, got ${typeof items}`);
  }
  const text = items.length === 0
    ? "(no charts)"
    : items.map((item) => `${chartText(item.spec)}: ${item.title}`).join("\n");
  let rendered: Promise<MimeBundle> | undefined;
  const escape = (s: string) =>
    s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  const render = async (): Promise<MimeBundle> => {
    const { renderSvg } = await import("../charts/render.ts");
    const figures: string[] = [];
    for (const item of items) {
      const svg = await renderSvg(item.spec);
      let binary = "";
      for (const byte of new TextEncoder().encode(svg)) binary += String.fromCharCode(byte);
      const uri = `data:image/svg+xml;base64,${btoa(binary)}`;
      figures.push(
        `<figure style="margin:1em 0"><img src="${uri}" alt="${escape(item.title)}">` +
          `<figcaption>${escape(item.title)}</figcaption></figure>`,
      );
    }
    return mimeBundle({ html: figures.join("\n") || "<p>(no charts)</p>", text });
  };
  return Object.freeze({
    [JUPYTER_DISPLAY]: () => (rendered ??= render()),
    toString: () => text,
  });
}
