/**
 * The randomized comparisons quoted by the Aureli 2023 review, re-derived from the counts the
 * review prints: TOWER (blinatumomab vs chemotherapy, adults, relapsed/refractory), Brown et
 * al. 2021 (blinatumomab vs chemotherapy consolidation, first relapse, children and young
 * adults), Locatelli et al. 2021 (the same question in high-risk first relapse, children) and
 * INO-VATE (inotuzumab ozogamicin vs chemotherapy).
 *
 * For each endpoint, each arm's responders come from `data/aureli-2023/trials.csv`: the count
 * itself, or — when the review prints only a percentage and the arm size — every count that
 * prints as that percentage (TOWER's "34%" of 271 fits 91, 92 and 93). Every candidate table is
 * analysed, with the difference in proportions (Newcombe hybrid score interval, via
 * `compareProportions`) and Fisher's exact two-sided p-value (`fisherExact`), and the result
 * is set beside the printed percentages and p-value. Where the review gives neither counts
 * nor arm sizes (INO-VATE, Brown, TOWER's MRD), and for survival estimates at a time point
 * (Brown's DFS and OS), the comparison is `not-derivable`. Hazard ratios and medians (TOWER's
 * OS, Locatelli's HR 0.43) are not in `trials.csv`; they are claims of the ledger.
 *
 * Reference: Aureli A, Marziani B, Venditti A, Sconocchia T, Sconocchia G. 2023. "Acute
 * lymphoblastic leukemia immunotherapy treatment: now, next, and beyond." Cancers 15 (13):
 * 3346. doi:10.3390/cancers15133346 (§4.1.1, §4.1.2, §4.2).
 *
 * @module
 */
import type { CheckStatus } from "../../checks/result.ts";
import { compareProportions, type ProportionComparison } from "../../stats/compare_proportions.ts";
import { fisherExact } from "../../stats/fisher_exact.ts";
import { countsFitting, parsePrintedPercent, type TrialResult } from "../../trials/trials.ts";

/** What the review says about the significance of a comparison, and how it is checked. */
export interface PrintedSignificance {
  /** As printed (`"p < 0.001"`, `"significantly fewer"`). */
  readonly printed: string;
  /** The p-value bound the words imply (`0.001` for "p < 0.001"; 0.05 for "significantly"). */
  readonly below: number;
}

/** Printed p-values and significance claims, keyed `comparison/endpoint` (Aureli 2023). */
export const PRINTED_SIGNIFICANCE: Readonly<Record<string, PrintedSignificance>> = {
  // §4.1.1: "Patients who received blinatumomab had a better CR rate (34% vs. 16%, p < 0.001)"
  "tower/CR": { printed: "p < 0.001", below: 0.001 },
  // §4.1.2: "the adverse events in the blinatumomab arm were significantly fewer than in the
  // consolidation chemotherapy group (31.5% and 57.4%)" — read as p < 0.05 (two-sided)
  "locatelli-2021/adverse events (as worded)": { printed: "significantly fewer", below: 0.05 },
};

/** One arm as printed and as re-derived. */
export interface ComparisonArm {
  readonly row: TrialResult;
  /** Responder counts consistent with what is printed (one when stated; empty if unknown). */
  readonly candidates: readonly number[];
}

/** The analysis of one candidate table. */
export interface CandidateTable {
  readonly a: { readonly x: number; readonly n: number };
  readonly b: { readonly x: number; readonly n: number };
  readonly difference: ProportionComparison;
  readonly fisherPValue: number;
}

/** A randomized comparison, re-derived, beside what the review prints. */
export interface RederivedComparison {
  readonly comparison: string;
  readonly study: string;
  readonly ref: string;
  readonly endpoint: string;
  /** Experimental arm. */
  readonly a: ComparisonArm;
  /** Control arm. */
  readonly b: ComparisonArm;
  readonly significance: PrintedSignificance | null;
  /** Every table the printed numbers allow (empty when not derivable). */
  readonly tables: readonly CandidateTable[];
  /** Smallest and largest Fisher p over the tables (`null` when not derivable). */
  readonly pValueRange: readonly [number, number] | null;
  readonly status: CheckStatus;
  readonly explanation: string;
}

function candidates(row: TrialResult): number[] {
  if (row.responders !== null) return [row.responders];
  if (row.n !== null && parsePrintedPercent(row.printed) !== null) {
    return countsFitting(row.printed, row.n);
  }
  return [];
}

function pct(x: number, n: number): string {
  return `${((100 * x) / n).toFixed(1)}%`;
}

function rederive(a: TrialResult, b: TrialResult): RederivedComparison {
  const key = `${a.comparison}/${a.endpoint}`;
  const significance = PRINTED_SIGNIFICANCE[key] ?? null;
  const armA = { row: a, candidates: candidates(a) };
  const armB = { row: b, candidates: candidates(b) };
  const base = {
    comparison: a.comparison,
    study: a.study,
    ref: a.ref,
    endpoint: a.endpoint,
    a: armA,
    b: armB,
    significance,
  };
  const printed = `${a.printed || "—"} vs ${b.printed || "—"}` +
    (significance ? ` (${significance.printed})` : "");
  if (a.kind === "survival") {
    return {
      ...base,
      tables: [],
      pValueRange: null,
      status: "not-derivable",
      explanation: `Printed ${printed}; survival estimates at a time point are not proportions ` +
        "of counts: comparing them needs the time-to-event data.",
    };
  }
  if (armA.candidates.length === 0 || armB.candidates.length === 0 || !a.n || !b.n) {
    const missing = [a, b].filter((r) => r.n === null).map((r) => r.arm);
    return {
      ...base,
      tables: [],
      pValueRange: null,
      status: "not-derivable",
      explanation: `Printed ${printed}; ` +
        (missing.length > 0
          ? `the review gives no arm size for ${missing.join(" and ")}.`
          : "the denominators of the percentages are not given."),
    };
  }
  const tables: CandidateTable[] = [];
  for (const xa of armA.candidates) {
    for (const xb of armB.candidates) {
      const ta = { x: xa, n: a.n };
      const tb = { x: xb, n: b.n };
      tables.push({
        a: ta,
        b: tb,
        difference: compareProportions(ta, tb),
        fisherPValue: fisherExact(ta, tb).pValue,
      });
    }
  }
  const ps = tables.map((t) => t.fisherPValue);
  const range = [Math.min(...ps), Math.max(...ps)] as const;
  const counts = tables.length === 1
    ? `${tables[0]!.a.x}/${a.n} (${pct(tables[0]!.a.x, a.n)}) vs ${tables[0]!.b.x}/${b.n} ` +
      `(${pct(tables[0]!.b.x, b.n)})`
    : `${armA.candidates.join(", ")} of ${a.n} vs ${armB.candidates.join(", ")} of ${b.n} ` +
      `(${tables.length} tables fit the printed percentages)`;
  const pText = range[0] === range[1]
    ? `Fisher p = ${range[0].toPrecision(3)}`
    : `Fisher p from ${range[0].toPrecision(3)} to ${range[1].toPrecision(3)}`;
  let status: CheckStatus = "reproduced";
  let verdict = "";
  if (significance !== null) {
    const all = ps.every((p) => p < significance.below);
    const none = ps.every((p) => p >= significance.below);
    status = all ? "reproduced" : none ? "discrepancy" : "not-derivable";
    verdict = all
      ? ` — below ${significance.below} for every table, as printed.`
      : none
      ? ` — not below ${significance.below} for any table.`
      : ` — below ${significance.below} for some tables only.`;
  } else {
    verdict = "; no p-value printed (percentages reproduced).";
  }
  return {
    ...base,
    tables,
    pValueRange: range,
    status,
    explanation: `Printed ${printed}; re-derived ${counts}: ${pText}${verdict}`,
  };
}

/**
 * Re-derives every randomized comparison in `rows` (rows sharing a `comparison` and an
 * `endpoint`; the arm whose class is `"chemotherapy"` is the control `b`).
 *
 * @throws {RangeError} a comparison/endpoint without exactly one experimental and one
 *   control arm
 *
 * @example Locatelli 2021 (Aureli 2023 §4.1.2): CR 44/49 vs 26/48
 * ```ts
 * import { rederiveComparisons } from "./comparisons.ts";
 * import { loadTrials } from "../../trials/trials.ts";
 * import { assert, assertEquals } from "@std/assert";
 * const rows = await loadTrials(new URL("../../../data/aureli-2023/trials.csv", import.meta.url));
 * const cr = rederiveComparisons(rows).find((c) =>
 *   c.comparison === "locatelli-2021" && c.endpoint === "CR"
 * )!;
 * assertEquals(cr.tables.length, 1);
 * assert(cr.pValueRange![1] < 0.001);
 * ```
 */
export function rederiveComparisons(rows: readonly TrialResult[]): RederivedComparison[] {
  const groups = new Map<string, TrialResult[]>();
  for (const row of rows) {
    if (row.comparison === "") continue;
    const key = `${row.comparison}/${row.endpoint}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups].map(([key, arms]) => {
    const control = arms.filter((r) => r.class === "chemotherapy");
    const experimental = arms.filter((r) => r.class !== "chemotherapy");
    if (control.length !== 1 || experimental.length !== 1) {
      throw new RangeError(
        `comparison "${key}" must have one experimental and one chemotherapy arm, got ` +
          `${experimental.length} and ${control.length}`,
      );
    }
    return rederive(experimental[0]!, control[0]!);
  });
}
