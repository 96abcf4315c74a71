/**
 * Confidence intervals for the difference between two paired proportions, p₁ − p₂, from a
 * paired 2×2 table.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { brentRoot } from "./_brent.ts";
import { type PairedTable, readPairedTable } from "./_paired.ts";
import { readLevel, twoSidedZ, wilson } from "./_two_arm.ts";
import { requireOneOf } from "./_validate.ts";

export type { PairedTable } from "./_paired.ts";

/** Interval methods for the paired difference; the first is the default. */
export const PAIRED_DIFFERENCE_METHODS = ["newcombe", "tango", "wald"] as const;
/** One of {@linkcode PAIRED_DIFFERENCE_METHODS}. */
export type PairedDifferenceMethod = (typeof PAIRED_DIFFERENCE_METHODS)[number];

/** Options of {@linkcode pairedDifference}. */
export interface PairedDifferenceOptions {
  /** Interval method. Default `"newcombe"`. */
  readonly method?: PairedDifferenceMethod;
  /** Two-sided confidence level, in (0, 1). Default 0.95. */
  readonly level?: number;
}

/** Result of {@linkcode pairedDifference}: the estimate, its interval and their provenance. */
export interface PairedDifference {
  readonly method: PairedDifferenceMethod;
  readonly level: number;
  readonly table: PairedTable;
  /** Proportion with the event under the first condition, (n11 + n12)/N. */
  readonly p1: number;
  /** Proportion with the event under the second condition, (n11 + n21)/N. */
  readonly p2: number;
  /** p₁ − p₂ = (n12 − n21)/N. */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/**
 * Estimate and two-sided confidence interval for p₁ − p₂, the difference between the
 * proportions with the event under the first and the second condition of a paired table
 * `{ n11, n12, n21, n22 }` (rows: first condition; columns: second). With N pairs, b = n12 and
 * c = n21, the estimate is (b − c)/N.
 *
 * - `"newcombe"` (default): Newcombe's (1998) method 10, the hybrid score ("square-and-add")
 *   interval built from the Wilson limits l₁, u₁ of p₁ and l₂, u₂ of p₂ with a correction for
 *   their correlation: D − √((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²) to
 *   D + √((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²), where φ = C/√(product of the four
 *   margins), C = n11·n22 − b·c − N/2 when that product difference exceeds N/2, 0 when it lies
 *   in [0, N/2], and n11·n22 − b·c when negative; φ = 0 when a margin is empty.
 * - `"tango"`: Tango's (1998) score interval, the δ with |T(δ)| ≤ z, where
 *   T(δ) = (b − c − Nδ)/√(N(2q̃ + δ(1 − δ))) and q̃ is the restricted maximum-likelihood
 *   estimate of the probability of the (no event, event) cell given δ, the non-negative root
 *   of 2N·q² + [(2N − b + c)δ − b − c]·q − cδ(1 − δ) = 0 (taken in the form that does not
 *   cancel). The limits are found to full double precision by Brent's method.
 * - `"wald"`: D ± z·√(b + c − (b − c)²/N)/N. Not truncated to [−1, 1] (as the Wald interval of
 *   `compareProportions`).
 *
 * The Newcombe and Tango limits stay within [−1, 1]. Fagerland, Lydersen and Laake (2014)
 * recommend the Tango and the Newcombe/Bonett–Price hybrid score intervals; the Wald interval
 * is too narrow in small samples.
 *
 * References:
 * - Newcombe, R. G. 1998. "Improved confidence intervals for the difference between binomial
 *   proportions based on paired data." Statistics in Medicine 17 (22): 2635–2650.
 *   doi:10.1002/(SICI)1097-0258(19981130)17:22<2635::AID-SIM954>3.0.CO;2-C
 * - Tango, T. 1998. "Equivalence test and confidence interval for the difference in
 *   proportions for the paired-sample design." Statistics in Medicine 17 (8): 891–908.
 *   doi:10.1002/(SICI)1097-0258(19980430)17:8<891::AID-SIM780>3.0.CO;2-B
 * - Fagerland, M. W., S. Lydersen, and P. Laake. 2014. "Recommended tests and confidence
 *   intervals for paired binomial proportions." Statistics in Medicine 33 (16): 2850–2875.
 *   doi:10.1002/sim.6148
 *
 * @param table the paired table; counts are integers ≥ 0, at least one pair
 * @param options interval method and confidence level
 * @throws {RangeError} a negative or fractional count, no pair at all, an unknown `method`, a
 *   `level` outside (0, 1)
 * @throws {TypeError} a table that is not an object, a count or level that is not a number
 *
 * @example Newcombe (1998), the worked example: 20, 12, 2, 16 pairs
 * ```ts
 * import { pairedDifference } from "./paired_difference.ts";
 * import { assertEquals } from "@std/assert";
 * const table = { n11: 20, n12: 12, n21: 2, n22: 16 };
 * const d = pairedDifference(table);
 * assertEquals(d.estimate, 0.2);
 * // Newcombe 1998, method 10: 0.0562 to 0.3292 (as ratesci's tests/testthat/test3.R quote it)
 * assertEquals([d.lower.toFixed(4), d.upper.toFixed(4)], ["0.0562", "0.3292"]);
 * ```
 *
 * @example Tango's score interval (Cavo et al. 2012, contingencytables test-ch8.R)
 * ```ts
 * import { pairedDifference } from "./paired_difference.ts";
 * import { assertEquals } from "@std/assert";
 * const d = pairedDifference({ n11: 59, n12: 6, n21: 16, n22: 80 }, { method: "tango" });
 * assertEquals([d.lower.toFixed(4), d.upper.toFixed(4)], ["-0.1240", "-0.0054"]);
 * ```
 */
export function pairedDifference(
  table: PairedTable,
  options: PairedDifferenceOptions = {},
): PairedDifference {
  const t = readPairedTable("table", table);
  const method = options.method ?? "newcombe";
  requireOneOf("method", method, PAIRED_DIFFERENCE_METHODS);
  const level = readLevel(options.level);
  const z = twoSidedZ(level);
  const n = t.n11 + t.n12 + t.n21 + t.n22;
  const p1 = (t.n11 + t.n12) / n;
  const p2 = (t.n11 + t.n21) / n;
  const estimate = (t.n12 - t.n21) / n;
  const [lower, upper] = method === "tango"
    ? tango(t.n12, t.n21, n, z)
    : method === "wald"
    ? wald(t.n12, t.n21, n, z)
    : newcombe(t, n, z);
  return Object.freeze(displayAs(
    `paired difference (${method}): ${t.n11}, ${t.n12}, ${t.n21}, ${t.n22}`,
    { method, level, table: t, p1, p2, estimate, lower, upper },
  ));
}

function wald(b: number, c: number, n: number, z: number): readonly [number, number] {
  const d = (b - c) / n;
  const half = (z * Math.sqrt(Math.max(0, b + c - ((b - c) * (b - c)) / n))) / n;
  return [d - half, d + half];
}

function newcombe(t: PairedTable, n: number, z: number): readonly [number, number] {
  const row1 = t.n11 + t.n12;
  const row2 = t.n21 + t.n22;
  const col1 = t.n11 + t.n21;
  const col2 = t.n12 + t.n22;
  const p1 = row1 / n;
  const p2 = col1 / n;
  const [l1, u1] = wilson(row1, n, z);
  const [l2, u2] = wilson(col1, n, z);
  let phi = 0;
  if (row1 > 0 && row2 > 0 && col1 > 0 && col2 > 0) {
    const cross = t.n11 * t.n22 - t.n12 * t.n21;
    const c = cross > n / 2 ? cross - n / 2 : cross >= 0 ? 0 : cross;
    phi = c / Math.sqrt(row1 * row2 * col1 * col2);
  }
  const d = p1 - p2;
  const dl1 = p1 - l1;
  const du2 = u2 - p2;
  const dl2 = p2 - l2;
  const du1 = u1 - p1;
  const lower = d - Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2));
  const upper = d + Math.sqrt(Math.max(0, dl2 * dl2 - 2 * phi * dl2 * du1 + du1 * du1));
  return [lower, upper];
}

/**
 * Tango's statistic at δ as u = |T|/(1 + |T|), bounded so that it can be evaluated at δ = ±1
 * (where the variance vanishes) and bracketed without infinities; 0/0 counts as 0.
 */
function tangoBounded(b: number, c: number, n: number, delta: number): number {
  const numerator = Math.abs(b - c - n * delta);
  if (numerator === 0) return 0;
  const a2 = 2 * n;
  const a1 = (2 * n - b + c) * delta - b - c;
  const a0 = -c * delta * (1 - delta);
  const root = Math.sqrt(Math.max(0, a1 * a1 - 4 * a2 * a0));
  // The non-negative root of a2·q² + a1·q + a0 = 0, in the form that does not cancel.
  const q = a1 <= 0 ? (root - a1) / (2 * a2) : (-2 * a0) / (root + a1);
  const variance = n * (2 * q + delta * (1 - delta));
  return numerator / (numerator + Math.sqrt(Math.max(0, variance)));
}

function tango(b: number, c: number, n: number, z: number): readonly [number, number] {
  const d = (b - c) / n;
  const target = z / (1 + z);
  const f = (delta: number) => tangoBounded(b, c, n, delta) - target;
  const lower = d <= -1 ? -1 : brentRoot(f, -1, d, 0, f(-1), -target);
  const upper = d >= 1 ? 1 : brentRoot(f, d, 1, 0, -target, f(1));
  return [lower, upper];
}
