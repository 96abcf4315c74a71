/**
 * Text → checkable statements with provenance. The extractors run in a fixed order, most
 * explicit first, and a printed number belongs to the first statement that takes it, so the
 * result is deterministic and `4/14 (28.6%)` is read once, as a fraction with its percentage.
 *
 * @module
 */

import { ExtractContext } from "./context.ts";
import { extractProportionIntervals } from "./intervals.ts";
import { extractExplicitPercentages } from "./percentages.ts";
import { extractRatios } from "./ratios.ts";
import type { Statement } from "./statement.ts";
import { extractSums } from "./sums.ts";
import { extractTabTables } from "./tab_tables.ts";
import { extractTestStatistics } from "./test_statistics.ts";
import { extractTextPercentages } from "./text_percentages.ts";
import { extractTwoGroupComparisons } from "./two_groups.ts";

/** Options of {@linkcode extractStatements}. */
export interface ExtractOptions {
  /** The file name recorded in each statement (default `-`). */
  readonly file?: string;
}

/**
 * Finds every statement of `text` that a check of the ledger can re-derive, in text order.
 * Pure and synchronous (a Web Worker can call it on a string); linear in the text's length.
 *
 * @example A fraction with its percentage
 * ```ts
 * import { extractStatements } from "./extract.ts";
 * import { assertEquals } from "@std/assert";
 * const [s] = extractStatements("The disease progressed in 4/14 (28.6%) patients.", {
 *   file: "paper.txt",
 * });
 * assertEquals([s?.kind, s?.quote, s?.tier, s?.column], ["percentage", "4/14 (28.6%)", "explicit", 27]);
 * ```
 */
export function extractStatements(text: string, options: ExtractOptions = {}): Statement[] {
  const ctx = new ExtractContext(text, options.file ?? "-");
  extractTestStatistics(ctx);
  extractRatios(ctx);
  extractSums(ctx);
  extractProportionIntervals(ctx);
  extractTwoGroupComparisons(ctx);
  extractExplicitPercentages(ctx);
  extractTabTables(ctx);
  extractTextPercentages(ctx);
  return ctx.statements();
}
