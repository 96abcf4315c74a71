/**
 * Speed of the meta-analysis layer. Targets: one 9-study fit ≤ 50 µs for every τ² method;
 * a 1,000-study REML fit ≤ 5 ms; parsing and checking trials.csv ≤ 5 ms.
 */
import { metaProportions, TAU2_METHODS } from "../../lib/stats/meta_proportions.ts";
import { leaveOneOut, metaSubgroups } from "../../lib/stats/meta_subgroups.ts";
import { forestSpec } from "../../lib/charts/forest.ts";
import { parseTrials } from "../../lib/trials/trials.ts";

// Relapsed/refractory response rates from data/aureli-2023/trials.csv
const studies = [
  { label: "Topp 2015", x: 81, n: 189, group: "adult" },
  { label: "ALCANTARA", x: 16, n: 45, group: "adult" },
  { label: "RIALTO", x: 69, n: 110, group: "pediatric" },
  { label: "NEUF", x: 38, n: 72, group: "pediatric" },
  { label: "Ozcan 2021", x: 11, n: 22, group: "adult" },
  { label: "ITCC-059", x: 20, n: 25, group: "pediatric" },
  { label: "AALL1621", x: 28, n: 48, group: "pediatric" },
  { label: "ELIANA", x: 61, n: 75, group: "pediatric" },
  { label: "Park 2018", x: 44, n: 53, group: "adult" },
];
// 1,000 deterministic heterogeneous studies (n 20–219, proportions spread over 0.1–0.9)
const many = Array.from({ length: 1000 }, (_, i) => {
  const n = 20 + ((i * 37) % 200);
  return { x: Math.round(n * (0.1 + 0.8 * (((i * 53) % 97) / 96))), n };
});
const csv = await Deno.readTextFile(new URL("../../data/aureli-2023/trials.csv", import.meta.url));

for (const tau2 of TAU2_METHODS) {
  Deno.bench(`metaProportions k = 9, logit, ${tau2}`, { group: "k9" }, () => {
    metaProportions(studies, { tau2 });
  });
}
Deno.bench("metaProportions k = 9, freeman-tukey, REML, Knapp–Hartung", { group: "k9" }, () => {
  metaProportions(studies, { transform: "freeman-tukey", knappHartung: true });
});
Deno.bench("metaProportions k = 1000, logit, REML", () => {
  metaProportions(many, { tau2: "REML" });
});
Deno.bench("metaProportions k = 1000, logit, PM", () => {
  metaProportions(many, { tau2: "PM" });
});
Deno.bench("metaSubgroups k = 9, 2 subgroups, REML", () => {
  metaSubgroups(studies);
});
Deno.bench("leaveOneOut k = 9, REML", () => {
  leaveOneOut(studies);
});
Deno.bench("forestSpec, 2 subgroups (spec only, no rendering)", () => {
  forestSpec(metaSubgroups(studies));
});
Deno.bench("parseTrials: trials.csv (81 rows)", () => {
  parseTrials(csv, "trials.csv");
});
