/**
 * CD38 on leukemic blasts as Boissel et al. (2022) report it: the typed model
 * (measure × compartment × time point → n, median, min, max, unit, each as printed with its
 * parsed number), the readers of printed figures, and the validating loaders of
 * `data/boissel-2022/table3.csv` and `data/boissel-2022/cd38_text.csv`.
 *
 * The danfojs adapter (`./dataframe.ts`, about 0.7 s to import) is deliberately not re-exported.
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
export * from "./types.ts";
export * from "./printed.ts";
export * from "./load.ts";
