/**
 * Two-arm comparisons: every interval method, Fisher's exact test and the chi-square test on
 * a small table (7/20 vs 2/18) and a large one (4000/10000 vs 3500/10000).
 *
 * @module
 */
import {
  compareProportions,
  COMPARISON_MEASURES,
  COMPARISON_METHODS,
} from "../../lib/stats/compare_proportions.ts";
import { fisherExact } from "../../lib/stats/fisher_exact.ts";
import { chiSquareTest } from "../../lib/stats/chi_square_test.ts";
import { ratioFromCI } from "../../lib/stats/ratio_from_ci.ts";

const TABLES = {
  small: [{ x: 7, n: 20 }, { x: 2, n: 18 }],
  large: [{ x: 4000, n: 10000 }, { x: 3500, n: 10000 }],
} as const;

for (const [size, [a, b]] of Object.entries(TABLES)) {
  for (const measure of COMPARISON_MEASURES) {
    for (const method of COMPARISON_METHODS[measure]) {
      Deno.bench({
        name: `${size}: compareProportions ${measure} ${method}`,
        group: `${size} intervals`,
        fn: () => {
          compareProportions(a, b, { measure, method });
        },
      });
    }
  }
  Deno.bench({
    name: `${size}: fisherExact two-sided (p, conditional MLE, exact CI)`,
    group: `${size} tests`,
    fn: () => {
      fisherExact(a, b);
    },
  });
  Deno.bench({
    name: `${size}: chiSquareTest (Yates)`,
    group: `${size} tests`,
    fn: () => {
      chiSquareTest(a, b);
    },
  });
}

Deno.bench("ratioFromCI", () => {
  ratioFromCI({ estimate: 0.43, lower: 0.18, upper: 1.01 });
});
