/**
 * Extraction: the plain text of a paper → the statements a check of the claims ledger can
 * re-derive, each a ledger claim (check kind, the number as printed, literal arguments) with
 * where it stands (file, line, column, an exact quote), how much of it is printed (`explicit`)
 * or came from context (`inferred`, with the source), and the pattern that found it.
 *
 * Pure and synchronous; linear in the length of the text.
 *
 * @example Boissel 2022, Results: "the disease progressed in 4/14 (28.6%) patients"
 * ```ts
 * import { extractStatements } from "./mod.ts";
 * import { assertEquals } from "@std/assert";
 * const [s] = extractStatements("the disease progressed in 4/14 (28.6%) patients");
 * assertEquals([s?.kind, s?.reported, s?.tier], ["percentage", "4/14 (28.6%)", "explicit"]);
 * ```
 *
 * @module
 */

export * from "./extract.ts";
export * from "./statement.ts";
export {
  headingAt,
  lineSpanAt,
  positionOf,
  type PreparedText,
  prepareText,
  sectionAt,
  type TextPosition,
} from "./text.ts";
