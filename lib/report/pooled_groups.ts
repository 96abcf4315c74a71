/**
 * Which trial results the report may pool: rows of `trials.csv` with counts that measure the
 * same response endpoint of the same agent in the same population (age group and disease
 * setting). Pooling anything wider — CR with CR/CRh, blinatumomab with inotuzumab, first
 * relapse with relapsed/refractory — would average different quantities, so such rows stay
 * apart; a group needs at least two studies to be worth a forest plot.
 *
 * @module
 */

import type { ProportionStudy } from "../stats/meta_proportions.ts";
import type { TrialResult } from "../trials/trials.ts";

/** A set of trial results that share agent, endpoint, age group and setting. */
export interface PooledGroup {
  /** `agent — endpoint, age, setting`, for titles. */
  readonly title: string;
  readonly agent: string;
  readonly endpoint: string;
  /** `age, setting` (the `population` of each study). */
  readonly population: string;
  /** The studies, in file order; labels `study [ref N]`. */
  readonly studies: readonly (ProportionStudy & { readonly label: string })[];
  /** The rows behind the studies (for their notes and quotes). */
  readonly rows: readonly TrialResult[];
}

/**
 * Groups the response rows that have counts by (agent, endpoint, age, setting) and keeps the
 * groups with at least `minStudies` studies (default 2), in order of first appearance.
 *
 * @example Two trials of one agent with the same endpoint and population pool; a third with
 * another endpoint stays apart (made-up rows)
 * ```ts
 * import { poolableGroups } from "./pooled_groups.ts";
 * import { parseTrials, TRIAL_COLUMNS } from "../trials/trials.ts";
 * import { assertEquals } from "@std/assert";
 * const row = (id: string, ref: string, study: string, endpoint: string, x: number, n: number) =>
 *   `${id},my-review-2024,${ref},3.1,${study},single-arm,,,drug X,bispecific,adult,` +
 *   `relapsed/refractory,${endpoint},response,${x},${n},stated,,${study}: ${x} of ${n},`;
 * const rows = parseTrials([
 *   TRIAL_COLUMNS.join(","),
 *   row("x-cr", "12", "Trial X", "CR", 9, 20),
 *   row("y-cr", "13", "Trial Y", "CR", 14, 40),
 *   row("z-or", "14", "Trial Z", "OR", 30, 50),
 * ].join("\n"), "trials.csv");
 * const [group] = poolableGroups(rows);
 * assertEquals(group!.title, "drug X — CR, adult, relapsed/refractory");
 * assertEquals(group!.studies.map((s) => [s.label, s.x, s.n]), [
 *   ["Trial X [ref 12]", 9, 20],
 *   ["Trial Y [ref 13]", 14, 40],
 * ]);
 * ```
 */
export function poolableGroups(
  rows: readonly TrialResult[],
  minStudies = 2,
): PooledGroup[] {
  if (!Number.isInteger(minStudies) || minStudies < 1) {
    throw new RangeError(`\`minStudies\` must be an integer ≥ 1, got ${minStudies}`);
  }
  const groups = new Map<string, TrialResult[]>();
  for (const row of rows) {
    if (row.kind !== "response" || row.responders === null || row.n === null) continue;
    const key = [row.agent, row.endpoint, row.age, row.setting].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].filter((g) => g.length >= minStudies).map((members) => {
    const { agent, endpoint, age, setting } = members[0]!;
    const population = `${age}, ${setting}`;
    return {
      title: `${agent} — ${endpoint}, ${population}`,
      agent,
      endpoint,
      population,
      studies: members.map((row) => ({
        x: row.responders!,
        n: row.n!,
        label: row.ref === "" ? row.study : `${row.study} [ref ${row.ref}]`,
        endpoint,
        population,
      })),
      rows: members,
    };
  });
}
