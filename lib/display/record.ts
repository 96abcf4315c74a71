/**
 * A result object shown as a two-column table (field, value): the default display of the
 * project's result types, which carry their method and inputs, so that a notebook cell ending
 * with a result shows its provenance along with its numbers.
 *
 * @module
 */

import { setResultRenderer } from "../stats/_display.ts";
import { displayable, type DisplayedValue, type MimeBundle, mimeBundle } from "./bundle.ts";
import { formatValue, htmlTable, textTable } from "./table.ts";

/** Options of {@linkcode recordBundle} and {@linkcode record}. */
export interface RecordOptions {
  /** A caption above the table; default: none. */
  readonly title?: string;
  /** Per-field formatting (field → text); other fields use `formatValue`. */
  readonly format?: { readonly [field: string]: (value: unknown) => string };
}

interface FieldRow {
  readonly field: string;
  readonly value: string;
}

/** Methods are not data; a list of records would drown the table, so it is counted. */
function fieldValue(v: unknown): string {
  if (Array.isArray(v) && v.some((item) => typeof item === "object" && item !== null)) {
    return `(${v.length} ${v.length === 1 ? "record" : "records"})`;
  }
  return formatValue(v);
}

function fieldRows(value: object, options: RecordOptions): FieldRow[] {
  return Object.entries(value).filter(([, v]) => typeof v !== "function").map(([field, v]) => ({
    field,
    value: (options.format?.[field] ?? fieldValue)(v),
  }));
}

/**
 * The MIME bundle of a result object: its own enumerable fields, in order, as a field/value
 * table (HTML and aligned text). Methods are left out, and a field holding a list of records is
 * shown as its count (`(40 records)`). Suitable as the `render` of `withDisplay`.
 *
 * @example A proportion and its interval
 * ```ts
 * import { recordBundle } from "./record.ts";
 * import { assertEquals } from "@std/assert";
 * const bundle = recordBundle({ method: "clopper-pearson", x: 0, n: 13, upper: 0.2470526 });
 * assertEquals(
 *   bundle["text/plain"],
 *   "field   value\n------  ---------------\nmethod  clopper-pearson\nx       0\nn       13\nupper   0.2471",
 * );
 * ```
 */
export function recordBundle(value: object, options: RecordOptions = {}): MimeBundle {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(
      `\`value\` must be an object, got ${value === null ? "null" : typeof value}`,
    );
  }
  const rows = fieldRows(value, options);
  const columns = ["field", "value"] as const;
  const tableOptions = options.title === undefined ? {} : { caption: options.title };
  return mimeBundle({
    text: textTable(rows, columns, tableOptions),
    html: htmlTable(rows, columns, tableOptions),
  });
}

/**
 * Wraps a result object so that it displays as a field/value table, keeping it as `.value`.
 *
 * @example
 * ```ts
 * import { record } from "./record.ts";
 * import { JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = record({ n: 14, enrolled: true }, { title: "Population" });
 * assertStringIncludes(String(shown[JUPYTER_DISPLAY]()["text/html"]), "<caption>Population</caption>");
 * ```
 */
export function record<T extends object>(
  value: T,
  options: RecordOptions = {},
): DisplayedValue<T> {
  const bundle = recordBundle(value, options);
  return displayable(value, {
    text: String(bundle["text/plain"]),
    html: String(bundle["text/html"]),
  });
}

// Presentation registers how the numerical core's results display (the core never imports
// presentation): a titled field/value table.
setResultRenderer((result, title) => recordBundle(result, title === "" ? {} : { title }));
