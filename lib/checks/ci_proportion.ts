/**
 * A confidence interval for a proportion x/n, recomputed by every method the project
 * implements; the claim is reproduced when at least one method prints the same limits at the
 * printed precision, and the result names the method(s) that do.
 *
 * The methods and their references are those of `binomialCI` (`lib/stats/binomial_ci.ts`);
 * the matching at the printed precision is `identifyCiMethod`'s, run with half-up and with
 * half-even rounding (either is accepted, as everywhere in the ledger).
 *
 * @module
 */

import { CI_METHODS, type CiMethod } from "../stats/binomial_ci.ts";
import { identifyCiMethod, type ReportedScale } from "../stats/identify_ci_method.ts";
import { requireOneOf } from "../stats/_validate.ts";
import { scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";

/** Inputs of {@linkcode checkCiProportion}. */
export interface CiProportionInput {
  /** `0 (0.0%–23.2%)`, `0.0%–23.2%` or `0.00–0.23`: the last two numbers are the limits. */
  readonly reported: string;
  readonly x: number;
  readonly n: number;
  /** Confidence level (default 0.95). */
  readonly level?: number;
  /** A method to test alone (default: every method). */
  readonly method?: string;
  /**
   * Another denominator the paper gives for the same group (the evaluable where `n` is all
   * treated): the explanation says what the fitting method(s) give with it. The status is
   * decided by `n` alone.
   */
  readonly altN?: number;
}

/**
 * Recomputes a proportion's CI and names the methods that print the reported limits.
 *
 * @example Boissel 2022, Table 2: "Responders, CR or CRi, n (95% CI) 0 (0.0%–23.2%)"
 * ```ts
 * import { checkCiProportion } from "./ci_proportion.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkCiProportion({ reported: "0 (0.0%–23.2%)", x: 0, n: 14 });
 * assertEquals(r.status, "reproduced");
 * assertStringIncludes(r.recomputed, "clopper-pearson"); // 1 − 0.025^(1/14) = 0.2316
 * ```
 */
export function checkCiProportion(input: CiProportionInput): CheckResult {
  const { reported, x, n } = input;
  const level = input.level ?? 0.95;
  if (input.method !== undefined) requireOneOf("method", input.method, CI_METHODS);
  const numbers = scanNumbers(reported);
  const lower = numbers.at(-2);
  const upper = numbers.at(-1);
  if (lower === undefined || upper === undefined) {
    throw new TypeError(`\`reported\` must print two limits, got ${JSON.stringify(reported)}`);
  }
  // Limits above 1 are percentages even without their `%` ("95%CI 85.5 – 99.9").
  const scale: ReportedScale = lower.percent || upper.percent || lower.value > 1 || upper.value > 1
    ? "percent"
    : "proportion";
  const unit = scale === "percent" ? "%" : "";
  const printed = { lower: lower.text.replace("%", ""), upper: upper.text.replace("%", ""), scale };
  // The project's rule accepts half-up and half-even rounding (data/README.md).
  const [up, even] = (["half-up", "half-even"] as const).map((rounding) =>
    identifyCiMethod(x, n, printed, { level, rounding })
  );
  const methods: readonly CiMethod[] = input.method === undefined
    ? CI_METHODS
    : [input.method as CiMethod];
  const computed = methods.map((method) => {
    const a = up!.candidates.find((c) => c.method === method)!;
    const b = even!.candidates.find((c) => c.method === method)!;
    return {
      method,
      shown: `${a.lowerText}${unit}–${a.upperText}${unit}`,
      fits: a.matches || b.matches,
    };
  });
  const fitting = computed.filter((c) => c.fits);
  const pct = Math.round(level * 100);
  const alternative = (method: CiMethod): string => {
    const m = input.altN;
    if (m === undefined || m === n || x > m) return "";
    const alt = identifyCiMethod(x, m, printed, { level }).candidates
      .find((c) => c.method === method)!;
    return ` With ${m} as the denominator instead of ${n}, ${x}/${m} by ${method} is ` +
      `${alt.lowerText}${unit}–${alt.upperText}${unit}` +
      (alt.matches ? ", which prints the same." : `: the printed interval uses ${n}.`);
  };
  if (fitting.length > 0) {
    const first = fitting[0]!;
    return checkResult(
      "reproduced",
      `${first.shown} (${fitting.map((c) => c.method).join(", ")})`,
      `${x}/${n}, ${pct}% CI: printed ${lower.text}–${upper.text} is given by ` +
        `${fitting.map((c) => c.method).join(", ")}.${alternative(first.method)}`,
    );
  }
  const first = computed[0]!;
  return checkResult(
    "discrepancy",
    `${first.shown} (${first.method})`,
    `${x}/${n}, ${pct}% CI by each method: ` +
      `${computed.map((c) => `${c.method} ${c.shown}`).join("; ")}. None prints ` +
      `${lower.text}–${upper.text}.`,
  );
}
