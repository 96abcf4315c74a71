/**
 * Subgroup analysis and leave-one-out sensitivity analysis for a meta-analysis of
 * proportions, built on {@linkcode metaProportions}.
 *
 * Subgroups: each subgroup is pooled on its own (with its own τ²), and the subgroups are
 * compared by Cochran's Q of their pooled estimates θ̂_g with weights 1/SE_g², on G − 1 df —
 * the "separate τ²" test of subgroup differences (Borenstein et al. 2009, ch. 19; the meta
 * package's default `tau.common = FALSE`). It equals a common-effect `rma()` of the subgroup
 * estimates with `sei = SE_g` in metafor. With Knapp–Hartung, the SE_g are the Knapp–Hartung
 * standard errors.
 *
 * Leave-one-out: the model refitted k times, each time without one study (metafor's
 * `leave1out()`), to show how much any single study moves the estimate and the heterogeneity.
 *
 * References:
 * - Borenstein, M., L. V. Hedges, J. P. T. Higgins, and H. R. Rothstein. 2009. Introduction to
 *   Meta-Analysis, ch. 19 "Subgroup analyses". Chichester: Wiley. doi:10.1002/9780470743386
 * - Cochran, W. G. 1954. "The combination of estimates from different experiments."
 *   Biometrics 10 (1): 101–129. doi:10.2307/3001666
 * - Viechtbauer, W., and M. W.-L. Cheung. 2010. "Outlier and influence diagnostics for
 *   meta-analysis." Research Synthesis Methods 1 (2): 112–125. doi:10.1002/jrsm.11
 * - Viechtbauer, W. 2010. "Conducting meta-analyses in R with the metafor package." Journal of
 *   Statistical Software 36 (3): 1–48. doi:10.18637/jss.v036.i03
 *
 * @module
 */
import { chiSquareSf } from "./distributions.ts";
import {
  metaProportions,
  type MetaProportionsOptions,
  type MetaProportionsResult,
  type ProportionStudy,
} from "./meta_proportions.ts";

/** A study with the subgroup it belongs to. */
export interface GroupedStudy extends ProportionStudy {
  readonly group: string;
}

/** One subgroup's pooled result. */
export interface SubgroupResult {
  readonly group: string;
  readonly fit: MetaProportionsResult;
}

/** The result of {@linkcode metaSubgroups}. */
export interface MetaSubgroupsResult {
  readonly method: "separate-tau2";
  /** Subgroups in order of first appearance. */
  readonly subgroups: readonly SubgroupResult[];
  /** All studies pooled together, ignoring the subgroups. */
  readonly overall: MetaProportionsResult;
  /** Test of subgroup differences: Q between subgroups on G − 1 df. */
  readonly between: { readonly q: number; readonly df: number; readonly pValue: number };
}

/**
 * Pools each subgroup separately, pools all studies together, and tests whether the subgroup
 * estimates differ (Q between subgroups, χ² on G − 1 df).
 *
 * The options are those of {@linkcode metaProportions} and apply to every fit. The mixed
 * endpoint or population check applies within each subgroup and to the overall fit. A
 * subgroup of one study is that study's own estimate (see {@linkcode metaProportions}).
 *
 * @throws {RangeError} fewer than two subgroups, an empty group name, or any error of
 *   {@linkcode metaProportions} (with `knappHartung`, a subgroup of one study is refused)
 *
 * @example Adult vs pediatric relapsed/refractory response rates (Aureli 2023)
 * ```ts
 * import { metaSubgroups } from "./meta_subgroups.ts";
 * import { assertAlmostEquals } from "@std/assert";
 * const result = metaSubgroups([
 *   { label: "Topp 2015", x: 81, n: 189, group: "adult" },
 *   { label: "ALCANTARA", x: 16, n: 45, group: "adult" },
 *   { label: "Ozcan 2021", x: 11, n: 22, group: "adult" },
 *   { label: "Park 2018", x: 44, n: 53, group: "adult" },
 *   { label: "RIALTO", x: 69, n: 110, group: "pediatric" },
 *   { label: "NEUF", x: 38, n: 72, group: "pediatric" },
 *   { label: "ITCC-059", x: 20, n: 25, group: "pediatric" },
 *   { label: "AALL1621", x: 28, n: 48, group: "pediatric" },
 *   { label: "ELIANA", x: 61, n: 75, group: "pediatric" },
 * ], { transform: "logit", tau2: "REML" });
 * // tests/fixtures/generate_meta.R (metafor 3.8.1): Q between = 0.99755, p = 0.31790
 * assertAlmostEquals(result.between.q, 0.997550, 1e-6);
 * assertAlmostEquals(result.between.pValue, 0.317904, 1e-6);
 * ```
 */
export function metaSubgroups(
  studies: readonly GroupedStudy[],
  options: MetaProportionsOptions = {},
): MetaSubgroupsResult {
  const overall = metaProportions(studies, options);
  const groups = new Map<string, GroupedStudy[]>();
  studies.forEach((s, i) => {
    if (typeof s.group !== "string" || s.group.trim() === "") {
      throw new RangeError(
        `\`studies[${i}].group\` must be a non-empty string, got ${JSON.stringify(s.group)}`,
      );
    }
    const members = groups.get(s.group) ?? [];
    members.push(s);
    groups.set(s.group, members);
  });
  if (groups.size < 2) {
    throw new RangeError(
      `\`studies\` must fall into at least 2 subgroups, got ${groups.size} (${
        [...groups.keys()]
          .map((g) => JSON.stringify(g)).join(", ")
      })`,
    );
  }
  const subgroups = [...groups].map(([group, members]) => ({
    group,
    fit: metaProportions(members, options),
  }));
  let sw = 0;
  let swy = 0;
  for (const { fit } of subgroups) {
    const w = 1 / fit.transformed.se ** 2;
    sw += w;
    swy += w * fit.transformed.estimate;
  }
  const mean = swy / sw;
  let q = 0;
  for (const { fit } of subgroups) {
    q += (fit.transformed.estimate - mean) ** 2 / fit.transformed.se ** 2;
  }
  const df = subgroups.length - 1;
  return {
    method: "separate-tau2",
    subgroups,
    overall,
    between: { q, df, pValue: chiSquareSf(q, df) },
  };
}

/** One leave-one-out refit. */
export interface LeaveOneOutRow {
  /** Label of the study left out. */
  readonly omitted: string;
  /** Index of the study left out. */
  readonly index: number;
  readonly fit: MetaProportionsResult;
}

/**
 * Refits the meta-analysis k times, each time leaving one study out (metafor's `leave1out()`).
 * Needs at least 2 studies (leaving one out of one leaves nothing to pool).
 *
 * @throws {RangeError} fewer than 2 studies, or any error of {@linkcode metaProportions}
 *   (with `knappHartung`, leaving one of two studies out is refused)
 *
 * @example How far one study moves the pooled response rate
 * ```ts
 * import { leaveOneOut } from "./meta_subgroups.ts";
 * import { assertEquals } from "@std/assert";
 * const rows = leaveOneOut([
 *   { label: "Topp 2015", x: 81, n: 189 },
 *   { label: "ALCANTARA", x: 16, n: 45 },
 *   { label: "ELIANA", x: 61, n: 75 },
 * ], { tau2: "DL" });
 * assertEquals(rows.map((r) => r.omitted), ["Topp 2015", "ALCANTARA", "ELIANA"]);
 * assertEquals(rows[2]!.fit.k, 2);
 * ```
 */
export function leaveOneOut(
  studies: readonly ProportionStudy[],
  options: MetaProportionsOptions = {},
): LeaveOneOutRow[] {
  // Validate the full set first, so that errors name the caller's indices.
  const full = metaProportions(studies, options);
  if (studies.length < 2) {
    throw new RangeError(`\`studies\` must contain at least 2 studies, got ${studies.length}`);
  }
  return studies.map((_, index) => ({
    omitted: full.studies[index]!.label,
    index,
    fit: metaProportions(studies.filter((__, j) => j !== index), options),
  }));
}
