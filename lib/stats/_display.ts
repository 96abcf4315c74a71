/**
 * Jupyter rich display for the numerical core's results. Deno's Jupyter kernel shows an object
 * through its `[Symbol.for("Jupyter.display")]` method; like `toJSON`, that method belongs to
 * the result type, so the core attaches it where a result is made. It is non-enumerable and
 * the same function for every result, so JSON output, `Object.keys` and equality of results
 * are unchanged. The rendering itself is pure string formatting (`lib/display/record.ts`: a
 * field/value table as HTML and text); no I/O and no npm package is involved.
 *
 * @module
 */
import { recordBundle } from "../display/record.ts";
import type { MimeBundle } from "../display/bundle.ts";

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");
const titles = new WeakMap<object, string>();

function display(this: object): MimeBundle {
  return recordBundle(this, { title: titles.get(this) ?? "" });
}

/**
 * Gives `result` a Jupyter display method showing it as a titled field/value table, and
 * returns it (call before `Object.freeze`).
 *
 * @example
 * ```ts
 * import { displayAs } from "./_display.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const shown = displayAs("Interval", { lower: 0, upper: 0.2316 });
 * const show = (shown as unknown as Record<symbol, () => Record<string, string>>)[
 *   Symbol.for("Jupyter.display")
 * ]!;
 * assertStringIncludes(show.call(shown)["text/html"]!, "<caption>Interval</caption>");
 * assertEquals(JSON.stringify(shown), '{"lower":0,"upper":0.2316}');
 * ```
 */
export function displayAs<T extends object>(title: string, result: T): T {
  titles.set(result, title);
  Object.defineProperty(result, JUPYTER_DISPLAY, { value: display, enumerable: false });
  return result;
}
