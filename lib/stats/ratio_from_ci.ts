/**
 * What a reported ratio (hazard ratio, odds ratio, risk ratio) and its confidence interval
 * imply: the standard error of the log ratio, the z statistic and two-sided p-value, and
 * whether the printed estimate sits where a log-scale Wald interval puts it.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { normalSf } from "./distributions.ts";
import { readLevel, twoSidedZ } from "./_two_arm.ts";
import { requireFinite } from "./_validate.ts";

/** A reported ratio and its two-sided confidence interval. */
export interface ReportedRatio {
  /** Point estimate, > 0. */
  readonly estimate: number;
  /** Lower confidence limit, > 0. */
  readonly lower: number;
  /** Upper confidence limit, > `lower`. */
  readonly upper: number;
  /** Confidence level of [`lower`, `upper`], in (0, 1). Default 0.95. */
  readonly level?: number;
}

/** Result of {@link ratioFromCI}. */
export interface RatioFromCIResult {
  /** The reported estimate. */
  readonly estimate: number;
  /** The reported lower limit. */
  readonly lower: number;
  /** The reported upper limit. */
  readonly upper: number;
  /** The confidence level used. */
  readonly level: number;
  /** Standard error of the log ratio, (ln upper − ln lower) / (2z). */
  readonly se: number;
  /** Wald statistic ln(estimate) / se. */
  readonly z: number;
  /** Two-sided p-value 2·(1 − Φ(|z|)) for the null hypothesis ratio = 1. */
  readonly pValue: number;
  /** Geometric mid-point √(lower·upper), where a log-scale Wald interval is centred. */
  readonly geometricMidpoint: number;
  /**
   * Where the estimate sits between the limits on the log scale, relative to the half-width:
   * [ln estimate − ln √(lower·upper)] / [(ln upper − ln lower)/2]. 0 when the interval is
   * symmetric about the estimate on the log scale, −1 or +1 when the estimate is on the lower
   * or upper limit, beyond ±1 when it lies outside the interval. Rounding of printed figures
   * alone moves it by a few hundredths; much more suggests a typo, a different interval
   * method (profile likelihood, exact, bootstrap), or a mismatched estimate and interval.
   */
  readonly asymmetry: number;
}

/**
 * The standard error, z statistic and two-sided p-value implied by a reported ratio and its
 * confidence interval, and a consistency check of the three printed numbers.
 *
 * Assuming the interval is a Wald interval on the log scale, ln(lower) and ln(upper) are
 * ln(estimate) ∓ z·SE with z = Φ⁻¹((1 + level)/2), so SE = (ln upper − ln lower)/(2z); then
 * z = ln(estimate)/SE and P = 2·(1 − Φ(|z|)) (Altman and Bland 2011, who use the interval
 * only; here the estimate is the reported one, and `asymmetry` measures how far it is from
 * the interval's geometric mid-point, where such an interval would put it).
 *
 * Bad input: `estimate`, `lower`, `upper` must be finite and > 0, with lower < upper
 * (`RangeError`, naming the argument); an estimate outside the interval is allowed and shows
 * as |asymmetry| > 1.
 *
 * Reference: Altman, D. G., and J. M. Bland. 2011. "How to obtain the P value from a
 * confidence interval." BMJ 343: d2304. doi:10.1136/bmj.d2304
 *
 * @example Overall survival hazard ratio 0.43 (95% CI 0.18–1.01), as printed in Aureli 2023
 * ```ts
 * import { ratioFromCI } from "./ratio_from_ci.ts";
 * import { assert, assertAlmostEquals } from "@std/assert";
 * const r = ratioFromCI({ estimate: 0.43, lower: 0.18, upper: 1.01 });
 * assertAlmostEquals(r.se, 0.4400, 1e-4); // (ln 1.01 − ln 0.18) / (2 × 1.95996)
 * assertAlmostEquals(r.pValue, 0.0550, 1e-4);
 * assert(Math.abs(r.asymmetry) < 0.02); // the three printed numbers are consistent
 * ```
 */
export function ratioFromCI(reported: ReportedRatio): RatioFromCIResult {
  if (typeof reported !== "object" || reported === null) {
    throw new TypeError(
      `\`reported\` must be an object { estimate, lower, upper, level? }, got ${String(reported)}`,
    );
  }
  const { estimate, lower, upper } = reported;
  for (const [name, value] of [["estimate", estimate], ["lower", lower], ["upper", upper]]) {
    requireFinite(name as string, value);
    if (!((value as number) > 0)) {
      throw new RangeError(`\`${name}\` must be a ratio > 0, got ${value}`);
    }
  }
  if (!(lower < upper)) {
    throw new RangeError(`\`upper\` must exceed \`lower\` (${lower}), got ${upper}`);
  }
  const level = readLevel(reported.level);
  const logLower = Math.log(lower);
  const logUpper = Math.log(upper);
  const halfWidth = (logUpper - logLower) / 2;
  const centre = (logLower + logUpper) / 2;
  const se = halfWidth / twoSidedZ(level);
  const z = Math.log(estimate) / se;
  return Object.freeze(displayAs(`Ratio ${estimate} (${lower}–${upper}) read back`, {
    estimate,
    lower,
    upper,
    level,
    se,
    z,
    pValue: 2 * normalSf(Math.abs(z)),
    geometricMidpoint: Math.exp(centre),
    asymmetry: (Math.log(estimate) - centre) / halfWidth,
  }));
}
