/**
 * A design parameter of a Simon two-stage trial, re-derived from the design's targets (p0, p1,
 * α, power) with `simonDesigns`: a stage-1 or total sample size, a stopping boundary, a
 * "continue if more than r1 of n1 respond" rule, or the name of the design (optimal or
 * minimax) that a set of numbers belongs to.
 *
 * Reference: Simon, R. 1989. "Optimal two-stage designs for phase II clinical trials."
 * Controlled Clinical Trials 10 (1): 1–10. doi:10.1016/0197-2456(89)90015-9
 *
 * @module
 */

import { type SimonDesign, type SimonDesignResult, simonDesigns } from "../stats/simon_designs.ts";
import { requireOneOf } from "../stats/_validate.ts";
import { scanNumbers } from "./printed_number.ts";
import { type CheckResult, checkResult } from "./result.ts";

/** The Simon designs a claim may name. */
export const SIMON_DESIGN_NAMES = ["optimal", "minimax"] as const;
/** `optimal` (smallest expected size under p0) or `minimax` (smallest maximum size). */
export type SimonDesignName = (typeof SIMON_DESIGN_NAMES)[number];

/** What a `simon-design` claim states. */
export const SIMON_QUANTITIES = ["n1", "r1", "n", "r", "r1/n1", "design"] as const;
/**
 * `n1`, `r1`, `n`, `r`: one parameter (a boundary r1 may be printed as `>6` or `more than 6`);
 * `r1/n1`: a stage-1 rule printed as `>3/19`; `design`: the design's name as printed
 * (`optimal`, `minimax`, `minimum-maximum`), checked against the numbers given in `n1`, `r1`,
 * `n` (and `r`) arguments.
 */
export type SimonQuantity = (typeof SIMON_QUANTITIES)[number];

/** Inputs of {@linkcode checkSimonDesign}. */
export interface SimonDesignInput {
  readonly reported: string;
  readonly p0: number;
  readonly p1: number;
  readonly alpha: number;
  readonly power: number;
  readonly quantity: string;
  /** Which design a numeric quantity comes from (default: named in `reported`, else optimal). */
  readonly design?: string;
  readonly n1?: number;
  readonly r1?: number;
  readonly n?: number;
  readonly r?: number;
}

// A ledger asks for the same targets several times; the search is deterministic, so keep it.
const cache = new Map<string, SimonDesignResult>();
function designsFor(p0: number, p1: number, alpha: number, beta: number): SimonDesignResult {
  const key = `${p0}|${p1}|${alpha}|${beta}`;
  let designs = cache.get(key);
  if (designs === undefined) {
    designs = simonDesigns({ p0, p1, alpha, beta, nmax: 100 });
    cache.set(key, designs);
  }
  return designs;
}

const show = (d: SimonDesign): string => `n1 = ${d.n1}, r1 = ${d.r1}, n = ${d.n}, r = ${d.r}`;

/**
 * Reads a printed design name: `optimal`; `minimax`, `minimum-maximum`, `min-max` → minimax.
 *
 * @example A printed design name
 * ```ts
 * import { designNameOf } from "./simon_design.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(designNameOf("Simon's minimum-maximum design"), "minimax");
 * ```
 */
export function designNameOf(text: string): SimonDesignName | undefined {
  const t = text.toLowerCase();
  if (/optimal/.test(t)) return "optimal";
  if (/mini?-?max|minimum[- ]maximum/.test(t)) return "minimax";
  return undefined;
}

/**
 * Checks a Simon design parameter or name against the designs re-derived from the targets.
 * Default `design` for a numeric quantity: the one the claim's `reported` names, else optimal.
 *
 * @example Boissel 2022, Methods: α = 0.1, power 80%, p0 = 0.6, p1 = 0.8
 * ```ts
 * import { checkSimonDesign } from "./simon_design.ts";
 * import { assertEquals } from "@std/assert";
 * const targets = { p0: 0.6, p1: 0.8, alpha: 0.1, power: 0.8 };
 * // "a total of 11 evaluable participants … proceed to Stage 2 if more than 6 responses"
 * const r1 = checkSimonDesign({ ...targets, reported: "more than 6", quantity: "r1", design: "minimax" });
 * assertEquals(r1.status, "reproduced");
 * // "Simon's optimal two-stage design" for the 11 / >6 / 24 design: that is the minimax one
 * const name = checkSimonDesign({
 *   ...targets, reported: "optimal", quantity: "design", n1: 11, r1: 6, n: 24,
 * });
 * assertEquals([name.status, name.recomputed], ["discrepancy", "minimax"]);
 * ```
 */
export function checkSimonDesign(input: SimonDesignInput): CheckResult {
  const { reported, p0, p1, alpha, power } = input;
  requireOneOf("quantity", input.quantity, SIMON_QUANTITIES);
  if (input.design !== undefined) requireOneOf("design", input.design, SIMON_DESIGN_NAMES);
  if (!(power > 0.5 && power < 1)) {
    throw new RangeError(`\`power\` must be in (0.5, 1), got ${power}`);
  }
  const designs = designsFor(p0, p1, alpha, 1 - power);
  const targets = `p0 = ${p0}, p1 = ${p1}, α = ${alpha}, power = ${power}`;
  const both = `optimal: ${show(designs.optimal)}; minimax: ${show(designs.minimax)}`;
  const quantity = input.quantity as SimonQuantity;

  if (quantity === "design") {
    const named = designNameOf(reported);
    if (named === undefined) {
      throw new TypeError(`\`reported\` must name a design (optimal, minimax), got "${reported}"`);
    }
    const keys = (["n1", "r1", "n", "r"] as const).filter((k) => input[k] !== undefined);
    if (keys.length === 0) {
      throw new TypeError("`n1`, `r1`, `n` or `r` must describe the design for `quantity=design`");
    }
    const stated = keys.map((k) => `${k} = ${input[k]}`).join(", ");
    const matches = SIMON_DESIGN_NAMES.filter((name) =>
      keys.every((k) => designs[name][k] === input[k])
    );
    const recomputed = matches.length === 0 ? "neither" : matches.join(" and ");
    const ok = matches.includes(named);
    const explanation = `For ${targets}: ${both}. The stated design (${stated}) is ` +
      (matches.length === 0 ? "neither of them" : `the ${recomputed} design`) +
      (ok ? "." : `, not the ${named} design that "${reported}" names.`);
    return checkResult(ok ? "reproduced" : "discrepancy", recomputed, explanation);
  }

  const numbers = scanNumbers(reported);
  const name: SimonDesignName = (input.design as SimonDesignName | undefined) ??
    designNameOf(reported) ?? "optimal";
  const design = designs[name];
  if (quantity === "r1/n1") {
    const [r1, n1] = numbers;
    if (r1 === undefined || n1 === undefined) {
      throw new TypeError(`\`reported\` must print a rule like ">3/19", got "${reported}"`);
    }
    const fits = SIMON_DESIGN_NAMES.filter((k) =>
      designs[k].r1 === r1.value && designs[k].n1 === n1.value
    );
    const ok = fits.includes(name);
    return checkResult(
      ok ? "reproduced" : "discrepancy",
      `>${design.r1}/${design.n1}`,
      `For ${targets}, the ${name} design continues after stage 1 if more than ${design.r1} of ` +
        `${design.n1} respond (${both})` +
        (ok
          ? "."
          : fits.length === 0
          ? `; the printed rule >${r1.value}/${n1.value} matches neither design.`
          : `; the printed rule >${r1.value}/${n1.value} is that of the ${fits[0]} design.`),
    );
  }
  const [value] = numbers;
  if (value === undefined) {
    throw new TypeError(`\`reported\` must print a number, got "${reported}"`);
  }
  const expected = design[quantity];
  const ok = value.value === expected;
  return checkResult(
    ok ? "reproduced" : "discrepancy",
    String(expected),
    `For ${targets}, the ${name} design has ${quantity} = ${expected} (${both})` +
      (ok ? "." : `, not ${value.value}.`),
  );
}
