/**
 * Test statistics printed with their degrees of freedom and p-value — `t(58) = 2.10, p = .04`,
 * `χ2(1) = 0.24, P = 0.63`, `F(2, 57) = 3.10, p = 0.05`, `z = 1.96, p = .05`,
 * `χ2 = 4.98, df = 1, P = 0.029`, `Log rank 0.24 df 1 P = 0.63` — become `test-statistic`
 * statements at the `explicit` tier (everything the p-value needs is printed together).
 *
 * A chi-square printed without its degrees of freedom (`χ2 = 0.53, p = 0.77`) is left alone, and
 * so is a statistic in a sentence that corrects its p-values for multiple comparisons
 * (Bonferroni, Holm, Tukey, FDR) or reports a brain map (voxels, MNI or Talairach coordinates,
 * family-wise error): the corrected p, or a cluster's p next to its peak statistic, cannot be
 * recomputed from the statistic.
 * Conversion often flattens `χ²₁` into `χ21` or `χ 2 4`: digits right after `χ2` and before
 * `=` are read as the degrees of freedom.
 *
 * @module
 */

import type { ExtractContext } from "./context.ts";
import { closeBracket } from "./percentages.ts";

const VALUE = String.raw`([-−–]?\s?(?:\d+(?:\.\d+)?|\.\d+))`;
const P = String
  .raw`([pP])\s*(?:-?\s*values?\s*)?(=|<|>|≤|≥|<=|>=)\s*(0?\.\d+|[01](?:\.0+)?)(?!\d|\.\d)`;
const GAP = String.raw`\s*[,;:]?\s*(?:and\s+|with\s+)?`;
const DF = String.raw`(\d+(?:\.\d+)?)`;
const CHI = String.raw`(?:χ|Χ|X|[Cc]hi)\s*(?:2|²|\^2|-?\s?squared?|-?\s?square)`;

/** The forms read, each with the statistic it names and where its numbers stand. */
interface Form {
  readonly test: string;
  readonly re: RegExp;
  /** Capture groups of the statistic, the degrees of freedom and the p-value's relation. */
  readonly value: number;
  readonly df?: number;
  /** A second place the (only) degrees of freedom may stand (`χ21 = 1.5`). */
  readonly dfAlt?: number;
  readonly df2?: number;
  readonly p: number;
}

const FORMS: readonly Form[] = [
  // χ2(1) = 0.24, p = …; χ²(2, N = 90) = 5.1; χ21=1.5 (a flattened χ²₁); χ 2 4 = 33.2
  {
    test: "chi-square",
    re: new RegExp(
      `(?<![\\p{L}])${CHI}\\s*(?:\\(\\s*${DF}\\s*(?:,\\s*[nN]\\s*=\\s*\\d+\\s*)?\\)|\\s?(\\d{1,2})(?=\\s*[=:]))\\s*[=:]?\\s*${VALUE}${GAP}${P}`,
      "gu",
    ),
    df: 1,
    dfAlt: 2,
    value: 3,
    p: 4,
  },
  // χ2 = 4.979, df = 1, P = 0.029
  {
    test: "chi-square",
    re: new RegExp(
      `(?<![\\p{L}])${CHI}\\s*[=:]\\s*${VALUE}\\s*[,;]\\s*(?:df|d\\.f\\.|DF)\\s*[=:]?\\s*${DF}${GAP}${P}`,
      "gu",
    ),
    value: 1,
    df: 2,
    p: 3,
  },
  // Log rank 0.24 df 1 P = 0.63; log-rank test: 3.2, df = 2, p = …
  {
    test: "chi-square",
    re: new RegExp(
      `\\b[Ll]og[- ]?[Rr]ank(?:\\s+test)?\\s*(?:[=:]\\s*)?${VALUE}\\s*[,;]?\\s*(?:df|d\\.f\\.|DF)\\s*[=:]?\\s*${DF}${GAP}${P}`,
      "gu",
    ),
    value: 1,
    df: 2,
    p: 3,
  },
  // t(58) = 2.10, p = .04
  {
    test: "t",
    re: new RegExp(`(?<![\\p{L}\\d])t\\s*\\(\\s*${DF}\\s*\\)\\s*[=:]\\s*${VALUE}${GAP}${P}`, "gu"),
    df: 1,
    value: 2,
    p: 3,
  },
  // t = 2.10, df = 58, p = .04
  {
    test: "t",
    re: new RegExp(
      `(?<![\\p{L}\\d])t\\s*[=:]\\s*${VALUE}\\s*[,;]\\s*(?:df|d\\.f\\.|DF)\\s*[=:]?\\s*${DF}${GAP}${P}`,
      "gu",
    ),
    value: 1,
    df: 2,
    p: 3,
  },
  // F(2, 57) = 3.10, p = 0.05
  {
    test: "F",
    re: new RegExp(
      `(?<![\\p{L}\\d])F\\s*\\(\\s*${DF}\\s*[,;/]\\s*${DF}\\s*\\)\\s*[=:]\\s*${VALUE}${GAP}${P}`,
      "gu",
    ),
    df: 1,
    df2: 2,
    value: 3,
    p: 4,
  },
  // z = 1.96, p = .05
  {
    test: "z",
    re: new RegExp(`(?<![\\p{L}\\d.\\-])[zZ]\\s*[=:]\\s*${VALUE}${GAP}${P}`, "gu"),
    value: 1,
    p: 2,
  },
];

const CORRECTED =
  /\b(?:Bonferroni|Holm|Šidák|Sidak|Tukey|false discovery|FDR|corrected|adjusted p)/i;
// A brain map: its p-values are corrected over voxels or clusters (`peak MNI coordinate …,
// t(21) = 5.43, p = 0.0001, k = 26 contiguous voxels`).
const BRAIN_MAP =
  /\b(?:voxels?|MNI|Talairach|FWE|family[- ]?wise|whole[- ]brain|cluster[- ](?:level|wise|extent)|small[- ]volume)\b/i;

/**
 * Reads the test statistics of a text.
 *
 * @example A t statistic with its df and p
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractTestStatistics } from "./test_statistics.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("Scores rose, t(58) = 2.10, p = .04.", "a.txt");
 * extractTestStatistics(ctx);
 * assertEquals(ctx.statements().map((s) => [s.reported, s.args]), [
 *   ["p = .04", { test: "t", statistic: "2.10", df: "58" }],
 * ]);
 * ```
 */
export function extractTestStatistics(ctx: ExtractContext): void {
  const work = ctx.work;
  for (const form of FORMS) {
    for (const m of work.matchAll(form.re)) {
      const valueText = m[form.value]!.replace(/[−–]/, "-").replace(/\s/g, "");
      const df = form.df === undefined
        ? undefined
        : m[form.df] ?? (form.dfAlt === undefined ? undefined : m[form.dfAlt]);
      const df2 = form.df2 === undefined ? undefined : m[form.df2];
      const pText = m[form.p]! + m[form.p + 1]! + m[form.p + 2]!;
      if (form.test === "chi-square" && df === undefined) continue;
      // A p corrected for multiple comparisons cannot be recomputed from the statistic alone.
      const sentence = ctx.sentences.sentenceAt(m.index);
      const words = work.slice(sentence.start, sentence.end);
      if (CORRECTED.test(words) || BRAIN_MAP.test(words)) continue;
      const pStart = m.index + m[0].lastIndexOf(m[form.p]!);
      const end = closeBracket(work, m.index, m.index + m[0].length);
      const valueStart = m.index + m[0].indexOf(m[form.value]!);
      const args: Record<string, string> = { test: form.test, statistic: valueText };
      if (df !== undefined) args.df = df;
      if (df2 !== undefined) args.df2 = df2;
      ctx.emit({
        start: m.index,
        end,
        kind: "test-statistic",
        reported: work.slice(pStart, m.index + m[0].length).replace(/\s+/g, " ").trim() || pText,
        args,
        tier: "explicit",
        pattern: `${form.test} statistic with p`,
        takes: [valueStart, pStart],
      });
    }
  }
}
