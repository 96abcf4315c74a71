/**
 * A printed count between the bounds other printed numbers put on it. The commonest case is a
 * union: patients with any event of a system organ class are at least as many as those with its
 * most frequent preferred term and at most as many as all its preferred terms added up (a
 * patient may have several). Plain limits complete it: a grade ≥ 3 count is at most the
 * all-grades count, a drug-related count at most the all-cause one, any count at most N.
 *
 * These are the Fréchet bounds of a union, max(|Aᵢ|) ≤ |A₁ ∪ … ∪ Aₖ| ≤ Σ|Aᵢ| (the upper one is
 * Boole's inequality). They hold only when the parts are all the ways of being counted: a table
 * that lists only the frequent preferred terms of a class gives a lower bound, not an upper one.
 *
 * Reference: Fréchet, M. 1935. "Généralisation du théorème des probabilités totales."
 * Fundamenta Mathematicae 25: 379–387.
 *
 * @module
 */

import { requireFinite } from "../stats/_validate.ts";
import { type CheckResult, checkResult } from "./result.ts";

/** Inputs of {@linkcode checkBounds}; at least one of `parts`, `atLeast`, `atMost`. */
export interface BoundsInput {
  /** The printed number that is bounded. */
  readonly value: number;
  /**
   * Counts whose union `value` counts: `value` ≥ the largest and ≤ their sum (at least 1
   * part).
   */
  readonly parts?: readonly number[];
  /** Lower limits: `value` ≥ each of them. */
  readonly atLeast?: readonly number[];
  /** Upper limits: `value` ≤ each of them. */
  readonly atMost?: readonly number[];
}

const SLACK = 1e-9;

function show(x: number): string {
  return String(Number(x.toPrecision(12)));
}

function requireList(name: string, list: readonly number[] | undefined): readonly number[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || list.length === 0) {
    throw new RangeError(`\`${name}\` must list at least 1 number, got ${JSON.stringify(list)}`);
  }
  list.forEach((v, i) => requireFinite(`${name}[${i}]`, v));
  return list;
}

/**
 * Checks that `value` lies within the bounds: at least the largest of `parts` and of
 * `atLeast`, at most the sum of `parts` and the smallest of `atMost`. The re-derived value is
 * the interval (`[1, 2]`, `≤ 14`, `≥ 3`); a discrepancy says which bound is crossed and by how
 * much, and bounds that contradict each other are reported as such.
 *
 * @example Boissel 2022, Table 4: "Infections and infestations 1 (7.1)" with Bronchiolitis 1 and Pneumonia 1
 * ```ts
 * import { checkBounds } from "./bounds.ts";
 * import { assertEquals } from "@std/assert";
 * // at least max(1, 1) = 1, at most 1 + 1 = 2 and the "Any event" row, 10
 * const r = checkBounds({ value: 1, parts: [1, 1], atMost: [10] });
 * assertEquals([r.status, r.recomputed], ["consistent", "1 to 2"]);
 * // a grade ≥ 3 count above its all-grades count would be impossible
 * assertEquals(checkBounds({ value: 3, atMost: [1] }).status, "discrepancy");
 * ```
 */
export function checkBounds(input: BoundsInput): CheckResult {
  const { value } = input;
  requireFinite("value", value);
  const parts = requireList("parts", input.parts);
  const atLeast = requireList("atLeast", input.atLeast);
  const atMost = requireList("atMost", input.atMost);
  if (parts.length + atLeast.length + atMost.length === 0) {
    throw new TypeError("at least one of `parts`, `atLeast`, `atMost` is required, got none");
  }
  const lowers: { bound: number; why: string }[] = [];
  const uppers: { bound: number; why: string }[] = [];
  const rules: string[] = [];
  if (parts.length > 0) {
    const sum = parts.reduce((a, b) => a + b, 0);
    const largest = Math.max(...parts);
    lowers.push({ bound: largest, why: "the largest part" });
    uppers.push({ bound: sum, why: parts.length > 1 ? "the sum of the parts" : "the only part" });
    rules.push(
      parts.length > 1
        ? `between the largest part (${show(largest)}) and the sum of the parts ` +
          `(${parts.map(show).join(" + ")} = ${show(sum)})`
        : `equal to the only part (${show(largest)})`,
    );
  }
  for (const bound of atLeast) lowers.push({ bound, why: "a lower limit" });
  for (const bound of atMost) uppers.push({ bound, why: "an upper limit" });
  if (atLeast.length > 0) rules.push(`at least ${atLeast.map(show).join(" and ")}`);
  if (atMost.length > 0) rules.push(`at most ${atMost.map(show).join(" and ")}`);
  const lower = lowers.length === 0 ? undefined : Math.max(...lowers.map((l) => l.bound));
  const upper = uppers.length === 0 ? undefined : Math.min(...uppers.map((u) => u.bound));
  const recomputed = lower === undefined
    ? `at most ${show(upper!)}`
    : upper === undefined
    ? `at least ${show(lower)}`
    : lower === upper
    ? `exactly ${show(lower)}`
    : `${show(lower)} to ${show(upper)}`;
  const rule = rules.join(", and ");
  const problems: string[] = [];
  if (lower !== undefined && upper !== undefined && lower > upper + SLACK) {
    problems.push(`the bounds contradict each other (${show(lower)} > ${show(upper)})`);
  }
  for (const { bound, why } of lowers) {
    if (value < bound - SLACK) {
      problems.push(`it is below ${why}, ${show(bound)}, by ${show(bound - value)}`);
    }
  }
  for (const { bound, why } of uppers) {
    if (value > bound + SLACK) {
      problems.push(`it is above ${why}, ${show(bound)}, by ${show(value - bound)}`);
    }
  }
  if (problems.length > 0) {
    return checkResult(
      "discrepancy",
      recomputed,
      `${show(value)} should be ${rule}, but ${problems.join("; ")}.`,
    );
  }
  // A bound shows the value possible, not re-derived — unless the bounds pin it down.
  return checkResult(
    lower !== undefined && lower === upper ? "reproduced" : "consistent",
    recomputed,
    `${show(value)} is ${rule}.`,
  );
}
