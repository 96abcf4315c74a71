/**
 * Worked example: Aureli et al. (2023), a review of immunotherapy in acute lymphoblastic
 * leukemia. The re-derivations that serve this paper only, used by its notebooks
 * (`notebooks/05`); the engine (`lib/mod.ts`) does not import them: the randomized comparisons
 * the review quotes, re-derived from the printed counts (`./comparisons.ts`). The trial-level
 * transcription itself (`data/aureli-2023/trials.csv`) loads with the engine's `loadTrials`.
 *
 * Aureli A, Marziani B, Venditti A, Sconocchia T, Sconocchia G. 2023. "Acute Lymphoblastic
 * Leukemia Immunotherapy Treatment: Now, Next, and Beyond." Cancers 15 (13): 3346.
 * doi:10.3390/cancers15133346
 *
 * @example The comparisons of the review's trials.csv
 * ```ts
 * import { rederiveComparisons } from "./mod.ts";
 * import { loadTrials } from "../../trials/trials.ts";
 * import { assert } from "@std/assert";
 * const rows = await loadTrials(new URL("../../../data/aureli-2023/trials.csv", import.meta.url));
 * assert(rederiveComparisons(rows).some((c) => c.status === "reproduced"));
 * ```
 *
 * @module
 */
export * from "./comparisons.ts";
