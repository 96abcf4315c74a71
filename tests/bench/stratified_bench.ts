/**
 * Paired and stratified 2×2 data and the meta-analysis of two-arm trials. Targets: a McNemar
 * test or a paired-difference interval ≤ 20 µs (Tango's, root-found, included); a
 * Mantel–Haenszel analysis of 6 strata ≤ 20 µs and of 1,000 strata ≤ 1 ms; a 13-study
 * two-arm meta-analysis ≤ 50 µs for every pooling method and τ² estimator; 1,000 studies by
 * REML or Mantel–Haenszel ≤ 5 ms.
 *
 * @module
 */
import { MCNEMAR_METHODS, mcnemarTest } from "../../lib/stats/mcnemar.ts";
import { PAIRED_DIFFERENCE_METHODS, pairedDifference } from "../../lib/stats/paired_difference.ts";
import { mantelHaenszel } from "../../lib/stats/mantel_haenszel.ts";
import { metaTwoArm } from "../../lib/stats/meta_two_arm.ts";
import { TAU2_METHODS } from "../../lib/stats/meta_proportions.ts";

// Cavo et al. 2012 (contingencytables), and a large paired table
const PAIRED = {
  cavo: { n11: 59, n12: 6, n21: 16, n22: 80 },
  large: { n11: 10000, n12: 120, n21: 80, n22: 9800 },
} as const;
for (const [name, table] of Object.entries(PAIRED)) {
  for (const method of MCNEMAR_METHODS) {
    Deno.bench(`${name}: mcnemarTest ${method}`, { group: "paired" }, () => {
      mcnemarTest(table, { method });
    });
  }
  for (const method of PAIRED_DIFFERENCE_METHODS) {
    Deno.bench(`${name}: pairedDifference ${method}`, { group: "paired" }, () => {
      pairedDifference(table, { method });
    });
  }
}

// UC Berkeley admissions by department (R's UCBAdmissions): men (a), women (b)
const ucb = [
  [512, 825, 89, 108],
  [353, 560, 17, 25],
  [120, 325, 202, 593],
  [138, 417, 131, 375],
  [53, 191, 94, 393],
  [22, 373, 24, 341],
].map(([ax, an, bx, bn]) => ({ a: { x: ax!, n: an! }, b: { x: bx!, n: bn! } }));
// 1,000 deterministic strata or studies (arms of 20–219, risks spread over 0.05–0.85)
const many = Array.from({ length: 1000 }, (_, i) => {
  const na = 20 + ((i * 37) % 200);
  const nb = 20 + ((i * 53) % 200);
  const pa = 0.05 + 0.8 * (((i * 29) % 97) / 96);
  const pb = Math.min(0.95, pa * (0.6 + 0.8 * (((i * 13) % 11) / 10)));
  return { a: { x: Math.round(na * pa), n: na }, b: { x: Math.round(nb * pb), n: nb } };
});
for (const measure of ["odds-ratio", "ratio", "difference"] as const) {
  Deno.bench(`mantelHaenszel UCB, 6 strata, ${measure}`, { group: "stratified" }, () => {
    mantelHaenszel(ucb, { measure });
  });
}
Deno.bench("mantelHaenszel 1000 strata, odds-ratio (with Breslow–Day)", () => {
  mantelHaenszel(many);
});

// BCG vaccine trials (metafor's dat.bcg)
const tpos = [4, 6, 3, 62, 33, 180, 8, 505, 29, 17, 186, 5, 27];
const tneg = [119, 300, 228, 13536, 5036, 1361, 2537, 87886, 7470, 1699, 50448, 2493, 16886];
const cpos = [11, 29, 11, 248, 47, 372, 10, 499, 45, 65, 141, 3, 29];
const cneg = [128, 274, 209, 12619, 5761, 1079, 619, 87892, 7232, 1600, 27197, 2338, 17825];
const bcg = tpos.map((x, i) => ({
  a: { x, n: x + tneg[i]! },
  b: { x: cpos[i]!, n: cpos[i]! + cneg[i]! },
}));
for (const tau2 of TAU2_METHODS) {
  Deno.bench(`metaTwoArm k = 13, ratio, inverse variance ${tau2}`, { group: "k13" }, () => {
    metaTwoArm(bcg, { tau2 });
  });
}
Deno.bench("metaTwoArm k = 13, odds-ratio, REML, Knapp–Hartung", { group: "k13" }, () => {
  metaTwoArm(bcg, { measure: "odds-ratio", knappHartung: true });
});
for (const measure of ["odds-ratio", "ratio", "difference"] as const) {
  Deno.bench(`metaTwoArm k = 13, ${measure}, Mantel–Haenszel`, { group: "k13" }, () => {
    metaTwoArm(bcg, { measure, pooling: "mantel-haenszel" });
  });
}
Deno.bench("metaTwoArm k = 13, Peto", { group: "k13" }, () => {
  metaTwoArm(bcg, { pooling: "peto" });
});
Deno.bench("metaTwoArm k = 1000, ratio, REML", () => {
  metaTwoArm(many, { tau2: "REML" });
});
Deno.bench("metaTwoArm k = 1000, odds-ratio, Mantel–Haenszel", () => {
  metaTwoArm(many, { measure: "odds-ratio", pooling: "mantel-haenszel" });
});
