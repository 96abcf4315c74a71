/**
 * Shared pieces of the two-arm comparisons (`compareProportions`, `fisherExact`,
 * `chiSquareTest`): the arm type, its validation, and the two-sided normal critical value.
 * Private to `lib/stats/`.
 *
 * @module
 */
import { normalQuantile } from "./distributions.ts";
import { requireCounts, requireOpenUnit } from "./_validate.ts";

/** One arm of a two-arm trial: `x` events among `n` patients. */
export interface Arm {
  /** Number of events (responders), an integer in [0, n]. */
  readonly x: number;
  /** Number of patients, an integer ≥ 1. */
  readonly n: number;
}

/**
 * Validates an arm passed as argument `name` and returns a frozen copy, so that results can
 * carry their inputs without aliasing the caller's object.
 */
export function readArm(name: string, value: unknown): Arm {
  if (typeof value !== "object" || value === null) {
    throw new TypeError(`\`${name}\` must be an object { x, n }, got ${String(value)}`);
  }
  const { x, n } = value as { x: unknown; n: unknown };
  requireCounts(x, n, `${name}.x`, `${name}.n`);
  return Object.freeze({ x: x as number, n: n as number });
}

/** Validates a confidence level in (0, 1); `undefined` gives the default 0.95. */
export function readLevel(level: unknown): number {
  if (level === undefined) return 0.95;
  requireOpenUnit("level", level);
  return level;
}

/** The two-sided critical value z with P(|Z| ≤ z) = `level`. */
export function twoSidedZ(level: number): number {
  return normalQuantile(0.5 + level / 2);
}
