/**
 * When a printed number "matches" an exact value, and how to print a value at a given
 * precision. The project's rule (documented in `data/README.md`):
 *
 * A value printed with `d` decimals matches an exact value `e` when
 * |e − printed| ≤ ½·10^−d (plus a floating-point slack of 1e-9 relative). Rounding half-up
 * and half-even are therefore both accepted — they differ only at exact ties, which this
 * closed interval includes on both sides. Truncation is not accepted; {@linkcode truncatesTo}
 * lets an explanation say when truncation would explain a mismatch.
 *
 * @module
 */

const SLACK = 1e-9;

function slack(x: number): number {
  return SLACK * Math.max(1, Math.abs(x));
}

/**
 * Whether `exact` prints as `printed` at `decimals` decimals (half-up or half-even).
 *
 * @example 11/14 = 78.571…% prints as 78.6%, 12/14 does not print as 87.5%
 * ```ts
 * import { fitsPrinted } from "./rounding.ts";
 * import { assert } from "@std/assert";
 * assert(fitsPrinted(1100 / 14, 78.6, 1));
 * assert(!fitsPrinted(1200 / 14, 87.5, 1));
 * assert(fitsPrinted(0.125, 0.12, 2) && fitsPrinted(0.125, 0.13, 2)); // a tie: both accepted
 * ```
 */
export function fitsPrinted(exact: number, printed: number, decimals: number): boolean {
  return Math.abs(exact - printed) <= 0.5 * 10 ** -decimals + slack(printed);
}

/**
 * Whether truncating `exact` to `decimals` decimals gives `printed`.
 *
 * @example 2/3 = 66.67% truncates to 66.6%
 * ```ts
 * import { truncatesTo } from "./rounding.ts";
 * import { assert } from "@std/assert";
 * assert(truncatesTo(200 / 3, 66.6, 1));
 * ```
 */
export function truncatesTo(exact: number, printed: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const truncated = Math.trunc(exact * scale + Math.sign(exact) * SLACK) / scale;
  return Math.abs(truncated - printed) <= slack(printed);
}

/**
 * `value` printed at `decimals` decimals, rounding half away from zero (immune to binary
 * representation: 1.005 prints as 1.01, as a person rounding the decimal would).
 *
 * @example Half away from zero, decimal-exact
 * ```ts
 * import { formatAt } from "./rounding.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatAt(1200 / 14, 1), "85.7");
 * assertEquals(formatAt(1.005, 2), "1.01");
 * assertEquals(formatAt(-0.04, 1), "0.0");
 * ```
 */
export function formatAt(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return String(value);
  const scale = 10 ** decimals;
  const scaled = Math.abs(value) * scale;
  const rounded = Math.floor(scaled + 0.5 + slack(scaled)) / scale;
  const sign = value < 0 && rounded !== 0 ? "-" : "";
  return sign + rounded.toFixed(decimals);
}

/**
 * Lists `values` for a sentence: `8, 16, 24`, or the first `max` and "…".
 *
 * @example An elided list
 * ```ts
 * import { listOf } from "./rounding.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(listOf([8, 16, 24, 32], 3), "8, 16, 24, …");
 * ```
 */
export function listOf(values: readonly (number | string)[], max = 8): string {
  const shown = values.slice(0, max).join(", ");
  return values.length > max ? `${shown}, …` : shown;
}
