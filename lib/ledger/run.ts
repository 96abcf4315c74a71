/**
 * Running the claims ledger: each claim's arguments are resolved, its check is run, and the
 * result is recorded with the claim's identity. A check that rejects its inputs (a `RangeError`
 * or `TypeError` from a pure check) becomes a {@linkcode DataError} at the claim's line, so bad
 * data never yields a partial report.
 *
 * @module
 */

import { DataError } from "../data/csv.ts";
import { checkAllocationRatio } from "../checks/allocation_ratio.ts";
import { checkBounds } from "../checks/bounds.ts";
import { checkCiProportion } from "../checks/ci_proportion.ts";
import { checkMedianDistribution, parseCategory } from "../checks/median_distribution.ts";
import { notDerivable } from "../checks/not_derivable.ts";
import { checkPercentSum } from "../checks/percent_sum.ts";
import { checkPercentage } from "../checks/percentage.ts";
import { firstNumber, scanNumbers } from "../checks/printed_number.ts";
import { checkPValue } from "../checks/p_value.ts";
import { checkRatioCi } from "../checks/ratio_ci.ts";
import type { CheckResult, CheckStatus } from "../checks/result.ts";
import { checkSameText } from "../checks/same_text.ts";
import { checkSameValue } from "../checks/same_value.ts";
import { checkSimonDesign } from "../checks/simon_design.ts";
import { checkSum } from "../checks/sum.ts";
import { checkTestStatistic } from "../checks/test_statistic.ts";
import type {
  CheckKind,
  Claim,
  ClaimResult,
  LedgerEntry,
  PaperData,
  ResolvedItem,
} from "./claims.ts";
import { numberArg, numberListArg, resolveArgs } from "./load.ts";

type Args = ReadonlyMap<string, readonly ResolvedItem[]>;
type Runner = (claim: Claim, args: Args) => CheckResult;

function textArg(claim: Claim, args: Args, key: string): string | undefined {
  const items = args.get(key);
  if (items === undefined) return undefined;
  if (items.length !== 1) {
    throw new DataError(claim.file, claim.line, `argument "${key}" must be one value, got a list`);
  }
  return items[0]!.text;
}

function reportedNumber(claim: Claim): number {
  const n = firstNumber(claim.reported);
  if (n === undefined) {
    throw new DataError(
      claim.file,
      claim.line,
      `reported ${JSON.stringify(claim.reported)} prints no number`,
    );
  }
  return n.value;
}

/** How each check kind turns a claim and its resolved arguments into a result. */
const RUNNERS: Readonly<Record<CheckKind, Runner>> = {
  "percentage": (claim, args) => {
    const x = numberArg(claim, args, "x");
    const altN = numberArg(claim, args, "alt-n", true);
    return checkPercentage({
      reported: claim.reported,
      n: numberArg(claim, args, "n")!,
      ...(x === undefined ? {} : { x }),
      ...(altN === undefined ? {} : { altN }),
    });
  },
  "sum": (claim, args) =>
    checkSum({
      parts: numberListArg(claim, args, "parts")!,
      total: numberArg(claim, args, "total") ?? reportedNumber(claim),
    }),
  "percent-sum": (claim, args) =>
    checkPercentSum(args.get("parts")!.map((item) => {
      if (item.number === undefined) {
        throw new DataError(
          claim.file,
          claim.line,
          `argument "parts" must list percentages, got ${JSON.stringify(item.text)}`,
        );
      }
      return item.number;
    })),
  "median-distribution": (claim, args) => {
    const n = numberArg(claim, args, "n", true);
    return checkMedianDistribution({
      reported: claim.reported,
      categories: args.get("values")!.map((i) => parseCategory(i.text)),
      counts: numberListArg(claim, args, "counts")!,
      ...(n === undefined ? {} : { n }),
    });
  },
  "ci-proportion": (claim, args) => {
    const level = numberArg(claim, args, "level");
    const method = textArg(claim, args, "method");
    const altN = numberArg(claim, args, "alt-n", true);
    return checkCiProportion({
      reported: claim.reported,
      x: numberArg(claim, args, "x", true)!,
      n: numberArg(claim, args, "n", true)!,
      ...(level === undefined ? {} : { level }),
      ...(method === undefined ? {} : { method }),
      ...(altN === undefined ? {} : { altN }),
    });
  },
  "p-value": (claim, args) => {
    const test = textArg(claim, args, "test");
    return checkPValue({
      reported: claim.reported,
      x1: numberArg(claim, args, "x1", true)!,
      n1: numberArg(claim, args, "n1", true)!,
      x2: numberArg(claim, args, "x2", true)!,
      n2: numberArg(claim, args, "n2", true)!,
      ...(test === undefined ? {} : { test }),
    });
  },
  "ratio-ci": (claim, args) => {
    const pick = (key: string) => {
      const v = numberArg(claim, args, key);
      return v === undefined ? {} : { [key]: v };
    };
    const p = args.get("p")?.[0]?.text;
    return checkRatioCi({
      reported: claim.reported,
      ...pick("estimate"),
      ...pick("lower"),
      ...pick("upper"),
      ...pick("level"),
      ...(p === undefined ? {} : { p }),
    });
  },
  "same-value": (claim, args) => checkSameValue(claim, refArg(claim, args, "other")),
  "bounds": (claim, args) => {
    const parts = numberListArg(claim, args, "parts");
    const atLeast = numberListArg(claim, args, "at-least");
    const atMost = numberListArg(claim, args, "at-most");
    return checkBounds({
      value: reportedNumber(claim),
      ...(parts === undefined ? {} : { parts }),
      ...(atLeast === undefined ? {} : { atLeast }),
      ...(atMost === undefined ? {} : { atMost }),
    });
  },
  "simon-design": (claim, args) => {
    const design = textArg(claim, args, "design");
    const stated = Object.fromEntries(
      (["n1", "r1", "n", "r"] as const).flatMap((k) => {
        const v = numberArg(claim, args, k, true);
        return v === undefined ? [] : [[k, v]];
      }),
    );
    return checkSimonDesign({
      ...stated,
      reported: claim.reported,
      p0: numberArg(claim, args, "p0")!,
      p1: numberArg(claim, args, "p1")!,
      alpha: numberArg(claim, args, "alpha")!,
      power: numberArg(claim, args, "power")!,
      quantity: textArg(claim, args, "quantity")!,
      ...(design === undefined ? {} : { design }),
    });
  },
  "same-text": (claim, args) => checkSameText(claim, refArg(claim, args, "other")),
  "allocation-ratio": (claim, args) =>
    checkAllocationRatio({
      reported: claim.reported,
      parts: numberListArg(claim, args, "parts")!,
    }),
  "test-statistic": (claim, args) => {
    const optional = Object.fromEntries(
      (["df", "df2", "sides"] as const).flatMap((k) => {
        const v = numberArg(claim, args, k);
        return v === undefined ? [] : [[k, v]];
      }),
    );
    return checkTestStatistic({
      ...optional,
      reported: claim.reported,
      test: textArg(claim, args, "test")!,
      statistic: textArg(claim, args, "statistic")!,
    });
  },
  "not-derivable": (claim) => notDerivable(claim.note),
};

/** The one claim an argument refers to. */
function refArg(claim: Claim, args: Args, key: string): Claim {
  const items = args.get(key) ?? [];
  const ref = items.length === 1 ? items[0]!.ref : undefined;
  if (ref === undefined) {
    throw new DataError(claim.file, claim.line, `argument "${key}" must be one @claim-id`);
  }
  return ref;
}

/**
 * Runs one claim's check, as the claim alone says (see {@linkcode runLedger} for what the
 * claims of a paper say about each other: reconciliations and repeats).
 *
 * @throws {DataError} when the check rejects the claim's inputs, at the claim's line
 *
 * @example Boissel 2022, Table 2: 12 (87.5%) of 14
 * ```ts
 * import { runClaim } from "./run.ts";
 * import { loadClaims } from "./load.ts";
 * import { assertEquals } from "@std/assert";
 * const [claim] = loadClaims(
 *   "id,section,where,quote,source,reported,check,args,note\n" +
 *     "pd,table-2,Table 2,PD 12 (87.5%),text,12 (87.5%),percentage,n=14,\n",
 *   "claims.csv",
 *   "my-trial",
 * );
 * const result = runClaim(claim!, new Map());
 * assertEquals([result.status, result.recomputed], ["discrepancy", "12 (85.7%)"]);
 * ```
 */
export function runClaim(claim: Claim, byId: ReadonlyMap<string, Claim>): ClaimResult {
  const args = resolveArgs(claim, byId);
  let result: CheckResult;
  try {
    result = RUNNERS[claim.check](claim, args);
  } catch (error) {
    if (error instanceof DataError) throw error;
    if (error instanceof RangeError || error instanceof TypeError) {
      throw new DataError(claim.file, claim.line, `check "${claim.check}": ${error.message}`);
    }
    throw error;
  }
  return Object.freeze({
    id: claim.id,
    paper: claim.paper,
    where: claim.where,
    quote: claim.quote,
    reported: claim.reported,
    recomputed: result.recomputed,
    status: result.status,
    explanation: result.explanation,
    note: claim.note,
    finding: claim.finding,
  });
}

const PROBLEMS: readonly CheckStatus[] = ["discrepancy", "artefact"];

/**
 * Whether two printings show the same numbers character for character (a repeat of the other
 * printing, not merely the same value: "6817.50" does not repeat a malformed "68,17.50").
 */
function printsTheSame(a: string, b: string): boolean {
  const mine = scanNumbers(a).map((n) => n.text);
  const theirs = scanNumbers(b).map((n) => n.text);
  const k = Math.min(mine.length, theirs.length);
  return k > 0 && mine.slice(0, k).every((t, i) => t === theirs[i]);
}

/** The first sentence of a text (for quoting another claim's explanation briefly). */
function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text);
  return (m === null ? text : m[0]).trim();
}

/**
 * Runs every claim of every paper, in paper order and then file order, and then applies what
 * the claims of a paper say about each other:
 *
 * - **reconciled**: a claim that does not add up but names, with `explained-by=@id`, the claim
 *   through which the paper itself reconciles it (a footnote, a stated exclusion) reads
 *   `explained`, and its explanation quotes that claim;
 * - **repeats**: a `same-value` claim that prints, character for character, the numbers of a
 *   claim that does not add up is the same problem printed again (the abstract repeating the
 *   Methods), so it takes that claim's status rather than reading `reproduced` (a well-formed
 *   "6817.50" does not repeat a malformed "68,17.50": it reads `reproduced`);
 * - the re-derived value of a `same-value` claim is what was re-derived for the other printing
 *   when its check re-derives one (so a number the ledger calls impossible is not shown as the
 *   re-derivation), else the other printing itself.
 *
 * @throws {DataError} at the first claim whose check rejects its inputs
 *
 * @example The repository's worked examples
 * ```ts
 * import { runLedger } from "./run.ts";
 * import { readLedger } from "./load.ts";
 * import { assert } from "@std/assert";
 * const entries = runLedger(await readLedger(new URL("../../data", import.meta.url).pathname));
 * assert(entries.some((e) => e.result.status === "discrepancy"));
 * ```
 */
export function runLedger(papers: readonly PaperData[]): LedgerEntry[] {
  return papers.flatMap((paper) => {
    const byId = new Map<string, Claim>(paper.claims.map((c) => [c.id, c]));
    const raw = new Map(paper.claims.map((claim) => [claim.id, runClaim(claim, byId)]));
    const final = new Map<string, ClaimResult>();
    const settle = (claim: Claim, seen: ReadonlySet<string>): ClaimResult => {
      const done = final.get(claim.id);
      if (done !== undefined) return done;
      let result = raw.get(claim.id)!;
      const otherRef = claim.check === "same-value" ? claim.args.get("other")?.[0] : undefined;
      const other = otherRef?.kind === "ref" && !seen.has(otherRef.id)
        ? byId.get(otherRef.id)
        : undefined;
      if (other !== undefined) {
        const theirs = settle(other, new Set([...seen, claim.id]));
        const rederives = other.check !== "same-value" && other.check !== "not-derivable" &&
          other.check !== "same-text" && theirs.recomputed !== "";
        if (rederives && theirs.recomputed !== theirs.reported) {
          result = { ...result, recomputed: `${theirs.recomputed} (${other.where}, re-derived)` };
        }
        if (
          result.status === "reproduced" && PROBLEMS.includes(theirs.status) &&
          printsTheSame(claim.reported, other.reported)
        ) {
          result = {
            ...result,
            status: theirs.status,
            explanation: `The same value as ${other.where} (${other.id}), which does not add up: ` +
              `${firstSentence(theirs.explanation)} ${result.explanation}`,
          };
        }
      }
      const by = claim.args.get("explained-by")?.[0];
      const reconciler = by?.kind === "ref" ? byId.get(by.id) : undefined;
      if (reconciler !== undefined && PROBLEMS.includes(result.status)) {
        result = {
          ...result,
          status: "explained",
          explanation: `${result.explanation} Reconciled by the paper itself, ` +
            `${reconciler.where}: “${reconciler.quote}”.`,
        };
      }
      const frozen = Object.freeze({ ...result });
      final.set(claim.id, frozen);
      return frozen;
    };
    return paper.claims.map((claim) => ({ claim, result: settle(claim, new Set([claim.id])) }));
  });
}
