/**
 * The `--json` report: a stable array of `{ id, paper, where, quote, reported, recomputed,
 * status, explanation }` in ledger order, keys in that order, two-space indentation and a final
 * newline — byte-identical across runs on the same data.
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
] as const;

/**
 * Serialises results as the stable JSON report.
 *
 * @example Keys in a fixed order
 * ```ts
 * import { toJson } from "./json.ts";
 * import { assertEquals } from "@std/assert";
 * const r = { explanation: "", status: "reproduced", recomputed: "1", reported: "1",
 *   quote: "q", where: "w", paper: "boissel-2022", id: "b-x" } as const;
 * assertEquals(Object.keys(JSON.parse(toJson([r]))[0])[0], "id");
 * ```
 */
export function toJson(results: readonly ClaimResult[]): string {
  const records = results.map((r) => Object.fromEntries(JSON_KEYS.map((k) => [k, r[k]])));
  return `${JSON.stringify(records, null, 2)}\n`;
}
