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

/**
 * Wilson score limits for x/n. Each limit is taken from the side where it does not cancel:
 * the roots of the Wilson quadratic multiply to p²/(1 + z²/n) (and their complements to
 * (1 − p)²/(1 + z²/n)).
 */
export function wilson(x: number, n: number, z: number): readonly [number, number] {
  const z2 = z * z;
  const p = x / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  if (x === 0) return [0, centre + half];
  if (x === n) return [centre - half, 1];
  if (2 * x <= n) {
    const upper = centre + half;
    return [(p * p) / (denominator * upper), upper];
  }
  const lower = centre - half;
  return [lower, 1 - ((1 - p) * (1 - p)) / (denominator * (1 - lower))];
}
