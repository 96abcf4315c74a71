/**
 * Tables printed as tab-separated rows (as PDF-to-text conversion leaves them): a header row
 * gives each value column its denominator (`Isatuximab 20 mg/kg (N = 14)`), and every
 * `n (%)` cell below it becomes a `percentage` statement at the `inferred` tier, with the
 * header as its source. A cell without a `%` sign (`11 (78.6)`) is read as `n (%)` only under
 * a row or group label that says so (`Age group, years, n (%)`).
 *
 * One denominator in the header for several value columns spans them all (a spanning header:
 * `Isatuximab 20 mg/kg (N = 14)` over `All grades` and `Grade ≥ 3`).
 *
 * @module
 */

import type { ExtractContext } from "./context.ts";
import { countValue, MAX_N, WORD_NUMBER } from "./patterns.ts";
import { percentageClaim } from "./percentages.ts";

const HEADER_N = /(?:^|[\s(\[,;])[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/;
const SAYS_PERCENT = /\(\s*%\s*\)|,\s*%|\bpercent|\b%\s*$|n\s*\(%\)/i;
// A count and its percentage in a cell, with an optional footnote mark: `12 (87.5%) ^a`.
const CELL = new RegExp(
  String
    .raw`^(\d{1,3}(?:,\d{3})+|\d+|${WORD_NUMBER})\s*[(\[]\s*(\d{1,3}(?:\.\d+)?)(\s?%)?\s*[)\]]` +
    String.raw`\s*(?:\^?\s*\{?[a-z*†‡§¶#]{1,2}\}?)?\s*$`,
  "iu",
);

// A count and its confidence interval, under a label that names the interval:
// `Responders, CR or CRi, n (95% CI)` → `0 (0.0%–23.2%)`.
const CI_CELL =
  /^(\d{1,3}(?:,\d{3})+|\d+)\s*\(\s*(\d{1,3}(?:\.\d+)?)\s?%?\s*[-–—]\s*(\d{1,3}(?:\.\d+)?)\s?%?\s*\)$/u;
const CI_LABEL = /(\d{2}(?:\.\d+)?)\s?%\s*CI\b/;

interface Row {
  readonly start: number;
  readonly line: number;
  readonly cells: { text: string; start: number }[];
}

function rowOf(work: string, start: number, end: number, line: number): Row {
  const cells: { text: string; start: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || work[i] === "\t") {
      cells.push({ text: work.slice(from, i), start: from });
      from = i + 1;
    }
  }
  return { start, line, cells };
}

/**
 * Reads the tab-separated tables of a text.
 *
 * @example A cell under its column header
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractTabTables } from "./tab_tables.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("\tDrug (N = 14)\nFemale, n (%)\t2 (14.3)\n", "a.txt");
 * extractTabTables(ctx);
 * assertEquals(ctx.statements().map((s) => [s.reported, s.args.n, s.tier]), [
 *   ["2 (14.3)", "14", "inferred"],
 * ]);
 * ```
 */
export function extractTabTables(ctx: ExtractContext): void {
  const { work, lineStarts } = ctx.prepared;
  let block: Row[] = [];
  const flush = () => {
    if (block.length >= 2) readBlock(ctx, block);
    block = [];
  };
  for (let l = 0; l < lineStarts.length; l++) {
    const start = lineStarts[l]!;
    const next = lineStarts[l + 1];
    const end = next === undefined ? work.length : next - 1;
    const tab = work.indexOf("\t", start);
    if (tab === -1 || tab >= end) {
      flush();
      continue;
    }
    block.push(rowOf(work, start, end > start && work[end - 1] === "\r" ? end - 1 : end, l + 1));
  }
  flush();
}

function readBlock(ctx: ExtractContext, rows: readonly Row[]): void {
  // Header: the rows before the first row with a value in a column after the first.
  const isData = (r: Row) => r.cells.slice(1).some((c) => /\d/.test(c.text));
  const firstData = rows.findIndex((r) =>
    isData(r) && !HEADER_N.test(r.cells.map((c) => c.text).join("\t"))
  );
  if (firstData <= 0) return;
  const columns = new Map<number, { n: number; label: string; line: number }>();
  let header = "";
  for (const r of rows.slice(0, firstData)) {
    header += ` ${r.cells.map((c) => c.text).join(" ")}`;
    r.cells.forEach((c, j) => {
      const m = HEADER_N.exec(c.text);
      const n = m === null ? undefined : countValue(m[1]!);
      if (n !== undefined && n <= MAX_N && j >= 1) {
        columns.set(j, { n, label: c.text.trim(), line: r.line });
      }
    });
  }
  if (columns.size === 0) return;
  const spanning = columns.size === 1 ? [...columns.values()][0] : undefined;
  let percentContext = SAYS_PERCENT.test(header);
  for (const r of rows.slice(firstData)) {
    const label = r.cells[0]?.text ?? "";
    const values = r.cells.slice(1);
    if (values.every((c) => c.text.trim() === "")) {
      // A group label: it says (or not) that the rows below print n (%).
      percentContext = SAYS_PERCENT.test(label) || SAYS_PERCENT.test(header);
      continue;
    }
    const rowPercent = percentContext || SAYS_PERCENT.test(label);
    values.forEach((cell, k) => {
      const column = columns.get(k + 1) ?? spanning;
      if (column === undefined) return;
      const lead = cell.text.length - cell.text.trimStart().length;
      const text = cell.text.trim();
      const ci = CI_CELL.exec(text);
      const level = CI_LABEL.exec(label);
      if (ci !== null && level !== null) {
        const x = countValue(ci[1]!);
        if (x === undefined || x > column.n) return;
        const start = cell.start + lead;
        ctx.emit({
          start,
          end: start + text.length,
          kind: "ci-proportion",
          reported: text,
          args: {
            x: String(x),
            n: String(column.n),
            ...(level[1] === "95" ? {} : { level: String(Number(level[1]) / 100) }),
          },
          tier: "inferred",
          source: `n = ${column.n} from "${column.label}", the column header of the table on ` +
            `line ${column.line}`,
          pattern: "table cell with CI",
          takes: [start],
        });
        return;
      }
      const m = CELL.exec(text);
      if (m === null) return;
      const [, xText, pctText, sign] = m;
      if (sign === undefined && !rowPercent) return;
      const x = countValue(xText!);
      if (x === undefined || x > column.n) return;
      const start = cell.start + lead;
      const close = text.search(/[)\]]/) + 1;
      const end = start + close;
      const pctStart = start + text.indexOf(pctText!, xText!.length);
      const pctEnd = pctStart + pctText!.length + (sign?.length ?? 0);
      const claim = percentageClaim(
        ctx.work,
        { start, end },
        { start: pctStart, end: pctEnd },
        x,
        column.n,
      );
      ctx.emit({
        start,
        end,
        kind: "percentage",
        ...claim,
        tier: "inferred",
        source: `n = ${column.n} from "${column.label}", the column header of the table on ` +
          `line ${column.line}`,
        pattern: "table cell",
        takes: [pctStart],
      });
    });
  }
}
