/**
 * Parts against their total, where the text says they must add up: the arms of a randomized
 * trial against the number randomized, and the column sizes of a table against its total
 * column. Each becomes a `sum` statement at the `explicit` tier (parts and total are printed in
 * the same sentence or header):
 *
 * - `120 patients were randomized, 60 to A and 58 to B`;
 * - `randomly assigned 118 patients to A (n = 60) or B (n = 58)`;
 * - `271 out of 495 patients … received blinatumomab and 134 patients received standard
 *   chemotherapy (2:1 ratio)` — arms named by what each received, in a sentence about a
 *   randomized trial or an allocation ratio;
 * - a table header `CBT n = 67 TC n = 65 TAU n = 66 Total n = 198`.
 *
 * Anything looser (subgroups, categories that may overlap or miss some patients) is left alone.
 *
 * @module
 */

import type { ExtractContext } from "./context.ts";
import { SUBJECT_NOUNS } from "./group_sizes.ts";
import { countValue, WORD_NUMBER } from "./patterns.ts";

const N = `(\\d{1,3}(?:,\\d{3})+|\\d+|${WORD_NUMBER})`;
const ALLOCATED = String
  .raw`(?:randomi[sz]ed|randomly\s+(?:assigned|allocated)|assigned|allocated)`;
const RANDOMIZED = /\brandomi[sz]|\brandomly\b|\ballocation ratio\b|\(\d\s*:\s*\d\s+ratio\)/i;

// N … were randomized …: then a list of arms, `n1 to …, n2 to … and n3 to …`.
const SPLIT_HEAD = new RegExp(
  `${N}\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${SUBJECT_NOUNS})\\s+)?(?:were|was)\\s+${ALLOCATED}` +
    `[^.;:]{0,40}?[:,;(]`,
  "giu",
);
const ARM = new RegExp(
  `(?:^|[\\s,;(]|\\band\\s)(?:with\\s+)?${N}\\s+(?:(?:${SUBJECT_NOUNS})\\s+)?(?:to|in|into)\\s+(?!each\\b|both\\b)`,
  "giu",
);
// randomly assigned N patients to A (n = n1) or B (n = n2)
const SPLIT_N_EQUALS = new RegExp(
  `${ALLOCATED}\\s+(?:a\\s+total\\s+of\\s+)?${N}\\s+(?:(?:[\\p{L}-]+\\s+){0,3}?(?:${SUBJECT_NOUNS})\\s+)?` +
    `(?:to|in|into)\\b[^.;]{0,80}?\\(\\s*[nN]\\s*=\\s*(\\d+)\\s*\\)[^.;]{0,80}?\\(\\s*[nN]\\s*=\\s*(\\d+)\\s*\\)`,
  "giu",
);
// x out of N <subjects> … received A and y <subjects> received B
const RECEIVED = new RegExp(
  `${N}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?${N}\\s+(?:[\\p{L}/+-]+\\s+){0,5}?(?:received|were\\s+${ALLOCATED}\\s+to)` +
    `\\b[^.;]{0,80}?\\band\\s+${N}\\s+(?:(?:[\\p{L}-]+\\s+){0,2}?(?:${SUBJECT_NOUNS})\\s+)?(?:received|were\\s+${ALLOCATED}\\s+to)\\b`,
  "giu",
);
// Table header: group n = k … Total n = K (or Total first).
const HEADER_GROUP = /(?:^|[\s(\[])[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)\b/gu;
// The total column's label alone (`Total (n = 198)`, not `Peficitinib total (N = 225)`).
const TOTAL_LABEL =
  /(?:^|[)\]\d%]\s*|\s)(?:Total|TOTAL|All|ALL|All patients|Overall|OVERALL|Whole sample|Entire sample)\s*[(\[]?\s*$/;

function emitSum(
  ctx: ExtractContext,
  start: number,
  end: number,
  parts: readonly string[],
  total: string,
  pattern: string,
): void {
  const values = parts.map(countValue);
  const t = countValue(total);
  if (t === undefined || values.some((v) => v === undefined) || values.length < 2) return;
  const sum = values.reduce((a, b) => a! + b!, 0)!;
  // Parts far from the total are not its breakdown (a subgroup, another count).
  if (sum < 0.5 * t || sum > 1.5 * t) return;
  ctx.emit({
    start,
    end,
    kind: "sum",
    reported: total,
    args: { parts: values.join(","), total: String(t) },
    tier: "explicit",
    pattern,
    takes: [],
  });
}

/**
 * Reads the parts that must add up to a printed total.
 *
 * @example Arms against the randomized total
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractSums } from "./sums.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("In all, 120 patients were randomized: 60 to A and 58 to B.", "a.txt");
 * extractSums(ctx);
 * assertEquals(ctx.statements().map((s) => s.args), [{ parts: "60,58", total: "120" }]);
 * ```
 */
export function extractSums(ctx: ExtractContext): void {
  const work = ctx.work;
  for (const m of work.matchAll(SPLIT_HEAD)) {
    const from = m.index + m[0].length;
    const sentence = ctx.sentences.sentenceAt(m.index);
    const rest = work.slice(from, Math.min(sentence.end, from + 240));
    const arms = [...rest.matchAll(ARM)];
    if (arms.length < 2 || arms[0]!.index > 12) continue;
    // The arms are one list: between them no other number.
    const last = arms.at(-1)!;
    const between = rest.slice(0, last.index).replace(ARM, " ");
    if (/\d/.test(between.replace(/\b\d+(?:\.\d+)?\s*(?:mg|g|µg|μg|ml|mL|IU|%)/g, ""))) continue;
    const end = from + last.index + last[0].length;
    emitSum(ctx, m.index, end, arms.map((a) => a[1]!), m[1]!, "randomized: n1 to …, n2 to …");
  }
  for (const m of work.matchAll(SPLIT_N_EQUALS)) {
    emitSum(
      ctx,
      m.index,
      m.index + m[0].length,
      [m[2]!, m[3]!],
      m[1]!,
      "randomized N to A (n = n1) or B (n = n2)",
    );
  }
  for (const m of work.matchAll(RECEIVED)) {
    const sentence = ctx.sentences.sentenceAt(m.index);
    if (!RANDOMIZED.test(work.slice(sentence.start, sentence.end))) continue;
    emitSum(
      ctx,
      m.index,
      m.index + m[0].length,
      [m[1]!, m[3]!],
      m[2]!,
      "x out of N received A and y received B",
    );
  }
  extractHeaderTotals(ctx);
}

/** Table headers whose group sizes add up to a total column (`… Total n = 198`). */
function extractHeaderTotals(ctx: ExtractContext): void {
  const work = ctx.work;
  for (const caption of work.matchAll(/(?:^|\s{2,})(?:Table|TABLE)\s*\d+/gu)) {
    const from = caption.index + caption[0].length;
    const end = Math.min(
      work.length,
      from + 600,
      (work.indexOf("\n", from) + 1 || work.length + 1) - 1,
    );
    const region = work.slice(from, end);
    // The header ends at the first cell with a percentage or a mean.
    const stop = region.search(/\d\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\)|±/);
    const header = stop === -1 ? region : region.slice(0, stop);
    const groups = [...header.matchAll(HEADER_GROUP)].map((g) => ({
      n: g[1]!,
      start: from + g.index + g[0].search(/[nN]/),
      at: from + g.index + g[0].lastIndexOf(g[1]!),
      label: header.slice(Math.max(0, g.index - 20), g.index + 1),
    }));
    if (groups.length < 3) continue;
    const totalIndex = groups.findIndex((g) => TOTAL_LABEL.test(g.label));
    if (totalIndex !== 0 && totalIndex !== groups.length - 1) continue;
    const total = groups[totalIndex]!;
    const parts = groups.filter((_, i) => i !== totalIndex);
    const first = Math.min(...groups.map((g) => g.start));
    const last = Math.max(...groups.map((g) => g.at + g.n.length));
    emitSum(ctx, first, last, parts.map((p) => p.n), total.n, "table header: groups and total");
  }
}
