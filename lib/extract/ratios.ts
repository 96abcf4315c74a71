/**
 * Ratio estimates printed with their confidence interval — `HR 0.43 (95% CI, 0.18–1.01)`,
 * `OR = 7.12; 95% CI, 1.52–33.42; P = 0.013`, `relative risk 0.53, 95% CI 0.34–0.83`,
 * `RR 1.20 [0.99–1.44]` — become `ratio-ci` statements at the `explicit` tier, with the p-value
 * when one is printed right after the interval.
 *
 * Only ratios are read (hazard, odds, risk, rate and incidence-rate ratios, adjusted or not):
 * their Wald intervals are symmetric on the log scale. Differences and means are left alone. One
 * exact p-value printed for two or more ratios of a sentence is the overall test of their
 * variable, not each ratio's own p: those ratios are read without it.
 *
 * @module
 */

import { scanNumbers } from "../checks/printed_number.ts";
import type { ExtractContext, Found } from "./context.ts";

const LABEL =
  String.raw`(?:\b(?:a|adj\.?\s*|adjusted\s+)?(?:HR|OR|RR|IRR|aHR|aOR|AOR|AHR|aRR|sHR)\b|` +
  String
    .raw`\b(?:adjusted\s+|crude\s+|pooled\s+|sub-?distribution\s+)?(?:hazards?|odds|risk|rate|incidence\s+rate)\s+ratios?\b|` +
  String.raw`\brelative\s+risks?\b)`;
const NUM = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const LEVEL = String.raw`(?:(\d{2}(?:\.\d+)?)\s?%\s*)?(?:CI|C\.I\.|confidence\s+intervals?|CrI)`;
const JOIN = String.raw`\s*(?:[-–—−‑]|to|,|;)\s*`;
const P_AFTER = String
  .raw`(?:[\s,;)\]]*(?:[pP]\s*(?:-?\s*values?\s*)?(=|<|>|≤|≥|<=|>=)\s*(0?\.\d+|[01](?:\.0+)?)(?!\d|\.\d)))?`;

// LABEL [,:=(]* e [;,(]* [level CI [,:=]*] l JOIN u   (the level may also stand before e:
// `HR[95%CI] = 0.185 [0.037–0.915]`).
const RATIO = new RegExp(
  `(${LABEL})(?:\\s*[\\[(](?:a?HR|a?OR|a?RR|IRR)[\\])])?(?:(?:[^\\S\\n]+[\\p{L}-]+){1,8}?[^\\S\\n]+(?=was\\b|were\\b|is\\b|of\\b))?(?:\\s*\\[?\\s*\\(?\\s*${LEVEL}\\s*\\)?\\s*\\]?)?[^\\S\\n]*(?:\\)\\s*)?(?:[,:=]|is|was|of)?[^\\S\\n]*\\(?[^\\S\\n]*${NUM}` +
    `[^\\S\\n]*(?:[;,(\\[]|\\s)[^\\S\\n]*(?:${LEVEL}[^\\S\\n]*[,:=]?[^\\S\\n]*)?${NUM}${JOIN}${NUM}(?!\\d|\\.\\d)` +
    `[^\\S\\n]*[)\\]]?${P_AFTER}`,
  "gu",
);

/**
 * Reads the ratio estimates with intervals of a text.
 *
 * @example A hazard ratio with its interval and p
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractRatios } from "./ratios.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("(HR 0.43; 95% CI, 0.18–1.01; P = 0.05)", "a.txt");
 * extractRatios(ctx);
 * assertEquals(ctx.statements().map((s) => [s.reported, s.args.p]), [
 *   ["0.43; 95% CI, 0.18–1.01", "=0.05"],
 * ]);
 * ```
 */
export function extractRatios(ctx: ExtractContext): void {
  const work = ctx.work;
  const found: { found: Found; p?: string; sentence: number }[] = [];
  for (const m of work.matchAll(RATIO)) {
    const [all, , level1, estimate, level2, lower, upper, relation, pValue] = m;
    const e = Number(estimate);
    const l = Number(lower);
    const u = Number(upper);
    if (!(l > 0 && u > l && e > 0)) continue;
    const levelText = level1 ?? level2;
    const level = levelText === undefined ? 95 : Number(levelText);
    if (!(level >= 50 && level < 100)) continue;
    const estimateAt = m.index + all.indexOf(estimate!, m[1]!.length);
    const lowerAt = m.index + all.indexOf(lower!, estimateAt - m.index + estimate!.length);
    // An interval is named (`95% CI`) or bracketed (`1.20 [0.99–1.44]`); otherwise the numbers
    // are a list of estimates (`hazard ratios of 1.46, 0.45, 1.52`).
    const between = work.slice(estimateAt + estimate!.length, lowerAt);
    if (level1 === undefined && !/CI|C\.I\.|confidence|CrI|[(\[]/.test(between)) continue;
    const upperAt = m.index +
      all.lastIndexOf(upper!, relation === undefined ? all.length : all.lastIndexOf(relation));
    const reported = work.slice(estimateAt, upperAt + upper!.length);
    // The check reads the estimate and limits as the plain numbers of `reported` (and its
    // level as the percentage): anything else in between would be misread.
    const plain = scanNumbers(reported).filter((n) => !n.percent).map((n) => n.value);
    if (plain.length !== 3 || plain[0] !== e || plain[1] !== l || plain[2] !== u) continue;
    const args: Record<string, string> = {};
    if (level !== 95 && !reported.includes("%")) args.level = String(level / 100);
    // A p for another hypothesis (`P < 0.001 for non-inferiority`) is not this ratio's.
    const afterP = work.slice(m.index + all.length, m.index + all.length + 40);
    const otherTest =
      /^\s*(?:for|of)\s+(?:non-?\s?inferiority|equivalence|interaction|trend|heterogeneity)/i
        .test(afterP);
    const p = relation !== undefined && pValue !== undefined && !otherTest
      ? `${relation}${pValue}`
      : undefined;
    if (p !== undefined) args.p = p;
    const end = m.index + all.length;
    found.push({
      found: {
        start: m.index,
        end,
        kind: "ratio-ci",
        reported,
        args,
        tier: "explicit",
        pattern: "ratio with CI",
        takes: [estimateAt, upperAt],
      },
      ...(p === undefined ? {} : { p }),
      sentence: ctx.sentences.sentenceAt(m.index).start,
    });
  }
  // One exact p printed for two or more ratios of a sentence (`index 0 vs. −1 (OR 1.33; …;
  // P = 0.027) and index 1 vs. −1 (OR 9.87; …; P = 0.027)`) is the overall test of the variable,
  // not each ratio's own: those ratios are checked without it.
  const shared = new Map<string, number>();
  const keyOf = (f: { p?: string; sentence: number }) => `${f.sentence} ${f.p}`;
  for (const f of found) {
    if (f.p?.startsWith("=")) shared.set(keyOf(f), (shared.get(keyOf(f)) ?? 0) + 1);
  }
  for (const f of found) {
    if (f.p?.startsWith("=") && shared.get(keyOf(f))! >= 2) {
      const { p: _, ...args } = f.found.args;
      ctx.emit({ ...f.found, args });
    } else ctx.emit(f.found);
  }
}
