/**
 * Barnard's and Boschloo's exact unconditional tests at the size the issue targets (n_a, n_b ≤
 * 100: under 50 ms each), Fisher's mid-p, and identifyTest on the ledger's largest table.
 *
 * The 100-vs-100 tables cover the shapes that cost most: equal arms (Boschloo's mirror ties
 * decided exactly, in BigInt), p-values near 1 (flat nuisance curves with many grid peaks to
 * refine), a far tail, and unequal arms.
 *
 * @module
 */
import { barnardTest } from "../../lib/stats/barnard_test.ts";
import { boschlooTest } from "../../lib/stats/boschloo_test.ts";
import { fisherExact } from "../../lib/stats/fisher_exact.ts";
import { identifyTest } from "../../lib/stats/identify_test.ts";

const TABLES: Record<string, readonly [{ x: number; n: number }, { x: number; n: number }]> = {
  "37/100 vs 51/100": [{ x: 37, n: 100 }, { x: 51, n: 100 }],
  "50/100 vs 49/100 (p near 1)": [{ x: 50, n: 100 }, { x: 49, n: 100 }],
  "3/100 vs 11/100": [{ x: 3, n: 100 }, { x: 11, n: 100 }],
  "95/100 vs 40/100 (far tail)": [{ x: 95, n: 100 }, { x: 40, n: 100 }],
  "30/100 vs 9/40": [{ x: 30, n: 100 }, { x: 9, n: 40 }],
};

for (const [label, [a, b]] of Object.entries(TABLES)) {
  Deno.bench({
    name: `barnardTest two-sided, ${label}`,
    group: "barnard 100 vs 100",
    fn: () => {
      barnardTest(a, b);
    },
  });
  Deno.bench({
    name: `barnardTest less, unpooled, ${label}`,
    group: "barnard 100 vs 100",
    fn: () => {
      barnardTest(a, b, { alternative: "less", pooled: false });
    },
  });
  Deno.bench({
    name: `boschlooTest two-sided, ${label}`,
    group: "boschloo 100 vs 100",
    fn: () => {
      boschlooTest(a, b);
    },
  });
  Deno.bench({
    name: `boschlooTest greater, ${label}`,
    group: "boschloo 100 vs 100",
    fn: () => {
      boschlooTest(a, b, { alternative: "greater" });
    },
  });
}

Deno.bench("fisherExact mid-p two-sided with interval, 37/100 vs 51/100", () => {
  fisherExact({ x: 37, n: 100 }, { x: 51, n: 100 }, { midP: true });
});

Deno.bench("identifyTest, all eight tests, TOWER 92/271 vs 21/134 (the ledger's p-value)", () => {
  identifyTest({ x: 92, n: 271 }, { x: 21, n: 134 }, "p < 0.001");
});
