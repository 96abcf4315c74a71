/**
 * Plain-text layout for the terminal reports: words wrapped to a width (a word longer than the
 * width is broken, never cut with "…"), tables whose cells wrap inside their columns, and the
 * width itself — from `--width`, else `COLUMNS`, else the terminal, else 100.
 *
 * @module
 */

/** The width used when nothing else says: no `--width`, no `COLUMNS`, not a terminal. */
export const DEFAULT_WIDTH = 100;
/** The narrowest width the reports lay out for. */
export const MIN_WIDTH = 40;

/**
 * The report width: `flag` (`--width N`) when given, else the `COLUMNS` environment variable
 * when set (also when the output is piped to a file), else the terminal's width, else
 * {@linkcode DEFAULT_WIDTH}.
 *
 * @throws {RangeError} when `flag` or `COLUMNS` is not an integer ≥ {@linkcode MIN_WIDTH}
 *
 * @example `--width` wins; then COLUMNS
 * ```ts
 * import { reportWidth } from "./layout.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(reportWidth({ flag: "80", columns: "120" }), 80);
 * assertEquals(reportWidth({ columns: "120" }), 120);
 * assertEquals(reportWidth({ terminal: () => undefined }), 100);
 * ```
 */
export function reportWidth(
  sources: {
    readonly flag?: string;
    readonly columns?: string;
    readonly terminal?: () => number | undefined;
  },
): number {
  const read = (name: string, text: string): number => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < MIN_WIDTH) {
      throw new RangeError(
        `${name} must be an integer ≥ ${MIN_WIDTH}, got ${JSON.stringify(text)}`,
      );
    }
    return n;
  };
  if (sources.flag !== undefined) return read("`--width`", sources.flag);
  if (sources.columns !== undefined && sources.columns !== "") {
    return read("`COLUMNS`", sources.columns);
  }
  const terminal = sources.terminal?.();
  return terminal !== undefined && terminal >= MIN_WIDTH ? terminal : DEFAULT_WIDTH;
}

/** The terminal's width when stdout is a terminal, else `undefined`. */
export function terminalWidth(): number | undefined {
  try {
    return Deno.stdout.isTerminal() ? Deno.consoleSize().columns : undefined;
  } catch {
    return undefined;
  }
}

function chunks(word: string, width: number): string[] {
  const parts: string[] = [];
  const chars = [...word];
  for (let i = 0; i < chars.length; i += width) parts.push(chars.slice(i, i + width).join(""));
  return parts;
}

const length = (s: string): number => [...s].length;

/**
 * Wraps `text` into lines of at most `width` characters: the first prefixed with `first`, the
 * others with `rest` (a hanging indent; default `first`'s width in spaces). Whitespace is
 * collapsed; a word longer than the room is broken across lines, never cut.
 *
 * @example A hanging indent, and a word too long for the room
 * ```ts
 * import { wrap } from "./layout.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(wrap("aa bb cc", 7, "  "), ["  aa bb", "  cc"]);
 * assertEquals(wrap("1. aa bb", 6, "", "   "), ["1. aa", "   bb"]);
 * assertEquals(wrap("abcdefgh", 4), ["abcd", "efgh"]);
 * ```
 */
export function wrap(text: string, width: number, first = "", rest?: string): string[] {
  const hang = rest ?? " ".repeat(length(first));
  const lines: string[] = [];
  let prefix = first;
  let line = "";
  const room = () => Math.max(1, width - length(prefix));
  const flush = () => {
    lines.push(prefix + line);
    prefix = hang;
    line = "";
  };
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line === "" && length(word) <= room()) {
      line = word;
    } else if (line !== "" && length(line) + 1 + length(word) <= room()) {
      line = `${line} ${word}`;
    } else {
      if (line !== "") flush();
      let rest = word;
      while (length(rest) > room()) {
        const [head] = chunks(rest, room());
        line = head!;
        rest = [...rest].slice(length(head!)).join("");
        flush();
      }
      line = rest;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(prefix + line);
  return lines;
}

/** A column of {@linkcode layoutTable}: its header and its width share. */
export interface TableColumn {
  readonly header: string;
  /** A fixed width in characters, or a share of the width left by the fixed columns. */
  readonly width: number | { readonly share: number };
}

/**
 * Lays out rows as a table whose cells wrap inside their columns (two spaces between
 * columns), no line longer than `width`. Fixed columns keep their width; the others share what
 * is left. A row may add full-width lines under it (an explanation), indented to the second
 * column.
 *
 * @example Two columns at 20 characters
 * ```ts
 * import { layoutTable } from "./layout.ts";
 * import { assertEquals } from "@std/assert";
 * const lines = layoutTable(
 *   [{ header: "A", width: 4 }, { header: "B", width: { share: 1 } }],
 *   [{ cells: ["ok", "a long cell that wraps"] }],
 *   20,
 * );
 * assertEquals(lines, ["A     B", "ok    a long cell", "      that wraps"]);
 * ```
 */
export function layoutTable(
  columns: readonly TableColumn[],
  rows: readonly { readonly cells: readonly string[]; readonly under?: readonly string[] }[],
  width: number,
): string[] {
  const gap = 2;
  const fixed = columns.reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : 0), 0);
  const shares = columns.reduce(
    (sum, c) => sum + (typeof c.width === "number" ? 0 : c.width.share),
    0,
  );
  const left = Math.max(columns.length * 4, width - fixed - gap * (columns.length - 1));
  const widths = columns.map((c) =>
    typeof c.width === "number" ? c.width : Math.max(4, Math.floor((left * c.width.share) / shares))
  );
  const indent = " ".repeat((widths[0] ?? 0) + gap);
  const render = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      lines.push(
        wrapped.map((w, i) => (w[k] ?? "").padEnd(i === wrapped.length - 1 ? 0 : widths[i]!))
          .join(" ".repeat(gap)).trimEnd(),
      );
    }
    return lines;
  };
  const out = render(columns.map((c) => c.header));
  for (const row of rows) {
    out.push(...render(row.cells));
    for (const text of row.under ?? []) out.push(...wrap(text, width, indent));
  }
  return out;
}
