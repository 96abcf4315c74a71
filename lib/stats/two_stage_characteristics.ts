/**
 * Operating characteristics of a two-stage single-arm design with early stopping for futility
 * (Simon 1989): probability of early termination, expected sample size and probability of
 * declaring the treatment promising, at one response rate or over a grid (the OC curve).
 *
 * Convention (Simon 1989): enrol n1 patients; stop if the number of responses X1 ≤ r1;
 * otherwise enrol n − n1 more and declare the treatment promising if X1 + X2 > r.
 *
 * References: Simon, R. 1989. "Optimal two-stage designs for phase II clinical trials."
 * Controlled Clinical Trials 10 (1): 1–10. doi:10.1016/0197-2456(89)90015-9
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { requireFinite, requireInteger } from "./_validate.ts";
import { binomialPmfRow, upperTailRow } from "./_binomial_rows.ts";

/** A two-stage rule: stop if responses ≤ `r1` of `n1`; promising if responses > `r` of `n`. */
export interface TwoStageRule {
  /** Stage-1 futility boundary: stop if stage-1 responses ≤ r1. */
  readonly r1: number;
  /** Stage-1 sample size. */
  readonly n1: number;
  /** Final boundary: promising if total responses > r. */
  readonly r: number;
  /** Total (maximum) sample size. */
  readonly n: number;
}

/** Operating characteristics of a two-stage rule at one true response rate `p`. */
export interface TwoStageCharacteristics {
  readonly design: TwoStageRule;
  /** True response rate. */
  readonly p: number;
  /** Probability of early termination P(X1 ≤ r1). */
  readonly pet: number;
  /** Expected sample size n1 + (1 − pet)(n − n1). */
  readonly en: number;
  /** Probability of declaring the treatment promising P(X1 > r1, X1 + X2 > r). */
  readonly pReject: number;
}

/**
 * Throws a `RangeError`/`TypeError` naming the field unless `design` is a two-stage rule:
 * integers with 1 ≤ n1 < n, 0 ≤ r1 < n1 and r1 ≤ r < n.
 *
 * @example A stage 1 as large as the whole trial is not a two-stage rule
 * ```ts
 * import { requireTwoStageRule } from "./two_stage_characteristics.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(
 *   () => requireTwoStageRule({ r1: 3, n1: 43, r: 12, n: 43 }),
 *   RangeError,
 *   "`design.n1` must be smaller than `design.n` (43), got 43",
 * );
 * ```
 */
export function requireTwoStageRule(
  design: unknown,
  name = "design",
): asserts design is TwoStageRule {
  if (typeof design !== "object" || design === null) {
    throw new TypeError(`\`${name}\` must be an object { r1, n1, r, n }, got ${String(design)}`);
  }
  const d = design as Record<string, unknown>;
  requireInteger(`${name}.n1`, d.n1, 1);
  requireInteger(`${name}.n`, d.n, 2);
  requireInteger(`${name}.r1`, d.r1, 0);
  requireInteger(`${name}.r`, d.r, 0);
  const { r1, n1, r, n } = d as unknown as TwoStageRule;
  if (n1 >= n) {
    throw new RangeError(`\`${name}.n1\` must be smaller than \`${name}.n\` (${n}), got ${n1}`);
  }
  if (r1 >= n1) {
    throw new RangeError(`\`${name}.r1\` must be smaller than \`${name}.n1\` (${n1}), got ${r1}`);
  }
  if (r < r1 || r >= n) {
    throw new RangeError(
      `\`${name}.r\` must be an integer in [r1, n − 1] = [${r1}, ${n - 1}], got ${r}`,
    );
  }
}

function requireRate(name: string, p: unknown): asserts p is number {
  requireFinite(name, p);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`\`${name}\` must be in [0, 1], got ${p}`);
}

/** P(X1 > r1, X1 + X2 > r) from the stage-1 mass and the stage-2 upper tails. */
function rejectionProbability(
  rule: TwoStageRule,
  stage1Pmf: Float64Array,
  stage2Upper: Float64Array,
): number {
  const { r1, n1, r, n } = rule;
  const n2 = n - n1;
  let sum = 0;
  for (let x1 = n1; x1 > r1; x1--) {
    const need = r - x1; // P(X2 > need)
    const tail = need < 0 ? 1 : need >= n2 ? 0 : stage2Upper[need]!;
    sum += stage1Pmf[x1]! * tail;
  }
  return sum;
}

/**
 * Probability of early termination, expected sample size and probability of rejecting the null
 * hypothesis (declaring the treatment promising) of a two-stage rule at response rate `p`.
 *
 * @example Simon's optimal design for p0 = 0.2 vs p1 = 0.4 (α = 0.05, β = 0.2)
 * ```ts
 * import { twoStageCharacteristics } from "./two_stage_characteristics.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const oc = twoStageCharacteristics({ r1: 3, n1: 13, r: 12, n: 43 }, 0.2);
 * // Simon (1989), Table 1, p0 = 0.20, p1 = 0.40, α = 0.05, β = 0.20: EN(p0) 20.6, PET 0.75
 * assertAlmostEquals(oc.en, 20.6, 0.05);
 * assertAlmostEquals(oc.pet, 0.75, 0.005);
 * ```
 */
export function twoStageCharacteristics(design: TwoStageRule, p: number): TwoStageCharacteristics {
  requireTwoStageRule(design);
  requireRate("p", p);
  const { r1, n1, r, n } = design;
  const f1 = binomialPmfRow(n1, p);
  let pet = 0;
  for (let x = 0; x <= r1; x++) pet += f1[x]!;
  const pReject = rejectionProbability(design, f1, upperTailRow(binomialPmfRow(n - n1, p)));
  return displayAs(`Operating characteristics at p = ${p}`, {
    design: { r1, n1, r, n },
    p,
    pet,
    en: n1 + (1 - pet) * (n - n1),
    pReject,
  });
}

/** The default grid of the OC curve: p = 0, 0.01, …, 1. */
export const DEFAULT_OC_GRID: readonly number[] = Array.from({ length: 101 }, (_, i) => i / 100);

/**
 * Tabulates {@link twoStageCharacteristics} over a grid of response rates (default 0, 0.01,
 * …, 1), for the operating-characteristic curve.
 *
 * @example The OC curve passes through α at p0 and through the power at p1
 * ```ts
 * import { operatingCharacteristics } from "./two_stage_characteristics.ts";
 * import { assert } from "@std/assert";
 * const rows = operatingCharacteristics({ r1: 4, n1: 18, r: 10, n: 33 }, [0.2, 0.4]);
 * assert(rows[0]!.pReject <= 0.05 && rows[1]!.pReject >= 0.8);
 * ```
 */
export function operatingCharacteristics(
  design: TwoStageRule,
  grid: readonly number[] = DEFAULT_OC_GRID,
): readonly TwoStageCharacteristics[] {
  requireTwoStageRule(design);
  if (!Array.isArray(grid) || grid.length === 0) {
    throw new RangeError(`\`grid\` must be a non-empty array of rates in [0, 1], got ${grid}`);
  }
  grid.forEach((p, i) => requireRate(`grid[${i}]`, p));
  return grid.map((p) => twoStageCharacteristics(design, p));
}
