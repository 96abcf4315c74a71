/**
 * p-values as people write them in prose: `p = 0.29`, `p = 0.012`, `p = 0.0004`,
 * `p < 0.0001`, `p > 0.99` — never `8.100e-7`. Two significant digits down to 0.001 (enough to
 * tell 0.049 from 0.051), one below it, and a bound beyond the four decimals a journal prints.
 *
 * @module
 */

import { requireFinite } from "../stats/_validate.ts";

/**
 * Formats a p-value for an explanation, with its `p = ` or `p < ` prefix.
 *
 * @throws {RangeError} when `p` is not in [0, 1]
 *
 * @example
 * ```ts
 * import { formatPValue } from "./format_p.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(formatPValue(0.2934), "p = 0.29");
 * assertEquals(formatPValue(0.01234), "p = 0.012");
 * assertEquals(formatPValue(0.000412), "p = 0.0004");
 * assertEquals(formatPValue(8.1e-7), "p < 0.0001");
 * assertEquals(formatPValue(0.9995), "p > 0.99");
 * ```
 */
export function formatPValue(p: number): string {
  requireFinite("p", p);
  if (p < 0 || p > 1) throw new RangeError(`\`p\` must be in [0, 1], got ${p}`);
  if (p < 0.0001) return "p < 0.0001";
  if (p > 0.99) return "p > 0.99";
  if (p < 0.001) return `p = ${p.toFixed(4)}`;
  const digits = Math.max(2, 1 - Math.floor(Math.log10(p))); // two significant digits
  return `p = ${p.toFixed(Math.min(digits, 4))}`;
}
