/**
 * Percentages in running text whose denominator is not printed with them: `x (y%)` and `y%`
 * alone. The denominator comes from the sentence (`Of the 65 patients, 30 (46%) …`), from an
 * anaphora (`20 of 25 patients, of whom 84% …`, `69 achieved CR; most of them (73.5%) …`), or
 * from a group size stated earlier (`(n = 33)`, `the 14 enrolled patients`). Such statements
 * are `inferred`, and their source names the words the denominator came from.
 *
 * The audit must not guess, so a statement is only made when its denominator is bound:
 * - an anaphora, or a sentence that opens with its group (`Of the N …`, `Among N …`), binds
 *   the denominator. Percentages bound to the same group are siblings: where most siblings do
 *   not fit the group, the binding is taken to be wrong and only the fitting ones are kept;
 * - otherwise `x (y%)` is recorded when one of the stated group sizes (in the sentence, the
 *   paragraph or earlier in the text, nearest first) reproduces it, or when no denominator at
 *   all prints it (12 of any n is never 87.5%) and a stated group size is within a fifth of
 *   the implied one;
 * - `y%` alone is recorded only as a rate of the one group size its sentence states
 *   (`… study on 39 patients … (34.8% grade ≥ 3 AE rates)`), and only when that n is small
 *   enough for the check to tell (fewer possible values than half the values y could print as).
 *
 * A count is not read where a label stands before it (`week 24 (28.1%)`, `aged under 30
 * (43%)`, `Site 1 (13.1%)`, `groups 3 and 4 (12.2%)`, `at weeks 4 (60%), 12 (58%) and 24 (47%)`)
 * or after it (`2 (34%) or 3 (22%) types of drug`, `for 15 (78%) than for seven beats`), where it
 * is the denominator of a fraction (`21 out of 47 patients (44.7%`) or the group others come from
 * (`16 adults from eight families (41%)`); a percentage is not read as a count's share where the
 * bracket goes on with other words (`40 (83.8% male)`, `30 (67.9% vs. 47.9%)`), and a percentage
 * given as a bound or an approximation (`more than 71% of 20`, `nearly 40%`) is not read at all.
 *
 * A percentage printed without a count is not read as a share of a group when it is a summary of
 * per-subject values (`median percentage of days with diarrhoea was 2.5% in 47 children`), the
 * share of a count of something else printed before it (`18 episodes (3.9%) in 13 patients`), a
 * time-point estimate (`70% 5-year survival`), or when the number after it is an age (`27% of
 * 9 month old infants`).
 *
 * @module
 */

import { countsPrinting } from "../checks/percentage.ts";
import type { ExtractContext, Found } from "./context.ts";
import { type GroupSize, groupSizesIn, SUBJECT_NOUNS } from "./group_sizes.ts";
import {
  AFTER_BRACKETED,
  BOUND_BEFORE,
  COUNT,
  countValue,
  EXCEPT_BEFORE,
  MAX_N,
  PERCENT,
  percentValue,
  WORD_NUMBER,
} from "./patterns.ts";
import { closeBracket, percentageClaim } from "./percentages.ts";
import { lineSpanAt, positionOf, type Span } from "./text.ts";

const PERCENT_TOKEN = new RegExp(PERCENT, "gu");
const NOUN = `(?:\\s+(?:${SUBJECT_NOUNS}))?`;
// What stands before a percentage printed with its count (anchored at the percentage):
// `12 (`, `11 patients (`, `(11 patients, `, `(210, `.
const COUNT_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d.,/=])(${COUNT})${NOUN}\\s*[(\\[]\\s*$|` +
    `(?:[(\\[]\\s*(${COUNT})${NOUN}|(?:^|[^\\p{L}\\d.,/=])(${COUNT})\\s+(?:${SUBJECT_NOUNS}))` +
    `\\s*[,;]\\s*$`,
  "iu",
);
const N_EQUALS_BEFORE = /\b[nN]\s*=\s*\$?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\$?\s*[,;]\s*$/u;
// A label before a number makes it a name, not a count: `week 24`, `Site 1`, `under 30`.
const LABEL_BEFORE = new RegExp(
  String.raw`\b(?:sites?|cent(?:re|er)s?|weeks?|days?|months?|years?|visits?|cycles?|phases?|` +
    String.raw`grades?|stages?|types?|class(?:es)?|groups?|arms?|scores?|levels?|aged?|under|` +
    String.raw`over|above|below|than|versions?|steps?|doses?|numbers?|no\.?|tables?|figures?|` +
    String.raw`figs?\.?|appendix|models?|waves?|rounds?|sessions?|periods?|times?|points?|` +
    String.raw`hours?|minutes?|items?|questions?|domains?|regions?|areas?|districts?|` +
    String.raw`villages?|hospitals?|schools?|lines?|wards?|rooms?|beds?|units?|patient|case|` +
    String
      .raw`subject|participant|tiers?|quintiles?|quartiles?|tertiles?|deciles?|categor(?:y|ies)|` +
    String.raw`wk|mo|yr|h|min|d|n°|#)\.?\s*(?:#|no\.?)?\s*\(?\s*$`,
  "iu",
);
// The last of a list of labels: `groups 3 and 4 (12.2%)`, `weeks 12, 24 and 48 (…)`.
const LABEL_LIST_BEFORE = new RegExp(
  String.raw`\b(?:groups?|arms?|cohorts?|sites?|cent(?:re|er)s?|weeks?|days?|months?|years?|` +
    String.raw`visits?|cycles?|phases?|grades?|stages?|types?|class(?:es)?|levels?|doses?|steps?|` +
    String.raw`tables?|figures?|periods?|sessions?|rounds?|waves?|quartiles?|quintiles?)\s+` +
    String.raw`\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or|&|to|vs\.?|versus)\s*$`,
  "iu",
);
// `GCS of 6 (46.9%)`: a value of a variable, not a count (`a total of 45 (30%)` is a count);
// `18 (range 2–22) of the 22 (80%)`, `21 out of 47 patients (44.7%`: the denominator of a
// fraction, not the count.
const VALUE_OF_BEFORE =
  /(?<!\b(?:total|all|each|both|sum|number|majority|most|many|some|none|any))\s+of\s+(?:the\s+)?\(?\s*$/iu;
// `16 adults from eight families (41%)`: the group another count comes from, not a count.
const SOURCE_OF_BEFORE = new RegExp(
  `(?:\\d[\\d,]*|${WORD_NUMBER})\\s+(?:[\\p{L}-]+\\s+){1,2}(?:from|across)\\s+(?:the\\s+)?$`,
  "iu",
);
// A label that names the items of a list of values: `at weeks ` before `4 (60.0%), 12 (57.7%)`.
// Not a row label that ends in such a word (`2-3 weeks 10 (42%)`, `1–2 times a month 0 (0%)`).
const LIST_LABEL_BEFORE =
  /(?<!\d\s*[-–]?\s*)\b(?:weeks?|days?|months?|years?|visits?|cycles?|sessions?|rounds?|waves?|phases?|periods?|hours?|grades?|stages?|levels?|doses?|steps?|groups?|arms?|sites?)\s*$/iu;
// Sibling cells of a list between a label and a count: `weeks 4 (60.0%), ` before `12 (57.7%)`.
// Each ends with a comma or a conjunction: cells of a table row (`Grade 222 (22%) 7 (18%)`) are not
// a list.
const SIBLING_CELLS_END = new RegExp(
  `(?:(?:${COUNT})\\s*[(\\[][^()\\[\\]%]{0,12}%[^()\\[\\]]{0,20}[)\\]]\\s*` +
    `(?:[,;]\\s*(?:and|or|&)?|and|or|&)\\s*)+$`,
  "iu",
);
// What a count of something other than people is of: `2 (34%) or 3 (22%) types`, `15 (78%) than
// for seven beats`. The count is then a value of that thing, not a number of subjects. The noun
// is plural and in lower case (`… 124 (13.1%) Comorbidities`, `36 (75%) class III` start the next
// row of a flattened table), and a sibling is joined by a word (`or 3 (22%)`, `than for seven`).
// Units a trial may count instead of people (lesions, teeth, episodes) are not among them.
const VALUE_NOUNS = "types|kinds|classes|categories|drugs|medications|medicines|agents|" +
  "antihypertensives|times|doses|beats|cycles|sessions|visits|items|steps|attempts|lines|" +
  "courses|injections|fractions|comorbidities|symptoms|years|months|weeks|days|hours";
const LABEL_AFTER = new RegExp(
  `^\\s*[)\\]]\\s*(?:[,;]?\\s*(?:or|and|to|vs\\.?|versus|than(?:\\s+(?:for|with|in))?)\\s+` +
    `(?:${COUNT})\\s*(?:[(\\[][^()\\[\\]]{0,30}[)\\]]\\s*)?){0,3}(?:${VALUE_NOUNS})\\b`,
  "u",
);
// A count of something printed right before the percentage's bracket: `18 episodes (3.9%)`.
const COUNT_THING_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d.,/=])(?:${COUNT})\\s+(?:[\\p{L}][\\p{L}'’-]*\\s+){0,2}?` +
    `[\\p{L}][\\p{L}'’-]*\\s*[(\\[]\\s*$`,
  "iu",
);
// A summary of per-subject values before the percentage: `median percentage of days … 2.5%`.
const SUMMARY_BEFORE = /\b(?:median|mean|average)\b/iu;
// A time-point estimate after the percentage: `70% 5-year survival`, `(85%) 2-year`.
const TIME_POINT_AFTER =
  /^\s*[)\]]?\s*(?:\d+[-‐\s]?(?:years?|months?|yr|mo)\b|(?:overall|disease[- ]free|event[- ]free|progression[- ]free|relapse[- ]free)?\s*survival\b)/iu;
// `6.7% (two patients)`: the count printed after its percentage.
const COUNT_AFTER = new RegExp(
  `^\\s*[(\\[]\\s*(?:(${COUNT})\\s+(?:${SUBJECT_NOUNS})|\\$?[nN]\\s*=\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)\\$?)\\s*[)\\]]`,
  "iu",
);
// `one of them (5.6%)`: a count of an anaphoric group, printed before it.
const COUNT_OF_THEM_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\d.,/=])(${COUNT})\\s+(?:of|among)\\s+(?:them|these|those|whom)\\s*[(\\[]?\\s*$`,
  "iu",
);
// An anaphora before the percentage: `of whom 84%`, `most of them (73.5%)`, `of these, 30 (`.
const ANAPHORA_BEFORE = new RegExp(
  `\\b(?:of|among(?:st)?)\\s+(?:whom|which|them|these|those)(?:\\s+(?:${SUBJECT_NOUNS}))?,?\\s*` +
    `(?:(?:only\\s+)?${COUNT}${NOUN}\\s*[(\\[,]\\s*|[(\\[]\\s*)?$`,
  "iu",
);
// The group right after the percentage: `(30%) of the 65 patients`, `46% in 13 patients`.
const GROUP_AFTER = new RegExp(
  `^\\s*[)\\]]?\\s*(?:of|in|among)\\s+(?:the\\s+|all\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+` +
    // `of 9 month old infants`: an age, not a group size.
    `(?!million|billion|thousand|hundred|(?:years?|months?|weeks?|days?)\\b)` +
    `(?:[\\p{L}/\\-]+\\s+){0,3}?(?:${SUBJECT_NOUNS})\\b`,
  "iu",
);
// A count's share of the group named just before it: `14 (47%) of whom`.
const ANAPHORA_AFTER = /^\s*[)\]]?\s*of\s+(?:whom|which)\b/iu;
// A percentage of another, unnamed group: `(30%) of them`, `45% of the dose`.
const OF_OTHER_AFTER =
  /^\s*[)\]]?\s*(?:of|among)\s+(?!(?:the\s+|all\s+)?(?:\d|patients|participants|subjects))/iu;
// A rate named after its percentage: `(34.8% grade ≥ 3 AE rates`.
const RATE_AFTER = /^[^.;()[\]%]{0,40}?\b(?:rates?|incidence|prevalence)\b/iu;
// A study population stated before it: `study on 39 … patients`, `trial in 45 children`.
const POPULATION_BEFORE =
  /\b(?:study|trial|cohort|series|analysis|experience)\s+(?:on|of|in|with|including|enrolling|involving)\s+(?:the\s+)?$/iu;

/**
 * Whether a test of y (d decimals) against n can fail: n prints under half of y's values.
 *
 * @example 20 patients can fail an integer percentage, 60 cannot
 * ```ts
 * import { hasPower } from "./text_percentages.ts";
 * import { assertEquals } from "@std/assert";
 * // 21 possible values of k/20 against 101 integer percentages; 61 of 101 for n = 60.
 * assertEquals([hasPower(20, 0), hasPower(60, 0)], [true, false]);
 * ```
 */
export function hasPower(n: number, decimals: number): boolean {
  return n + 1 < 0.5 * (100 * 10 ** decimals + 1);
}

/**
 * The denominators n ≥ x for which x/n prints as y at `decimals` decimals (empty when none
 * does: then no group of any size gives that count that percentage).
 *
 * @example 12 patients are never 87.5%, 11 patients are 78.6% of 14
 * ```ts
 * import { denominatorsPrinting } from "./text_percentages.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(denominatorsPrinting(12, 87.5, 1), []);
 * assertEquals(denominatorsPrinting(11, 78.6, 1), [14]);
 * ```
 */
export function denominatorsPrinting(x: number, y: number, decimals: number): number[] {
  if (x === 0 || y === 0) return [];
  const h = 0.5 * 10 ** -decimals;
  const lo = Math.max(x, Math.ceil((100 * x) / (y + h) - 1e-9));
  const hi = y - h <= 0 ? lo + 1000 : Math.floor((100 * x) / (y - h) + 1e-9);
  const fits: number[] = [];
  for (let n = lo; n <= Math.min(hi, lo + 1000); n++) {
    if (Math.abs((100 * x) / n - y) <= h + 1e-9 * Math.max(1, y)) fits.push(n);
  }
  return fits;
}

interface SentenceGroups {
  readonly span: Span;
  readonly groups: readonly GroupSize[];
}

/** A statement bound to a group, kept until its siblings are known. */
interface Bound {
  readonly key: string;
  readonly fits: boolean;
  readonly found: Found;
}

function quoteOf(ctx: ExtractContext, g: GroupSize): string {
  return ctx.prepared.text.slice(g.start, g.end).replace(/\s+/g, " ");
}

/**
 * Reads the inferred percentages of running text.
 *
 * @example A count bound by its sentence
 * ```ts
 * import { ExtractContext } from "./context.ts";
 * import { extractTextPercentages } from "./text_percentages.ts";
 * import { assertEquals } from "@std/assert";
 * const ctx = new ExtractContext("Of the 40 randomized patients, 12 (30.0%) were women.", "a.txt");
 * extractTextPercentages(ctx);
 * assertEquals(ctx.statements().map((s) => [s.quote, s.args.n, s.tier]), [
 *   ["12 (30.0%)", "40", "inferred"],
 * ]);
 * ```
 */
export function extractTextPercentages(ctx: ExtractContext): void {
  const work = ctx.work;
  const sentenceCache = new Map<number, SentenceGroups>();
  const lineCache = new Map<number, GroupSize[]>();
  let documentGroups: GroupSize[] | undefined;
  const groupsOf = (offset: number): SentenceGroups => {
    const span = ctx.sentences.sentenceAt(offset);
    let found = sentenceCache.get(span.start);
    if (found === undefined) {
      // A sentence broken by a page or column break continues on the next line.
      let from = span.start;
      const lineStart = lineSpanAt(ctx.prepared, span.start).start;
      if (span.start === lineStart && /^[\p{Ll}(]/u.test(work.slice(span.start, span.start + 1))) {
        let back = lineStart - 1;
        while (back > 0 && /\s/.test(work[back - 1]!)) back--;
        if (back > 0 && !/[.!?:]/.test(work[back - 1]!)) {
          from = ctx.sentences.sentenceAt(back - 1).start;
        }
      }
      found = { span: { start: from, end: span.end }, groups: groupSizesIn(work, from, span.end) };
      sentenceCache.set(span.start, found);
    }
    return found;
  };
  const earlierGroups = (sentenceStart: number): GroupSize[] => {
    const line = lineSpanAt(ctx.prepared, sentenceStart);
    let inLine = lineCache.get(line.start);
    if (inLine === undefined) {
      inLine = groupSizesIn(work, line.start, line.end);
      lineCache.set(line.start, inLine);
    }
    documentGroups ??= groupSizesIn(work, 0, work.length).filter((g) =>
      g.form === "n =" || g.form === "N verb" || g.form === "of N"
    );
    const paragraph = inLine.filter((g) => g.end <= sentenceStart).reverse();
    const before = documentGroups.filter((g) => g.end <= line.start).reverse().slice(0, 40);
    return paragraph.concat(before);
  };
  const bound: Bound[] = [];

  for (const m of work.matchAll(PERCENT_TOKEN)) {
    const pctStart = m.index;
    const pctEnd = pctStart + m[0].length;
    if (ctx.taken(pctStart) || ctx.inReferences(pctStart)) continue;
    const line = lineSpanAt(ctx.prepared, pctStart);
    if (work.slice(line.start, line.end).includes("\t")) continue; // tab tables are read apart
    const { value, decimals } = percentValue(m[0]);
    if (value > 100) continue;
    const sentence = groupsOf(pctStart);
    const before = work.slice(Math.max(sentence.span.start, pctStart - 120), pctStart);
    const after = work.slice(pctEnd, Math.min(sentence.span.end, pctEnd + 120));
    if (/[-–—−]\s*$|[<>≤≥±]\s*$|\bto\s*$/u.test(before) || BOUND_BEFORE.test(before)) continue;
    const counted = COUNT_BEFORE.exec(before) ?? N_EQUALS_BEFORE.exec(before) ??
      COUNT_OF_THEM_BEFORE.exec(before);
    const countAfter = counted === null ? COUNT_AFTER.exec(after) : null;
    const countText = counted === null
      ? countAfter?.[1] ?? countAfter?.[2]
      : counted[1] ?? counted[2] ?? counted[3];
    const x = countText === undefined ? undefined : countValue(countText);
    if (countText !== undefined && x === undefined) continue;
    let countStart = pctStart;
    const pctStop = countAfter === null ? pctEnd : pctEnd + countAfter[0].length;
    if (counted !== null) {
      const atCount = pctStart - before.length + counted.index + counted[0].indexOf(countText!);
      const isN = /^\W?[nN]\s*=/.test(counted[0]);
      countStart = isN
        ? pctStart - before.length + counted.index + counted[0].search(/[nN]/)
        : atCount;
      const lead = work.slice(Math.max(0, atCount - 30), atCount);
      if (
        !isN &&
        (LABEL_BEFORE.test(lead) || LABEL_LIST_BEFORE.test(lead) || VALUE_OF_BEFORE.test(lead) ||
          SOURCE_OF_BEFORE.test(lead) ||
          labelledList(work.slice(Math.max(line.start, atCount - 100), atCount)) ||
          LABEL_AFTER.test(after))
      ) continue;
      // `all but two women (96% response rate)`: the percentage is of the others.
      if (EXCEPT_BEFORE.test(lead)) continue;
      if (!new RegExp(AFTER_BRACKETED, "u").test(after)) continue;
    }
    const found = (n: number, tier: "explicit" | "inferred", source: string, end = pctStop) => {
      if ((x !== undefined && x > n) || n > MAX_N || n < 1) return undefined;
      const stop = closeBracket(work, countStart, end);
      const claim = percentageClaim(
        work,
        { start: countStart, end: stop },
        {
          start: pctStart,
          end: pctEnd,
        },
        x,
        n,
      );
      return {
        start: countStart,
        end: stop,
        kind: "percentage",
        ...claim,
        tier,
        ...(tier === "inferred" ? { source } : {}),
        pattern: x === undefined ? "y% with its group" : "x (y%) with its group",
        takes: [pctStart],
      } as const satisfies Found;
    };
    const fits = (n: number) =>
      x === undefined
        ? countsPrinting(value, decimals, n).length > 0
        : countsPrinting(value, decimals, n).includes(x);

    if (x === undefined) {
      // `18 episodes (3.9%) in 13 patients`: the share of the count before it; `median … 2.5%`:
      // a summary of per-subject values; `70% 5-year survival`: a time-point estimate.
      if (
        COUNT_THING_BEFORE.test(before) ||
        SUMMARY_BEFORE.test(work.slice(sentence.span.start, pctStart)) ||
        TIME_POINT_AFTER.test(after)
      ) continue;
    }
    const groupAfter = countAfter === null ? GROUP_AFTER.exec(after) : null;
    if (groupAfter !== null) {
      const n = countValue(groupAfter[1]!);
      const f = n === undefined
        ? undefined
        : found(n, "explicit", "", pctEnd + groupAfter[0].length);
      if (f !== undefined && (x !== undefined || hasPower(n!, decimals))) ctx.emit(f);
      continue;
    }
    // `14 (47%) of whom …`: a share of the group just named (`CR in 30/30, 14 (47%) of whom`).
    const anaphoraAfter = x === undefined ? null : ANAPHORA_AFTER.exec(after);
    if (OF_OTHER_AFTER.test(after) && anaphoraAfter === null) continue;
    const anaphora = ANAPHORA_BEFORE.exec(before) ?? anaphoraAfter;
    if (anaphora !== null) {
      // `of whom 79% and 82.6%, respectively`: one anaphora for several groups.
      if (/\brespectively\b/i.test(work.slice(sentence.span.start, sentence.span.end))) continue;
      const at = anaphora === anaphoraAfter
        ? countStart
        : pctStart - before.length + anaphora.index;
      const antecedent = antecedentOf(sentence.groups.filter((g) => g.start < at), at, work);
      if (antecedent === undefined || (x === undefined && !hasPower(antecedent.n, decimals))) {
        continue;
      }
      const phrase = anaphora[0].trim().replace(/[(\[,]+$/, "").trim().split(/\s+/).slice(0, 3)
        .join(" ");
      const f = found(
        antecedent.n,
        "inferred",
        `n = ${antecedent.n} from "${quoteOf(ctx, antecedent)}", the group "${phrase}" refers to`,
      );
      // A count after an anaphora is often given as a share of the whole, not of the group
      // (`63 patients had abnormalities, of which 60 patients (19.7%)`): it is bound only
      // where it fits, and otherwise read like any other count.
      if (f !== undefined && (x === undefined || fits(antecedent.n))) {
        bound.push({ key: `a${antecedent.start}`, fits: fits(antecedent.n), found: f });
        continue;
      }
      if (x === undefined) continue;
    }
    if (x !== undefined) {
      const earlier = sentence.groups.filter((g) => g.end <= countStart && g.n >= x);
      // A sentence that opens with its group binds it: `Of the 204 participants, 83 (40.7%) …`.
      // The binding holds while only sibling cells (`83 (40.7%) …, 72 (35.3%)`) stand between
      // the group and the cell: another number (`73 met the criteria`) starts another group.
      // A cell that fits a nearer group instead (`… 133 (91%) were given A (n=60, 45%)`, 60 of
      // the 133) is a breakdown of that group, read below.
      const opener = earlier[0];
      if (
        anaphora === null && opener !== undefined && opener.form === "of N" &&
        /^\W*$/.test(work.slice(sentence.span.start, opener.start)) &&
        !/^\s*[(\[]/.test(work.slice(opener.end, opener.end + 3)) &&
        onlyCellsBetween(work.slice(opener.end, countStart)) &&
        (fits(opener.n) || !earlier.slice(1).some((g) => g.n !== opener.n && fits(g.n)))
      ) {
        const f = found(
          opener.n,
          "inferred",
          `n = ${opener.n} from "${quoteOf(ctx, opener)}", the group the sentence opens with`,
        );
        if (f !== undefined) {
          bound.push({ key: `o${opener.start}`, fits: fits(opener.n), found: f });
        }
        continue;
      }
      // The nearest stated group size that reproduces it.
      const pool = [...earlier].reverse().concat(
        earlierGroups(sentence.span.start).filter((g) => g.n >= x),
      );
      const fitting = pool.find((g) => fits(g.n));
      if (fitting !== undefined) {
        const where = fitting.start >= sentence.span.start
          ? "in the same sentence"
          : fitting.start >= lineSpanAt(ctx.prepared, countStart).start
          ? "earlier in the paragraph"
          : `on line ${positionOf(ctx.prepared, fitting.start).line}`;
        const f = found(
          fitting.n,
          "inferred",
          `n = ${fitting.n} from "${quoteOf(ctx, fitting)}" ${where}`,
        );
        if (f !== undefined) ctx.emit(f);
        continue;
      }
      // No denominator at all prints it: a discrepancy whatever the group, said against the
      // stated group size nearest the implied one (if one is within a fifth of it).
      if (x > 0 && value > 0 && denominatorsPrinting(x, value, decimals).length === 0) {
        const implied = (100 * x) / value;
        const near = pool
          .filter((g) => Math.abs(g.n - implied) <= 0.2 * implied)
          .sort((a, b) => Math.abs(a.n - implied) - Math.abs(b.n - implied))[0];
        if (near !== undefined) {
          const f = found(
            near.n,
            "inferred",
            `n = ${near.n} from "${quoteOf(ctx, near)}", the stated group size nearest the ` +
              `${formatImplied(implied)} that ${x} and ${
                m[0].trim()
              } imply; no denominator prints ` +
              `${x} as ${m[0].trim()}`,
          );
          if (f !== undefined) ctx.emit(f);
        }
      }
      continue;
    }
    // y% alone: a rate of the one group size its sentence states, the study's population
    // (`… study on 39 patients … (34.8% grade ≥ 3 AE rates)`).
    if (!RATE_AFTER.test(after)) continue;
    const taken = boundElsewhere(work, sentence.span);
    const sizes = sentence.groups.filter((g) =>
      (g.form === "of N" || g.form === "N subjects" || g.form === "n =") && !taken.includes(g.n)
    );
    const ns = new Set(sizes.map((g) => g.n));
    const g = sizes[0];
    if (ns.size !== 1 || g === undefined || g.end > pctStart || g.n < 5) continue;
    if (!POPULATION_BEFORE.test(work.slice(Math.max(0, g.start - 40), g.start))) continue;
    if (!hasPower(g.n, decimals)) continue;
    const f = found(
      g.n,
      "inferred",
      `n = ${g.n} from "${quoteOf(ctx, g)}", the population of the study the sentence reports`,
    );
    if (f !== undefined) bound.push({ key: `r${sentence.span.start}`, fits: fits(g.n), found: f });
  }
  emitSiblings(ctx, bound);
}

function formatImplied(n: number): string {
  return `${Math.round(n * 10) / 10}`;
}

/**
 * Emits bound statements; where most statements bound to the same group do not fit it, the
 * binding is taken to be wrong and only the fitting ones are kept.
 */
function emitSiblings(ctx: ExtractContext, bound: readonly Bound[]): void {
  const byKey = new Map<string, Bound[]>();
  for (const b of bound) {
    const list = byKey.get(b.key);
    if (list === undefined) byKey.set(b.key, [b]);
    else list.push(b);
  }
  for (const b of bound) {
    const siblings = byKey.get(b.key)!;
    const misfits = siblings.filter((s) => !s.fits).length;
    if (!b.fits && siblings.length >= 2 && 2 * misfits > siblings.length) continue;
    ctx.emit(b.found);
  }
}

/** Group sizes tied explicitly to another percentage in the span (`46% in 13 patients`). */
function boundElsewhere(work: string, span: Span): number[] {
  const text = work.slice(span.start, span.end);
  const bound: number[] = [];
  for (const m of text.matchAll(/%\s*[)\]]?\s*(?:of|in|among)\s+(?:the\s+)?(\d+)\s/gu)) {
    bound.push(Number(m[1]));
  }
  return bound;
}

/**
 * Whether a count is the next label of a list whose first label stands before sibling cells:
 * `at weeks 4 (60.0%), ` before `12 (57.7%)` (`lead` is the text before the count).
 */
function labelledList(lead: string): boolean {
  const m = SIBLING_CELLS_END.exec(lead);
  return m !== null && LIST_LABEL_BEFORE.test(lead.slice(0, m.index));
}

/** Whether the text between a group and a cell holds no number but sibling cells. */
function onlyCellsBetween(text: string): boolean {
  const bare = text.replace(/\d[\d.,]*\s*[(\[]\s*\d[\d.,]*\s*%\s*[)\]]/g, "");
  return !/\d/.test(bare);
}

/** The group an anaphora (`of whom`, `of them`) refers to. */
function antecedentOf(
  groups: readonly GroupSize[],
  at: number,
  work: string,
): GroupSize | undefined {
  // Groups in a parenthesis closed before the anaphora are a breakdown, not the antecedent:
  // `43 participants (13 low-add, 18 medium-add and 12 high-add), of whom 53%`.
  const visible = groups.filter((g) => {
    const after = work.slice(g.end, at);
    const open = after.indexOf("(");
    const close = after.indexOf(")");
    return close === -1 || (open !== -1 && open < close);
  });
  const last = visible.at(-1);
  if (last === undefined) return undefined;
  // `20 of 25 patients, of whom 84%`: the numerator of the fraction just before.
  const fraction = [...visible].reverse().find((g) => g.form === "x of n");
  if (fraction !== undefined) {
    const between = work.slice(fraction.end, at);
    if (!/\d/.test(between) && between.length < 60) return fraction;
  }
  return last;
}
