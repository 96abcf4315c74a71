/**
 * Worked example: Boissel et al. (2022), isatuximab in relapsed/refractory T-ALL/T-LBL
 * (NCT02999633). The re-derivations that serve this paper only, used by its notebooks
 * (`notebooks/01`–`04`); the engine (`lib/mod.ts`) does not import them.
 *
 * - the Simon two-stage design of the Methods (`./simon.ts`);
 * - CD38 on blasts: the typed model of Table 3 built on the engine's summary tables, the
 *   Results text's figures, their comparison, the exact mean bounds and the charts
 *   (`./cd38_types.ts`, `./cd38_load.ts`, `./cd38.ts`, `./cd38_charts.ts`).
 *
 * The danfojs adapter (`./cd38_dataframe.ts`, about 0.7 s to import) is deliberately not
 * re-exported.
 *
 * Boissel N, Chevallier P, Doronin V, et al. 2022. "Isatuximab monotherapy in patients with
 * refractory T-acute lymphoblastic leukemia or T-lymphoblastic lymphoma: Phase 2 study."
 * Cancer Medicine 11: 1292–1298. doi:10.1002/cam4.4478
 *
 * @example Table 3's bone-marrow median density is flagged, not fixed
 * ```ts
 * import { loadTable3 } from "./mod.ts";
 * import { assertEquals } from "@std/assert";
 * const cells = await loadTable3();
 * const bm = cells.find((c) => c.measure === "receptor-density" && c.compartment === "bone-marrow");
 * assertEquals([bm?.median.printed, bm?.median.value], ["68,17.50", null]);
 * ```
 *
 * @module
 */
export * from "./simon.ts";
export * from "./cd38_types.ts";
export * from "./cd38_load.ts";
export * from "./cd38.ts";
export * from "./cd38_charts.ts";
