/**
 * Conversion artefacts: a statement that does not add up as the text reads, but does under a
 * reading that PDF/XML-to-text conversion damage typically produces. Each reading is a changed
 * copy of the statement run through the same check; a reading counts only when the check then
 * re-derives the statement exactly (`reproduced`), never when it merely shows it possible, so a
 * lucky fit of a coarse number does not excuse a real error.
 *
 * The patterns (the corpus README lists the same damage):
 * - a footnote or reference digit glued to the end of a number: `12.51%` for `12.5%¹` — read
 *   only where the number has more decimals than the text usually prints for its kind
 *   ({@linkcode Norms}), at least two, and its last digit is not 0, and not where other
 *   percentages of its line print as many decimals (a table column printed to two decimals:
 *   `49.09%` beside `31.37%` and `19.60%` is a typo, not a mark);
 * - a lost decimal point: `255%` for `25.5%`, `0.43 (0.18–101)` for `1.01`, `t = 210` for `2.10`;
 *   (a p-value one digit longer than it should be is not read as damage: the shorter reading
 *   is coarser and fits by chance, and statcheck counts such p-values as errors);
 * - a row label run into a table cell: `PGY-184 (42%)` for `PGY-1 | 84 (42%)`, `(63%)55/249`
 *   for `(63%) | 5/249` — read only where nothing separates the count from what stands before it;
 * - a neighbouring table cell run into a percentage: `0.9497 %` for a p-value cell `0.94` and
 *   `97 %` — read only in a text that prints whole percentages.
 *
 * @module
 */

import { readPercentage } from "../checks/percentage.ts";
import type { CheckStatus } from "../checks/result.ts";
import type { Statement } from "../extract/statement.ts";

/** An alternative reading of a statement and what it assumes. */
export interface Reading {
  readonly statement: Statement;
  /** What the reading assumes, for the explanation: `a lost decimal point: 25.5% for 255%`. */
  readonly how: string;
}

/**
 * What the text prints usually: the most common number of decimals of its percentages and of
 * its p-values. A glued footnote digit is only read where a number has more decimals than
 * that (`12.51%` in a paper that prints `12.5%`); in a paper that prints two decimals
 * throughout, `11.62%` for 11.63% is a rounding error, not damage.
 */
export interface Norms {
  readonly percentDecimals?: number;
  readonly pDecimals?: number;
}

/**
 * The most common value of a list (the smallest among ties), or `undefined` for none.
 *
 * @example The smallest of the most common
 * ```ts
 * import { mode } from "./artefacts.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(mode([2, 1, 2, 1, 0]), 1);
 * ```
 */
export function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, c] of counts) {
    if (best === undefined || c > counts.get(best)! || (c === counts.get(best)! && v < best)) {
      best = v;
    }
  }
  return best;
}

/**
 * The norms of a set of statements: the modal decimals of the percentages of `percentage`
 * statements and of the printed p-values of `test-statistic` and `ratio-ci` statements.
 *
 * @example A paper that prints one decimal
 * ```ts
 * import { normsOf } from "./artefacts.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * assertEquals(normsOf(extractStatements("4/14 (28.6%) and 3/14 (21.4%)")), { percentDecimals: 1 });
 * ```
 */
export function normsOf(statements: readonly Statement[]): Norms {
  const percents: number[] = [];
  const ps: number[] = [];
  for (const s of statements) {
    if (s.kind === "percentage") {
      const m = [...s.reported.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].at(-1);
      if (m !== undefined) percents.push(decimalsOf(m[1]!));
    } else if (s.kind === "test-statistic") {
      const m = /\d?\.\d+/.exec(s.reported);
      if (m !== null) ps.push(decimalsOf(m[0]));
    } else if (s.kind === "ratio-ci" && s.args.p !== undefined) {
      const m = /\d?\.\d+/.exec(s.args.p);
      if (m !== null) ps.push(decimalsOf(m[0]));
    }
  }
  const percentDecimals = mode(percents);
  const pDecimals = mode(ps);
  return {
    ...(percentDecimals === undefined ? {} : { percentDecimals }),
    ...(pDecimals === undefined ? {} : { pDecimals }),
  };
}

/** Whether a number's last digit may be a glued footnote mark, given the usual decimals. */
function gluedMark(digits: string, usual: number | undefined): boolean {
  const d = decimalsOf(digits);
  return d >= 2 && !digits.endsWith("0") && usual !== undefined && d > usual;
}

/** Runs a statement's check (the audit's runner), returning its status and explanation. */
export type Runner = (statement: Statement) => { status: CheckStatus; explanation: string };

const NUMBER = /\d+(?:\.\d+)?/g;

function withReported(s: Statement, reported: string, args = s.args): Statement {
  return { ...s, reported, args };
}

/** `text` with the number at [start, end) replaced by `value`. */
function splice(text: string, start: number, end: number, value: string): string {
  return text.slice(0, start) + value + text.slice(end);
}

/** The ways a decimal point can be put back into a run of digits (`255` → `25.5`, `2.55`). */
function decimalPoints(digits: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < digits.length; i++) out.push(`${digits.slice(0, i)}.${digits.slice(i)}`);
  return out;
}

function decimalsOf(text: string): number {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** x/n × 100 of a percentage statement whose count is known, else `undefined`. */
function exactPercent(s: Statement): number | undefined {
  const n = Number(s.args.n);
  let x = s.args.x === undefined ? undefined : Number(s.args.x);
  if (x === undefined) {
    try {
      x = readPercentage(s.reported).count?.value;
    } catch {
      return undefined;
    }
  }
  return x === undefined || !(n > 0) ? undefined : (100 * x) / n;
}

/**
 * Whether at least two other percentages near a statement (on its line, within 300 characters)
 * print `decimals` decimals: then that precision is the local one, and a last digit is not a mark.
 *
 * @example A column printed to two decimals
 * ```ts
 * import { printedNearby } from "./artefacts.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Deaths 25 (49.09%) 12 (24%) Weaning 16 (31.37%) AMA 10 (19.60%)";
 * assertEquals(printedNearby(text, 7, 11, 2), true);
 * assertEquals(printedNearby("Deaths 25 (49.09%) 12 (24.0%) 3 (5.9%)", 7, 11, 2), false);
 * ```
 */
export function printedNearby(
  text: string,
  offset: number,
  length: number,
  decimals: number,
): boolean {
  const start = Math.max(text.lastIndexOf("\n", offset - 1) + 1, offset - 300);
  const newline = text.indexOf("\n", offset + length);
  const end = Math.min(newline === -1 ? text.length : newline, offset + length + 300);
  const around = `${text.slice(start, offset)} ${text.slice(offset + length, end)}`;
  let same = 0;
  for (const m of around.matchAll(/(?<![\d.])\d{1,3}(?:[.·](\d+))?\s?%/g)) {
    if ((m[1]?.length ?? 0) === decimals) same++;
  }
  return same >= 2;
}

function percentageReadings(s: Statement, text: string, norms: Norms): Reading[] {
  const readings: Reading[] = [];
  const percentMatch = [...s.reported.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].at(-1) ??
    [...s.reported.matchAll(NUMBER)].at(-1);
  if (percentMatch !== undefined) {
    const digits = percentMatch[1] ?? percentMatch[0];
    const at = percentMatch.index!;
    const d = decimalsOf(digits);
    const exact = exactPercent(s);
    const off = exact === undefined ? 0 : Math.abs(exact - Number(digits));
    // A near miss (41.71% for 41.716%) is a rounding error, not a mark: the mark adds ≥ 0.02.
    if (
      gluedMark(digits, norms.percentDecimals) && off > 1.5 * 10 ** -d &&
      !printedNearby(text, s.offset, s.quote.length, d)
    ) {
      const shorter = digits.slice(0, -1);
      readings.push({
        statement: withReported(s, splice(s.reported, at, at + digits.length, shorter)),
        how: `a footnote digit glued to the percentage: ${shorter}% and a mark "${digits.at(-1)}"`,
      });
    }
    // A neighbouring cell run into the percentage (`(30/30)0.9497 % (29/30)` for a p-value cell
    // `0.94` and `97 %`): only in a text that prints whole percentages, where a percentage with
    // two or more decimals is itself out of place.
    if (norms.percentDecimals === 0 && d >= 2) {
      const dot = digits.indexOf(".");
      for (let k = dot + 2; k < digits.length; k++) {
        const rest = digits.slice(k);
        if ((rest.length > 1 && rest.startsWith("0")) || Number(rest) > 100) continue;
        readings.push({
          statement: withReported(s, splice(s.reported, at, at + digits.length, rest)),
          how: `a neighbouring table cell run into the percentage: "${
            digits.slice(0, k)
          }" belongs to the cell before and the percentage is ${rest}%`,
        });
      }
    }
    if (d === 0 && (Number(digits) > 100 || digits.length >= 3)) {
      for (const v of decimalPoints(digits)) {
        readings.push({
          statement: withReported(s, splice(s.reported, at, at + digits.length, v)),
          how: `a lost decimal point: ${v}% printed as ${digits}%`,
        });
      }
    }
  }
  // A row label run into the count: nothing separates the count from the character before.
  const count = s.args.x ?? /^\D*?(\d+)/.exec(s.reported)?.[1];
  if (count !== undefined && count.length >= 2) {
    const before = text[s.offset - 1];
    const glued = s.reported.startsWith(count) && before !== undefined &&
      !/[\s(\[=:;,]/.test(before);
    if (glued) {
      for (let k = 1; k < count.length; k++) {
        const rest = String(Number(count.slice(k)));
        const reported = s.args.x === undefined
          ? splice(s.reported, 0, count.length, rest)
          : s.reported;
        const args = s.args.x === undefined ? s.args : { ...s.args, x: rest };
        readings.push({
          statement: withReported(s, reported, args),
          how: `a row label run into the count: "${count.slice(0, k)}" belongs to the label and ` +
            `the count is ${rest}`,
        });
      }
    }
  }
  return readings;
}

function numberReadings(s: Statement, what: string): Reading[] {
  const readings: Reading[] = [];
  const numbers = [...s.reported.matchAll(/(?<![\d.])\d+(?:\.\d+)?(?![\d.]*%)/g)];
  const decimals = numbers.map((m) => decimalsOf(m[0]));
  const most = Math.max(0, ...decimals);
  numbers.forEach((m, i) => {
    const digits = m[0];
    const at = m.index!;
    if (decimals[i] === 0 && most > 0 && digits.length >= 2) {
      for (const v of decimalPoints(digits)) {
        if (decimalsOf(v) !== most) continue;
        readings.push({
          statement: withReported(s, splice(s.reported, at, at + digits.length, v)),
          how: `a lost decimal point in the ${what}: ${v} printed as ${digits}`,
        });
      }
    }
    const others = decimals.filter((_, j) => j !== i);
    if (others.length > 0 && gluedMark(digits, Math.max(...others))) {
      const shorter = digits.slice(0, -1);
      readings.push({
        statement: withReported(s, splice(s.reported, at, at + digits.length, shorter)),
        how: `a footnote digit glued to a number of the ${what}: ${shorter} and a mark "${
          digits.at(-1)
        }"`,
      });
    }
  });
  return readings;
}

function statisticReadings(s: Statement): Reading[] {
  const readings: Reading[] = [];
  const stat = s.args.statistic;
  if (stat !== undefined && !stat.includes(".") && stat.replace("-", "").length >= 2) {
    const sign = stat.startsWith("-") ? "-" : "";
    for (const v of decimalPoints(stat.replace("-", ""))) {
      readings.push({
        statement: { ...s, args: { ...s.args, statistic: sign + v } },
        how: `a lost decimal point in the statistic: ${sign}${v} printed as ${stat}`,
      });
    }
  }
  return readings;
}

/**
 * The readings of a statement that typical conversion damage would explain.
 *
 * @example A lost decimal point in a percentage
 * ```ts
 * import { artefactReadings } from "./artefacts.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertEquals } from "@std/assert";
 * const text = "Relapse in 7/28 (250%)."; // 7/28 = 25.0%
 * const [s] = extractStatements(text);
 * assertEquals(artefactReadings(s!, text).map((r) => r.statement.reported), [
 *   "7/28 (2.50%)",
 *   "7/28 (25.0%)",
 * ]);
 * ```
 */
export function artefactReadings(statement: Statement, text: string, norms: Norms = {}): Reading[] {
  switch (statement.kind) {
    case "percentage":
      return percentageReadings(statement, text, norms);
    case "ratio-ci":
      return numberReadings(statement, "ratio or its interval");
    case "test-statistic":
      return statisticReadings(statement);
    default:
      return [];
  }
}

/**
 * The explanation of a discrepant statement as a conversion artefact — "Possibly a conversion
 * artefact: …", naming the reading that re-derives it — or `undefined` when no typical damage
 * explains it.
 *
 * @example A footnote mark glued to a percentage
 * ```ts
 * import { explainArtefact } from "./artefacts.ts";
 * import { runStatement } from "./audit.ts";
 * import { extractStatements } from "../extract/extract.ts";
 * import { assertStringIncludes } from "@std/assert";
 * const text = "Relapse in 4/14 (28.61%).";
 * const [s] = extractStatements(text);
 * // The paper prints percentages with one decimal: 28.61 has one digit too many.
 * const why = explainArtefact(s!, text, runStatement, { percentDecimals: 1 });
 * assertStringIncludes(why!, "Possibly a conversion artefact: a footnote digit");
 * ```
 */
export function explainArtefact(
  statement: Statement,
  text: string,
  run: Runner,
  norms: Norms = {},
): string | undefined {
  for (const reading of artefactReadings(statement, text, norms)) {
    let result;
    try {
      result = run(reading.statement);
    } catch {
      continue; // the reading does not make a valid statement
    }
    if (result.status === "reproduced") {
      // `No count …` continues as `no count …`; `F(1, 101) = …` keeps its capital.
      const lead = /^\p{Lu}\p{Ll}/u.test(result.explanation)
        ? result.explanation.charAt(0).toLowerCase()
        : result.explanation.charAt(0);
      return `Possibly a conversion artefact: ${reading.how}; read so, ${lead}${
        result.explanation.slice(1)
      }`;
    }
  }
  return undefined;
}
