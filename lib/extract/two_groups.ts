/**
 * Two groups compared with both arms' counts and a p-value printed together —
 * `12/50 (24%) vs 5/48 (10.4%), p = 0.07` — become `p-value` statements at the `explicit`
 * tier; the check names the standard tests that reproduce the printed p.
 *
 * @module
 */

import type { ExtractContext } from "./context.ts";
import { BARE_COUNT, countValue, DIGITS_COUNT, MAX_N } from "./patterns.ts";

const ARM = String
  .raw`(${DIGITS_COUNT})\s*\/\s*(${BARE_COUNT})\s*[(\[]\s*\d{1,3}(?:\.\d+)?\s?%\s*[)\]]`;
const PAIR = new RegExp(
  `${ARM}[^.;%]{0,24}?\\b(?:vs\\.?|versus|compared\\s+(?:with|to)|and)\\s+[^.;%\\d]{0,24}?${ARM}` +
    String.raw`[^\p{L}\d]{0,6}([pP]\s*(?:=|<|>|≤|≥)\s*(?:0?\.\d+|[01](?:\.0+)?))(?!\d|\.\d)`,
  "gu",
);

/**
 * Reads two-group comparisons with counts and a p-value.
 *
 * @example Two arms and a p
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractTwoGroupComparisons } from "./two_groups.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("in 12/50 (24%) vs 5/48 (10.4%), p = 0.07.", "a.txt");
 * extractTwoGroupComparisons(ctx);
 * assertEquals(ctx.statements()[0]?.args, { x1: "12", n1: "50", x2: "5", n2: "48" });
 * ```
 */
export function extractTwoGroupComparisons(ctx: ExtractContext): void {
  for (const m of ctx.work.matchAll(PAIR)) {
    const [all, x1t, n1t, x2t, n2t, p] = m;
    const [x1, n1, x2, n2] = [x1t, n1t, x2t, n2t].map((t) => countValue(t!));
    if ([x1, n1, x2, n2].some((v) => v === undefined)) continue;
    if (x1! > n1! || x2! > n2! || n1! > MAX_N || n2! > MAX_N || n1! < 1 || n2! < 1) continue;
    const pAt = m.index + all.lastIndexOf(p!);
    ctx.emit({
      start: m.index,
      end: m.index + all.length,
      kind: "p-value",
      reported: p!,
      args: { x1: String(x1), n1: String(n1), x2: String(x2), n2: String(n2) },
      tier: "explicit",
      pattern: "x1/n1 vs x2/n2, p",
      takes: [pAt],
    });
  }
}
