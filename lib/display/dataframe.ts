/**
 * danfojs DataFrames shown as HTML tables in Jupyter. danfojs's own display targets the
 * browser console and prints plain text in the Deno kernel; this renders the frame through the
 * project's table helpers instead.
 *
 * This file imports danfojs (about 0.7 s): it is deliberately NOT re-exported from `lib/mod.ts`.
 * Import it directly in a notebook: `import { showFrame } from "../lib/display/dataframe.ts";`.
 *
 * @module
 */

import type { DataFrame } from "danfojs";
import type { DisplayedValue } from "./bundle.ts";
import { table, type TableOptions } from "./table.ts";

/** Options of {@linkcode showFrame}. */
export interface FrameOptions extends TableOptions {
  /** Show at most this many rows (the caption then says how many were left out); default 50. */
  readonly maxRows?: number;
}

/**
 * A danfojs DataFrame as a table that displays as HTML in Jupyter (aligned text elsewhere),
 * with its index as the first column. The frame is kept as `.value` rows, not copied back.
 *
 * @example A two-row frame
 * ```ts
 * import { DataFrame } from "danfojs";
 * import { showFrame } from "./dataframe.ts";
 * import { JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const df = new DataFrame({ arm: ["isatuximab", "placebo"], n: [14, 0] });
 * const html = String(showFrame(df)[JUPYTER_DISPLAY]()["text/html"]);
 * assertStringIncludes(html, "<td style=\"text-align:left\">isatuximab</td>");
 * ```
 */
export function showFrame(
  frame: DataFrame,
  options: FrameOptions = {},
): DisplayedValue<readonly Record<string, unknown>[]> {
  if (typeof frame !== "object" || frame === null || !Array.isArray(frame.columns)) {
    throw new TypeError("`frame` must be a danfojs DataFrame");
  }
  const maxRows = options.maxRows ?? 50;
  if (!Number.isInteger(maxRows) || maxRows < 1) {
    throw new RangeError(`\`options.maxRows\` must be an integer ≥ 1, got ${maxRows}`);
  }
  const columns = frame.columns.map(String);
  const index = frame.index as readonly (string | number)[];
  const values = frame.values as readonly (readonly unknown[])[];
  const shown = values.slice(0, maxRows);
  const indexKey = columns.includes("index") ? "(index)" : "index";
  const rows = shown.map((row, i) => {
    const out: Record<string, unknown> = { [indexKey]: index[i] };
    columns.forEach((c, j) => (out[c] = row[j]));
    return out;
  });
  const omitted = values.length - shown.length;
  const note = omitted > 0 ? `${omitted} more row${omitted === 1 ? "" : "s"} not shown` : undefined;
  const caption = [options.caption, note].filter((s) => s !== undefined).join(" — ");
  return table(rows, [indexKey, ...columns], caption === "" ? {} : { caption });
}
