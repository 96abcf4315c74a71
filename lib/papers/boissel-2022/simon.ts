/**
 * The Simon two-stage design of Boissel et al. (2022), re-derived. The Methods describe the
 * design twice, differently:
 *
 * - "Simon's optimal two-stage design … proceed to stage 2 if >3/19 patients showed a clinical
 *   response" (Methods, study design), and
 * - "a 2-stage Simon's minimum-maximum design … 80% power to reject the null hypothesis that the
 *   complete response (CR + CRi) rate is ≤60% if the CR rate is ≥80%, based on a 1-sided exact
 *   binomial test at a significance level of 0.1. At Stage 1, a total of 11 evaluable
 *   participants would be enrolled and proceed to Stage 2 if more than 6 responses were
 *   observed" (Methods, sample size).
 *
 * Findings (each returned by a function below, with a plain-English `conclusion`):
 * 1. The stated hypotheses give the minimax design 6/11, 17/24 exactly as described (n1 = 11,
 *    continue if more than 6 respond, at most 24): "minimum-maximum" is right, and the design
 *    is also admissible; the optimal design is 7/11, 21/31.
 * 2. A stage-1 rule ">3/19" belongs to designs for response rates around 15–20% (e.g. Simon's
 *    minimax design for 20% vs 40%, α = β = 0.1: 3/19, 10/36), never to 60% vs 80%. The two
 *    descriptions cannot be the same design.
 * 3. No responder among 14. A stage-1 stop's stage-wise analysis depends on the stage-1 count
 *    only, so with the 14 patients taken as the realised stage-1 sample it equals the plain
 *    exact analysis: 0/14, 95% CI 0%–23.2% (Table 2). Keeping the planned n1 = 11 (the first 11
 *    patients) gives 0%–28.5%.
 *
 * Boissel N, Chevallier P, Doronin V, et al. 2022. "Isatuximab monotherapy in patients with
 * refractory T-acute lymphoblastic leukemia or T-lymphoblastic lymphoma: Phase 2 study."
 * Cancer Medicine 11: 1292–1298. doi:10.1002/cam4.4478
 *
 * @module
 */
import { normalQuantile } from "../../stats/distributions.ts";
import {
  type AdmissibleDesign,
  type SimonDesign,
  type SimonDesignResult,
  simonDesigns,
} from "../../stats/simon_designs.ts";
import { type TwoStageInference, twoStageInference } from "../../stats/two_stage_inference.ts";
import type { TwoStageRule } from "../../stats/two_stage_characteristics.ts";

/** The two descriptions of the design, as printed in the Methods. */
export const BOISSEL_SIMON_QUOTES = {
  optimal: "in two stages using a Simon's optimal two-stage design. … the study was to proceed " +
    "to stage 2 if >3/19 patients showed a clinical response to treatment.",
  minimax: "Sample size calculations were based on a 2-stage Simon's minimum-maximum design … " +
    "if a maximum of 24 evaluable participants were enrolled, this sample size would provide " +
    "80% power to reject the null hypothesis that the complete response (CR + CRi) rate is " +
    "≤60% if the CR rate is ≥80%, based on a 1-sided exact binomial test at a significance " +
    "level of 0.1. At Stage 1, a total of 11 evaluable participants would be enrolled and " +
    "proceed to Stage 2 if more than 6 responses were observed.",
} as const;

/** The design targets of the sample-size paragraph: CR ≤ 60% vs ≥ 80%, α = 0.1, power 80%. */
export const BOISSEL_TARGETS = { p0: 0.6, p1: 0.8, alpha: 0.1, beta: 0.2 } as const;

/** The design the sample-size paragraph states: n1 = 11, "more than 6", maximum 24. */
export const BOISSEL_STATED = { n1: 11, r1: 6, n: 24 } as const;

/** The observed result (Table 2): no CR or CRi among the 14 patients treated. */
export const BOISSEL_OBSERVED = { responders: 0, patients: 14 } as const;

/** The kinds of Simon design a set of numbers can be. */
export const SIMON_KINDS = ["optimal", "minimax", "admissible"] as const;
/** One of {@linkcode SIMON_KINDS}. */
export type SimonKind = (typeof SIMON_KINDS)[number];

/** Result of {@linkcode boisselDesignCheck}. */
export interface BoisselDesignCheck {
  readonly quote: string;
  readonly targets: typeof BOISSEL_TARGETS;
  readonly stated: typeof BOISSEL_STATED;
  readonly nmax: number;
  readonly optimal: SimonDesign;
  readonly minimax: SimonDesign;
  readonly admissible: readonly AdmissibleDesign[];
  /** The re-derived design whose n1, r1 and n equal the stated ones, if any. */
  readonly matched: SimonDesign | undefined;
  /** Which kinds the stated design is. */
  readonly kinds: readonly SimonKind[];
  /** Stage 1 is 11 patients and the trial continues if more than 6 respond. */
  readonly stage1As11MoreThan6: boolean;
  readonly conclusion: string;
}

const fmtDesign = (d: TwoStageRule): string => `${d.r1}/${d.n1}, ${d.r}/${d.n}`;
const pct = (p: number, digits = 1): string => `${(100 * p).toFixed(digits)}%`;
const fmtP = (p: number): string => (p === 1 ? "1" : p.toPrecision(3));

/**
 * (1) Re-derives the design from the sample-size paragraph (CR ≤ 60% vs ≥ 80%, one-sided
 * α = 0.1, power 80%) and says which kind of Simon design the stated 11 / "more than 6" / 24 is.
 * The search runs to n = 100 so that the optimal design (which may exceed 24) is found too.
 *
 * @example The stated design is the minimax (and an admissible) design
 * ```ts
 * import { boisselDesignCheck } from "./simon.ts";
 * import { assertEquals } from "@std/assert";
 * const check = boisselDesignCheck();
 * assertEquals(check.kinds, ["minimax", "admissible"]);
 * assertEquals(check.stage1As11MoreThan6, true);
 * ```
 */
export function boisselDesignCheck(): BoisselDesignCheck {
  const nmax = 100;
  const res = simonDesigns({ ...BOISSEL_TARGETS, nmax });
  const s = BOISSEL_STATED;
  const same = (d: TwoStageRule) => d.n1 === s.n1 && d.r1 === s.r1 && d.n === s.n;
  const kinds: SimonKind[] = [];
  if (same(res.optimal)) kinds.push("optimal");
  if (same(res.minimax)) kinds.push("minimax");
  const adm = res.admissible.find(same);
  if (adm) kinds.push("admissible");
  const matched = res.candidates.find(same);
  const stage1 = res.minimax.n1 === 11 && res.minimax.r1 === 6;
  const m = res.minimax;
  const o = res.optimal;
  const conclusion =
    `For CR rate ≤ 60% vs ≥ 80%, one-sided α = 0.1 and 80% power, Simon's minimax design is ` +
    `${fmtDesign(m)} (stop if ≤ ${m.r1} of ${m.n1} respond; promising if > ${m.r} of ${m.n}; ` +
    `exact α = ${m.alpha.toFixed(4)}, power = ${m.power.toFixed(4)}, EN0 = ${m.en0.toFixed(2)}), ` +
    `which is the stated design: stage 1 of 11 with "more than 6" responses to continue, at ` +
    `most 24. So "minimum-maximum" is right. It is also admissible (it minimises ` +
    `q·n + (1 − q)·EN0 for q from ${adm ? adm.qLow.toFixed(3) : "—"} to 1). ` +
    `It is not the optimal design, which is ${fmtDesign(o)} (EN0 = ${o.en0.toFixed(2)}).`;
  return {
    quote: BOISSEL_SIMON_QUOTES.minimax,
    targets: BOISSEL_TARGETS,
    stated: BOISSEL_STATED,
    nmax,
    optimal: res.optimal,
    minimax: res.minimax,
    admissible: res.admissible,
    matched,
    kinds,
    stage1As11MoreThan6: stage1,
    conclusion,
  };
}

/** Design targets scanned by {@linkcode boisselRuleSearch}. */
export interface SimonHypotheses {
  readonly p0: readonly number[];
  readonly delta: readonly number[];
  readonly alpha: readonly number[];
  readonly beta: readonly number[];
}

/**
 * The default scan: p0 = 0.05, 0.10, …, 0.60; p1 − p0 = 0.10, 0.15, 0.20, 0.25, 0.30;
 * α = 0.025, 0.05, 0.10; β = 0.10, 0.20 (the values of Simon's tables and of most protocols).
 */
export const DEFAULT_HYPOTHESES: SimonHypotheses = {
  p0: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
  delta: [0.1, 0.15, 0.2, 0.25, 0.3],
  alpha: [0.025, 0.05, 0.1],
  beta: [0.1, 0.2],
};

/** A hypothesis whose optimal or minimax design has the searched stage-1 rule. */
export interface RuleMatch {
  readonly p0: number;
  readonly p1: number;
  readonly alpha: number;
  readonly beta: number;
  readonly kind: "optimal" | "minimax";
  readonly design: SimonDesign;
}

/** Result of {@linkcode boisselRuleSearch}. */
export interface BoisselRuleSearch {
  readonly quote: string;
  readonly rule: { readonly r1: number; readonly n1: number };
  readonly hypotheses: SimonHypotheses;
  /** Number of (p0, p1, α, β) searched. */
  readonly searched: number;
  readonly matches: readonly RuleMatch[];
  /** Whether the stated 60% vs 80% targets are among the matches. */
  readonly statedTargetsMatch: boolean;
  /** Probability of stopping after stage 1 with ≤ 3 of 19 responses if the CR rate is 60%. */
  readonly petAtP0: number;
  readonly sameDesignPossible: boolean;
  readonly conclusion: string;
}

const round = (x: number): number => Math.round(x * 1e9) / 1e9;

/** nmax large enough for the optimal design: 1.5 × a normal-approximation single-stage n. */
function searchNmax(p0: number, p1: number, alpha: number, beta: number): number {
  const z = normalQuantile(1 - alpha) * Math.sqrt(p0 * (1 - p0)) +
    normalQuantile(1 - beta) * Math.sqrt(p1 * (1 - p1));
  return Math.min(1000, Math.ceil(1.5 * (z / (p1 - p0)) ** 2) + 20);
}

/** Simon designs with an nmax that grows until the optimal design is well inside it. */
function designsFor(p0: number, p1: number, alpha: number, beta: number): SimonDesignResult {
  let nmax = searchNmax(p0, p1, alpha, beta);
  for (;;) {
    try {
      const res = simonDesigns({ p0, p1, alpha, beta, nmax });
      if (res.optimal.n <= nmax - 10 || nmax === 1000) return res;
    } catch (e) {
      if (!(e instanceof RangeError) || nmax === 1000) throw e;
    }
    nmax = Math.min(1000, 2 * nmax);
  }
}

/**
 * (2) Scans plausible design targets for those whose optimal or minimax design has the
 * stage-1 rule "> 3/19" (r1 = 3, n1 = 19), and says whether that rule can belong to the design
 * of the sample-size paragraph (60% vs 80%).
 *
 * @example One row of Simon's table has the rule > 3/19
 * ```ts
 * import { boisselRuleSearch } from "./simon.ts";
 * import { assert, assertEquals } from "@std/assert";
 * const search = boisselRuleSearch({ p0: [0.2], delta: [0.2], alpha: [0.1], beta: [0.1] });
 * // Simon (1989), Table 1: p0 = 0.20, p1 = 0.40, α = β = 0.10, minimax 3/19, 10/36
 * assertEquals(search.matches.map((m) => m.kind), ["minimax"]);
 * assert(!search.sameDesignPossible);
 * ```
 */
export function boisselRuleSearch(
  hypotheses: SimonHypotheses = DEFAULT_HYPOTHESES,
): BoisselRuleSearch {
  const rule = { r1: 3, n1: 19 } as const;
  const matches: RuleMatch[] = [];
  let searched = 0;
  for (const p0 of hypotheses.p0) {
    for (const delta of hypotheses.delta) {
      const p1 = round(p0 + delta);
      if (!(p1 < 1)) continue;
      for (const alpha of hypotheses.alpha) {
        for (const beta of hypotheses.beta) {
          searched++;
          const res = designsFor(p0, p1, alpha, beta);
          for (const kind of ["optimal", "minimax"] as const) {
            const d = res[kind];
            if (d.r1 === rule.r1 && d.n1 === rule.n1) {
              matches.push({ p0, p1, alpha, beta, kind, design: d });
            }
          }
        }
      }
    }
  }
  const t = BOISSEL_TARGETS;
  const statedTargetsMatch = matches.some((m) =>
    m.p0 === t.p0 && m.p1 === t.p1 && m.alpha === t.alpha && m.beta === t.beta
  );
  // P(X1 ≤ 3 | n1 = 19, p = 0.6), the stage-1 stopping probability if the rule were used there.
  let petAtP0 = 0;
  let term = 0.4 ** 19; // P(X1 = 0)
  for (let k = 0; k <= 3; k++) {
    petAtP0 += term;
    term *= ((19 - k) / (k + 1)) * (0.6 / 0.4);
  }
  const p0s = [...new Set(matches.map((m) => m.p0))].sort((a, b) => a - b);
  const list = matches.map((m) =>
    `${m.kind} for ${pct(m.p0, 0)} vs ${pct(m.p1, 0)}, α = ${m.alpha}, β = ${m.beta}: ` +
    fmtDesign(m.design)
  ).join("; ");
  const conclusion = matches.length === 0
    ? `No optimal or minimax design among the ${searched} targets searched has the stage-1 ` +
      `rule > 3/19. The rule cannot be the 60% vs 80% design either (its stage 1 is > 6/11).`
    : `Among ${searched} targets searched, the stage-1 rule > 3/19 belongs only to designs for ` +
      `null response rates of ${p0s.map((p) => pct(p, 0)).join(" or ")} (${list}). ` +
      `The 60% vs 80% targets give > 6/11 instead; with a CR rate of 60%, a rule stopping on ` +
      `≤ 3 of 19 responses would stop with probability ${petAtP0.toExponential(1)}, so it ` +
      `cannot be a futility rule for that null hypothesis. The two descriptions cannot be the ` +
      `same design. Where ">3/19" comes from (another cohort, another version of the protocol) ` +
      `the paper does not say.`;
  return {
    quote: BOISSEL_SIMON_QUOTES.optimal,
    rule,
    hypotheses,
    searched,
    matches,
    statedTargetsMatch,
    petAtP0,
    sameDesignPossible: statedTargetsMatch,
    conclusion,
  };
}

/** Result of {@linkcode boisselObservedAnalysis}. */
export interface BoisselObservedAnalysis {
  readonly observed: typeof BOISSEL_OBSERVED;
  readonly level: number;
  /**
   * Main analysis: the 14 patients taken as the realised stage-1 sample (the trial stopped at
   * or before its interim), a stage-1 stop with 0 responses; the later design parameters do not
   * enter a stage-1 analysis.
   */
  readonly asRun: TwoStageInference;
  /** The planned minimax design 6/11, 17/24 with only its first 11 patients (0 of 11). */
  readonly plannedStage1: TwoStageInference;
  /** Table 2's printed interval, "0 (0.0%–23.2%)". */
  readonly printed: { readonly lower: number; readonly upper: number };
  readonly conclusion: string;
}

/**
 * (3) Analyses the observed result, no CR/CRi among 14 patients, with the stage-wise
 * (design-based) inference and with the plain exact interval.
 *
 * How the unreached stage-1 sample is treated: the ">3/19" description's interim (19 patients)
 * was never reached, and with 0 of 14 up to 5 of 19 could still have responded, so the stop was
 * not the design's rule. Under the minimax description, stage 1 (11 patients) was complete and
 * 3 more were treated. We take the 14 as the realised stage-1 sample and the outcome as a
 * stage-1 stop. Under the stage-wise ordering a stage-1 stop is judged on X1 ~ Bin(n1, p)
 * alone, so its interval is the Clopper–Pearson interval of x of n1: the design-based and the
 * plain analyses coincide. They differ only if the planned n1 = 11 is kept.
 *
 * @example The design-based interval equals Table 2's exact interval
 * ```ts
 * import { boisselObservedAnalysis } from "./simon.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const a = boisselObservedAnalysis();
 * // Boissel 2022, Table 2: "Responders, CR or CRi, n (95% CI) 0 (0.0%–23.2%)"
 * assertAlmostEquals(a.asRun.ci.upper, 0.232, 0.0005);
 * ```
 */
export function boisselObservedAnalysis(level = 0.95): BoisselObservedAnalysis {
  const { responders, patients } = BOISSEL_OBSERVED;
  const p0 = BOISSEL_TARGETS.p0;
  const asRunDesign: TwoStageRule = { r1: 6, n1: patients, r: 17, n: 24 };
  const planned: TwoStageRule = { r1: 6, n1: 11, r: 17, n: 24 };
  const asRun = twoStageInference(asRunDesign, { stage: 1, x: responders }, { p0, level });
  const plannedStage1 = twoStageInference(planned, { stage: 1, x: responders }, { p0, level });
  const printed = { lower: 0, upper: 0.232 };
  const conclusion = `No CR or CRi among ${patients} patients: the trial stopped in stage 1. ` +
    `Taking the ${patients} patients as the realised stage-1 sample, the stage-wise analysis ` +
    `gives p = ${fmtP(asRun.pValue)} against H0: CR ≤ 60%, UMVUE ${pct(asRun.umvue)} and ` +
    `${pct(level, 0)} CI ${pct(asRun.ci.lower)}–${pct(asRun.ci.upper)}; the plain exact ` +
    `(Clopper–Pearson) analysis gives the same, ${pct(asRun.naive.ci.lower)}–${
      pct(asRun.naive.ci.upper)
    } ` +
    `(Table 2 prints 0.0%–23.2%), because after a stage-1 stop the stage-wise ordering depends ` +
    `on the stage-1 count only. Keeping the planned stage 1 of 11 (0 of the first 11) widens ` +
    `the interval to ${pct(plannedStage1.ci.lower)}–${pct(plannedStage1.ci.upper)}. Either way ` +
    `the CR rate is far below the 60% of the null hypothesis.`;
  return { observed: BOISSEL_OBSERVED, level, asRun, plannedStage1, printed, conclusion };
}
