/**
 * The intervals and identifications of issue 13: Sterne's and Blaker's mid-p intervals for a
 * proportion (their bounds walk the pieces of a non-monotone acceptability), the conditional
 * odds-ratio intervals (Cornfield mid-p, Baptista–Pike), identifyComparisonMethod (every
 * method of a measure), and the exact expected normal IQR of Wan et al.'s Table 2.
 * (compareProportions' other methods are in two_arm_bench.ts, which loops over all of them.)
 *
 * @module
 */
import { binomialCI } from "../../lib/stats/binomial_ci.ts";
import { compareProportions } from "../../lib/stats/compare_proportions.ts";
import { identifyComparisonMethod } from "../../lib/stats/identify_comparison_method.ts";
import { expectedNormalIqr } from "../../lib/stats/estimate_mean_sd.ts";

for (const [x, n] of [[4, 14], [300, 1000], [30_000, 100_000]] as const) {
  for (const method of ["sterne", "blaker-mid-p", "blaker"] as const) {
    Deno.bench({
      name: `binomialCI ${method} ${x}/${n}`,
      group: `acceptability ${x}/${n}`,
      baseline: method === "blaker",
      fn: () => {
        binomialCI(x, n, { method });
      },
    });
  }
}

const TABLES = {
  small: [{ x: 7, n: 20 }, { x: 2, n: 18 }],
  large: [{ x: 4000, n: 10000 }, { x: 3500, n: 10000 }],
} as const;
for (const [size, [a, b]] of Object.entries(TABLES)) {
  for (const method of ["exact", "cornfield-mid-p", "baptista-pike"] as const) {
    Deno.bench({
      name: `${size}: odds ratio ${method}`,
      group: `${size} conditional odds ratio`,
      baseline: method === "exact",
      fn: () => {
        compareProportions(a, b, { measure: "odds-ratio", method });
      },
    });
  }
}

Deno.bench("identifyComparisonMethod: odds ratio, 5 methods, 3/4 vs 1/4", () => {
  identifyComparisonMethod({ x: 3, n: 4 }, { x: 1, n: 4 }, "0.3101 to 308.5568", {
    measure: "odds-ratio",
  });
});

let n = 5;
Deno.bench("expectedNormalIqr, a new n each time (two order statistics integrated)", () => {
  expectedNormalIqr(n++);
});
