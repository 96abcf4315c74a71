/**
 * A ratio (hazard, odds or risk ratio) and its confidence interval, as printed. A Wald
 * interval on the log scale is symmetric about log(estimate), so the estimate must equal the
 * geometric mean of the limits; the standard error follows from the width,
 * SE = (log upper − log lower) / (2 z), and with it the z statistic and the two-sided p-value.
 *
 * Rounding is propagated rather than ignored: each printed number stands for an interval of
 * half a unit in its last digit, and a printed estimate (or p) is consistent when its interval
 * meets the range of values that the printed limits allow.
 *
 * Reference: Altman, D. G., and J. M. Bland. 2011. "How to obtain the P value from a confidence
 * interval." BMJ 343: d2304. doi:10.1136/bmj.d2304
 *
 * @module
 */

import { normalQuantile, normalSf } from "../stats/distributions.ts";
import { ratioFromCI } from "../stats/ratio_from_ci.ts";
import { formatPValue } from "./format_p.ts";
import { type PrintedNumber, scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";
import { formatAt } from "./rounding.ts";

/** Inputs of {@linkcode checkRatioCi}; numbers not given are read from `reported`. */
export interface RatioCiInput {
  /** `0.43 (95% CI, 0.18–1.01)`; a percentage in it is read as the level. */
  readonly reported: string;
  readonly estimate?: number;
  readonly lower?: number;
  readonly upper?: number;
  /** Confidence level (default: the printed `95%`, else 0.95). */
  readonly level?: number;
  /** A printed p-value to compare (`0.05`, `p = 0.049`, `<0.001`). */
  readonly p?: string;
}

type Span = readonly [number, number];

function span(p: PrintedNumber): Span {
  const h = 0.5 * 10 ** -p.decimals;
  return [p.value - h, p.value + h];
}

function literal(value: number, printed: PrintedNumber | undefined): PrintedNumber {
  const decimals = printed?.decimals ?? (String(value).split(".")[1]?.length ?? 0);
  return { text: String(value), value, decimals, percent: false, wellFormed: true, word: false };
}

const sig = (x: number): string => Number(x.toPrecision(3)).toString();

/**
 * Checks a printed ratio and CI for log-symmetry and derives SE, z and p.
 *
 * @example Aureli 2023 §4.1.2 (Locatelli 2021): "hazard ratio … 0.43 (95% CI, 0.18–1.01)"
 * ```ts
 * import { checkRatioCi } from "./ratio_ci.ts";
 * import { assertEquals, assertStringIncludes } from "@std/assert";
 * const r = checkRatioCi({ reported: "0.43 (95% CI, 0.18–1.01)" });
 * assertEquals(r.status, "reproduced");
 * assertStringIncludes(r.explanation, "p = 0.055"); // ratioFromCI: SE 0.44, z = −1.92
 * ```
 */
export function checkRatioCi(input: RatioCiInput): CheckResult {
  const numbers = scanNumbers(input.reported);
  const printedLevel = numbers.find((p) => p.percent);
  const plain = numbers.filter((p) => !p.percent);
  const e = input.estimate === undefined ? plain[0] : literal(input.estimate, plain[0]);
  const l = input.lower === undefined ? plain[1] : literal(input.lower, plain[1]);
  const u = input.upper === undefined ? plain[2] : literal(input.upper, plain[2]);
  if (e === undefined || l === undefined || u === undefined) {
    throw new TypeError(
      `\`reported\` must print an estimate and two limits, got ${JSON.stringify(input.reported)}`,
    );
  }
  const level = input.level ?? (printedLevel ? printedLevel.value / 100 : 0.95);
  // Validates the three numbers and the level (RangeError naming the argument).
  const ratio = ratioFromCI({ estimate: e.value, lower: l.value, upper: u.value, level });
  const z = normalQuantile(0.5 + level / 2);
  const [l0, l1] = span(l);
  const [u0, u1] = span(u);
  const [e0, e1] = span(e);
  const lo = Math.max(l0, Number.MIN_VALUE);
  const gm = Math.sqrt(l.value * u.value);
  const gmSpan: Span = [Math.sqrt(lo * u0), Math.sqrt(l1 * u1)];
  const seSpan: Span = [Math.log(u0 / l1) / (2 * z), Math.log(u1 / lo) / (2 * z)];
  const pOf = (est: number, s: number) => 2 * normalSf(Math.abs(Math.log(est)) / s);
  // The p-values the printed numbers allow: extreme |log estimate| against extreme SE.
  const logs = [Math.log(e0), Math.log(e1)].map(Math.abs);
  const pSpan: Span = Math.log(e0) <= 0 && Math.log(e1) >= 0
    ? [pOf(Math.exp(Math.max(...logs)), seSpan[0]), 1]
    : [pOf(Math.exp(Math.max(...logs)), seSpan[0]), pOf(Math.exp(Math.min(...logs)), seSpan[1])];

  const recomputed = formatAt(gm, e.decimals);
  const derived = `SE(log) = ${sig(ratio.se)}, z = ${sig(ratio.z)}, ${formatPValue(ratio.pValue)}`;
  const problems: string[] = [];
  const symmetric = gmSpan[0] <= e1 && gmSpan[1] >= e0;
  if (!symmetric) {
    problems.push(
      `The estimate ${e.text} is not the geometric mean of the limits ` +
        `(√(${l.text} × ${u.text}) = ${formatAt(gm, e.decimals + 2)}; the rounding of the limits ` +
        `allows ${formatAt(gmSpan[0], e.decimals + 2)}–${formatAt(gmSpan[1], e.decimals + 2)}): ` +
        `the interval is not symmetric on the log scale, so it is not a Wald interval of this ` +
        `estimate, or one of the three numbers is misprinted.`,
    );
  }
  if (input.p !== undefined) {
    const printedP = scanNumbers(input.p).find((x) => !x.percent);
    if (printedP === undefined) throw new TypeError(`\`p\` must print a number, got "${input.p}"`);
    const [p0, p1] = span(printedP);
    const ok = printedP.relation === "<" || printedP.relation === "≤"
      ? pSpan[0] < printedP.value
      : printedP.relation === ">" || printedP.relation === "≥"
      ? pSpan[1] > printedP.value
      : pSpan[0] <= p1 && pSpan[1] >= p0;
    if (!ok) {
      problems.push(
        `The printed p ${input.p} is outside what the printed estimate and limits allow ` +
          `(from ${formatPValue(pSpan[0])} to ${formatPValue(pSpan[1])}).`,
      );
    }
  }
  if (problems.length > 0) {
    return checkResult("discrepancy", recomputed, `${problems.join(" ")} Derived: ${derived}.`);
  }
  return checkResult(
    "reproduced",
    recomputed,
    `√(${l.text} × ${u.text}) = ${formatAt(gm, e.decimals + 2)} prints as ${recomputed}: ` +
      `log-symmetric (${Math.round(level * 100)}% Wald). Derived: ${derived}.`,
  );
}
