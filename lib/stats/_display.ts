/**
 * How the numerical core's results take part in Jupyter rich display without the core knowing
 * anything about presentation. Deno's Jupyter kernel shows an object through its
 * `[Symbol.for("Jupyter.display")]` method; the core gives each result such a method (and a
 * title), and the method asks whatever renderer the presentation layer has registered
 * (`lib/display/` registers a field/value table when it loads). With none registered — a script
 * that never imports presentation — the result shows as its JSON.
 *
 * The method is non-enumerable and the same function for every result, so JSON output,
 * `Object.keys` and equality of results are unchanged. Data flows one way: presentation
 * imports the core, never the reverse.
 *
 * @module
 */

const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");
// One registry per process, even if this module is loaded twice (two import specifiers).
const REGISTRY = Symbol.for("rederive.resultRenderer");
const titles = new WeakMap<object, string>();

/** A MIME bundle: MIME type → content (`text/plain`, `text/html`, …). */
export type ResultBundle = Record<string, unknown>;

/** Renders a titled core result as a MIME bundle. */
export type ResultRenderer = (result: object, title: string) => ResultBundle;

type Registry = { [REGISTRY]?: ResultRenderer };

/**
 * Registers how core results display (the presentation layer calls this once, on load).
 *
 * @example A renderer that shows the title only
 * ```ts
 * import { displayAs, setResultRenderer } from "./_display.ts";
 * import { assertEquals } from "@std/assert";
 * const before = (globalThis as Record<symbol, unknown>)[Symbol.for("rederive.resultRenderer")];
 * setResultRenderer((_, title) => ({ "text/plain": title }));
 * const shown = displayAs("Interval", { lower: 0 }) as unknown as Record<symbol, () => unknown>;
 * assertEquals(shown[Symbol.for("Jupyter.display")]!(), { "text/plain": "Interval" });
 * (globalThis as Record<symbol, unknown>)[Symbol.for("rederive.resultRenderer")] = before;
 * ```
 */
export function setResultRenderer(renderer: ResultRenderer): void {
  (globalThis as Registry)[REGISTRY] = renderer;
}

function display(this: object): ResultBundle {
  const renderer = (globalThis as Registry)[REGISTRY];
  const title = titles.get(this) ?? "";
  if (renderer !== undefined) return renderer(this, title);
  return { "text/plain": `${title === "" ? "" : `${title}\n`}${JSON.stringify(this, null, 2)}` };
}

/**
 * Gives `result` a Jupyter display method and a title, and returns it (call before
 * `Object.freeze`).
 *
 * @example JSON is unchanged; without a renderer the display is the JSON
 * ```ts
 * import { displayAs } from "./_display.ts";
 * import { assertEquals } from "@std/assert";
 * const shown = displayAs("Interval", { lower: 0, upper: 0.2316 });
 * assertEquals(JSON.stringify(shown), '{"lower":0,"upper":0.2316}');
 * ```
 */
export function displayAs<T extends object>(title: string, result: T): T {
  titles.set(result, title);
  Object.defineProperty(result, JUPYTER_DISPLAY, { value: display, enumerable: false });
  return result;
}
