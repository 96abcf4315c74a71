/**
 * The default report of `deno task reproduce`: per paper and section, a table of claim, where,
 * printed value, re-derived value and status, each discrepancy followed by its explanation,
 * then a summary of the counts. Plain text, no colour, lines wrapped at 100 columns.
 *
 * @module
 */

import { type LedgerEntry, PAPER_CITATIONS, PAPERS } from "../ledger/claims.ts";
import { summarize, summaryLine } from "./summary.ts";

const WIDTH = 100;

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

/**
 * Wraps `text` at `width` columns (default 100), each line prefixed with `indent`.
 *
 * @example Two lines
 * ```ts
 * import { wrap } from "./text.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(wrap("aa bb cc", "  ", 7), ["  aa bb", "  cc"]);
 * ```
 */
export function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines;
}

const COLUMNS = [
  ["status", 13],
  ["claim", 20],
  ["where", 27],
  ["printed", 18],
  ["re-derived", 18],
] as const;

/**
 * Renders the text report.
 *
 * @example One discrepancy
 * ```ts
 * import { toText } from "./text.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const claim = { id: "b-pd", section: "table-2" } as never;
 * const result = { id: "b-pd", paper: "boissel-2022", where: "Table 2", quote: "",
 *   reported: "12 (87.5%)", recomputed: "85.7%", status: "discrepancy",
 *   explanation: "12/14 = 85.714% prints as 85.7%, not 87.5%." } as const;
 * assertStringIncludes(toText([{ claim, result }]), "1 discrepancy");
 * ```
 */
export function toText(entries: readonly LedgerEntry[]): string {
  const out: string[] = [];
  const header = COLUMNS.map(([name, width]) => name.toUpperCase().padEnd(width)).join(" ");
  for (const paper of PAPERS) {
    const mine = entries.filter((e) => e.result.paper === paper);
    if (mine.length === 0) continue;
    out.push(paper, ...wrap(PAPER_CITATIONS[paper], ""), "=".repeat(WIDTH));
    const sections = [...new Set(mine.map((e) => e.claim.section))];
    for (const section of sections) {
      out.push("", `[${section}]`, header.trimEnd());
      for (const { result } of mine.filter((e) => e.claim.section === section)) {
        const cells = [result.status, result.id, result.where, result.reported, result.recomputed];
        out.push(cells.map((c, i) => clip(c, COLUMNS[i]![1])).join(" ").trimEnd());
        if (result.status !== "reproduced") out.push(...wrap(result.explanation, "    "));
      }
    }
    out.push("", `${paper}: ${summaryLine(summarize(mine.map((e) => e.result)).overall)}`, "");
  }
  const summary = summarize(entries.map((e) => e.result));
  out.push("Summary", "-------");
  for (const { paper, counts } of summary.papers) {
    out.push(`${paper.padEnd(14)} ${summaryLine(counts)}`);
  }
  out.push(`${"all".padEnd(14)} ${summaryLine(summary.overall)}`);
  return `${out.join("\n")}\n`;
}
