/**
 * The automatic audit: a paper's plain text → one record per checkable statement, re-derived
 * by the claims ledger's own checks, with the ledger's statuses (`discrepancy`, `artefact`,
 * `consistent`, `reproduced`, …), the provenance of every inferred input, and a per-paper
 * summary; a draft `claims.csv` from the same statements; a corpus in numbers (`corpus.ts`);
 * and the hand labels that measure the precision of its flags (`labels.ts`). Pure and
 * synchronous, so a Web Worker can run it on a string.
 *
 * @example Boissel 2022, Table 2: "Progressive disease, n (%) 12 (87.5%)" under N = 14
 * ```ts
 * import { auditPaper } from "./mod.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "\tIsatuximab 20 mg/kg (N = 14)\nProgressive disease, n (%)\t12 (87.5%)\n";
 * const { records } = auditPaper(text, { file: "paper.txt" });
 * assertEquals([records[0]?.status, records[0]?.tier], ["discrepancy", "inferred"]);
 * ```
 *
 * @module
 */

export * from "./audit.ts";
export * from "./summary.ts";
export * from "./claims_csv.ts";
export * from "./corpus.ts";
export * from "./labels.ts";
export {
  artefactReadings,
  explainArtefact,
  type Norms,
  normsOf,
  type Reading,
} from "./artefacts.ts";
export { oneSidedMention, reconcileWithOtherMethods } from "./other_methods.ts";
