/**
 * The CD38 cells as a danfojs DataFrame, for notebooks.
 *
 * This file imports danfojs (about 0.7 s): it is deliberately NOT re-exported from
 * `lib/mod.ts` nor from this folder's `mod.ts`. Import it directly
 * (from a notebook: `import { toDataFrame } from "../lib/papers/boissel-2022/cd38_dataframe.ts";`).
 *
 * @module
 */
import { DataFrame } from "danfojs";
import type { Cd38Summary } from "./cd38_types.ts";

/** The columns of {@linkcode toDataFrame}'s frame, in order. */
export const CD38_FRAME_COLUMNS = [
  "measure",
  "compartment",
  "timePoint",
  "unit",
  "n",
  "median",
  "min",
  "max",
  "medianPrinted",
  "rangePrinted",
  "flag",
] as const;

/**
 * One row per Table 3 cell: the model's labels, the parsed numbers (`median` is null where
 * the printed median is malformed — nothing is fixed here), the printed strings, and the flag
 * message where there is one.
 *
 * @throws {TypeError} when `cells` is not an array
 *
 * @example Table 3 as a frame
 * ```ts
 * import { toDataFrame } from "./cd38_dataframe.ts";
 * import { loadTable3 } from "./cd38_load.ts";
 * import { assertEquals } from "@std/assert";
 * const df = toDataFrame(await loadTable3());
 * assertEquals(df.shape, [8, 11]);
 * ```
 */
export function toDataFrame(cells: readonly Cd38Summary[]): DataFrame {
  if (!Array.isArray(cells)) {
    throw new TypeError(`\`cells\` must be an array of CD38 cells, got ${typeof cells}`);
  }
  const column = <T>(f: (c: Cd38Summary) => T): T[] => cells.map(f);
  return new DataFrame({
    measure: column((c) => c.measure),
    compartment: column((c) => c.compartment),
    timePoint: column((c) => c.timePoint),
    unit: column((c) => c.unit),
    n: column((c) => c.n.value),
    median: column((c) => c.median.value),
    min: column((c) => c.min.value),
    max: column((c) => c.max.value),
    medianPrinted: column((c) => c.median.printed),
    rangePrinted: column((c) => c.rangePrinted),
    flag: column((c) => c.median.flag?.message ?? ""),
  }, { columns: [...CD38_FRAME_COLUMNS] });
}
