/**
 * Inference after a two-stage design with early stopping for futility (Simon 1989): the
 * p-value under the stage-wise ordering, the uniformly minimum variance unbiased estimator
 * (UMVUE) and the exact confidence interval that respects the design, beside the naive
 * estimate, p-value and Clopper–Pearson interval that ignore it.
 *
 * Stage-wise ordering of the outcomes (m, s), m the stage at which the trial ended and s the
 * total number of responses: every stage-1 stop (s ≤ r1) ranks below every stage-2 outcome;
 * within a stage, more responses rank higher. The one-sided p-value for H0: p ≤ p0 is the
 * probability under p0 of an outcome ranked at or above the observed one; the exact two-sided
 * 100·level% interval [pL, pU] solves P_pL(at or above) = (1 − level)/2 and
 * P_pU(at or below) = (1 − level)/2, each root found by bisection down to adjacent doubles.
 * A stage-1 stop only involves X1, so there the p-value is P(X1 ≥ x) and the interval is the
 * Clopper–Pearson interval of x of n1.
 *
 * Two conventions for the interval (option `convention`):
 * - `"exact"` (default): the limits above, P_pL(at or above) = α/2 and P_pU(at or below) = α/2
 *   (α = 1 − level). The interval covers p with probability ≥ level for every p, and at a
 *   stage-1 stop it is the Clopper–Pearson interval.
 * - `"koyama-chen"`: the inversion of Koyama and Chen's (2008) p-value on both sides, as R's
 *   `clinfun::twostage.inference` (and PhIIdesign) compute it: the lower limit is the exact one,
 *   the upper limit solves P_pU(at or above) = 1 − α/2, that is P_pU(strictly below) = α/2 —
 *   the exact upper limit of the outcome ranked just below the observed one. It is narrower
 *   (its upper limit is smaller) and gives up two things: the upper tail is no longer bounded
 *   by α/2 (the observed outcome itself is excluded from the tail), and the lowest outcome
 *   (stage 1, x = 0) has no upper limit at all, since every p puts it at or above with
 *   probability 1 (clinfun returns NA; here it is a `RangeError`). At x = n it gives an upper
 *   limit below 1. clinfun reads its limits off a grid of step 1e-4 (the smallest grid point
 *   above the lower limit, the largest below the upper one) and puts its `alpha` in each tail
 *   (`alpha = 0.05` gives a 90% interval); here `level` is two-sided and the limits are solved
 *   to full precision, so clinfun's agree with them to its grid step.
 * The p-value and the UMVUE are Koyama and Chen's and Jung and Kim's under either convention,
 * and agree with clinfun's. Koyama and Chen's conditional-error p-value for a second stage of
 * unplanned size needs the stage-1 and stage-2 counts separately; it is not implemented (the
 * outcome here is the total).
 *
 * References:
 * - Koyama, T., and H. Chen. 2008. "Proper inference from Simon's two-stage designs."
 *   Statistics in Medicine 27 (16): 3145–3154. doi:10.1002/sim.3123
 * - Jung, S.-H., and K. M. Kim. 2004. "On the estimation of the binomial probability in
 *   multistage clinical trials." Statistics in Medicine 23 (6): 881–896. doi:10.1002/sim.1653
 * - Jennison, C., and B. W. Turnbull. 2000. Group Sequential Methods with Applications to
 *   Clinical Trials. Boca Raton: Chapman & Hall/CRC, chapter 8 (the stage-wise ordering).
 * - Clopper, C. J., and E. S. Pearson. 1934. "The use of confidence or fiducial limits
 *   illustrated in the case of the binomial." Biometrika 26 (4): 404–413.
 *   doi:10.1093/biomet/26.4.404
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { requireInteger, requireOneOf, requireOpenUnit } from "./_validate.ts";
import { binomialPmfRow, lowerTailRow, upperTailRow } from "./_binomial_rows.ts";
import { binomialCI } from "./binomial_ci.ts";
import { requireTwoStageRule, type TwoStageRule } from "./two_stage_characteristics.ts";

/** Stages at which a two-stage trial can end. */
export const TWO_STAGE_STAGES = [1, 2] as const;
/** Stage at which the trial ended. */
export type TwoStageStage = (typeof TWO_STAGE_STAGES)[number];

/**
 * The result of a two-stage trial: `{ stage: 1, x }`, stopped after stage 1 with x ≤ r1
 * responses among n1, or `{ stage: 2, x }`, completed with x total responses among n.
 */
export interface TwoStageOutcome {
  readonly stage: TwoStageStage;
  readonly x: number;
}

/** Conventions for the interval of {@link twoStageInference} (see the module notes). */
export const TWO_STAGE_CONVENTIONS = ["exact", "koyama-chen"] as const;
/**
 * `"exact"` (default): both limits exact, Clopper–Pearson at a stage-1 stop. `"koyama-chen"`:
 * the upper limit inverts Koyama and Chen's p-value, as R's `clinfun::twostage.inference`.
 */
export type TwoStageConvention = (typeof TWO_STAGE_CONVENTIONS)[number];

/** Options of {@link twoStageInference}. */
export interface TwoStageInferenceOptions {
  /** Null response rate, for the p-value (H0: p ≤ p0). */
  readonly p0: number;
  /** Two-sided confidence level; default 0.95. */
  readonly level?: number;
  /** How the upper limit is defined; default `"exact"`. */
  readonly convention?: TwoStageConvention;
}

/** An interval for the response rate. */
export interface TwoStageInterval {
  readonly lower: number;
  readonly upper: number;
}

/** Result of {@link twoStageInference}. */
export interface TwoStageInference {
  readonly method: "stage-wise-ordering";
  readonly design: TwoStageRule;
  readonly outcome: TwoStageOutcome;
  readonly p0: number;
  readonly level: number;
  /** The interval's convention. */
  readonly convention: TwoStageConvention;
  /** Patients whose response was observed: n1 after a stage-1 stop, else n. */
  readonly sampleSize: number;
  /** One-sided p-value for H0: p ≤ p0 under the stage-wise ordering. */
  readonly pValue: number;
  /** Uniformly minimum variance unbiased estimate (Jung and Kim 2004). */
  readonly umvue: number;
  /** Interval by inverting the stage-wise ordering, by `convention` (see the module notes). */
  readonly ci: TwoStageInterval;
  /** The design ignored: x / sampleSize, the one-sample binomial p-value and Clopper–Pearson. */
  readonly naive: {
    readonly mle: number;
    readonly pValue: number;
    readonly ci: TwoStageInterval;
  };
}

/** P(outcome ranked at or above (stage, x)) at rate p. */
function atOrAbove(d: TwoStageRule, stage: TwoStageStage, x: number, p: number): number {
  if (stage === 1 && x === 0) return 1; // the lowest outcome: everything ranks at or above it
  const f1 = binomialPmfRow(d.n1, p);
  if (stage === 1) {
    let s = 0;
    for (let k = d.n1; k >= x; k--) s += f1[k]!;
    return s;
  }
  const n2 = d.n - d.n1;
  const up2 = upperTailRow(binomialPmfRow(n2, p)); // P(X2 > k)
  let s = 0;
  for (let x1 = d.n1; x1 > d.r1; x1--) {
    const k = x - x1 - 1; // P(X2 ≥ x − x1) = P(X2 > k)
    s += f1[x1]! * (k < 0 ? 1 : k >= n2 ? 0 : up2[k]!);
  }
  return s;
}

/** P(outcome ranked at or below (stage, x)) at rate p, summed directly (not 1 − above). */
function atOrBelow(d: TwoStageRule, stage: TwoStageStage, x: number, p: number): number {
  const f1 = binomialPmfRow(d.n1, p);
  if (stage === 1) {
    let s = 0;
    for (let k = 0; k <= x; k++) s += f1[k]!;
    return s;
  }
  const n2 = d.n - d.n1;
  const low2 = lowerTailRow(binomialPmfRow(n2, p)); // P(X2 ≤ k)
  let s = 0;
  for (let k = 0; k <= d.r1; k++) s += f1[k]!;
  for (let x1 = d.r1 + 1; x1 <= d.n1; x1++) {
    const k = x - x1;
    s += f1[x1]! * (k < 0 ? 0 : k >= n2 ? 1 : low2[k]!);
  }
  return s;
}

/**
 * The p in [0, 1] where a monotone function crosses `target`, by bisection down to adjacent
 * doubles (no grid, no tolerance): `increasing` tells the direction.
 */
function crossing(f: (p: number) => number, target: number, increasing: boolean): number {
  let lo = 0;
  let hi = 1;
  for (;;) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const below = increasing ? f(mid) < target : f(mid) > target;
    if (below) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Throws a `RangeError`/`TypeError` unless `outcome` is a possible end of a trial run under
 * `design`.
 *
 * @example A stage-2 total at or below r1 is impossible: stage 1 would have stopped
 * ```ts
 * import { requireTwoStageOutcome } from "./two_stage_inference.ts";
 * import { assertThrows } from "@std/assert";
 * assertThrows(
 *   () => requireTwoStageOutcome({ r1: 6, n1: 11, r: 17, n: 24 }, { stage: 2, x: 5 }),
 *   RangeError,
 *   "stage 1 would have stopped",
 * );
 * ```
 */
export function requireTwoStageOutcome(
  design: TwoStageRule,
  outcome: unknown,
): asserts outcome is TwoStageOutcome {
  if (typeof outcome !== "object" || outcome === null) {
    throw new TypeError(`\`outcome\` must be an object { stage, x }, got ${String(outcome)}`);
  }
  const { stage, x } = outcome as Record<string, unknown>;
  if (stage !== 1 && stage !== 2) {
    throw new RangeError(`\`outcome.stage\` must be 1 or 2, got ${String(stage)}`);
  }
  requireInteger("outcome.x", x);
  const { r1, n1, n } = design;
  if (stage === 1) {
    if (x > n1) {
      throw new RangeError(
        `\`outcome.x\` must be at most n1 = ${n1} at stage 1, got ${x}`,
      );
    }
    if (x > r1) {
      throw new RangeError(
        `\`outcome.x\` = ${x} > r1 = ${r1} at stage 1 is impossible as a final outcome: ` +
          `the trial would have continued to stage 2`,
      );
    }
  } else {
    if (x <= r1) {
      throw new RangeError(
        `\`outcome.x\` = ${x} ≤ r1 = ${r1} is impossible at stage 2: stage 1 would have stopped ` +
          `(x is the total number of responses, stages 1 and 2)`,
      );
    }
    if (x > n) throw new RangeError(`\`outcome.x\` must be at most n = ${n}, got ${x}`);
  }
}

/**
 * UMVUE of the response rate after stage 2 with s total responses (Jung and Kim 2004): the mean
 * of X1/n1 given X1 + X2 = s and X1 > r1, whose weights C(n1, x1)·C(n2, s − x1) are built by
 * their ratio so that nothing overflows.
 */
function umvueStage2(d: TwoStageRule, s: number): number {
  const n2 = d.n - d.n1;
  const from = Math.max(d.r1 + 1, s - n2);
  const to = Math.min(d.n1, s);
  let w = 1;
  let sumW = 0;
  let sumWX = 0;
  const weights: number[] = [];
  for (let x1 = from; x1 <= to; x1++) {
    weights.push(w);
    w *= ((d.n1 - x1) / (x1 + 1)) * ((s - x1) / (n2 - s + x1 + 1));
  }
  const scale = Math.max(...weights);
  weights.forEach((wi, i) => {
    sumW += wi / scale;
    sumWX += (wi / scale) * (from + i);
  });
  return sumWX / sumW / d.n1;
}

/** Clopper–Pearson interval of x of m at two-sided level `level`. */
function clopperPearson(x: number, m: number, level: number): TwoStageInterval {
  const { lower, upper } = binomialCI(x, m, { method: "clopper-pearson", level });
  return { lower, upper };
}

/**
 * p-value, UMVUE and exact confidence interval after a Simon two-stage trial, under the
 * stage-wise ordering; with the naive analysis (x over the patients observed, as if the sample
 * size had been fixed) for comparison.
 *
 * @param design The design `{ r1, n1, r, n }`.
 * @param outcome `{ stage, x }`: the stage at which the trial ended and the total responses.
 * @param options `p0` (required), `level` (default 0.95), `convention` (default `"exact"`).
 * @throws {RangeError} For an impossible outcome, `p0` or `level` outside (0, 1), an unknown
 * `convention`, or `convention: "koyama-chen"` at the lowest outcome (stage 1, x = 0), where
 * that convention has no upper limit.
 *
 * @example A trial under Simon's optimal design 3/13, 12/43 that ends with 14 responses of 43
 * ```ts
 * import { twoStageInference } from "./two_stage_inference.ts";
 * import { assert, assertAlmostEquals } from "@std/assert";
 * const design = { r1: 3, n1: 13, r: 12, n: 43 };
 * const res = twoStageInference(design, { stage: 2, x: 14 }, { p0: 0.2, level: 0.95 });
 * assert(res.pValue < 0.05); // 14 > r = 12: H0 rejected, and the p-value agrees
 * assertAlmostEquals(res.naive.mle, 14 / 43, 1e-15);
 * assert(res.ci.lower < res.umvue && res.umvue < res.ci.upper);
 * ```
 *
 * @example clinfun's convention: the same lower limit, a smaller upper one
 * ```ts
 * import { twoStageInference } from "./two_stage_inference.ts";
 * import { assert, assertEquals } from "@std/assert";
 * const design = { r1: 3, n1: 13, r: 12, n: 43 };
 * const exact = twoStageInference(design, { stage: 2, x: 14 }, { p0: 0.2 });
 * const kc = twoStageInference(design, { stage: 2, x: 14 }, { p0: 0.2, convention: "koyama-chen" });
 * assertEquals(kc.ci.lower, exact.ci.lower);
 * assert(kc.ci.upper < exact.ci.upper);
 * ```
 */
export function twoStageInference(
  design: TwoStageRule,
  outcome: TwoStageOutcome,
  options: TwoStageInferenceOptions,
): TwoStageInference {
  requireTwoStageRule(design);
  requireTwoStageOutcome(design, outcome);
  if (typeof options !== "object" || options === null) {
    throw new TypeError(`\`options\` must be an object { p0, level? }, got ${String(options)}`);
  }
  const { p0, level = 0.95, convention = "exact" } = options;
  requireOpenUnit("p0", p0);
  requireOpenUnit("level", level);
  requireOneOf("convention", convention, TWO_STAGE_CONVENTIONS);
  const d: TwoStageRule = { r1: design.r1, n1: design.n1, r: design.r, n: design.n };
  const { stage, x } = outcome;
  const a2 = (1 - level) / 2;
  const sampleSize = stage === 1 ? d.n1 : d.n;
  const isLowest = stage === 1 && x === 0;
  const isHighest = stage === 2 && x === d.n;
  const lower = isLowest ? 0 : crossing((p) => atOrAbove(d, stage, x, p), a2, true);
  let upper: number;
  if (convention === "exact") {
    upper = isHighest ? 1 : crossing((p) => atOrBelow(d, stage, x, p), a2, false);
  } else {
    if (isLowest) {
      throw new RangeError(
        '`convention` "koyama-chen" has no upper limit at the lowest outcome (stage 1, x = 0): ' +
          'every p puts it at or above with probability 1 (clinfun returns NA); use "exact", ' +
          'got "koyama-chen"',
      );
    }
    upper = crossing((p) => atOrAbove(d, stage, x, p), 1 - a2, true);
  }
  let naiveP = x === 0 ? 1 : 0;
  const f = binomialPmfRow(sampleSize, p0);
  for (let k = sampleSize; k >= x && x > 0; k--) naiveP += f[k]!;
  return displayAs(`Two-stage inference: stage ${outcome.stage}, ${outcome.x} responses`, {
    method: "stage-wise-ordering",
    design: d,
    outcome: { stage, x },
    p0,
    level,
    convention,
    sampleSize,
    pValue: atOrAbove(d, stage, x, p0),
    umvue: stage === 1 ? x / d.n1 : umvueStage2(d, x),
    ci: { lower, upper },
    naive: { mle: x / sampleSize, pValue: naiveP, ci: clopperPearson(x, sampleSize, level) },
  });
}
