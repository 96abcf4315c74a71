/**
 * Tables for notebooks and reports: the same rows rendered as an HTML table (`text/html`) and
 * as an aligned plain-text table (`text/plain`, what terminals, diffs and the notebook tests
 * compare). Values are formatted by one rule, {@linkcode formatValue}, unless a column says
 * otherwise, and every string that reaches HTML is escaped.
 *
 * @module
 */

import { displayable, type DisplayedValue } from "./bundle.ts";

/** How a column's cells are aligned. */
export const ALIGNMENTS = ["left", "right", "center"] as const;
/** How a column's cells are aligned; default: right when the column's values are numbers. */
export type Alignment = (typeof ALIGNMENTS)[number];

/**
 * The field names of a row type, including those of only some members of a union (rows of
 * different shapes in one table: a missing field shows as an em dash).
 */
export type RowKey<Row> = Row extends unknown ? keyof Row & string : never;

/** A column of a table: which field, under which header, formatted how. */
export interface Column<Row> {
  /** The row field shown in this column. */
  readonly key: RowKey<Row>;
  /** The header; default: the key. */
  readonly label?: string;
  /** Plain-text cell (also escaped into the HTML cell); default: {@linkcode formatValue}. */
  readonly format?: (value: unknown, row: Row) => string;
  /**
   * Raw HTML for the cell, trusted (build it with {@linkcode escapeHtml}); default: the
   * escaped plain-text cell.
   */
  readonly html?: (value: unknown, row: Row) => string;
  /** Alignment; default: right for numbers, left otherwise. */
  readonly align?: Alignment;
}

/** A column given by its key alone, or in full. */
export type ColumnSpec<Row> = RowKey<Row> | Column<Row>;

/** Options of {@linkcode htmlTable}, {@linkcode textTable} and {@linkcode table}. */
export interface TableOptions {
  /** A caption above the table (plain text). */
  readonly caption?: string;
}

/**
 * Escapes the five characters that are special in HTML text and attribute values.
 *
 * @example
 * ```ts
 * import { escapeHtml } from "./table.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(escapeHtml('n < 5 & "x"'), "n &lt; 5 &amp; &quot;x&quot;");
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * The project's one rule for showing a value in a table: integers as they are; other finite
 * numbers with 4 significant digits (one decimal from 1000 up; scientific notation below
 * 0.001); `null`/`undefined` as
 * an em dash; arrays joined with ", "; other objects as compact JSON; strings unchanged (a
 * printed value such as "87.50" keeps its trailing zero).
 *
 * @example
 * ```ts
 * import { formatValue } from "./table.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatValue(14), "14");
 * assertEquals(formatValue(0.231635), "0.2316");
 * assertEquals(formatValue(11093.5), "11093.5");
 * assertEquals(formatValue(0.0000123), "1.230e-5");
 * assertEquals(formatValue("87.50"), "87.50");
 * assertEquals(formatValue(null), "—");
 * ```
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (Number.isInteger(value)) return String(value);
    if (!Number.isFinite(value)) return String(value);
    const abs = Math.abs(value);
    if (abs !== 0 && abs < 1e-3) return value.toExponential(3);
    if (abs >= 1000) return String(Number(value.toFixed(1)));
    return String(Number(value.toPrecision(4)));
  }
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * A proportion as a percentage with a fixed number of decimals (default 1), the way the
 * papers print them: `0.2316 → "23.2%"`.
 *
 * @example
 * ```ts
 * import { formatPercent } from "./table.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatPercent(0.23163576), "23.2%");
 * assertEquals(formatPercent(12 / 14, 2), "85.71%");
 * assertEquals(formatPercent(0), "0.0%");
 * ```
 */
export function formatPercent(value: number, digits = 1): string {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`\`value\` must be a finite number, got ${String(value)}`);
  }
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(`\`digits\` must be an integer in [0, 20], got ${String(digits)}`);
  }
  return `${(100 * value).toFixed(digits)}%`;
}

interface ResolvedColumn<Row> {
  readonly key: string;
  readonly label: string;
  readonly align: Alignment;
  readonly text: (row: Row) => string;
  readonly html: (row: Row) => string;
}

function resolveColumns<Row extends object>(
  rows: readonly Row[],
  columns: readonly ColumnSpec<Row>[],
): ResolvedColumn<Row>[] {
  if (!Array.isArray(rows)) {
    throw new TypeError(`\`rows\` must be an array, got ${typeof rows}`);
  }
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new RangeError("`columns` must be a non-empty array of keys or column specs");
  }
  return columns.map((spec, i) => {
    const column: Column<Row> = typeof spec === "string" ? { key: spec } : spec;
    if (typeof column.key !== "string") {
      throw new TypeError(`\`columns[${i}].key\` must be a string, got ${typeof column.key}`);
    }
    const key: string = column.key;
    const get = (row: Row): unknown => (row as Record<string, unknown>)[key];
    const format = column.format;
    const text = (row: Row): string => format ? format(get(row), row) : formatValue(get(row));
    const html = column.html;
    const firstValue = rows.map(get).find((v) => v !== null && v !== undefined);
    return {
      key,
      label: column.label ?? key,
      align: column.align ?? (typeof firstValue === "number" ? "right" : "left"),
      text,
      html: html ? (row: Row) => html(get(row), row) : (row: Row) => escapeHtml(text(row)),
    };
  });
}

/**
 * Renders rows as an HTML table, with a header row and an optional caption.
 *
 * @example Two rows of Table 1
 * ```ts
 * import { htmlTable } from "./table.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const html = htmlTable(
 *   [{ row: "Male", n: 12 }, { row: "Female", n: 2 }],
 *   ["row", { key: "n", label: "n (N = 14)" }],
 * );
 * assertStringIncludes(html, "<th style=\"text-align:right\">n (N = 14)</th>");
 * assertStringIncludes(html, "<td style=\"text-align:right\">12</td>");
 * ```
 */
export function htmlTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly ColumnSpec<Row>[],
  options: TableOptions = {},
): string {
  const cols = resolveColumns(rows, columns);
  const style = (align: Alignment) => ` style="text-align:${align}"`;
  const lines = ["<table>"];
  if (options.caption !== undefined) {
    lines.push(`<caption>${escapeHtml(options.caption)}</caption>`);
  }
  lines.push(
    "<thead><tr>" + cols.map((c) => `<th${style(c.align)}>${escapeHtml(c.label)}</th>`).join("") +
      "</tr></thead>",
  );
  lines.push("<tbody>");
  for (const row of rows) {
    lines.push(
      "<tr>" + cols.map((c) => `<td${style(c.align)}>${c.html(row)}</td>`).join("") + "</tr>",
    );
  }
  lines.push("</tbody>", "</table>");
  return lines.join("\n");
}

/**
 * Renders rows as an aligned plain-text table (columns separated by two spaces, a dashed rule
 * under the header). Widths count code points, so "≥8" and "✓" take one column each.
 *
 * @example
 * ```ts
 * import { textTable } from "./table.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(
 *   textTable([{ row: "Male", n: 12 }, { row: "Female", n: 2 }], ["row", "n"]),
 *   "row      n\n------  --\nMale    12\nFemale   2",
 * );
 * ```
 */
export function textTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly ColumnSpec<Row>[],
  options: TableOptions = {},
): string {
  const cols = resolveColumns(rows, columns);
  const cells = rows.map((row) => cols.map((c) => c.text(row).replace(/\s*\n\s*/g, " ")));
  const widths = cols.map((c, j) =>
    Math.max(width(c.label), ...cells.map((r) => width(r[j] ?? "")))
  );
  const pad = (text: string, j: number): string => {
    const w = widths[j] ?? 0;
    const gap = w - width(text);
    const align = cols[j]?.align ?? "left";
    if (align === "right") return " ".repeat(gap) + text;
    if (align === "center") {
      const left = Math.floor(gap / 2);
      return " ".repeat(left) + text + " ".repeat(gap - left);
    }
    return text + " ".repeat(gap);
  };
  const line = (texts: readonly string[]) => texts.map(pad).join("  ").trimEnd();
  const out: string[] = [];
  if (options.caption !== undefined) out.push(options.caption);
  out.push(line(cols.map((c) => c.label)));
  out.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells) out.push(line(r));
  return out.join("\n");
}

function width(text: string): number {
  return [...text].length;
}

/**
 * A table that displays itself in Jupyter as HTML (and as aligned text elsewhere); the rows
 * stay available as `.value`.
 *
 * @example
 * ```ts
 * import { table } from "./table.ts";
 * import { JUPYTER_DISPLAY } from "./bundle.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const shown = table([{ arm: "isatuximab", n: 14 }], ["arm", "n"], { caption: "Enrolled" });
 * assertStringIncludes(String(shown[JUPYTER_DISPLAY]()["text/html"]), "<caption>Enrolled</caption>");
 * ```
 */
export function table<Row extends object>(
  rows: readonly Row[],
  columns: readonly ColumnSpec<Row>[],
  options: TableOptions = {},
): DisplayedValue<readonly Row[]> {
  return displayable(rows, {
    text: textTable(rows, columns, options),
    html: htmlTable(rows, columns, options),
  });
}
