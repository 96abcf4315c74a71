/**
 * Proportion confidence intervals printed with their count and denominator —
 * `35/36, 97.2% (95% CI 85.5–99.9)`, `12/40 (30%; 95% CI, 17%–47%)` — become `ci-proportion`
 * statements at the `explicit` tier; the check names the interval methods that print the
 * bounds.
 *
 * Only intervals on the percent scale that bracket the printed percentage are read: an interval
 * printed after a percentage on another scale (`72/112 (64.3%; 95% CI, 0.504 to 0.830)`) is
 * usually of another quantity (a ratio), and is left alone.
 *
 * @module
 */

import type { ExtractContext } from "./context.ts";
import { BARE_COUNT, countValue, DIGITS_COUNT, MAX_N } from "./patterns.ts";

const PCT = String.raw`(\d{1,3}(?:\.\d+)?)\s?%`;
const BOUND = String.raw`(\d{1,3}(?:\.\d+)?)\s?(%?)`;
const CI = new RegExp(
  String.raw`(${DIGITS_COUNT})\s*\/\s*(${BARE_COUNT})\s*[,;(\[]?\s*${PCT}\s*[,;]?\s*[(\[]?\s*` +
    String
      .raw`(\d{2}(?:\.\d+)?)\s?%\s*(?:CI|C\.I\.|confidence\s+interval)\s*[,:=]?\s*(?:[(\[]\s*)?` +
    String.raw`${BOUND}\s*(?:[-–—−]|to|,)\s*${BOUND}(?!\d|\.\d)`,
  "gu",
);

/**
 * Reads the proportion intervals printed with their counts.
 *
 * @example An exact interval printed with its count
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractProportionIntervals } from "./intervals.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("Cure in 35/36, 97.2% (95% CI 85.5–99.9).", "a.txt");
 * extractProportionIntervals(ctx);
 * assertEquals(ctx.statements().map((s) => [s.reported, s.args]), [
 *   ["85.5%–99.9%", { x: "35", n: "36" }],
 * ]);
 * ```
 */
export function extractProportionIntervals(ctx: ExtractContext): void {
  const work = ctx.work;
  for (const m of work.matchAll(CI)) {
    const [all, xText, nText, pct, level, lower, lowerSign, upper, upperSign] = m;
    const x = countValue(xText!);
    const n = countValue(nText!);
    if (x === undefined || n === undefined || n < 1 || x > n || n > MAX_N) continue;
    const y = Number(pct);
    const lo = Number(lower);
    const hi = Number(upper);
    // Percent scale (a sign on a bound, or bounds above 1) and bracketing the percentage.
    if (!(lowerSign || upperSign || hi > 1) || !(lo <= y && y <= hi) || hi > 100) continue;
    const bounds = `${lower}%–${upper}%`;
    const end = m.index + all.length;
    const args: Record<string, string> = { x: String(x), n: String(n) };
    if (Number(level) !== 95) args.level = String(Number(level) / 100);
    ctx.emit({
      start: m.index,
      end,
      kind: "ci-proportion",
      reported: bounds,
      args,
      tier: "explicit",
      pattern: "x/n (y%, CI)",
      takes: [m.index + all.lastIndexOf(upper!)],
    });
  }
}
