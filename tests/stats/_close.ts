/**
 * Comparison of a computed value with a reference value, for the tests of the paired,
 * stratified and two-arm meta-analysis modules, whose fixtures write undefined statistics as
 * `null`.
 *
 * @module
 */
import { AssertionError } from "@std/assert";

/**
 * Asserts |actual − expected| ≤ rel·|expected| + abs. A `null` reference (a statistic the peer
 * leaves undefined) must be matched by `null`; infinities must match exactly.
 */
export function assertClose(
  actual: number | null,
  expected: number | null,
  rel: number,
  label: string,
  abs = 1e-15,
): void {
  if (expected === null || actual === null) {
    if (actual !== expected) throw new AssertionError(`${label}: ${actual} !== ${expected}`);
    return;
  }
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) {
    if (actual !== expected) throw new AssertionError(`${label}: ${actual} !== ${expected}`);
    return;
  }
  const error = Math.abs(actual - expected);
  if (!(error <= rel * Math.abs(expected) + abs)) {
    throw new AssertionError(
      `${label}: ${actual} vs ${expected} (relative error ${error / Math.abs(expected)})`,
    );
  }
}
