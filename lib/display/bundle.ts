/**
 * Rich display in Jupyter through the Deno kernel's protocol: a value shows itself as rich
 * output when it has a method under `Symbol.for("Jupyter.display")` (the symbol that the
 * kernel exposes as `Deno.jupyter.$display`). The method returns a MIME bundle, an object
 * from MIME type to content, or a promise of one; the kernel awaits it and the front end picks
 * the richest type it can render. JupyterLab and VS Code render vega-lite specs; nbconvert's
 * HTML export (and so GitHub-like static viewers) ignores them and takes HTML, then SVG, then
 * markdown, then plain text — which is why a chart's bundle carries an SVG and no HTML.
 *
 * Nothing here needs the kernel: the symbol is global (`Symbol.for`), so result types can carry
 * the method in plain `deno run`, in tests and in the CLI, where it is simply never called.
 *
 * Reference: Deno manual, "Jupyter Kernel for Deno" and API `Deno.jupyter.Displayable`
 * (`[$display](): MediaBundle | Promise<MediaBundle>`), https://docs.deno.com/runtime/reference/cli/jupyter/
 *
 * @module
 */

/** The symbol under which the Deno Jupyter kernel looks for a display method. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

/**
 * A MIME bundle: MIME type → content. Text types are strings; JSON types
 * (`application/json`, `application/vnd.vegalite.v5+json`) are JSON-serialisable values.
 */
export type MimeBundle = { readonly [mimeType: string]: unknown };

/** A value that the Deno Jupyter kernel renders through its display method. */
export interface Displayable {
  /** Returns the MIME bundle to show (the kernel awaits a promise). */
  [JUPYTER_DISPLAY](): MimeBundle | Promise<MimeBundle>;
}

/** Representations given to {@linkcode displayable}; `text` is required (every viewer has it). */
export interface DisplayParts {
  /** `text/plain`: what terminals, `console.log` and text diffs show. */
  readonly text: string;
  /** `text/html`. */
  readonly html?: string;
  /** `text/markdown`. */
  readonly markdown?: string;
  /** `image/svg+xml`. */
  readonly svg?: string;
  /** `application/vnd.vegalite.v5+json`: a vega-lite v5 spec. */
  readonly vegaLite?: unknown;
}

/** A value paired with the way it displays (see {@linkcode displayable}). */
export interface DisplayedValue<T> extends Displayable {
  /** The wrapped value, untouched. */
  readonly value: T;
  /** Returns {@linkcode DisplayedValue.bundle} (synchronously). */
  [JUPYTER_DISPLAY](): MimeBundle;
  /** The bundle, as returned by the display method. */
  readonly bundle: MimeBundle;
  /** The `text/plain` representation (also what `String(x)` gives). */
  toString(): string;
}

/**
 * Turns display parts into a MIME bundle, in the key order front ends document (richest
 * first); absent parts are left out.
 *
 * @example Plain text and HTML
 * ```ts
 * import { mimeBundle } from "./bundle.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(mimeBundle({ text: "0/14", html: "<b>0/14</b>" }), {
 *   "text/html": "<b>0/14</b>",
 *   "text/plain": "0/14",
 * });
 * ```
 */
export function mimeBundle(parts: DisplayParts): MimeBundle {
  if (typeof parts.text !== "string") {
    throw new TypeError(`\`parts.text\` must be a string, got ${typeof parts.text}`);
  }
  const bundle: Record<string, unknown> = {};
  if (parts.vegaLite !== undefined) bundle["application/vnd.vegalite.v5+json"] = parts.vegaLite;
  if (parts.svg !== undefined) bundle["image/svg+xml"] = parts.svg;
  if (parts.html !== undefined) bundle["text/html"] = parts.html;
  if (parts.markdown !== undefined) bundle["text/markdown"] = parts.markdown;
  bundle["text/plain"] = parts.text;
  return bundle;
}

/**
 * Wraps any value so that a notebook cell ending with it shows the given representations.
 * The value itself is kept untouched in `.value`.
 *
 * @example Showing a count as HTML in Jupyter
 * ```ts
 * import { displayable, JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertEquals } from "@std/assert";
 * const shown = displayable(14, { text: "N = 14", html: "<i>N</i> = 14" });
 * assertEquals(shown.value, 14);
 * assertEquals(shown[JUPYTER_DISPLAY]()["text/html"], "<i>N</i> = 14");
 * assertEquals(String(shown), "N = 14");
 * ```
 */
export function displayable<T>(value: T, parts: DisplayParts): DisplayedValue<T> {
  const bundle = mimeBundle(parts);
  return Object.freeze({
    value,
    bundle,
    [JUPYTER_DISPLAY]: () => bundle,
    toString: () => parts.text,
  });
}

/**
 * Gives an existing object a display method, in one line, without changing what it is: the
 * method is a non-enumerable own property, so `JSON.stringify`, spreading and deep equality
 * ignore it. Call it before `Object.freeze` (a frozen object cannot take new properties).
 *
 * This is the hook for result types: `return withDisplay(result, resultBundle);`.
 *
 * @example A result object that renders as a table in Jupyter
 * ```ts
 * import { JUPYTER_DISPLAY, withDisplay } from "./bundle.ts";
 * import { recordBundle } from "./record.ts";
 * import { assertEquals } from "@std/assert";
 * const result = withDisplay({ x: 0, n: 14 }, recordBundle);
 * assertEquals(JSON.stringify(result), '{"x":0,"n":14}');
 * assertEquals(typeof result[JUPYTER_DISPLAY], "function");
 * ```
 */
export function withDisplay<T extends object>(
  target: T,
  render: (value: T) => MimeBundle | Promise<MimeBundle>,
): T & Displayable {
  if (typeof target !== "object" || target === null) {
    throw new TypeError(
      `\`target\` must be an object, got ${target === null ? "null" : typeof target}`,
    );
  }
  if (typeof render !== "function") {
    throw new TypeError(`\`render\` must be a function, got ${typeof render}`);
  }
  if (!Object.isExtensible(target)) {
    throw new TypeError("`target` must be extensible: call withDisplay before Object.freeze");
  }
  Object.defineProperty(target, JUPYTER_DISPLAY, {
    value: function (this: T) {
      return render(this);
    },
    enumerable: false,
    writable: false,
    configurable: false,
  });
  return target as T & Displayable;
}

/**
 * Whether a value has a Jupyter display method.
 *
 * @example
 * ```ts
 * import { displayable, isDisplayable } from "./bundle.ts";
 * import { assert } from "@std/assert";
 * assert(isDisplayable(displayable(1, { text: "1" })));
 * assert(!isDisplayable({ text: "1" }));
 * ```
 */
export function isDisplayable(value: unknown): value is Displayable {
  return (typeof value === "object" || typeof value === "function") && value !== null &&
    typeof (value as Record<symbol, unknown>)[JUPYTER_DISPLAY] === "function";
}

/**
 * The MIME bundle a displayable value shows, awaited: what the kernel would send. Used by tests
 * and by the HTML report to render the same objects outside Jupyter.
 *
 * @example
 * ```ts
 * import { displayable, displayBundle } from "./bundle.ts";
 * import { assertEquals } from "@std/assert";
 * const bundle = await displayBundle(displayable(null, { text: "nothing" }));
 * assertEquals(bundle["text/plain"], "nothing");
 * ```
 */
export async function displayBundle(value: Displayable): Promise<MimeBundle> {
  if (!isDisplayable(value)) {
    throw new TypeError('`value` must have a [Symbol.for("Jupyter.display")] method');
  }
  const bundle = await value[JUPYTER_DISPLAY]();
  if (typeof bundle !== "object" || bundle === null || typeof bundle["text/plain"] !== "string") {
    throw new TypeError("the display method must return a MIME bundle with a `text/plain` string");
  }
  return bundle;
}
