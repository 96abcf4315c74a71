/**
 * Speed of the one-sample proportion core: every interval method and the exact test at
 * n = 14, 1 000 and 100 000 with x ≈ 30%. Target: a two-sided Clopper–Pearson or mid-p
 * interval at n = 100 000 well under 1 ms.
 */
import { binomialCI, CI_METHODS } from "../../lib/stats/binomial_ci.ts";
import { binomialTest } from "../../lib/stats/binomial_test.ts";

const CASES = [[4, 14], [300, 1_000], [30_000, 100_000]] as const;

for (const [x, n] of CASES) {
  for (const method of CI_METHODS) {
    Deno.bench({
      name: `binomialCI ${method} ${x}/${n}`,
      group: `binomialCI n = ${n}`,
      baseline: method === "wilson",
      fn: () => {
        binomialCI(x, n, { method });
      },
    });
  }
  Deno.bench({
    name: `binomialTest two-sided ${x}/${n}`,
    group: `binomialTest`,
    fn: () => {
      binomialTest(x, n, 0.25);
    },
  });
}
