/**
 * The `--json` report: a stable array of `{ id, paper, where, quote, reported, recomputed,
 * status, explanation, note, finding }` in ledger order, keys in that order, two-space
 * indentation and a final newline — byte-identical across runs on the same data. `note` is the
 * ledger's note on the claim, `finding` the id of the finding it belongs to (empty when none).
 *
 * @module
 */

import type { ClaimResult } from "../ledger/claims.ts";

/** The keys of each record, in output order. */
export const JSON_KEYS = [
  "id",
  "paper",
  "where",
  "quote",
  "reported",
  "recomputed",
  "status",
  "explanation",
  "note",
  "finding",
] as const;

/**
 * Serialises results as the stable JSON report.
 *
 * @example Keys in a fixed order
 * ```ts
 * import { toJson } from "./json.ts";
 * import { assertEquals } from "@std/assert";
 * const r = { finding: "", note: "", explanation: "", status: "reproduced", recomputed: "1",
 *   reported: "1", quote: "q", where: "w", paper: "my-trial", id: "x" } as const;
 * assertEquals(Object.keys(JSON.parse(toJson([r]))[0])[0], "id");
 * ```
 */
export function toJson(results: readonly ClaimResult[]): string {
  const records = results.map((r) => Object.fromEntries(JSON_KEYS.map((k) => [k, r[k]])));
  return `${JSON.stringify(records, null, 2)}\n`;
}
