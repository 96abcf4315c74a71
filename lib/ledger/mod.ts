/**
 * The claims ledger: its vocabulary (papers, check kinds, claims, results), the loader that
 * validates `data/<paper>/claims.csv` and `tableN.csv` (every problem a `DataError` at
 * `file:line`), and the runner that re-derives every claim. Codebook: `data/README.md`.
 *
 * @example Audit the repository's data
 * ```ts
 * import { readLedger, runLedger } from "./mod.ts";
 * import { assert } from "@std/assert";
 * const entries = runLedger(await readLedger(new URL("../../data", import.meta.url).pathname));
 * assert(entries.length > 0);
 * ```
 *
 * @module
 */

export * from "./claims.ts";
export * from "./load.ts";
export * from "./run.ts";
export * from "./findings.ts";
