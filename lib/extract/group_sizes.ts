/**
 * Group sizes stated in running text — the denominators a percentage printed without one can
 * refer to: `(n = 33)`, `N = 120`, `of the 65 patients`, `among 110 patients`, `39 pediatric
 * patients`, `20 per group`, and the antecedent of `of whom`, `of them`, `most of these`.
 *
 * Each declaration keeps its span and words, so that a statement can say where its
 * denominator came from.
 *
 * @module
 */

import { countValue, WORD_NUMBER } from "./patterns.ts";

/** A group size stated in the text. */
export interface GroupSize {
  readonly n: number;
  /** Offsets of the words that state it (`39 R/R BCP-ALL pediatric patients`). */
  readonly start: number;
  readonly end: number;
  /** How it is stated. */
  readonly form: "n =" | "of N" | "N subjects" | "per group" | "N verb" | "x of n" | "x (y%)";
}

/** Nouns for people (or eyes) counted in trials. */
export const SUBJECT_NOUNS =
  "patients?|participants?|subjects?|women|woman|men|children|child|adolescents?|adults?|" +
  "infants?|neonates?|newborns?|mothers?|girls?|boys?|individuals?|persons?|people|" +
  "respondents?|volunteers?|cases?|eyes?|smokers?|students?|survivors?|couples?|pregnan(?:t women|cies)|" +
  "recipients?|responders?|non-responders?|completers?|controls?|elderly|residents?|youths?|" +
  "members?|users?|workers?|employees?|athletes?|donors?|pairs?|dyads?|families|caregivers?";

const N_TEXT = `((?<![\\p{L}\\d.,/])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?![.,]\\d)|${WORD_NUMBER})`;
// Up to four words (letters, digits with letters, slashes, hyphens) before the noun, none of
// them a function word: `39 R/R BCP-ALL pediatric patients`, not `10 state that among women`.
const STOPWORDS = "that|which|who|whom|among|of|the|a|an|and|or|in|on|at|to|for|with|by|from|" +
  "than|these|those|this|were|was|are|is|be|had|have|has|per|each|every|all|more|less|" +
  "or|nor|but|as|into|over|under|within|between|after|before|during|years?|months?|weeks?|" +
  "days?|hours?|minutes?|times?|doses?|mg|kg|ml|cm|mm|g|cycles?|sessions?|visits?|sites?|" +
  "centres?|centers?|hospitals?|countries|studies|trials?|groups?|arms?";
const MODIFIERS = String
  .raw`(?:(?!(?:${STOPWORDS})\s)(?=[\p{N}/+\-‐–]*\p{L})[\p{L}\p{N}/+\-‐–]+\s+){0,4}?`;
const FORMS: readonly [GroupSize["form"], RegExp][] = [
  ["n =", /(?<![\p{L}\d])[nN]\s*=\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d|\s*[/%])/gu],
  [
    "of N",
    new RegExp(
      String
        .raw`\b(?:[Oo]f|[Aa]mong(?:st)?|[Ii]n|[Ff]rom|[Ff]or)\s+(?:the\s+|these\s+|all\s+|a\s+total\s+of\s+)?` +
        `${N_TEXT}\\s+${MODIFIERS}(?:${SUBJECT_NOUNS})\\b`,
      "gu",
    ),
  ],
  ["N subjects", new RegExp(`${N_TEXT}\\s+${MODIFIERS}(?:${SUBJECT_NOUNS})\\b`, "giu")],
  [
    "per group",
    new RegExp(
      `${N_TEXT}\\s+(?:${SUBJECT_NOUNS}\\s+)?(?:per|in each|each)\\s+(?:group|arm)\\b`,
      "giu",
    ),
  ],
  [
    "x of n",
    new RegExp(
      `${N_TEXT}\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)\\b`,
      "giu",
    ),
  ],
  ["x (y%)", new RegExp(`${N_TEXT}\\s*[(\\[]\\s*\\d{1,3}(?:\\.\\d+)?\\s?%`, "giu")],
  [
    "N verb",
    new RegExp(
      `${N_TEXT}\\s+(?:achieved|had|have|were|was|met|received|developed|showed|experienced|` +
        `responded|completed|died|reached|underwent|remained|reported|attained)\\b`,
      "giu",
    ),
  ],
];

/**
 * The group sizes stated in `work[start, end)`, in text order (one per number).
 *
 * @example A group stated three ways
 * ```ts
 * import { groupSizesIn } from "./group_sizes.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Of the 65 patients, 30 (46%) had arm A (n = 33).";
 * assertEquals(groupSizesIn(text, 0, text.length).map((g) => [g.n, g.form]), [
 *   [65, "of N"],
 *   [30, "x (y%)"],
 *   [33, "n ="],
 * ]);
 * ```
 */
export function groupSizesIn(work: string, start: number, end: number): GroupSize[] {
  const text = work.slice(start, end);
  const byNumber = new Map<number, GroupSize>();
  for (const [form, pattern] of FORMS) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const numberText = m[1]!;
      // Where the number stands in `text` (after `of the` for the `of N` form).
      const at = m.index + m[0].indexOf(numberText, form === "of N" ? 2 : 0);
      const n = countValue(numberText);
      if (n === undefined || n < 1 || byNumber.has(at)) continue;
      const next = text.slice(at + numberText.length, at + numberText.length + 12);
      if (/^\s*(?:million|billion|thousand|hundred|per\s*cent|%)/i.test(next)) continue;
      const from = form === "of N" || form === "n =" ? m.index : at;
      byNumber.set(at, { n, start: start + from, end: start + m.index + m[0].length, form });
    }
  }
  return [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}
