/**
 * McNemar's test for a paired 2×2 table: are the proportions with the event under the two
 * conditions equal? Only the discordant pairs carry information.
 *
 * @module
 */
import { displayAs } from "./_display.ts";
import { type PairedTable, readPairedTable } from "./_paired.ts";
import { binomialCdf, binomialPmf, chiSquareSf } from "./distributions.ts";
import { requireOneOf } from "./_validate.ts";

export type { PairedTable } from "./_paired.ts";

/** Versions of McNemar's test; see {@linkcode mcnemarTest}. */
export const MCNEMAR_METHODS = ["asymptotic-cc", "asymptotic", "exact", "mid-p"] as const;
/** One of {@linkcode MCNEMAR_METHODS}; default `"asymptotic-cc"` (R's `mcnemar.test`). */
export type McNemarMethod = (typeof MCNEMAR_METHODS)[number];

/** Options of {@linkcode mcnemarTest}. */
export interface McNemarOptions {
  /** Version of the test. Default `"asymptotic-cc"`, as R's `mcnemar.test(correct = TRUE)`. */
  readonly method?: McNemarMethod;
}

/** Result of {@linkcode mcnemarTest}, with the table and method that produced it. */
export interface McNemarResult {
  readonly method: McNemarMethod;
  readonly table: PairedTable;
  /** Number of pairs N. */
  readonly n: number;
  /** Number of discordant pairs n12 + n21. */
  readonly discordant: number;
  /** The chi-square statistic (1 df) of the asymptotic versions; `null` for exact and mid-p. */
  readonly statistic: number | null;
  /** 1 for the asymptotic versions; `null` for exact and mid-p. */
  readonly df: 1 | null;
  /** Two-sided p-value, in [0, 1]. */
  readonly pValue: number;
  /** Present when there is no discordant pair: what was returned and why. */
  readonly note?: string;
}

/**
 * McNemar's test of marginal homogeneity (p₁ = p₂, equivalently n12 and n21 equally likely)
 * for a paired 2×2 table `{ n11, n12, n21, n22 }` (rows: first condition, columns: second).
 *
 * With b = n12 and c = n21:
 * - `"asymptotic-cc"` (default): (|b − c| − 1)² / (b + c), χ² with 1 df — Edwards's (1948)
 *   continuity correction, as R's `mcnemar.test(correct = TRUE)` (no correction when b = c).
 * - `"asymptotic"`: (b − c)² / (b + c), χ² with 1 df (McNemar 1947; R's `correct = FALSE`).
 * - `"exact"`: the conditional binomial test of b among b + c discordant pairs against 1/2,
 *   P = min(1, 2·P(X ≤ min(b, c))) — R's `binom.test(b, b + c)` and
 *   `exact2x2::mcnemar.exact`, statsmodels' `mcnemar(exact = True)`.
 * - `"mid-p"`: the same with the observed outcome counted half,
 *   P = 2·P(X < min(b, c)) + P(X = min(b, c)) (1 when b = c).
 *
 * Fagerland, Lydersen and Laake (2013) found the asymptotic test without correction and the
 * mid-p test close to the nominal level even in small samples, the corrected and exact tests
 * conservative. With no discordant pair (b = c = 0) the data say nothing about the difference:
 * the statistic is 0 and P = 1 (R's `mcnemar.test` gives NaN), and the result carries a `note`.
 *
 * References:
 * - McNemar, Q. 1947. "Note on the sampling error of the difference between correlated
 *   proportions or percentages." Psychometrika 12 (2): 153–157. doi:10.1007/BF02295996
 * - Edwards, A. L. 1948. "Note on the 'correction for continuity' in testing the significance
 *   of the difference between correlated proportions." Psychometrika 13 (3): 185–187.
 *   doi:10.1007/BF02289261
 * - Fagerland, M. W., S. Lydersen, and P. Laake. 2013. "The McNemar test for binary
 *   matched-pairs data: mid-p and asymptotic are better than exact conditional." BMC Medical
 *   Research Methodology 13: 91. doi:10.1186/1471-2288-13-91
 *
 * @param table the paired table; counts are integers ≥ 0, at least one pair
 * @param options the version of the test
 * @throws {RangeError} a negative or fractional count, no pair at all, an unknown `method`
 * @throws {TypeError} a table that is not an object, a count that is not a number
 *
 * @example Complete response before and after consolidation (Cavo et al. 2012)
 * ```ts
 * import { mcnemarTest } from "./mcnemar.ts";
 * import { assertEquals } from "@std/assert";
 * // Fagerland, Lydersen & Laake 2017, Statistical Analysis of Contingency Tables, ch. 8:
 * // 59 CR/CR, 6 CR/no CR, 16 no CR/CR, 80 neither (contingencytables test-ch8.R).
 * const table = { n11: 59, n12: 6, n21: 16, n22: 80 };
 * assertEquals(mcnemarTest(table, { method: "asymptotic" }).pValue.toFixed(6), "0.033006");
 * assertEquals(mcnemarTest(table, { method: "exact" }).pValue.toFixed(6), "0.052479");
 * assertEquals(mcnemarTest(table, { method: "mid-p" }).pValue.toFixed(6), "0.034690");
 * ```
 */
export function mcnemarTest(table: PairedTable, options: McNemarOptions = {}): McNemarResult {
  const t = readPairedTable("table", table);
  const method = options.method ?? "asymptotic-cc";
  requireOneOf("method", method, MCNEMAR_METHODS);
  const b = t.n12;
  const c = t.n21;
  const discordant = b + c;
  const n = t.n11 + t.n12 + t.n21 + t.n22;
  const asymptotic = method === "asymptotic" || method === "asymptotic-cc";
  let statistic: number | null = null;
  let pValue: number;
  if (discordant === 0) {
    statistic = asymptotic ? 0 : null;
    pValue = 1;
  } else if (asymptotic) {
    const d = Math.abs(b - c);
    const corrected = method === "asymptotic-cc" && d > 0 ? d - 1 : d;
    statistic = (corrected * corrected) / discordant;
    pValue = chiSquareSf(statistic, 1);
  } else {
    const m = Math.min(b, c);
    const tail = method === "exact"
      ? binomialCdf(m, discordant, 0.5)
      : binomialCdf(m - 1, discordant, 0.5) + 0.5 * binomialPmf(m, discordant, 0.5);
    pValue = Math.min(1, 2 * tail);
  }
  const result: McNemarResult = {
    method,
    table: t,
    n,
    discordant,
    statistic,
    df: asymptotic ? 1 : null,
    pValue,
    ...(discordant === 0
      ? {
        note: "no discordant pair: the data carry no information about the difference, so " +
          "the statistic is 0 and P = 1",
      }
      : {}),
  };
  return Object.freeze(
    displayAs(`McNemar test (${method}): ${b} vs ${c} discordant pairs of ${n}`, result),
  );
}
